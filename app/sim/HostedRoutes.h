#pragma once

#include "SimConfig.h"
#include "SimReply.h"

#include <QStringList>

class QHttpServerRequest;
class SimGroup;
class SimRateLimiter;
class SimRequestLog;

// The hosted ranking services on the simulator, each under its own prefix and sharing the one
// sandbox group, so a change made through any of them is seen by an Open Cloud read:
//   /hyra     Hyra          (real base https://api.hyra.io)
//   /series   Series.hr     (real base https://api.series.hr)
//   /wesk/v1  WESK RankBot  (real base https://api.wesk.dev/v1)
// Paths, headers, bodies, plans, limits and error texts follow shared/docs/api-reference.md §4-§6.
class HostedRoutes
{
public:
    HostedRoutes(SimConfig &config, SimGroup &group, SimRateLimiter &limiter, SimRequestLog &requests);

    static bool handles(const QStringList &segments);
    SimReply route(const QHttpServerRequest &request, const QStringList &segments);
    // The service's own 429 (for the control surface's forced 429s).
    static SimReply tooManyRequests(const QStringList &segments);

private:
    SimReply hyra(const QHttpServerRequest &request, const QStringList &segments);
    SimReply series(const QHttpServerRequest &request, const QStringList &segments);
    SimReply wesk(const QHttpServerRequest &request, const QStringList &segments);

    SimReply seriesPromote(qint64 userId, bool up);
    SimReply seriesSetRank(qint64 userId, const QString &rankText);
    SimReply seriesSuccess(qint64 userId, const QString &action, int fromIndex, int toIndex);
    SimReply weskChange(qint64 userId, int toIndex, const QString &via);
    // The request log's target for a rank the request names (role id unknown when no role has it).
    void logTargetRank(int rank);

    const HostedKey *key(const QString &service, const QString &secret) const;

    SimConfig &m_config;
    SimGroup &m_group;
    SimRateLimiter &m_limiter;
    SimRequestLog &m_requests;
};
