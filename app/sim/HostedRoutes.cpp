#include "HostedRoutes.h"

#include "SimGroup.h"
#include "SimRateLimiter.h"
#include "SimRequestLog.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QUrlQuery>
#include <QJsonArray>

namespace {

// Hyra answers errors in two documented shapes.
SimReply hyraError(int status, const QString &code, const QString &message)
{
    return SimReply::json(status, {{QStringLiteral("type"), QStringLiteral("error")},
                                   {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

SimReply hyraGenericError(int status, const QString &error, const QString &message)
{
    return SimReply::json(status, {{QStringLiteral("statusCode"), status}, {QStringLiteral("error"), error},
                                   {QStringLiteral("message"), message}});
}

SimReply seriesError(int status, const QString &message)
{
    return SimReply::json(status, {{QStringLiteral("success"), false},
                                   {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}}}});
}

// WESK documents "a consistent JSON shape with a machine-readable message"; this is ours.
SimReply weskError(int status, const QString &code, const QString &message)
{
    return SimReply::json(status, {{QStringLiteral("success"), false}, {QStringLiteral("error"), code},
                                   {QStringLiteral("message"), message}});
}

QString bearer(const QHttpServerRequest &request)
{
    QString value = QString::fromUtf8(request.value("authorization")).trimmed();
    if (value.startsWith(QStringLiteral("Bearer "), Qt::CaseInsensitive))
        value = value.mid(7).trimmed();
    return value;
}

const QString SeriesWorkspaceId = QStringLiteral("a7d5339a-5531-4336-99c6-6f3249c9ac20");

} // namespace

HostedRoutes::HostedRoutes(SimConfig &config, SimGroup &group, SimRateLimiter &limiter, SimRequestLog &requests)
    : m_config(config), m_group(group), m_limiter(limiter), m_requests(requests)
{
}

void HostedRoutes::logTargetRank(int rank)
{
    const int roleIndex = m_group.roleIndexByRank(rank);
    m_requests.setTarget(roleIndex < 0 ? 0 : m_group.roles().at(roleIndex).id, rank);
}

bool HostedRoutes::handles(const QStringList &segments)
{
    const QString first = segments.value(0);
    return first == u"hyra" || first == u"series" || first == u"wesk";
}

SimReply HostedRoutes::tooManyRequests(const QStringList &segments)
{
    const QString service = segments.value(0);
    if (service == u"hyra")
        return hyraGenericError(429, QStringLiteral("Too Many Requests"), QStringLiteral("Too Many Requests"))
            .header("X-Ratelimit-Limit", "100")
            .header("X-Ratelimit-Reset", "1");
    if (service == u"series")
        return seriesError(429, QStringLiteral("Rate limit exceeded for ranking endpoints: 50 requests per second."));
    return weskError(429, QStringLiteral("MONTHLY_LIMIT_REACHED"), QStringLiteral("Monthly request limit reached for your plan."))
        .header("X-RateLimit-Remaining", "0")
        .header("X-RateLimit-Reset", "1");
}

const HostedKey *HostedRoutes::key(const QString &service, const QString &secret) const
{
    for (const HostedKey &key : m_config.hostedKeys) {
        if (key.service == service && !secret.isEmpty() && key.secret == secret)
            return &key;
    }
    return nullptr;
}

SimReply HostedRoutes::route(const QHttpServerRequest &request, const QStringList &segments)
{
    const QString service = segments.value(0);
    if (service == u"hyra")
        return hyra(request, segments);
    if (service == u"series")
        return series(request, segments);
    return wesk(request, segments);
}

// ---------------------------------------------------------------- Hyra

SimReply HostedRoutes::hyra(const QHttpServerRequest &request, const QStringList &s)
{
    const HostedKey *k = key(QStringLiteral("hyra"), bearer(request));
    if (!k)
        return hyraGenericError(401, QStringLiteral("Unauthorized"), QStringLiteral("Invalid API key"));
    const qint64 userId = request.url().query().isEmpty() ? 0 : QUrlQuery(request.url()).queryItemValue(QStringLiteral("userId")).toLongLong();
    const bool patch = request.method() == QHttpServerRequest::Method::Patch;
    // The inactive promote route counts too: its caller meant a rank change.
    if (patch && s.size() == 4 && s.value(1) == u"v2" && s.value(2) == u"group" && (s.value(3) == u"rank" || s.value(3) == u"promote")) {
        m_requests.markWrite(QStringLiteral("hyra"), userId);
        if (const QJsonValue rank = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("rank")); rank.isDouble())
            logTargetRank(rank.toInt());
    }
    // Documented: ~100 requests per minute, limit and reset on every response.
    SimReply limits;
    if (m_limiter.enabled()) {
        const SimRateLimiter::Decision decision = m_limiter.take(QStringLiteral("hyra/") + k->secret, 100, 60'000, true);
        limits.header("X-Ratelimit-Limit", QByteArray::number(decision.limit))
            .header("X-Ratelimit-Remaining", QByteArray::number(decision.remaining))
            .header("X-Ratelimit-Reset", QByteArray::number(decision.resetSeconds));
        if (!decision.allowed) {
            SimReply reply = hyraGenericError(429, QStringLiteral("Too Many Requests"), QStringLiteral("Too Many Requests"));
            reply.headers = limits.headers;
            return reply;
        }
    }
    SimReply reply;
    if (s.size() == 4 && s.value(1) == u"workspace" && s.value(3) == u"roles" && request.method() == QHttpServerRequest::Method::Get) {
        // The workspace's roles and its linked group's roles (docs: GET /workspace/{id}/roles).
        if (s.value(2) != k->workspace()) {
            reply = hyraGenericError(403, QStringLiteral("Forbidden"), QStringLiteral("The API key does not belong to this workspace"));
        } else {
            QJsonArray groupRoles;
            QJsonArray groupRoleIds;
            for (const SimRole &role : m_group.roles()) {
                groupRoles.append(QJsonObject{{QStringLiteral("id"), QString::number(role.id)}, {QStringLiteral("name"), role.name},
                                              {QStringLiteral("rank"), role.rank}});
                groupRoleIds.append(QString::number(role.id));
            }
            const QJsonObject staff{{QStringLiteral("_id"), QStringLiteral("64f0c0ffee0000000000hr01")}, {QStringLiteral("name"), QStringLiteral("HR")},
                                    {QStringLiteral("group_roles"), groupRoleIds}, {QStringLiteral("permissions"), QJsonArray{QStringLiteral("ranking")}},
                                    {QStringLiteral("manual_users"), QJsonArray{}}};
            reply = SimReply::json(200, {{QStringLiteral("roles"), QJsonArray{staff}}, {QStringLiteral("group_roles"), groupRoles}});
        }
    } else if (s.size() == 4 && s.value(1) == u"v2" && s.value(2) == u"group" && s.value(3) == u"promote" && patch) {
        reply = hyraGenericError(404, QStringLiteral("Not Found"), QStringLiteral("This route is not currently active"));
    } else if (s.size() == 4 && s.value(1) == u"v2" && s.value(2) == u"group" && s.value(3) == u"rank" && patch) {
        const QJsonValue rankValue = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("rank"));
        const SimMember *member = m_group.member(userId);
        const int roleIndex = rankValue.isDouble() ? m_group.roleIndexByRank(rankValue.toInt()) : -1;
        if (userId <= 0 || !member)
            reply = hyraError(404, QStringLiteral("not_found"), QStringLiteral("User not found"));
        else if (!rankValue.isDouble())
            reply = hyraGenericError(400, QStringLiteral("Bad Request"), QStringLiteral("body.rank must be a number"));
        else if (roleIndex < 0)
            reply = hyraGenericError(400, QStringLiteral("Bad Request"), QStringLiteral("Rank %1 does not exist in the group").arg(rankValue.toInt()));
        else if (rankValue.toInt() == 0 || rankValue.toInt() == 255 || member->roleIndex == int(m_group.roles().size()) - 1)
            reply = hyraGenericError(403, QStringLiteral("Forbidden"), QStringLiteral("The Guest and Owner ranks cannot be changed"));
        else {
            if (member->roleIndex != roleIndex)
                m_group.setRole(userId, roleIndex, QStringLiteral("hyra"));
            reply = SimReply::json(200, {{QStringLiteral("type"), QStringLiteral("success")}, {QStringLiteral("success"), true}});
        }
    } else {
        reply = hyraGenericError(404, QStringLiteral("Not Found"), QStringLiteral("Not Found"));
    }
    reply.headers += limits.headers;
    return reply;
}

// ---------------------------------------------------------------- Series.hr

SimReply HostedRoutes::series(const QHttpServerRequest &request, const QStringList &s)
{
    if (s.value(1) == u"basic" && s.value(2) == u"check-key" && s.size() == 4) {
        const HostedKey *k = key(QStringLiteral("series"), s.value(3));
        if (!k)
            return SimReply::json(200, {{QStringLiteral("success"), true},
                                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("valid"), false},
                                                                             {QStringLiteral("status"), QStringLiteral("inactive")},
                                                                             {QStringLiteral("message"), QStringLiteral("API key is inactive or invalid")}}}});
        return SimReply::json(200, {{QStringLiteral("success"), true},
                                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("valid"), true},
                                                                         {QStringLiteral("workspaceId"), SeriesWorkspaceId},
                                                                         {QStringLiteral("workspaceName"), m_group.name()},
                                                                         {QStringLiteral("status"), QStringLiteral("active")},
                                                                         {QStringLiteral("createdAt"), QStringLiteral("2024-01-01T00:00:00Z")},
                                                                         {QStringLiteral("lastUsed"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                                                         {QStringLiteral("rateLimitRemaining"), 8542},
                                                                         {QStringLiteral("rateLimitReset"), QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)}}}});
    }
    if (s.value(1) != u"ranking" || request.method() != QHttpServerRequest::Method::Post)
        return seriesError(404, QStringLiteral("Not found"));
    QString secret = QString::fromUtf8(request.value("apikey"));
    if (secret.isEmpty())
        secret = QString::fromUtf8(request.value("x-api-key"));
    const HostedKey *k = key(QStringLiteral("series"), secret);
    if (!k)
        return seriesError(401, QStringLiteral("Invalid API key"));
    m_requests.markWrite(QStringLiteral("series"), s.value(3).toLongLong());
    if (s.value(2) == u"set-rank") {
        bool numeric = false;
        if (const int rank = s.value(4).toInt(&numeric); numeric)
            logTargetRank(rank);
    }
    if (k->plan != u"premium" && k->plan != u"enterprise")
        return seriesError(403, QStringLiteral("Ranking management requires a Premium or Enterprise subscription"));
    if (m_limiter.enabled() && !m_limiter.take(QStringLiteral("series/") + k->secret, 50, 1000, true).allowed)
        return seriesError(429, QStringLiteral("Rate limit exceeded for ranking endpoints: 50 requests per second."));
    const qint64 userId = s.value(3).toLongLong();
    if (!m_group.member(userId))
        return seriesError(404, QStringLiteral("User is not a member of this workspace"));
    if (s.value(2) == u"promote" && s.size() == 4)
        return seriesPromote(userId, true);
    if (s.value(2) == u"demote" && s.size() == 4)
        return seriesPromote(userId, false);
    if (s.value(2) == u"set-rank" && s.size() == 5)
        return seriesSetRank(userId, s.value(4));
    return seriesError(404, QStringLiteral("Not found"));
}

