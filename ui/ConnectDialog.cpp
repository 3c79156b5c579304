#include "ConnectDialog.h"

#include "api/ConnectionCheck.h"

#include "api/WriterCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>


ConnectDialog::ConnectDialog(QWidget *parent, QNetworkAccessManager *nam)
    : QDialog(parent), m_group(new QLineEdit(this)), m_reader(new QComboBox(this)), m_cloudUrl(new QLineEdit(this)),
      m_groupsUrl(new QLineEdit(this)), m_usersUrl(new QLineEdit(this)), m_key(new QLineEdit(this)),
      m_writer(new QComboBox(this)), m_writerUrl(new QLineEdit(this)), m_writerKey(new QLineEdit(this)),
      m_composeDemote(new QCheckBox(tr("Demote through set-rank (WESK Starter has no demote)"), this)),
      m_capabilities(new QLabel(this)), m_problem(new QLabel(this)), m_nam(nam)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a group"));
    setMinimumWidth(520);
    const ConnectionProfile defaults;
    m_group->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,15}")), this));
    m_group->setPlaceholderText(tr("e.g. 7"));
    m_reader->addItem(tr("Open Cloud (API key)"), int(ConnectionProfile::ReaderKind::OpenCloud));
    m_reader->addItem(tr("Public endpoints (no key, read only)"), int(ConnectionProfile::ReaderKind::Public));
    m_cloudUrl->setText(defaults.cloudBaseUrl.toString());
    m_groupsUrl->setText(defaults.groupsBaseUrl.toString());
    m_usersUrl->setText(defaults.usersBaseUrl.toString());
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Held in memory for this session only"));
    m_key->setAccessibleName(tr("API key"));
    using Kind = ConnectionProfile::WriterKind;
    for (Kind kind : {Kind::OpenCloud, Kind::Hyra, Kind::Series, Kind::Wesk})
        m_writer->addItem(writerDisplayName(kind), int(kind));
    m_writer->setObjectName(QStringLiteral("writerCombo"));
    m_writerUrl->setObjectName(QStringLiteral("writerUrlEdit"));
    m_writerKey->setObjectName(QStringLiteral("writerKeyEdit"));
    m_writerKey->setEchoMode(QLineEdit::Password);
    m_writerKey->setAccessibleName(tr("Writer API key"));
    m_writerKey->setPlaceholderText(tr("The ranking service's key, held in memory for this session only"));
    m_composeDemote->setObjectName(QStringLiteral("composeDemoteCheck"));
    m_capabilities->setObjectName(QStringLiteral("writerCapabilities"));
    m_capabilities->setWordWrap(true);
    m_capabilities->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Group ID:"), m_group);
    form->addRow(tr("&Reader:"), m_reader);
    form->addRow(tr("&Open Cloud URL:"), m_cloudUrl);
    form->addRow(tr("Gro&ups API URL:"), m_groupsUrl);
    form->addRow(tr("&Users API URL:"), m_usersUrl);
    form->addRow(tr("Open Cloud API &key:"), m_key);
    form->addRow(tr("&Writer:"), m_writer);
    form->addRow(tr("Writer U&RL:"), m_writerUrl);
    form->addRow(tr("Writer k&ey:"), m_writerKey);
    form->addRow(m_composeDemote);
    form->addRow(m_capabilities);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    if (m_nam) {
        m_checks = new QLabel(this);
        m_checks->setObjectName(QStringLiteral("connectionChecks"));
        m_checks->setTextFormat(Qt::RichText);
        m_checks->setWordWrap(true);
        form->addRow(m_checks);
        m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
        m_test->setObjectName(QStringLiteral("testConnectionButton"));
        connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    for (QLineEdit *edit : {m_group, m_cloudUrl, m_groupsUrl, m_usersUrl, m_key, m_writerUrl, m_writerKey})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_writer, &QComboBox::currentIndexChanged, this, &ConnectDialog::writerChanged);
    connect(m_composeDemote, &QCheckBox::toggled, this, &ConnectDialog::writerChanged);
    writerChanged();
}

