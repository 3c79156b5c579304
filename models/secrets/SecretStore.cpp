#include "SecretStore.h"

#include "api/Async.h"

#include <QCoreApplication>
#include <QPromise>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

using Async::ready;

ApiError keychainError(const QString &what, const QString &detail)
{
    ApiError error = ApiError::local(ApiError::Kind::Unavailable, QStringLiteral("rankdesk.keychain"),
                                     QCoreApplication::translate("SecretStore", "%1: %2").arg(what, detail));
    error.hint = QCoreApplication::translate("SecretStore",
                                             "No usable system keychain (Secret Service). Use the secret for this session "
                                             "only, or pass it in an environment variable.");
    return error;
}

} // namespace

QFuture<Result<std::optional<QString>>> MemorySecretStore::read(const QString &name)
{
    const auto it = m_secrets.constFind(name);
    return ready(Result<std::optional<QString>>(it == m_secrets.cend() ? std::nullopt : std::optional<QString>(*it)));
}

QFuture<Result<Unit>> MemorySecretStore::write(const QString &name, const QString &secret)
{
    m_secrets.insert(name, secret);
    return ready(Result<Unit>(Unit {}));
}

QFuture<Result<Unit>> MemorySecretStore::remove(const QString &name)
{
    m_secrets.remove(name);
    return ready(Result<Unit>(Unit {}));
}

QString MemorySecretStore::whereText() const
{
    return tr("memory, for this session only");
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent) : SecretStore(parent), m_service(std::move(service)) { }

QString KeychainSecretStore::whereText() const
{
    return tr("the system keychain");
}

namespace {

// Runs one QtKeychain job with a time limit; `done` turns the finished job into the result.
template<typename T, typename Job>
QFuture<T> runJob(Job *job, int timeoutMs, QObject *context, std::function<T(Job *)> done, std::function<T()> timedOut)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [promise, settled, timer, timedOut] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        promise->addResult(timedOut());
        promise->finish();
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [promise, settled, timer, done](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        promise->addResult(done(static_cast<Job *>(finished)));
        promise->finish();
    });
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
    return promise->future();
}

} // namespace

QFuture<Result<std::optional<QString>>> KeychainSecretStore::read(const QString &name)
{
    using R = Result<std::optional<QString>>;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    return runJob<R, QKeychain::ReadPasswordJob>(
        job, m_timeoutMs, this,
        [](QKeychain::ReadPasswordJob *j) -> R {
            if (j->error() == QKeychain::EntryNotFound)
                return std::optional<QString>();
            if (j->error() != QKeychain::NoError)
                return keychainError(tr("Could not read from the system keychain"), j->errorString());
            return std::optional<QString>(j->textData());
        },
        [] { return R(keychainError(tr("Could not read from the system keychain"), tr("it did not answer in time"))); });
}

QFuture<Result<Unit>> KeychainSecretStore::write(const QString &name, const QString &secret)
{
    using R = Result<Unit>;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setTextData(secret);
    return runJob<R, QKeychain::WritePasswordJob>(
        job, m_timeoutMs, this,
        [](QKeychain::WritePasswordJob *j) -> R {
            if (j->error() != QKeychain::NoError)
                return keychainError(tr("Could not save in the system keychain"), j->errorString());
            return Unit {};
        },
        [] { return R(keychainError(tr("Could not save in the system keychain"), tr("it did not answer in time"))); });
}

QFuture<Result<Unit>> KeychainSecretStore::remove(const QString &name)
{
    using R = Result<Unit>;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    return runJob<R, QKeychain::DeletePasswordJob>(
        job, m_timeoutMs, this,
        [](QKeychain::DeletePasswordJob *j) -> R {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
                return keychainError(tr("Could not remove from the system keychain"), j->errorString());
            return Unit {};
        },
        [] { return R(keychainError(tr("Could not remove from the system keychain"), tr("it did not answer in time"))); });
}
