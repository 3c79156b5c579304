#pragma once

#include "profiles/ProfileKeys.h"

#include <QDialog>

class ProfileEditor;
class ProfileStore;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

// File → Profiles… (Ctrl+O): every saved profile in the user's order, with the editor of the one
// selected. New, duplicate, delete, reorder (buttons or drag and drop), save, and open. Keys go to
// ProfileKeys: the system keychain, or, when there is none, this session only if the user agrees.
class ProfileManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManagerDialog)

public:
    ProfileManagerDialog(ProfileStore *profiles, ProfileKeys *keys, QNetworkAccessManager *nam, QWidget *parent = nullptr);

    // The Sandbox's keys for Test connection (they exist only in this session's memory).
    void setSandboxKeys(const QString &openCloudKey, const QHash<QString, QString> &writerKeys);
    void selectProfile(const QString &id);
    QString selectedId() const;
    ProfileEditor *editor() const { return m_editor; }

signals:
    // Open was pressed: the profile is saved, and the window should switch to it.
    void openRequested(const QString &profileId);
    // A save finished (keys included), successfully or not.
    void saved(bool ok);

private:
    void rebuildList();
    void showSelected();
    void showKeys(const QString &profileId);
    void newProfile();
    void duplicateSelected();
    void deleteSelected();
    void moveSelected(int delta);
    void listReordered();
    // Saves the editor's profile, then (on success) runs `then` with its id.
    void save(const std::function<void(const QString &)> &then = {});
    void keepKeys(const QString &profileId, QList<QPair<QString, QString>> pending, ProfileKeys::Keep where,
                  const std::function<void(const QString &)> &then);
    bool confirmLeavingEdits();
    void updateButtons();

    ProfileStore *m_profiles;
    ProfileKeys *m_keys;
    QListWidget *m_list;
    ProfileEditor *m_editor;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_save;
    QPushButton *m_open;
    QString m_shownId;     // the profile in the editor; empty for a new one not saved yet
    QString m_sandboxKey;
    QHash<QString, QString> m_sandboxWriterKeys;
    bool m_rebuilding = false;
};
