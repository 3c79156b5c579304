#include "ProfileEditor.h"

#include "api/ConnectionCheck.h"
#include "api/WriterCatalog.h"
#include "profiles/GuardRailSettings.h"
#include "profiles/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString keySourceText(KeySource source)
{
    switch (source) {
    case KeySource::Keychain: return ProfileEditor::tr("Kept in the system keychain");
    case KeySource::Session: return ProfileEditor::tr("Kept for this session only");
    case KeySource::Environment: return ProfileEditor::tr("From the environment");
    case KeySource::None: break;
    }
    return ProfileEditor::tr("No key");
}

// "123, 456 789" -> {123, 456, 789}; anything else in the text is ignored by validate()'s check.
QSet<qint64> parseIds(const QString &text)
{
    QSet<qint64> ids;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts))
        if (const qint64 id = part.toLongLong(); id > 0)
            ids.insert(id);
    return ids;
}

QString formatIds(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qint64 id : sorted)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

QLineEdit *passwordEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password); // also keeps the key off the clipboard: no copy from it
    edit->setAccessibleName(accessibleName);
    return edit;
}

QToolButton *removeButton(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(ProfileEditor::tr("Remove"));
    button->setAccessibleName(accessibleName);
    return button;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent, QNetworkAccessManager *nam)
    : QWidget(parent), m_name(new QLineEdit(this)), m_group(new QLineEdit(this)), m_reader(new QComboBox(this)),
      m_cloudUrl(new QLineEdit(this)), m_groupsUrl(new QLineEdit(this)), m_usersUrl(new QLineEdit(this)),
      m_key(passwordEdit(this, QStringLiteral("apiKeyEdit"), tr("API key"))), m_keyState(new QLabel(this)),
      m_removeKey(removeButton(this, QStringLiteral("removeApiKeyButton"), tr("Remove the Open Cloud key"))),
      m_writer(new QComboBox(this)), m_writerUrl(new QLineEdit(this)),
      m_writerKey(passwordEdit(this, QStringLiteral("writerKeyEdit"), tr("Writer API key"))), m_writerKeyState(new QLabel(this)),
      m_removeWriterKey(removeButton(this, QStringLiteral("removeWriterKeyButton"), tr("Remove the writer key"))),
      m_composeDemote(new QCheckBox(tr("Demote through set-rank (WESK Starter has no demote)"), this)),
      m_hyraWorkspace(new QLineEdit(this)),
      m_rememberKeys(new QCheckBox(tr("Keep new keys in the system &keychain (otherwise for this session only)"), this)),
      m_ceiling(new QSpinBox(this)), m_protected(new QLineEdit(this)), m_capabilities(new QLabel(this)),
      m_problem(new QLabel(this)), m_nam(nam)
{
    setObjectName(QStringLiteral("profileEditor"));
    const ConnectionProfile defaults;
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_group->setObjectName(QStringLiteral("groupIdEdit"));
    m_group->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,15}")), this));
    m_group->setPlaceholderText(tr("e.g. 7"));
    m_reader->setObjectName(QStringLiteral("readerCombo"));
    m_reader->addItem(tr("Open Cloud (API key)"), int(ConnectionProfile::ReaderKind::OpenCloud));
    m_reader->addItem(tr("Public endpoints (no key, read only)"), int(ConnectionProfile::ReaderKind::Public));
    m_cloudUrl->setText(defaults.cloudBaseUrl.toString());
    m_groupsUrl->setText(defaults.groupsBaseUrl.toString());
    m_usersUrl->setText(defaults.usersBaseUrl.toString());
    using Kind = ConnectionProfile::WriterKind;
    for (Kind kind : {Kind::OpenCloud, Kind::Hyra, Kind::Series, Kind::Wesk})
        m_writer->addItem(writerDisplayName(kind), int(kind));
    m_writer->setObjectName(QStringLiteral("writerCombo"));
    m_writerUrl->setObjectName(QStringLiteral("writerUrlEdit"));
    m_composeDemote->setObjectName(QStringLiteral("composeDemoteCheck"));
    m_hyraWorkspace->setObjectName(QStringLiteral("hyraWorkspaceEdit"));
    m_hyraWorkspace->setPlaceholderText(tr("Workspace Settings in Hyra; used by Test connection only"));
    m_rememberKeys->setObjectName(QStringLiteral("rememberKeysCheck"));
    m_rememberKeys->setChecked(true);
    m_keyState->setObjectName(QStringLiteral("apiKeyState"));
    m_writerKeyState->setObjectName(QStringLiteral("writerKeyState"));
    m_ceiling->setObjectName(QStringLiteral("ceilingSpin"));
    m_ceiling->setRange(0, 255);
    m_ceiling->setSpecialValueText(tr("No ceiling (only Owner is refused)"));
    m_ceiling->setAccessibleName(tr("Bulk rank ceiling"));
    m_protected->setObjectName(QStringLiteral("protectedEdit"));
    m_protected->setPlaceholderText(tr("User ids, separated by commas"));
    m_protected->setAccessibleName(tr("Protected members"));
    m_capabilities->setObjectName(QStringLiteral("writerCapabilities"));
    m_capabilities->setWordWrap(true);
    m_capabilities->setTextFormat(Qt::RichText);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);

    // The field, and under it where the current key is kept (masked) with its Remove button.
    auto keyRow = [this](QLineEdit *edit, QLabel *state, QToolButton *remove) {
        auto *row = new QWidget(this);
        auto *layout = new QVBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(edit);
        auto *stateRow = new QHBoxLayout;
        stateRow->addWidget(state, 1);
        stateRow->addWidget(remove);
        layout->addLayout(stateRow);
        return row;
    };
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Group ID:"), m_group);
    form->addRow(tr("&Reader:"), m_reader);
    form->addRow(tr("&Open Cloud URL:"), m_cloudUrl);
    form->addRow(tr("Gro&ups API URL:"), m_groupsUrl);
    form->addRow(tr("&Users API URL:"), m_usersUrl);
    form->addRow(tr("Open Cloud API &key:"), keyRow(m_key, m_keyState, m_removeKey));
    form->addRow(tr("&Writer:"), m_writer);
    form->addRow(tr("Writer U&RL:"), m_writerUrl);
    form->addRow(tr("Writer k&ey:"), keyRow(m_writerKey, m_writerKeyState, m_removeWriterKey));
    form->addRow(tr("Hyra wor&kspace ID:"), m_hyraWorkspace);
    m_form = form;
    form->addRow(m_rememberKeys);
    form->addRow(m_composeDemote);
    form->addRow(m_capabilities);
    form->addRow(tr("Bulk rank &ceiling:"), m_ceiling);
    form->addRow(tr("&Protected members:"), m_protected);
    form->addRow(m_problem);
    if (m_nam) {
        m_test = new QPushButton(tr("&Test connection"), this);
        m_test->setObjectName(QStringLiteral("testConnectionButton"));
        m_checks = new QLabel(this);
        m_checks->setObjectName(QStringLiteral("connectionChecks"));
        m_checks->setTextFormat(Qt::RichText);
        m_checks->setWordWrap(true);
        form->addRow(m_test);
        form->addRow(m_checks);
        connect(m_test, &QPushButton::clicked, this, &ProfileEditor::testConnection);
    }
    for (QLineEdit *edit : {m_name, m_group, m_cloudUrl, m_groupsUrl, m_usersUrl, m_key, m_writerUrl, m_writerKey, m_protected, m_hyraWorkspace}) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::validate);
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::markModified);
    }
    connect(m_reader, &QComboBox::activated, this, &ProfileEditor::markModified);
    connect(m_writer, &QComboBox::activated, this, &ProfileEditor::markModified);
    connect(m_composeDemote, &QCheckBox::clicked, this, &ProfileEditor::markModified);
    connect(m_ceiling, &QSpinBox::valueChanged, this, &ProfileEditor::markModified);
    connect(m_writer, &QComboBox::currentIndexChanged, this, &ProfileEditor::writerChanged);
    connect(m_composeDemote, &QCheckBox::toggled, this, &ProfileEditor::writerChanged);
    connect(m_removeKey, &QToolButton::clicked, this, [this] { emit removeKeyRequested(QStringLiteral("opencloud")); });
    connect(m_removeWriterKey, &QToolButton::clicked, this,
            [this] { emit removeKeyRequested(ConnectionProfile::writerKindName(ConnectionProfile::WriterKind(m_writer->currentData().toInt()))); });
    setStoredKeys({}, {});
    writerChanged();
}

