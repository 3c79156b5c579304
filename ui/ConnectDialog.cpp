#include "ConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace {
// Keys travel only over https, except to the simulator on this machine.
bool isAllowedBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    const QHostAddress host(url.host());
    return url.scheme() == u"http" && (url.host() == u"localhost" || (!host.isNull() && host.isLoopback()));
}
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_group(new QLineEdit(this)), m_reader(new QComboBox(this)), m_cloudUrl(new QLineEdit(this)),
      m_groupsUrl(new QLineEdit(this)), m_usersUrl(new QLineEdit(this)), m_key(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a group"));
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
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Group ID:"), m_group);
    form->addRow(tr("&Reader:"), m_reader);
    form->addRow(tr("&Open Cloud URL:"), m_cloudUrl);
    form->addRow(tr("Gro&ups API URL:"), m_groupsUrl);
    form->addRow(tr("&Users API URL:"), m_usersUrl);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    for (QLineEdit *edit : {m_group, m_cloudUrl, m_groupsUrl, m_usersUrl, m_key})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    validate();
}

void ConnectDialog::validate()
{
    QString problem;
    if (m_group->text().isEmpty())
        problem = tr("Enter the group's id.");
    for (QLineEdit *edit : {m_cloudUrl, m_groupsUrl, m_usersUrl}) {
        if (problem.isEmpty() && !isAllowedBaseUrl(QUrl(edit->text().trimmed())))
            problem = tr("%1 must be an https:// URL (http:// only for this machine).").arg(edit->text());
    }
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
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
    return profile;
}

QString ConnectDialog::apiKey() const
{
    return m_key->text().trimmed();
}
