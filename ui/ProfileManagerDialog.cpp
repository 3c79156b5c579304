#include "ProfileManagerDialog.h"

#include "ProfileEditor.h"
#include "api/Async.h"
#include "profiles/GuardRailSettings.h"
#include "profiles/ProfileStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *profiles, ProfileKeys *keys, QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_keys(keys), m_list(new QListWidget(this)), m_editor(new ProfileEditor(this, nam)),
      m_new(new QPushButton(tr("&New"), this)), m_duplicate(new QPushButton(tr("D&uplicate"), this)),
      m_delete(new QPushButton(tr("De&lete"), this)), m_up(new QPushButton(tr("Move u&p"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this))
{
    setObjectName(QStringLiteral("profileManager"));
    setWindowTitle(tr("Connection profiles"));
    resize(1020, 720);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setMinimumWidth(200);
    m_list->setMaximumWidth(240);
    m_new->setObjectName(QStringLiteral("newProfileButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProfileButton"));
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));

    auto *listSide = new QVBoxLayout;
    listSide->addWidget(m_list, 1);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_new, 0, 0);
    listButtons->addWidget(m_duplicate, 0, 1);
    listButtons->addWidget(m_up, 1, 0);
    listButtons->addWidget(m_down, 1, 1);
    listButtons->addWidget(m_delete, 2, 0, 1, 2);
    listSide->addLayout(listButtons);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form wraps; it never scrolls sideways
    auto *columns = new QHBoxLayout;
    auto *listPane = new QWidget(this);
    listPane->setLayout(listSide);
    listPane->setMaximumWidth(240);
    listSide->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(listPane);
    columns->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openProfileButton"));
    m_open->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_rebuilding)
            showSelected();
    });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &ProfileManagerDialog::listReordered);
    connect(m_new, &QPushButton::clicked, this, &ProfileManagerDialog::newProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManagerDialog::deleteSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        save([this](const QString &id) {
            emit openRequested(id);
            accept();
        });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (confirmLeavingEdits())
            reject();
    });
    connect(m_editor, &ProfileEditor::validityChanged, this, &ProfileManagerDialog::updateButtons);
    connect(m_editor, &ProfileEditor::modifiedChanged, this, &ProfileManagerDialog::updateButtons);
    connect(m_editor, &ProfileEditor::removeKeyRequested, this, [this](const QString &provider) {
        if (m_shownId.isEmpty())
            return;
        Async::whenReady(m_keys->remove(m_shownId, provider), this, [this, id = m_shownId](const Result<Unit> &removed) {
            if (!removed)
                QMessageBox::warning(this, tr("Remove key"), removed.error().userText());
            if (id == m_shownId)
                showKeys(id);
        });
    });
    connect(m_editor, &ProfileEditor::writerProviderChanged, this, [this] {
        if (!m_shownId.isEmpty())
            showKeys(m_shownId);
    });
    rebuildList();
    m_list->setCurrentRow(0);
}

void ProfileManagerDialog::setSandboxKeys(const QString &openCloudKey, const QHash<QString, QString> &writerKeys)
{
    m_sandboxKey = openCloudKey;
    m_sandboxWriterKeys = writerKeys;
    if (m_shownId == ProfileStore::sandboxId())
        showKeys(m_shownId);
}

void ProfileManagerDialog::rebuildList()
{
    m_rebuilding = true;
    m_list->clear();
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(IdRole, profile.id);
        item->setToolTip(profile.id == ProfileStore::sandboxId() ? tr("A simulated group on this computer; needs no key")
                                                                 : tr("Group %1").arg(profile.groupId));
        if (profile.id == m_shownId)
            m_list->setCurrentItem(item);
    }
    if (m_shownId.isEmpty() && m_list->count() > 0 && m_editor->isModified()) {
        // A new profile being written: shown at the end until it is saved.
        auto *item = new QListWidgetItem(tr("%1 (not saved)").arg(m_editor->profile().name), m_list);
        m_list->setCurrentItem(item);
    }
    m_rebuilding = false;
    updateButtons();
}

QString ProfileManagerDialog::selectedId() const
{
    return m_shownId;
}

void ProfileManagerDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(IdRole).toString() == id)
            m_list->setCurrentRow(row);
}

void ProfileManagerDialog::showSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(IdRole).toString() : QString();
    if (id == m_shownId || (item && id.isEmpty()))
        return;
    if (!confirmLeavingEdits()) {
        selectProfile(m_shownId);
        return;
    }
    const auto profile = m_profiles->find(id);
    if (!profile)
        return;
    m_shownId = id;
    m_editor->setProfile(*profile);
    showKeys(id);
    rebuildList(); // drops a discarded new profile's row
    updateButtons();
}

void ProfileManagerDialog::showKeys(const QString &profileId)
{
    const auto profile = m_profiles->find(profileId);
    if (!profile)
        return;
    if (profileId == ProfileStore::sandboxId()) {
        m_editor->setSandboxKeys(m_sandboxKey, m_sandboxWriterKeys.value(m_editor->profile().writerName()));
        return;
    }
    // The keychain may take seconds; the dialog may be closed by then.
    Async::whenReady(m_keys->findKeys(profileId, m_editor->profile().writer), this, [this, profileId](const ProfileKeySet &keys) {
        if (profileId == m_shownId)
            m_editor->setStoredKeys(keys.openCloud, keys.writer);
    });
}

bool ProfileManagerDialog::confirmLeavingEdits()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save the changes to %1?").arg(m_editor->profile().name),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (!m_editor->isValid())
            return false;
        save();
    }
    m_editor->setModified(false);
    return true;
}