QString ProfileEditor::describeCapabilities(ConnectionProfile::WriterKind kind, bool composeDemote)
{
    const WriterCapabilities caps = writerCapabilities(kind, composeDemote);
    const QString native = tr("native");
    const QString composed = tr("composed by Rankdesk (read + rank rules + set-rank)");
    return tr("<b>Promote:</b> %1<br><b>Demote:</b> %2<br><b>Set rank:</b> %3<br>%4")
        .arg(caps.nativePromote ? native : composed, caps.nativeDemote ? native : composed, native, caps.note.toHtmlEscaped());
}

void ProfileEditor::setProfile(const ConnectionProfile &profile)
{
    m_loading = true;
    m_shown = profile;
    m_sandbox = profile.id == ProfileStore::sandboxId();
    m_name->setText(profile.name);
    m_group->setText(profile.groupId > 0 ? QString::number(profile.groupId) : QString());
    m_reader->setCurrentIndex(m_reader->findData(int(profile.reader)));
    m_cloudUrl->setText(profile.cloudBaseUrl.toString());
    m_groupsUrl->setText(profile.groupsBaseUrl.toString());
    m_usersUrl->setText(profile.usersBaseUrl.toString());
    m_composeDemote->setChecked(profile.composeDemote);
    m_hyraWorkspace->setText(profile.hyraWorkspaceId);
    m_writer->setCurrentIndex(m_writer->findData(int(profile.writer)));
    writerChanged();
    if (profile.writer != ConnectionProfile::WriterKind::OpenCloud)
        m_writerUrl->setText(profile.effectiveWriterUrl().toString());
    m_ceiling->setValue(profile.groupId > 0 ? GuardRailSettings::ceiling(profile.groupId) : 0);
    m_protected->setText(profile.groupId > 0 ? formatIds(GuardRailSettings::protectedUsers(profile.groupId)) : QString());
    m_key->clear();
    m_writerKey->clear();
    // The Sandbox's connection is its simulator's: only what Rankdesk decides is editable.
    for (QWidget *field : std::initializer_list<QWidget *>{m_group, m_reader, m_cloudUrl, m_groupsUrl, m_usersUrl, m_key, m_writerKey, m_writerUrl,
                                                           m_rememberKeys, m_hyraWorkspace})
        field->setEnabled(!m_sandbox);
    if (!m_sandbox)
        writerChanged(); // re-enables the writer's fields only for a hosted writer
    if (m_checks)
        m_checks->clear();
    m_loading = false;
    setModified(false);
    validate();
}