SimReply HostedRoutes::seriesSuccess(qint64 userId, const QString &action, int fromIndex, int toIndex)
{
    m_requests.setTarget(m_group.roles().at(toIndex).id, m_group.roles().at(toIndex).rank); // promote/demote: the step chosen
    if (fromIndex != toIndex)
        m_group.setRole(userId, toIndex, QStringLiteral("series"));
    const SimRole &from = m_group.roles().at(fromIndex);
    const SimRole &to = m_group.roles().at(toIndex);
    return SimReply::json(200, {{QStringLiteral("success"), true},
                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("UserId"), QString::number(userId)},
                                                                     {QStringLiteral("Action"), action},
                                                                     {QStringLiteral("PreviousRank"), from.rank},
                                                                     {QStringLiteral("PreviousRole"), from.name},
                                                                     {QStringLiteral("NewRank"), to.rank},
                                                                     {QStringLiteral("NewRole"), to.name},
                                                                     {QStringLiteral("WorkspaceId"), SeriesWorkspaceId}}}});
}

SimReply HostedRoutes::seriesPromote(qint64 userId, bool up)
{
    // Steps follow the roles configured in the workspace, not every Roblox role.
    const QList<int> &ladder = m_config.seriesLadder;
    if (ladder.isEmpty())
        return seriesError(400, QStringLiteral("Validation error: No roles configured in workspace"));
    const int fromIndex = m_group.member(userId)->roleIndex;
    const int current = m_group.roles().at(fromIndex).rank;
    int next = -1;
    if (up) {
        for (int rank : ladder)
            if (rank > current && m_group.roleIndexByRank(rank) >= 0 && (next < 0 || rank < next))
                next = rank;
        if (next < 0)
            return seriesError(400, QStringLiteral("Validation error: User is already at the highest rank"));
        if (next > m_config.seriesMaxPromotionRank)
            return seriesError(400, QStringLiteral("Cannot promote beyond rank %1 (Max. Promotion Rank limit)").arg(m_config.seriesMaxPromotionRank));
    } else {
        for (int rank : ladder)
            if (rank < current && rank > 0 && m_group.roleIndexByRank(rank) >= 0 && rank > next)
                next = rank;
        if (next < 0)
            return seriesError(400, QStringLiteral("Validation error: User is already at the lowest rank"));
    }
    return seriesSuccess(userId, up ? QStringLiteral("promote") : QStringLiteral("demote"), fromIndex, m_group.roleIndexByRank(next));
}

