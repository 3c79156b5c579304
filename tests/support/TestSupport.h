#pragma once

#include "SimConfig.h"
#include "secrets/SecretStore.h"
#include "domain/ConnectionProfile.h"
#include "SimulatorHost.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace TestSupport {

// Waits (event loop running) for a future, up to timeoutMs; the test fails on timeout via QVERIFY
// at the call site (isFinished()).
template<typename T>
T await(QFuture<T> future, int timeoutMs = 20000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished())
        qFatal("future did not finish within %d ms", timeoutMs);
    return future.result();
}

// Keys made at run time: never literals in the tree.
QString makeKey(const char *label);

// A machine without a Secret Service: every keychain call fails, as QtKeychain's would there.
class NoKeychain final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    static ApiError error();
    QFuture<Result<std::optional<QString>>> read(const QString &) override;
    QFuture<Result<Unit>> write(const QString &, const QString &) override;
    QFuture<Result<Unit>> remove(const QString &) override;
    QString whereText() const override { return QStringLiteral("nowhere"); }
};

// A sandbox simulator on a free loopback port with a set of keys for every auth case.
class Sandbox
{
public:
    explicit Sandbox(int members = 2000, double rateScale = 0.0, const std::function<void(SimConfig &)> &adjust = {});

    QUrl baseUrl() const { return m_host->baseUrl(); }
    qint64 groupId() const { return m_config.groupId; }
    const QString ownerKey;     // group owner, read + write
    const QString readOnlyKey;  // owner, read only
    const QString expiredKey;   // owner, expired
    const QString officerKey;   // owned by a General Staff member (rank 200), read + write
    // Hosted services: Hyra; Series premium and free; WESK starter, pro and max.
    const QString hyraKey;
    const QString seriesKey;
    const QString seriesFreeKey;
    const QString weskStarterKey;
    const QString weskProKey;
    const QString weskMaxKey;

    // "owner", "readonly", "expired", "officer", "hyra", "series", "series-free", "wesk-starter",
    // "wesk-pro", "wesk-max"; anything else is a key the simulator rejects.
    QString key(const QString &name) const;
    // A profile pointing every Roblox host at this simulator.
    ConnectionProfile profile(ConnectionProfile::ReaderKind reader = ConnectionProfile::ReaderKind::OpenCloud) const;
    // A profile reading through Open Cloud and writing through the given provider on this simulator.
    ConnectionProfile profile(ConnectionProfile::WriterKind writer, bool composeDemote = false) const;
    QUrl writerUrl(ConnectionProfile::WriterKind writer) const;

    // The test-only control surface.
    QJsonObject state() const;
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {}) const;
    // A member (userId) currently holding the given rank (first in the state list).
    qint64 memberWithRank(int rank) const;
    QList<qint64> membersWithRank(int rank, int count) const;
    QJsonObject memberState(qint64 userId) const;
    // The member's rank as Rankdesk's own Open Cloud client reads it (-1 when not a member).
    int rankViaOpenCloud(qint64 userId) const;
    int writeCount() const;
    qint64 outsiderUserId() const;

private:
    SimConfig m_config;
    std::unique_ptr<SimulatorHost> m_host;
};

} // namespace TestSupport