void ProfileEditor::setSandboxKeys(const QString &openCloudKey, const QString &writerKey)
{
    m_storedKey = {openCloudKey, KeySource::Session};
    m_storedWriterKey = {writerKey, KeySource::Session};
    m_keyState->setText(tr("Made by the Sandbox"));
    m_writerKeyState->setText(tr("Made by the Sandbox"));
    m_removeKey->setVisible(false);
    m_removeWriterKey->setVisible(false);
    m_key->setPlaceholderText(QString());
    m_writerKey->setPlaceholderText(QString());
    validate();
}

void ProfileEditor::setStoredKeys(const FoundKey &openCloudKey, const FoundKey &writerKey)
{
    m_storedKey = openCloudKey;
    m_storedWriterKey = writerKey;
    showKeyState(m_key, m_keyState, m_removeKey, m_storedKey);
    showKeyState(m_writerKey, m_writerKeyState, m_removeWriterKey, m_storedWriterKey);
    validate();
}

void ProfileEditor::showKeyState(QLineEdit *edit, QLabel *state, QToolButton *remove, const FoundKey &key)
{
    state->setText(key.isEmpty() ? QString() : tr("%1: %2").arg(keySourceText(key.source), key.masked()));
    // An environment variable is the user's to change; only keys Rankdesk keeps can be removed here.
    remove->setVisible(key.source == KeySource::Keychain || key.source == KeySource::Session);
    edit->setPlaceholderText(key.isEmpty() ? tr("Paste the key") : tr("Type a new key to replace it"));
}

