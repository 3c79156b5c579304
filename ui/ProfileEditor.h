#pragma once

#include "domain/ConnectionProfile.h"
#include "profiles/ProfileKeys.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QToolButton;
class Connection;

// Edits one connection profile: name, group id, reader and writer with their base URLs, a key per
// provider, and the group's guard rails (rank ceiling, protected members). Stored keys are never
// shown: the field says where the key is kept and its last four characters; typing replaces it.
// Test connection checks the typed key, else the stored one.
class ProfileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    // With a network access manager the editor offers Test connection.
    explicit ProfileEditor(QWidget *parent = nullptr, QNetworkAccessManager *nam = nullptr);

    // Shows a profile. The Sandbox's group, addresses and keys belong to its simulator, so only its
    // name, writer and guard rails can be changed.
    void setProfile(const ConnectionProfile &profile);
    // What each provider's key currently is (from ProfileKeys); empty: none.
    void setStoredKeys(const FoundKey &openCloudKey, const FoundKey &writerKey);
    // For the Sandbox: the keys of this session's simulator, used by Test connection only.
    void setSandboxKeys(const QString &openCloudKey, const QString &writerKey);

    ConnectionProfile profile() const;
    int ceiling() const;
    QSet<qint64> protectedUsers() const;
    // Keys typed in this editor (empty: unchanged).
    QString typedApiKey() const;
    QString typedWriterKey() const;
    // The key a connection would use: typed, else stored.
    QString apiKey() const;
    QString writerKey() const;
    bool rememberKeys() const;
    bool isValid() const { return m_problemText.isEmpty(); }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // "Promote: native / composed …" for a writer, as the editor shows it.
    static QString describeCapabilities(ConnectionProfile::WriterKind kind, bool composeDemote);

signals:
    void validityChanged(bool valid);
    void modifiedChanged(bool modified);
    // The user asked to forget a stored key ("opencloud" or the writer's name).
    void removeKeyRequested(const QString &provider);
    // Another writer was chosen: its stored key (if any) should be shown with setStoredKeys().
    void writerProviderChanged(const QString &provider);

private:
    void validate();
    void testConnection();
    void writerChanged();
    void showKeyState(QLineEdit *edit, QLabel *state, QToolButton *remove, const FoundKey &key);
    void markModified();

    QLineEdit *m_name;
    QLineEdit *m_group;
    QComboBox *m_reader;
    QLineEdit *m_cloudUrl;
    QLineEdit *m_groupsUrl;
    QLineEdit *m_usersUrl;
    QLineEdit *m_key;
    QLabel *m_keyState;
    QToolButton *m_removeKey;
    QComboBox *m_writer;
    QLineEdit *m_writerUrl;
    QLineEdit *m_writerKey;
    QLabel *m_writerKeyState;
    QToolButton *m_removeWriterKey;
    QCheckBox *m_composeDemote;
    QLineEdit *m_hyraWorkspace;
    QCheckBox *m_rememberKeys;
    QSpinBox *m_ceiling;
    QLineEdit *m_protected;
    QLabel *m_capabilities;
    QLabel *m_problem;
    QNetworkAccessManager *m_nam;
    class QFormLayout *m_form = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_checks = nullptr;
    Connection *m_checked = nullptr; // the connection the last test used

    ConnectionProfile m_shown;       // what setProfile() gave (id, rate scale, sandbox runtime)
    FoundKey m_storedKey;
    FoundKey m_storedWriterKey;
    bool m_sandbox = false;
    bool m_loading = false;
    bool m_modified = false;
    QString m_problemText;
};