QString ConnectDialog::describeCapabilities(ConnectionProfile::WriterKind kind, bool composeDemote)
{
    const WriterCapabilities caps = writerCapabilities(kind, composeDemote);
    const QString native = tr("native");
    const QString composed = tr("composed by Rankdesk (read + rank rules + set-rank)");
    return tr("<b>Promote:</b> %1<br><b>Demote:</b> %2<br><b>Set rank:</b> %3<br>%4")
        .arg(caps.nativePromote ? native : composed, caps.nativeDemote ? native : composed, native, caps.note.toHtmlEscaped());
}

void ConnectDialog::writerChanged()
{
    const auto kind = ConnectionProfile::WriterKind(m_writer->currentData().toInt());
    const bool hosted = kind != ConnectionProfile::WriterKind::OpenCloud;
    m_writerUrl->setEnabled(hosted);
    m_writerKey->setEnabled(hosted);
    m_composeDemote->setVisible(kind == ConnectionProfile::WriterKind::Wesk);
    m_writerUrl->setText(hosted ? ConnectionProfile::defaultWriterUrl(kind).toString() : QString());
    m_capabilities->setText(describeCapabilities(kind, m_composeDemote->isChecked()));
    validate();
}

void ConnectDialog::validate()
{
    QString problem;
    if (m_group->text().isEmpty())
        problem = tr("Enter the group's id.");
    const bool hosted = m_writer->currentData().toInt() != int(ConnectionProfile::WriterKind::OpenCloud);
    if (problem.isEmpty() && hosted && m_writerKey->text().trimmed().isEmpty())
        problem = tr("Enter the %1 key.").arg(m_writer->currentText());
    QList<QLineEdit *> urls{m_cloudUrl, m_groupsUrl, m_usersUrl};
    if (hosted)
        urls.append(m_writerUrl);
    for (QLineEdit *edit : urls) {
        if (problem.isEmpty() && !ConnectionProfile::isAllowedBaseUrl(QUrl(edit->text().trimmed())))
            problem = tr("%1 must be an https:// URL (http:// only for this machine).").arg(edit->text());
    }
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
    if (m_test)
        m_test->setEnabled(problem.isEmpty());
}

void ConnectDialog::testConnection()
{
    delete m_checked;
    m_checked = new Connection(profile(), apiKey(), m_nam, this, writerKey());
    auto *check = new ConnectionCheck(m_checked, m_checked);
    m_test->setEnabled(false);
    m_checks->setText(tr("Testing…"));
    connect(check, &ConnectionCheck::finished, this, [this](const QList<ConnectionCheck::Result> &results) {
        QString html;
        for (const ConnectionCheck::Result &r : results)
            html += QStringLiteral("<div style='color:%1'>%2 <b>%3</b>: %4</div>")
                        .arg(r.ok ? QStringLiteral("#2e9d4f") : QStringLiteral("#d03b3b"), r.ok ? QStringLiteral("✔") : QStringLiteral("✘"),
                             r.name.toHtmlEscaped(), r.detail.toHtmlEscaped());
        m_checks->setText(html);
        validate();
    });
    check->start();
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile profile;
    profile.groupId = m_group->text().toLongLong();
    profile.name = tr("Group %1").arg(profile.groupId);
    profile.reader = ConnectionProfile::ReaderKind(m_reader->currentData().toInt());
    profile.cloudBaseUrl = QUrl(m_cloudUrl->text().trimmed());
    profile.groupsBaseUrl = QUrl(m_groupsUrl->text().trimmed());
    profile.usersBaseUrl = QUrl(m_usersUrl->text().trimmed());
    profile.writer = ConnectionProfile::WriterKind(m_writer->currentData().toInt());
    if (profile.writer != ConnectionProfile::WriterKind::OpenCloud)
        profile.writerBaseUrl = QUrl(m_writerUrl->text().trimmed());
    profile.composeDemote = m_composeDemote->isChecked();
    return profile;
}

QString ConnectDialog::writerKey() const
{
    return m_writerKey->text().trimmed();
}

QString ConnectDialog::apiKey() const
{
    return m_key->text().trimmed();
}