void ProfileManagerDialog::newProfile()
{
    if (!confirmLeavingEdits())
        return;
    ConnectionProfile fresh;
    fresh.name = tr("New profile");
    m_shownId.clear();
    m_editor->setProfile(fresh);
    m_editor->setStoredKeys({}, {});
    m_editor->setModified(true);
    rebuildList();
}

void ProfileManagerDialog::duplicateSelected()
{
    if (m_shownId.isEmpty() || !confirmLeavingEdits())
        return;
    const auto copy = m_profiles->duplicate(m_shownId);
    if (!copy)
        return;
    // Keys are not copied: a duplicate usually points at another group or provider.
    m_shownId = copy->id;
    m_editor->setProfile(*copy);
    showKeys(copy->id);
    rebuildList();
}

void ProfileManagerDialog::deleteSelected()
{
    if (m_shownId.isEmpty() || m_shownId == ProfileStore::sandboxId())
        return;
    const QString name = m_editor->profile().name;
    if (QMessageBox::question(this, tr("Delete profile"),
                              tr("Delete the profile %1 and forget its keys? The history of its group is kept.").arg(name))
        != QMessageBox::Yes)
        return;
    const QString id = m_shownId;
    m_keys->removeAll(id);
    m_profiles->remove(id);
    m_editor->setModified(false);
    m_shownId.clear();
    rebuildList();
    m_list->setCurrentRow(0);
}

void ProfileManagerDialog::moveSelected(int delta)
{
    if (m_shownId.isEmpty())
        return;
    m_profiles->move(m_shownId, m_profiles->indexOf(m_shownId) + delta);
    rebuildList();
}

void ProfileManagerDialog::listReordered()
{
    // Drag and drop moved a row: the store takes the list's order.
    for (int row = 0; row < m_list->count(); ++row)
        if (const QString id = m_list->item(row)->data(IdRole).toString(); !id.isEmpty())
            m_profiles->move(id, row);
}

void ProfileManagerDialog::save(const std::function<void(const QString &)> &then)
{
    if (!m_editor->isValid())
        return;
    if (!m_editor->isModified() && !m_shownId.isEmpty()) {
        if (then)
            then(m_shownId);
        emit saved(true);
        return;
    }
    ConnectionProfile profile = m_editor->profile();
    if (m_shownId.isEmpty())
        profile = m_profiles->add(profile);
    else
        m_profiles->update(profile);
    m_shownId = profile.id;
    GuardRailSettings::setCeiling(profile.groupId, m_editor->ceiling());
    GuardRailSettings::setProtectedUsers(profile.groupId, m_editor->protectedUsers());
    QList<QPair<QString, QString>> typed;
    if (!m_editor->typedApiKey().isEmpty())
        typed.append({QStringLiteral("opencloud"), m_editor->typedApiKey()});
    if (!m_editor->typedWriterKey().isEmpty() && profile.writer != ConnectionProfile::WriterKind::OpenCloud)
        typed.append({profile.writerName(), m_editor->typedWriterKey()});
    m_editor->setModified(false);
    rebuildList();
    keepKeys(profile.id, typed, m_editor->rememberKeys() ? ProfileKeys::Keep::Keychain : ProfileKeys::Keep::Session, then);
}

void ProfileManagerDialog::keepKeys(const QString &profileId, QList<QPair<QString, QString>> pending, ProfileKeys::Keep where,
                                    const std::function<void(const QString &)> &then)
{
    if (pending.isEmpty()) {
        const auto profile = m_profiles->find(profileId);
        if (profile && profileId == m_shownId) {
            m_editor->setProfile(*profile); // clears the typed keys: they are kept now
            showKeys(profileId);
        }
        emit saved(true);
        if (then)
            then(profileId);
        return;
    }
    const auto [provider, key] = pending.takeFirst();
    Async::whenReady(m_keys->keep(profileId, provider, key, where), this, [=, this](const Result<Unit> &kept) {
        if (kept) {
            keepKeys(profileId, pending, where, then);
            return;
        }
        // No keychain (or a locked one): never a file. The user chooses the session, or nothing.
        QMessageBox box(QMessageBox::Warning, tr("System keychain unavailable"),
                        tr("The key could not be kept in the system keychain.\n%1\n\nRankdesk never writes keys to a file. "
                           "You can use the key for this session only, or set %2 before starting Rankdesk.")
                            .arg(kept.error().userText(), ProfileKeys::environmentVariable(provider)),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("keychainUnavailable"));
        QPushButton *sessionOnly = box.addButton(tr("Use for this &session only"), QMessageBox::AcceptRole);
        sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
        box.setDefaultButton(sessionOnly);
        box.exec();
        if (box.clickedButton() != sessionOnly) {
            showKeys(profileId);
            emit saved(false);
            return;
        }
        m_keys->keep(profileId, provider, key, ProfileKeys::Keep::Session);
        keepKeys(profileId, pending, ProfileKeys::Keep::Session, then);
    });
}

void ProfileManagerDialog::updateButtons()
{
    const bool sandbox = m_shownId == ProfileStore::sandboxId();
    const bool saved = !m_shownId.isEmpty();
    const int index = saved ? m_profiles->indexOf(m_shownId) : -1;
    m_duplicate->setEnabled(saved);
    m_delete->setEnabled(saved && !sandbox);
    m_up->setEnabled(saved && index > 0);
    m_down->setEnabled(saved && index >= 0 && index < m_profiles->profiles().size() - 1);
    m_save->setEnabled(m_editor->isValid() && m_editor->isModified());
    m_open->setEnabled(m_editor->isValid() && (!sandbox || m_profiles->hasRunningSandbox()));
}