SimReply HostedRoutes::seriesSetRank(qint64 userId, const QString &rankText)
{
    bool ok = false;
    const int rank = rankText.toInt(&ok);
    if (!ok || rank < 0 || rank > 255)
        return seriesError(400, QStringLiteral("Validation error: RankNumber must be a valid integer between 0 and 255"));
    const int roleIndex = m_group.roleIndexByRank(rank);
    if (!m_config.seriesLadder.contains(rank) || roleIndex < 0)
        return seriesError(404, QStringLiteral("Role with rank %1 not found in workspace").arg(rank));
    const int fromIndex = m_group.member(userId)->roleIndex;
    if (fromIndex == roleIndex)
        return seriesError(400, QStringLiteral("Validation error: User is already at the specified rank"));
    if (rank > m_config.seriesMaxPromotionRank)
        return seriesError(400, QStringLiteral("Cannot set rank beyond %1 (Max. Promotion Rank limit)").arg(m_config.seriesMaxPromotionRank));
    return seriesSuccess(userId, QStringLiteral("set-rank"), fromIndex, roleIndex);
}

// ---------------------------------------------------------------- WESK RankBot (API reference snapshot A)

SimReply HostedRoutes::weskChange(qint64 userId, int toIndex, const QString &via)
{
    m_requests.setTarget(m_group.roles().at(toIndex).id, m_group.roles().at(toIndex).rank); // promote/demote: the step chosen
    const int fromIndex = m_group.member(userId)->roleIndex;
    if (fromIndex != toIndex)
        m_group.setRole(userId, toIndex, via);
    return SimReply::json(200, {{QStringLiteral("success"), true},
                                {QStringLiteral("fromRank"), m_group.roles().at(fromIndex).rank},
                                {QStringLiteral("toRank"), m_group.roles().at(toIndex).rank}});
}