void ProfileEditor::writerChanged()
{
    const auto kind = ConnectionProfile::WriterKind(m_writer->currentData().toInt());
    const bool hosted = kind != ConnectionProfile::WriterKind::OpenCloud;
    m_writerUrl->setEnabled(hosted && !m_sandbox);
    m_writerKey->setEnabled(hosted && !m_sandbox);
    m_composeDemote->setVisible(kind == ConnectionProfile::WriterKind::Wesk);
    m_form->setRowVisible(m_hyraWorkspace, kind == ConnectionProfile::WriterKind::Hyra);
    if (!m_loading || !hosted)
        m_writerUrl->setText(hosted ? ConnectionProfile::defaultWriterUrl(kind).toString() : QString());
    if (!m_loading && !m_sandbox) {
        // The stored key belongs to the previous provider; the owner of the editor looks this one's up.
        m_storedWriterKey = {};
        showKeyState(m_writerKey, m_writerKeyState, m_removeWriterKey, m_storedWriterKey);
        emit writerProviderChanged(ConnectionProfile::writerKindName(kind));
    }
    m_capabilities->setText(describeCapabilities(kind, m_composeDemote->isChecked()));
    validate();
}

void ProfileEditor::validate()
{
    QString problem;
    const bool hosted = m_writer->currentData().toInt() != int(ConnectionProfile::WriterKind::OpenCloud);
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the profile a name.");
    else if (m_group->text().isEmpty())
        problem = tr("Enter the group's id.");
    else if (hosted && !m_sandbox && writerKey().isEmpty())
        problem = tr("Enter the %1 key.").arg(m_writer->currentText());
    else if (m_protected->text().contains(QRegularExpression(QStringLiteral("[^\\d\\s,;]"))))
        problem = tr("Protected members are user ids (numbers), separated by commas.");
    QList<QLineEdit *> urls{m_cloudUrl, m_groupsUrl, m_usersUrl};
    if (hosted)
        urls.append(m_writerUrl);
    for (QLineEdit *edit : urls) {
        if (problem.isEmpty() && !ConnectionProfile::isAllowedBaseUrl(QUrl(edit->text().trimmed())))
            problem = tr("%1 must be an https:// URL (http:// only for this machine).").arg(edit->text());
    }
    m_problem->setText(problem);
    if (m_test)
        m_test->setEnabled(problem.isEmpty());
    if (problem != m_problemText) {
        const bool wasValid = m_problemText.isEmpty();
        m_problemText = problem;
        if (wasValid != problem.isEmpty())
            emit validityChanged(problem.isEmpty());
    }
}

void ProfileEditor::markModified()
{
    if (!m_loading)
        setModified(true);
}

void ProfileEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ProfileEditor::testConnection()
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

ConnectionProfile ProfileEditor::profile() const
{
    ConnectionProfile profile = m_shown;
    profile.name = m_name->text().trimmed();
    profile.groupId = m_group->text().toLongLong();
    profile.reader = ConnectionProfile::ReaderKind(m_reader->currentData().toInt());
    profile.cloudBaseUrl = QUrl(m_cloudUrl->text().trimmed());
    profile.groupsBaseUrl = QUrl(m_groupsUrl->text().trimmed());
    profile.usersBaseUrl = QUrl(m_usersUrl->text().trimmed());
    profile.writer = ConnectionProfile::WriterKind(m_writer->currentData().toInt());
    profile.writerBaseUrl = profile.writer != ConnectionProfile::WriterKind::OpenCloud ? QUrl(m_writerUrl->text().trimmed()) : QUrl();
    profile.composeDemote = m_composeDemote->isChecked();
    profile.hyraWorkspaceId = m_hyraWorkspace->text().trimmed();
    return profile;
}

int ProfileEditor::ceiling() const
{
    return m_ceiling->value();
}

QSet<qint64> ProfileEditor::protectedUsers() const
{
    return parseIds(m_protected->text());
}

QString ProfileEditor::typedApiKey() const
{
    return m_key->text().trimmed();
}

QString ProfileEditor::typedWriterKey() const
{
    return m_writerKey->text().trimmed();
}

QString ProfileEditor::apiKey() const
{
    return typedApiKey().isEmpty() ? m_storedKey.key : typedApiKey();
}

QString ProfileEditor::writerKey() const
{
    return typedWriterKey().isEmpty() ? m_storedWriterKey.key : typedWriterKey();
}

bool ProfileEditor::rememberKeys() const
{
    return m_rememberKeys->isChecked();
}
