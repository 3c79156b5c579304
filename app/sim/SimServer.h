#pragma once

#include "SimConfig.h"
#include "SimGroup.h"
#include "HostedRoutes.h"
#include "SimRateLimiter.h"
#include "SimReply.h"
#include "SimRequestLog.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QRandomGenerator>

class QHttpServerRequest;

// rankdesk-sim's HTTP side: Roblox Open Cloud v2 and the legacy anonymous group/user endpoints on one
// loopback server, with the documented bodies, errors and per-key-owner rate limits, injectable
// latency, 5xx, dropped connections and lost replies to rank changes, a log of every rank-changing
// request, and a test-only control surface under /_sim/.
// Built on QAbstractHttpServer (not QHttpServer) because fault injection needs the socket.
class SimServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    explicit SimServer(const SimConfig &config, QObject *parent = nullptr);

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);
    const SimGroup &group() const { return m_group; }
    qint64 keyOwner(const QString &secret) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Reply = SimReply;
    struct ResolvedKey
    {
        const SimKey *key = nullptr;
        qint64 ownerUserId = 0;
    };

    Reply route(const QHttpServerRequest &request, const QStringList &segments);
    Reply routeOpenCloud(const QHttpServerRequest &request, const QStringList &segments);
    Reply routeLegacy(const QHttpServerRequest &request, const QStringList &segments);
    Reply routeControl(const QHttpServerRequest &request, const QStringList &segments);
    Reply setFaults(const QHttpServerRequest &request);
    // The faults decided before a request is handled (latency, drop, 5xx, forced 429); true when
    // the request was answered (or dropped) by one of them.
    bool faultBeforeHandling(const QString &path, QTcpSocket *socket);

    // Open Cloud
    Reply authenticate(const QHttpServerRequest &request, ResolvedKey *resolved);
    Reply auditLog(const QHttpServerRequest &request, const QStringList &segments);
    Reply limited(const ResolvedKey &key, const QString &operation, int perMinute, Reply reply);
    Reply ocGroup();
    Reply ocRoles(const QHttpServerRequest &request);
    Reply ocRole(qint64 roleId);
    Reply ocMemberships(const QHttpServerRequest &request);
    Reply ocWrite(const QHttpServerRequest &request, const ResolvedKey &key, const QString &membership,
                  const QString &verb);
    Reply ocUser(qint64 userId);
    Reply introspect(const QHttpServerRequest &request);
    QJsonObject ocMembershipJson(const SimMember &member) const;
    QJsonObject ocRoleJson(const SimRole &role) const;

    // Legacy
    Reply lgGroup();
    Reply lgRoles();
    Reply lgRoleUsers(const QHttpServerRequest &request, qint64 roleId);
    Reply lgUserGroups(qint64 userId);
    Reply lgUsernames(const QHttpServerRequest &request);
    Reply lgUsersByIds(const QHttpServerRequest &request);
    Reply lgUser(qint64 userId);

    static Reply json(int status, const QJsonObject &object);
    static Reply ocError(int status, const QString &code, const QString &message);
    static Reply gatewayError(int status, const QString &message);
    static Reply legacyError(int status, int code, const QString &message);
    void write(QTcpSocket *socket, const Reply &reply);

    SimConfig m_config;
    SimGroup m_group;
    SimRateLimiter m_limiter;
    QRandomGenerator m_faultRng;
    int m_forced429 = 0;
    QHash<QString, qint64> m_keyOwners;
    SimRequestLog m_requests; // before m_hosted, which logs into it
    HostedRoutes m_hosted;
};
