#include "ProfileKeys.h"

#include "api/Async.h"
#include "secrets/SecretStore.h"

namespace {
const QStringList kProviders{QStringLiteral("opencloud"), QStringLiteral("hyra"), QStringLiteral("series"), QStringLiteral("wesk")};
} // namespace

QString FoundKey::mask(const QString &key)
{
    if (key.isEmpty())
        return {};
    // Short keys show nothing of themselves.
    return QStringLiteral("••••") + (key.size() >= 16 ? key.right(4) : QString());
}

ProfileKeys::ProfileKeys(SecretStore *keychain, QObject *parent) : QObject(parent), m_keychain(keychain) { }

QString ProfileKeys::environmentVariable(const QString &provider)
{
    return provider == u"opencloud" ? QStringLiteral("RANKDESK_API_KEY") : QStringLiteral("RANKDESK_%1_KEY").arg(provider.toUpper());
}

QString ProfileKeys::secretName(const QString &profileId, const QString &provider)
{
    return QStringLiteral("profile/%1/%2").arg(profileId, provider);
}

FoundKey ProfileKeys::fromEnvironment(const QString &provider)
{
    const QString key = qEnvironmentVariable(environmentVariable(provider).toLatin1().constData()).trimmed();
    return key.isEmpty() ? FoundKey{} : FoundKey{key, KeySource::Environment};
}

QFuture<FoundKey> ProfileKeys::find(const QString &profileId, const QString &provider)
{
    const QString name = secretName(profileId, provider);
    if (const auto it = m_session.constFind(name); it != m_session.cend())
        return Async::ready(FoundKey{*it, KeySource::Session});
    const FoundKey environment = fromEnvironment(provider);
    return m_keychain->read(name).then(this, [environment](const Result<std::optional<QString>> &stored) {
        if (stored && stored.value() && !stored.value()->isEmpty())
            return FoundKey{*stored.value(), KeySource::Keychain};
        return environment; // also when the keychain cannot be read: there is nothing else to use
    });
}

QFuture<ProfileKeySet> ProfileKeys::findKeys(const QString &profileId, ConnectionProfile::WriterKind writer)
{
    auto promise = Async::startedPromise<ProfileKeySet>();
    Async::whenReady(find(profileId, QStringLiteral("opencloud")), this, [this, promise, profileId, writer](const FoundKey &openCloud) {
        if (writer == ConnectionProfile::WriterKind::OpenCloud) {
            Async::resolve(promise, ProfileKeySet{openCloud, {}});
            return;
        }
        Async::whenReady(find(profileId, ConnectionProfile::writerKindName(writer)), this, [promise, openCloud](const FoundKey &hosted) {
            Async::resolve(promise, ProfileKeySet{openCloud, hosted});
        });
    });
    return promise->future();
}

QFuture<Result<Unit>> ProfileKeys::keep(const QString &profileId, const QString &provider, const QString &key, Keep where)
{
    const QString name = secretName(profileId, provider);
    if (where == Keep::Session) {
        m_session.insert(name, key);
        return Async::ready(Result<Unit>(Unit{}));
    }
    return m_keychain->write(name, key).then(this, [this, name](const Result<Unit> &written) {
        if (written)
            m_session.remove(name); // the keychain's copy is the one that counts now
        return written;
    });
}

QFuture<Result<Unit>> ProfileKeys::remove(const QString &profileId, const QString &provider)
{
    const QString name = secretName(profileId, provider);
    m_session.remove(name);
    return m_keychain->remove(name);
}

void ProfileKeys::removeAll(const QString &profileId)
{
    for (const QString &provider : kProviders)
        remove(profileId, provider);
}