SimReply HostedRoutes::wesk(const QHttpServerRequest &request, const QStringList &s)
{
    if (s.value(1) != u"v1")
        return weskError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such endpoint."));
    const HostedKey *k = key(QStringLiteral("wesk"), bearer(request));
    if (!k)
        return weskError(401, QStringLiteral("INVALID_API_KEY"), QStringLiteral("API key missing or invalid."));
    using Method = QHttpServerRequest::Method;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const bool post = request.method() == Method::Post;
    if (post && s.size() == 3 && (s.value(2) == u"setRank" || s.value(2) == u"rank")) {
        m_requests.markWrite(QStringLiteral("wesk"), body.value(QStringLiteral("userId")).toInteger());
        if (const QJsonValue target = body.value(QStringLiteral("targetRank")); s.value(2) == u"setRank" && target.isDouble())
            logTargetRank(target.toInt());
    }
    // Monthly quota per key and plan; Max is unlimited.
    SimReply limits;
    if (k->plan != u"max") {
        const int quota = k->plan == u"starter" ? 100 : 5000;
        const SimRateLimiter::Decision decision = m_limiter.take(QStringLiteral("wesk/") + k->secret, quota, m_config.weskPeriodSeconds * 1000, false);
        limits.header("X-RateLimit-Remaining", QByteArray::number(decision.remaining))
            .header("X-RateLimit-Reset", QByteArray::number(decision.resetSeconds));
        if (!decision.allowed) {
            SimReply reply = weskError(429, QStringLiteral("MONTHLY_LIMIT_REACHED"), QStringLiteral("Monthly request limit reached for your plan."));
            reply.headers = limits.headers;
            return reply;
        }
    }
    SimReply reply;
    const qint64 groupId = post ? body.value(QStringLiteral("groupId")).toInteger() : s.value(3).toLongLong();
    const qint64 userId = post ? body.value(QStringLiteral("userId")).toInteger() : s.value(4).toLongLong();
    const bool groupPath = s.value(2) == u"group" && request.method() == Method::Get;
    const qint64 pathGroup = groupPath ? s.value(3).toLongLong() : groupId;
    if ((post || groupPath || s.value(2) == u"rank") && pathGroup != m_group.groupId()) {
        reply = weskError(403, QStringLiteral("GROUP_NOT_AUTHORIZED"), QStringLiteral("This API key is not authorized for group %1.").arg(pathGroup));
    } else if (groupPath && s.size() == 4) {
        reply = SimReply::json(200, {{QStringLiteral("groupId"), m_group.groupId()}, {QStringLiteral("name"), m_group.name()},
                                     {QStringLiteral("memberCount"), qint64(m_group.members().size())}});
    } else if (groupPath && s.size() == 5 && s.value(4) == u"roles") {
        QJsonArray roles;
        for (const SimRole &role : m_group.roles())
            roles.append(QJsonObject{{QStringLiteral("id"), role.id}, {QStringLiteral("name"), role.name}, {QStringLiteral("rank"), role.rank}});
        reply = SimReply::json(200, {{QStringLiteral("roles"), roles}});
    } else if (s.value(2) == u"rank" && s.size() == 5 && request.method() == Method::Get) {
        const SimMember *member = m_group.member(userId);
        reply = member ? SimReply::json(200, {{QStringLiteral("rank"), m_group.roles().at(member->roleIndex).rank},
                                              {QStringLiteral("roleName"), m_group.roles().at(member->roleIndex).name}})
                       : weskError(404, QStringLiteral("NOT_A_MEMBER"), QStringLiteral("The user is not a member of the group."));
    } else if (post && (s.value(2) == u"setRank" || s.value(2) == u"rank") && s.size() == 3) {
        const QString action = body.value(QStringLiteral("action")).toString();
        const SimMember *member = m_group.member(userId);
        if (userId <= 0 || action.isEmpty())
            reply = weskError(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("groupId, userId and action are required."));
        else if (!member)
            reply = weskError(404, QStringLiteral("NOT_A_MEMBER"), QStringLiteral("The user is not a member of the group."));
        else if (s.value(2) == u"setRank" && action == u"setRank") {
            const QJsonValue target = body.value(QStringLiteral("targetRank"));
            const int roleIndex = target.isDouble() ? m_group.roleIndexByRank(target.toInt()) : -1;
            if (!target.isDouble() || target.toInt() < 1 || target.toInt() > 254)
                reply = weskError(400, QStringLiteral("INVALID_TARGET_RANK"), QStringLiteral("targetRank must be between 1 and 254."));
            else if (roleIndex < 0)
                reply = weskError(400, QStringLiteral("RANK_NOT_FOUND"), QStringLiteral("The group has no role with rank %1.").arg(target.toInt()));
            else
                reply = weskChange(userId, roleIndex, QStringLiteral("wesk"));
        } else if (s.value(2) == u"rank" && (action == u"promote" || action == u"demote")) {
            const bool up = action == u"promote";
            if (!up && k->plan == u"starter") {
                reply = weskError(403, QStringLiteral("PLAN_REQUIRED"), QStringLiteral("Demote is available on the Pro and Max plans."));
            } else {
                // One rank up or down over the assignable roles (1-254); fails gracefully at the ends.
                int next = -1;
                const int current = member->roleIndex;
                for (int i = up ? current + 1 : current - 1; i > 0 && i < int(m_group.roles().size()) - 1; i += up ? 1 : -1) {
                    next = i;
                    break;
                }
                if (m_group.roles().at(current).rank == 255)
                    reply = weskError(403, QStringLiteral("FORBIDDEN"), QStringLiteral("The group owner cannot be ranked."));
                else if (next < 0)
                    reply = weskError(400, up ? QStringLiteral("AT_HIGHEST_RANK") : QStringLiteral("AT_LOWEST_RANK"),
                                      up ? QStringLiteral("The user is already at the highest rank.") : QStringLiteral("The user is already at the lowest rank."));
                else
                    reply = weskChange(userId, next, QStringLiteral("wesk"));
            }
        } else {
            reply = weskError(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("Unknown action '%1'.").arg(action));
        }
    } else {
        reply = weskError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such endpoint."));
    }
    reply.headers += limits.headers;
    return reply;
}
