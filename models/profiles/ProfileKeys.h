#pragma once

#include "domain/ConnectionProfile.h"
#include "domain/Result.h"

#include <QFuture>
#include <QHash>
#include <QObject>

class SecretStore;

// Where a profile's key came from, for the user to see.
enum class KeySource { None, Session, Keychain, Environment };

struct FoundKey
{
    QString key;
    KeySource source = KeySource::None;
    bool isEmpty() const { return key.isEmpty(); }
    // "••••3f9a": enough to tell two keys apart, never enough to use one.
    QString masked() const { return mask(key); }
    static QString mask(const QString &key);
};

// The keys a profile connects with: the Open Cloud key and, for a hosted writer, its own key.
struct ProfileKeySet
{
    FoundKey openCloud;
    FoundKey writer; // empty when Open Cloud is the writer: it writes with openCloud
};

// The API keys of saved profiles, one per provider ("opencloud", "hyra", "series", "wesk"). A key
// is kept in the system keychain, or in memory for this session only; an environment variable
// (RANKDESK_API_KEY, RANKDESK_<PROVIDER>_KEY) serves every profile without a key of its own.
// Nothing here writes a key anywhere else: there is no plaintext fallback.
//
// Usage:
//   ProfileKeys keys(&keychain);
//   keys.keep(profile.id, "opencloud", key, ProfileKeys::Keep::Keychain)
//       .then(this, [](Result<Unit> kept) { if (!kept) offerSessionOnly(kept.error()); });
//   keys.find(profile.id, "opencloud").then(this, [](FoundKey found) { ... });
class ProfileKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileKeys)

public:
    enum class Keep { Keychain, Session };

    explicit ProfileKeys(SecretStore *keychain, QObject *parent = nullptr);

    static QString environmentVariable(const QString &provider);
    // The provider's key from its environment variable; empty when unset.
    static FoundKey fromEnvironment(const QString &provider);
    // The session's key, else the keychain's, else the environment's.
    QFuture<FoundKey> find(const QString &profileId, const QString &provider);
    // Both keys a profile with this writer needs; the keychain is read once per provider.
    QFuture<ProfileKeySet> findKeys(const QString &profileId, ConnectionProfile::WriterKind writer);
    // On a keychain error (none available, locked, no answer) nothing is kept; the caller offers
    // Keep::Session, which cannot fail.
    QFuture<Result<Unit>> keep(const QString &profileId, const QString &provider, const QString &key, Keep where);
    // Forgets the key in the session and in the keychain.
    QFuture<Result<Unit>> remove(const QString &profileId, const QString &provider);
    // Every provider's key of a deleted profile.
    void removeAll(const QString &profileId);

    // The keychain entry of a profile's key for a provider: "profile/<id>/<provider>".
    static QString secretName(const QString &profileId, const QString &provider);

private:

    SecretStore *m_keychain;
    QHash<QString, QString> m_session; // secretName -> key, this process only
};
