#include "SimServer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString membershipId(qint64 userId)
{
    return QString::fromLatin1(QByteArray::number(userId).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The spec lets a user id stand in for the membership id; otherwise it is base64url of the user id.
qint64 userIdFromMembership(const QString &membership)
{
    bool numeric = false;
    const qint64 id = membership.toLongLong(&numeric);
    if (numeric)
        return id;
    return QByteArray::fromBase64(membership.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toLongLong();
}

QString encodeToken(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString decodeToken(const QString &token)
{
    return QString::fromUtf8(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Query strings as web servers read them: '+' stands for a space (form encoding, which proxies such
// as Prism use when they re-serialise a query), percent-escapes are decoded by QUrlQuery.
QUrlQuery formQuery(const QHttpServerRequest &request)
{
    QString raw = request.url().query(QUrl::FullyEncoded);
    raw.replace(u'+', QStringLiteral("%20"));
    return QUrlQuery(raw);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    // "Patch" -> "PATCH", as the request line had it.
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))).toUpper();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// Documented Open Cloud limits per API-key owner, per minute.
constexpr int GetGroupLimit = 150;
constexpr int RolesLimit = 300;
constexpr int MembershipsLimit = 300;
constexpr int WriteLimit = 300;
constexpr int GetUserLimit = 1000;

} // namespace

SimServer::SimServer(const SimConfig &config, QObject *parent)
    : QAbstractHttpServer(parent), m_config(config), m_group(config), m_limiter(config.rateScale),
      m_faultRng(config.seed ^ 0x5eed), m_hosted(m_config, m_group, m_limiter, m_requests)
{
    for (const SimKey &key : m_config.keys)
        m_keyOwners.insert(key.secret, m_group.firstMemberWithRank(key.ownerRank));
}

quint16 SimServer::listenOnLoopback(quint16 port)
{
    // Qt 6.8 replaces listen() with bind(QTcpServer*): keep the call in this one place.
    return listen(QHostAddress::LocalHost, port);
}

qint64 SimServer::keyOwner(const QString &secret) const
{
    return m_keyOwners.value(secret);
}

SimServer::Reply SimServer::json(int status, const QJsonObject &object)
{
    return SimReply::json(status, object);
}

SimServer::Reply SimServer::ocError(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

// Roblox's API gateway (bad or missing key) answers in its own shape for v1 and v2 alike.
SimServer::Reply SimServer::gatewayError(int status, const QString &message)
{
    return json(status, {{QStringLiteral("errors"),
                          QJsonArray{QJsonObject{{QStringLiteral("code"), 0}, {QStringLiteral("message"), message}}}}});
}

SimServer::Reply SimServer::legacyError(int status, int code, const QString &message)
{
    return json(status, {{QStringLiteral("errors"),
                          QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                                 {QStringLiteral("message"), message},
                                                 {QStringLiteral("userFacingMessage"), QStringLiteral("Something went wrong")}}}}});
}

void SimServer::write(QTcpSocket *socket, const Reply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + reply.body;
    socket->write(out);
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool control = path.startsWith(u"/_sim/");
    if (!control && faultBeforeHandling(path, socket))
        return true; // never handled, so not in the request log
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    m_requests.begin(QString::fromLatin1(methodName(request.method())), path);
    const Reply reply = route(request, segments);
    // Decided after handling, unlike the faults above: the change has landed and only the answer
    // goes missing, the case a client must not answer with a blind re-send. Reads never lose theirs.
    const bool lost = m_requests.isWrite() && m_config.lostReplyRate > 0
        && m_faultRng.generateDouble() < m_config.lostReplyRate;
    m_requests.finish(reply.status, lost);
    if (lost)
        socket->abort();
    else
        write(socket, reply);
    return true;
}

bool SimServer::faultBeforeHandling(const QString &path, QTcpSocket *socket)
{
    if (m_config.latencyMs > 0)
        QThread::msleep(ulong(m_config.latencyMs)); // the simulator runs in a thread of its own
    if (m_config.dropRate > 0 && m_faultRng.generateDouble() < m_config.dropRate) {
        socket->abort(); // the client sees the connection closed without an answer
        return true;
    }
    if (m_config.errorRate > 0 && m_faultRng.generateDouble() < m_config.errorRate) {
        write(socket, path.startsWith(u"/cloud/")
                  ? ocError(503, QStringLiteral("UNAVAILABLE"), QStringLiteral("The service is temporarily unavailable."))
                  : legacyError(503, 18, QStringLiteral("The service is temporarily unavailable.")));
        return true;
    }
    if (m_forced429 > 0) {
        --m_forced429;
        const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
        if (HostedRoutes::handles(segments)) {
            write(socket, HostedRoutes::tooManyRequests(segments));
        } else {
            Reply reply = ocError(429, QStringLiteral("RESOURCE_EXHAUSTED"), QStringLiteral("Too many requests."));
            reply.headers.append(qMakePair(QByteArray("retry-after"), QByteArray("1")));
            write(socket, reply);
        }
        return true;
    }
    return false;
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, ocError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such route.")));
}

SimServer::Reply SimServer::route(const QHttpServerRequest &request, const QStringList &segments)
{
    if (segments.value(0) == u"_sim")
        return routeControl(request, segments);
    if (segments.value(0) == u"cloud" || segments.value(0) == u"api-keys")
        return routeOpenCloud(request, segments);
    if (segments.value(0) == u"v1")
        return routeLegacy(request, segments);
    if (segments.value(0) == u"legacy-groups")
        return auditLog(request, segments);
    if (HostedRoutes::handles(segments))
        return m_hosted.route(request, segments);
    return ocError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such route."));
}

// ---------------------------------------------------------------- Open Cloud v2

SimServer::Reply SimServer::authenticate(const QHttpServerRequest &request, ResolvedKey *resolved)
{
    const QString secret = QString::fromUtf8(request.value("x-api-key"));
    for (const SimKey &key : m_config.keys) {
        if (!secret.isEmpty() && key.secret == secret) {
            if (key.expired)
                return gatewayError(401, QStringLiteral("API Key has expired."));
            resolved->key = &key;
            resolved->ownerUserId = m_keyOwners.value(secret);
            return Reply{0, {}, {}};
        }
    }
    return gatewayError(401, QStringLiteral("Invalid API Key"));
}

SimServer::Reply SimServer::limited(const ResolvedKey &key, const QString &operation, int perMinute, Reply reply)
{
    if (!m_limiter.enabled())
        return reply;
    const SimRateLimiter::Decision decision = m_limiter.take(key.ownerUserId, operation, perMinute);
    QList<QPair<QByteArray, QByteArray>> headers{
        {"x-ratelimit-limit", QByteArray::number(decision.limit) + ", " + QByteArray::number(decision.limit) + ";w=60"},
        {"x-ratelimit-remaining", QByteArray::number(decision.remaining)},
        {"x-ratelimit-reset", QByteArray::number(decision.resetSeconds)}};
    if (!decision.allowed) {
        reply = ocError(429, QStringLiteral("RESOURCE_EXHAUSTED"), QStringLiteral("Too many requests."));
        headers.append(qMakePair(QByteArray("retry-after"), QByteArray::number(std::max(1, decision.resetSeconds))));
    }
    reply.headers += headers;
    return reply;
}

SimServer::Reply SimServer::routeOpenCloud(const QHttpServerRequest &request, const QStringList &s)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    if (s.value(0) == u"api-keys" && s.value(1) == u"v1" && s.value(2) == u"introspect" && method == Method::Post)
        return introspect(request);
    if (s.value(1) != u"v2")
        return ocError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such route."));

    ResolvedKey key;
    if (Reply denied = authenticate(request, &key); denied.status != 0)
        return denied;

    if (s.value(2) == u"users" && s.size() == 4 && method == Method::Get)
        return limited(key, QStringLiteral("GetUser"), GetUserLimit, ocUser(s.value(3).toLongLong()));
    if (s.value(2) != u"groups" || s.size() < 4)
        return ocError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such route."));
    if (s.value(3).toLongLong() != m_group.groupId())
        return ocError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("The group does not exist."));

    if (s.size() == 4 && method == Method::Get)
        return limited(key, QStringLiteral("GetGroup"), GetGroupLimit, ocGroup());
    if (s.value(4) == u"roles" && s.size() == 5 && method == Method::Get)
        return limited(key, QStringLiteral("Roles"), RolesLimit, ocRoles(request));
    if (s.value(4) == u"roles" && s.size() == 6 && method == Method::Get)
        return limited(key, QStringLiteral("Roles"), RolesLimit, ocRole(s.value(5).toLongLong()));
    if (s.value(4) == u"memberships" && s.size() == 5 && method == Method::Get)
        return limited(key, QStringLiteral("Memberships"), MembershipsLimit, ocMemberships(request));
    if (s.value(4) == u"memberships" && s.size() == 6) {
        const QString membership = s.value(5).section(u':', 0, 0);
        const QString verb = s.value(5).section(u':', 1);
        const bool patch = method == Method::Patch && verb.isEmpty();
        const bool custom = method == Method::Post && (verb == u"assignRole" || verb == u"unassignRole");
        if (patch || custom) {
            m_requests.markWrite(QStringLiteral("opencloud"), userIdFromMembership(membership));
            if (!key.key->canWrite)
                return ocError(403, QStringLiteral("PERMISSION_DENIED"),
                               QStringLiteral("The API key does not have the group:write scope."));
            // Every write counts against the budget, including refused ones.
            Reply answer = limited(key, QStringLiteral("Write"), WriteLimit, Reply{0, {}, {}});
            if (answer.status == 429)
                return answer;
            Reply result = ocWrite(request, key, membership, verb);
            result.headers += answer.headers;
            return result;
        }
    }
    return ocError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such route."));
}

// GET /legacy-groups/v1/groups/{g}/audit-log: the group's rank changes from the simulator's own
// record (every write, whoever made it, the control surface's "outside" changes included).
// Legacy shapes and errors; the API key needs legacy-group:manage; 100 requests a minute.
SimServer::Reply SimServer::auditLog(const QHttpServerRequest &request, const QStringList &s)
{
    if (request.method() != QHttpServerRequest::Method::Get || s.value(1) != u"v1" || s.value(2) != u"groups" || s.value(4) != u"audit-log")
        return legacyError(404, 0, QStringLiteral("NotFound"));
    ResolvedKey key;
    if (const Reply denied = authenticate(request, &key); denied.status != 0)
        return denied;
    if (s.value(3).toLongLong() != m_group.groupId())
        return legacyError(400, 1, QStringLiteral("The group is invalid or does not exist."));
    if (!key.key->canReadAuditLog)
        return legacyError(403, 23, QStringLiteral("Insufficient permissions to complete the request."));
    const QUrlQuery query(request.url());
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 10 : limitText.toInt();
    if (limit != 10 && limit != 25 && limit != 50 && limit != 100)
        return legacyError(400, 8, QStringLiteral("Invalid limit. Allowed values: 10, 25, 50, 100."));
    const bool descending = query.queryItemValue(QStringLiteral("sortOrder")) == u"Desc";
    const QString actionType = query.queryItemValue(QStringLiteral("actionType"));
    // Rank changes, in time order; the actor of an outside change is the group's owner, of the
    // others the user the key belongs to.
    QList<const SimWrite *> changes;
    if (actionType.isEmpty() || actionType == u"ChangeRank")
        for (const SimWrite &w : m_group.writes())
            changes.append(&w);
    if (descending)
        std::reverse(changes.begin(), changes.end());
    bool ok = true;
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
    const int offset = cursor.isEmpty() ? 0 : QByteArray::fromBase64(cursor.toLatin1()).toInt(&ok);
    if (!ok || offset < 0 || offset > changes.size())
        return legacyError(400, 8, QStringLiteral("The cursor is invalid."));
    const auto roleJson = [this](qint64 roleId) {
        const int index = m_group.roleIndexById(roleId);
        const SimRole &role = m_group.roles().at(std::max(index, 0));
        return QJsonObject{{QStringLiteral("id"), role.id}, {QStringLiteral("name"), role.name}, {QStringLiteral("rank"), role.rank},
                           {QStringLiteral("memberCount"), role.memberCount}};
    };
    const auto userJson = [this](qint64 userId) {
        const SimUser *user = m_group.user(userId);
        return QJsonObject{{QStringLiteral("userId"), userId}, {QStringLiteral("username"), user ? user->name : QString()},
                           {QStringLiteral("displayName"), user ? user->displayName : QString()},
                           {QStringLiteral("buildersClubMembershipType"), 0}, // an integer enum in the spec
                           {QStringLiteral("hasVerifiedBadge"), false}};
    };
    QJsonArray data;
    for (qsizetype i = offset; i < changes.size() && data.size() < limit; ++i) {
        const SimWrite &w = *changes[i];
        const qint64 actorId = w.via == u"outside" ? m_group.ownerUserId() : key.ownerUserId;
        const SimMember *actor = m_group.member(actorId);
        const SimUser *target = m_group.user(w.userId);
        data.append(QJsonObject{
            {QStringLiteral("actor"), QJsonObject{{QStringLiteral("user"), userJson(actorId)},
                                                  {QStringLiteral("role"), roleJson(actor ? m_group.roles().at(actor->roleIndex).id : 0)}}},
            {QStringLiteral("actionType"), QStringLiteral("Change Rank")},
            {QStringLiteral("description"), QJsonObject{{QStringLiteral("TargetId"), w.userId},
                                                        {QStringLiteral("TargetName"), target ? target->name : QString()},
                                                        {QStringLiteral("OldRoleSetId"), w.fromRoleId},
                                                        {QStringLiteral("NewRoleSetId"), w.toRoleId},
                                                        {QStringLiteral("OldRoleSetName"), roleJson(w.fromRoleId).value(QStringLiteral("name"))},
                                                        {QStringLiteral("NewRoleSetName"), roleJson(w.toRoleId).value(QStringLiteral("name"))}}},
            {QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(w.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)}});
    }
    const qsizetype next = offset + data.size();
    QJsonObject page{{QStringLiteral("data"), data}};
    if (next < changes.size())
        page.insert(QStringLiteral("nextPageCursor"), QString::fromLatin1(QByteArray::number(next).toBase64()));
    if (offset > 0)
        page.insert(QStringLiteral("previousPageCursor"), QString::fromLatin1(QByteArray::number(std::max<qsizetype>(0, offset - limit)).toBase64()));
    return limited(key, QStringLiteral("legacy-audit-log"), 100, json(200, page));
}

SimServer::Reply SimServer::introspect(const QHttpServerRequest &request)
{
    const QString secret = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("apiKey")).toString();
    for (const SimKey &key : m_config.keys) {
        if (key.secret != secret)
            continue;
        QJsonArray operations;
        if (key.canRead)
            operations.append(QStringLiteral("read"));
        if (key.canWrite)
            operations.append(QStringLiteral("write"));
        return json(200, {{QStringLiteral("name"), QStringLiteral("sandbox key")},
                          {QStringLiteral("authorizedUserId"), m_keyOwners.value(secret)},
                          {QStringLiteral("scopes"),
                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("group")},
                                                  {QStringLiteral("operations"), operations},
                                                  {QStringLiteral("groupIds"), QJsonArray{QString::number(m_group.groupId())}}}}},
                          {QStringLiteral("enabled"), true},
                          {QStringLiteral("expired"), key.expired}});
    }
    return gatewayError(401, QStringLiteral("Invalid API Key"));
}

QJsonObject SimServer::ocRoleJson(const SimRole &role) const
{
    QJsonObject json{{QStringLiteral("path"), QStringLiteral("groups/%1/roles/%2").arg(m_group.groupId()).arg(role.id)},
                     {QStringLiteral("id"), QString::number(role.id)},
                     {QStringLiteral("displayName"), role.name},
                     {QStringLiteral("rank"), role.rank}};
    if (role.rank == 0) {
        json.insert(QStringLiteral("permissions"), QJsonObject{{QStringLiteral("viewWallPosts"), true},
                                                               {QStringLiteral("viewGroupShout"), true},
                                                               {QStringLiteral("changeRank"), false}});
    } else {
        json.insert(QStringLiteral("memberCount"), role.memberCount);
    }
    return json;
}

QJsonObject SimServer::ocMembershipJson(const SimMember &member) const
{
    QJsonArray roles{QStringLiteral("groups/%1/roles/%2").arg(m_group.groupId()).arg(m_group.roles().at(member.roleIndex).id)};
    for (int extra : member.extraRoles)
        roles.append(QStringLiteral("groups/%1/roles/%2").arg(m_group.groupId()).arg(m_group.roles().at(extra).id));
    return {{QStringLiteral("path"), QStringLiteral("groups/%1/memberships/%2").arg(m_group.groupId()).arg(membershipId(member.userId))},
            {QStringLiteral("createTime"), isoTime(member.joinedMs)},
            {QStringLiteral("updateTime"), isoTime(member.updatedMs)},
            {QStringLiteral("user"), QStringLiteral("users/%1").arg(member.userId)},
            {QStringLiteral("role"), roles.first()},
            {QStringLiteral("roles"), roles}};
}

SimServer::Reply SimServer::ocGroup()
{
    return json(200, {{QStringLiteral("path"), QStringLiteral("groups/%1").arg(m_group.groupId())},
                      {QStringLiteral("createTime"), QStringLiteral("2019-01-01T00:00:00.000Z")},
                      {QStringLiteral("updateTime"), QStringLiteral("2026-11-01T12:00:00.000Z")},
                      {QStringLiteral("id"), QString::number(m_group.groupId())},
                      {QStringLiteral("displayName"), m_group.name()},
                      {QStringLiteral("description"), QStringLiteral("The Rankdesk sandbox: a simulated group to try ranking safely.")},
                      {QStringLiteral("owner"), QStringLiteral("users/%1").arg(m_group.ownerUserId())},
                      {QStringLiteral("memberCount"), qint64(m_group.members().size())},
                      {QStringLiteral("publicEntryAllowed"), true},
                      {QStringLiteral("locked"), false},
                      {QStringLiteral("verified"), false}});
}

static int pageSize(const QUrlQuery &query, int defaultSize, int maxSize)
{
    const int asked = query.queryItemValue(QStringLiteral("maxPageSize")).toInt();
    return asked <= 0 ? defaultSize : std::min(asked, maxSize);
}

SimServer::Reply SimServer::ocRoles(const QHttpServerRequest &request)
{
    const QUrlQuery query = formQuery(request);
    const int size = pageSize(query, 10, 20);
    int offset = 0;
    if (const QString token = query.queryItemValue(QStringLiteral("pageToken")); !token.isEmpty()) {
        bool ok = false;
        offset = decodeToken(token).section(u':', 1).toInt(&ok);
        if (!ok || !decodeToken(token).startsWith(u"roles:"))
            return ocError(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("The page token is invalid."));
    }
    QJsonArray roles;
    const QList<SimRole> &all = m_group.roles();
    for (int i = offset; i < all.size() && roles.size() < size; ++i)
        roles.append(ocRoleJson(all.at(i)));
    const int next = offset + int(roles.size());
    return json(200, {{QStringLiteral("groupRoles"), roles},
                      {QStringLiteral("nextPageToken"), next < all.size() ? encodeToken(QStringLiteral("roles:%1").arg(next)) : QString()}});
}

SimServer::Reply SimServer::ocRole(qint64 roleId)
{
    const int index = m_group.roleIndexById(roleId);
    if (index < 0)
        return ocError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("The role does not exist."));
    return json(200, ocRoleJson(m_group.roles().at(index)));
}

SimServer::Reply SimServer::ocMemberships(const QHttpServerRequest &request)
{
    const QUrlQuery query = formQuery(request);
    const int size = pageSize(query, 10, 100);
    const QString filter = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded).trimmed();
    const QString token = query.queryItemValue(QStringLiteral("pageToken"));

    static const QRegularExpression userFilter(QStringLiteral(R"(^user\s*==\s*'users/(\d+)'$)"));
    static const QRegularExpression roleFilter(QStringLiteral(R"(^role\s*==\s*'groups/(\d+)/roles/(\d+)'$)"));
    qint64 position = 0;
    if (!token.isEmpty()) {
        const QString decoded = decodeToken(token);
        if (decoded.section(u'\n', 0, 0) != filter)
            return ocError(400, QStringLiteral("INVALID_ARGUMENT"),
                           QStringLiteral("The page token does not match the request's other parameters."));
        position = decoded.section(u'\n', 1).toLongLong();
    }
    QJsonArray memberships;
    QString next;
    if (filter.isEmpty()) {
        const auto &members = m_group.members();
        qint64 i = position;
        for (; i < qint64(members.size()) && memberships.size() < size; ++i)
            memberships.append(ocMembershipJson(members[size_t(i)]));
        if (i < qint64(members.size()))
            next = encodeToken(filter + u'\n' + QString::number(i));
    } else if (const auto match = userFilter.match(filter); match.hasMatch()) {
        if (const SimMember *member = m_group.member(match.captured(1).toLongLong()))
            memberships.append(ocMembershipJson(*member));
    } else if (const auto roleMatch = roleFilter.match(filter); roleMatch.hasMatch()) {
        const int roleIndex = m_group.roleIndexById(roleMatch.captured(2).toLongLong());
        if (roleMatch.captured(1).toLongLong() != m_group.groupId() || roleIndex < 0)
            return ocError(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("The provided filter is invalid."));
        const std::set<qint64> &ids = m_group.membersOfRole(roleIndex);
        auto it = position == 0 ? ids.begin() : ids.upper_bound(position);
        qint64 last = 0;
        for (; it != ids.end() && memberships.size() < size; ++it) {
            memberships.append(ocMembershipJson(*m_group.member(*it)));
            last = *it;
        }
        if (it != ids.end())
            next = encodeToken(filter + u'\n' + QString::number(last));
    } else {
        return ocError(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("The provided filter is invalid."));
    }
    return json(200, {{QStringLiteral("groupMemberships"), memberships}, {QStringLiteral("nextPageToken"), next}});
}

SimServer::Reply SimServer::ocWrite(const QHttpServerRequest &request, const ResolvedKey &key,
                                    const QString &membership, const QString &verb)
{
    const QByteArray contentType = request.value("content-type");
    if (!contentType.startsWith("application/json"))
        return ocError(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("Content-Type must be application/json."));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString rolePath = body.value(QStringLiteral("role")).toString();
    static const QRegularExpression rolePattern(QStringLiteral(R"(^groups/(\d+)/roles/(\d+)$)"));
    const auto match = rolePattern.match(rolePath);
    if (!match.hasMatch())
        return ocError(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("The role field must be a role path like groups/{groupId}/roles/{roleId}."));
    const int roleIndex = m_group.roleIndexById(match.captured(2).toLongLong());
    m_requests.setTarget(match.captured(2).toLongLong(), roleIndex < 0 ? -1 : m_group.roles().at(roleIndex).rank);
    if (match.captured(1).toLongLong() != m_group.groupId() || roleIndex < 0)
        return ocError(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("The role %1 does not exist in this group.").arg(rolePath));

    const qint64 userId = userIdFromMembership(membership);
    const SimMember *member = m_group.member(userId);
    if (!member)
        return ocError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("The group membership does not exist."));
    const SimRole &target = m_group.roles().at(roleIndex);
    const int ownerRank = m_group.member(key.ownerUserId) ? m_group.roles().at(m_group.member(key.ownerUserId)->roleIndex).rank : 0;
    if (target.rank == 0 || target.rank == 255)
        return ocError(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("The Guest and Owner roles cannot be assigned."));
    if (userId == key.ownerUserId)
        return ocError(403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("You cannot change your own rank."));
    if (m_group.roles().at(member->roleIndex).rank >= ownerRank)
        return ocError(403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("You do not have permission to manage this member."));
    if (target.rank >= ownerRank)
        return ocError(403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("You cannot assign a role ranked at or above your own."));

    if (verb.isEmpty()) {
        if (member->roleIndex != roleIndex || !member->extraRoles.empty())
            m_group.setRole(userId, roleIndex, QStringLiteral("opencloud"));
    } else if (verb == u"assignRole") {
        m_group.assignExtraRole(userId, roleIndex, QStringLiteral("opencloud"));
    } else if (!m_group.unassignRole(userId, roleIndex, QStringLiteral("opencloud"))) {
        return ocError(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("A member's only role cannot be unassigned."));
    }
    return json(200, ocMembershipJson(*m_group.member(userId)));
}

SimServer::Reply SimServer::ocUser(qint64 userId)
{
    const SimUser *user = m_group.user(userId);
    if (!user)
        return ocError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("The user does not exist."));
    return json(200, {{QStringLiteral("path"), QStringLiteral("users/%1").arg(user->id)},
                      {QStringLiteral("createTime"), isoTime(user->createdMs)},
                      {QStringLiteral("id"), QString::number(user->id)},
                      {QStringLiteral("name"), user->name},
                      {QStringLiteral("displayName"), user->displayName},
                      {QStringLiteral("about"), QString()},
                      {QStringLiteral("locale"), QStringLiteral("en-us")},
                      {QStringLiteral("premium"), false}});
}

// ---------------------------------------------------------------- legacy anonymous endpoints

SimServer::Reply SimServer::routeLegacy(const QHttpServerRequest &request, const QStringList &s)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    if (s.value(1) == u"groups") {
        if (s.value(2).toLongLong() != m_group.groupId())
            return legacyError(400, 1, QStringLiteral("The group is invalid or does not exist."));
        if (s.size() == 3 && method == Method::Get)
            return lgGroup();
        if (s.size() == 4 && s.value(3) == u"roles" && method == Method::Get)
            return lgRoles();
        if (s.size() == 6 && s.value(3) == u"roles" && s.value(5) == u"users" && method == Method::Get)
            return lgRoleUsers(request, s.value(4).toLongLong());
    }
    if (s.value(1) == u"users") {
        if (s.size() == 2 && method == Method::Post)
            return lgUsersByIds(request);
        if (s.size() == 3 && method == Method::Get)
            return lgUser(s.value(2).toLongLong());
        if (s.size() == 5 && s.value(3) == u"groups" && s.value(4) == u"roles" && method == Method::Get)
            return lgUserGroups(s.value(2).toLongLong());
    }
    if (s.value(1) == u"usernames" && s.value(2) == u"users" && method == Method::Post)
        return lgUsernames(request);
    return legacyError(404, 0, QStringLiteral("NotFound"));
}

SimServer::Reply SimServer::lgGroup()
{
    const SimUser *owner = m_group.user(m_group.ownerUserId());
    return json(200, {{QStringLiteral("id"), m_group.groupId()},
                      {QStringLiteral("name"), m_group.name()},
                      {QStringLiteral("description"), QStringLiteral("The Rankdesk sandbox: a simulated group to try ranking safely.")},
                      {QStringLiteral("owner"), QJsonObject{{QStringLiteral("userId"), owner->id},
                                                            {QStringLiteral("username"), owner->name},
                                                            {QStringLiteral("displayName"), owner->displayName},
                                                            {QStringLiteral("hasVerifiedBadge"), false}}},
                      {QStringLiteral("memberCount"), qint64(m_group.members().size())},
                      {QStringLiteral("isBuildersClubOnly"), false},
                      {QStringLiteral("publicEntryAllowed"), true},
                      {QStringLiteral("hasVerifiedBadge"), false}});
}

SimServer::Reply SimServer::lgRoles()
{
    QJsonArray roles;
    for (const SimRole &role : m_group.roles()) {
        roles.append(QJsonObject{{QStringLiteral("id"), role.id},
                                 {QStringLiteral("name"), role.name},
                                 {QStringLiteral("description"), role.description},
                                 {QStringLiteral("rank"), role.rank},
                                 {QStringLiteral("memberCount"), role.memberCount}});
    }
    return json(200, {{QStringLiteral("groupId"), m_group.groupId()}, {QStringLiteral("roles"), roles}});
}

SimServer::Reply SimServer::lgRoleUsers(const QHttpServerRequest &request, qint64 roleId)
{
    const QUrlQuery query = formQuery(request);
    const int roleIndex = m_group.roleIndexById(roleId);
    if (roleIndex < 0)
        return legacyError(403, 2, QStringLiteral("The roleset is invalid or does not exist."));
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 10 : limitText.toInt();
    if (limit != 10 && limit != 25 && limit != 50 && limit != 100)
        return legacyError(400, 0, QStringLiteral("Invalid limit. Allowed values: 10, 25, 50, 100."));
    const bool descending = query.queryItemValue(QStringLiteral("sortOrder")) == u"Desc";
    qint64 after = 0;
    if (const QString cursor = query.queryItemValue(QStringLiteral("cursor")); !cursor.isEmpty()) {
        const QString decoded = decodeToken(cursor);
        if (!decoded.startsWith(u"after:"))
            return legacyError(400, 36, QStringLiteral("The cursor is invalid."));
        after = decoded.mid(6).toLongLong();
    }
    const std::set<qint64> &ids = m_group.membersOfRole(roleIndex);
    QJsonArray data;
    qint64 last = 0;
    bool more = false;
    auto emitUser = [&](qint64 id) {
        const SimUser *user = m_group.user(id);
        data.append(QJsonObject{{QStringLiteral("buildersClubMembershipType"), 0},
                                {QStringLiteral("hasVerifiedBadge"), false},
                                {QStringLiteral("userId"), user->id},
                                {QStringLiteral("username"), user->name},
                                {QStringLiteral("displayName"), user->displayName}});
        last = id;
    };
    if (!descending) {
        for (auto it = after == 0 ? ids.begin() : ids.upper_bound(after); it != ids.end(); ++it) {
            if (data.size() == limit) {
                more = true;
                break;
            }
            emitUser(*it);
        }
    } else {
        auto it = after == 0 ? ids.end() : ids.lower_bound(after);
        while (it != ids.begin()) {
            --it;
            if (data.size() == limit) {
                more = true;
                break;
            }
            emitUser(*it);
        }
    }
    QJsonObject page{{QStringLiteral("data"), data}};
    // Absent rather than null: the spec types cursors as plain strings.
    if (more)
        page.insert(QStringLiteral("nextPageCursor"), encodeToken(QStringLiteral("after:%1").arg(last)));
    if (after != 0)
        page.insert(QStringLiteral("previousPageCursor"), encodeToken(QStringLiteral("before:%1").arg(after)));
    return json(200, page);
}

SimServer::Reply SimServer::lgUserGroups(qint64 userId)
{
    if (!m_group.user(userId))
        return legacyError(400, 3, QStringLiteral("The user is invalid or does not exist."));
    QJsonArray data;
    if (const SimMember *member = m_group.member(userId)) {
        const SimRole &role = m_group.roles().at(member->roleIndex);
        data.append(QJsonObject{{QStringLiteral("group"), QJsonObject{{QStringLiteral("id"), m_group.groupId()},
                                                                      {QStringLiteral("name"), m_group.name()},
                                                                      {QStringLiteral("memberCount"), qint64(m_group.members().size())},
                                                                      {QStringLiteral("hasVerifiedBadge"), false}}},
                                {QStringLiteral("role"), QJsonObject{{QStringLiteral("id"), role.id},
                                                                     {QStringLiteral("name"), role.name},
                                                                     {QStringLiteral("rank"), role.rank}}}});
    }
    return json(200, {{QStringLiteral("data"), data}});
}

SimServer::Reply SimServer::lgUsernames(const QHttpServerRequest &request)
{
    const QJsonArray names = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("usernames")).toArray();
    if (names.size() > 100)
        return legacyError(400, 2, QStringLiteral("Too many usernames."));
    QJsonArray data;
    for (const QJsonValue &name : names) {
        if (const SimUser *user = m_group.userByName(name.toString())) {
            data.append(QJsonObject{{QStringLiteral("requestedUsername"), name.toString()},
                                    {QStringLiteral("hasVerifiedBadge"), false},
                                    {QStringLiteral("id"), user->id},
                                    {QStringLiteral("name"), user->name},
                                    {QStringLiteral("displayName"), user->displayName}});
        }
    }
    return json(200, {{QStringLiteral("data"), data}});
}

SimServer::Reply SimServer::lgUsersByIds(const QHttpServerRequest &request)
{
    const QJsonArray ids = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("userIds")).toArray();
    if (ids.size() > 200)
        return legacyError(400, 1, QStringLiteral("Too many ids."));
    QJsonArray data;
    for (const QJsonValue &id : ids) {
        if (const SimUser *user = m_group.user(id.toInteger())) {
            data.append(QJsonObject{{QStringLiteral("hasVerifiedBadge"), false},
                                    {QStringLiteral("id"), user->id},
                                    {QStringLiteral("name"), user->name},
                                    {QStringLiteral("displayName"), user->displayName}});
        }
    }
    return json(200, {{QStringLiteral("data"), data}});
}

SimServer::Reply SimServer::lgUser(qint64 userId)
{
    const SimUser *user = m_group.user(userId);
    if (!user)
        return legacyError(404, 3, QStringLiteral("The user id is invalid."));
    return json(200, {{QStringLiteral("description"), QString()},
                      {QStringLiteral("created"), isoTime(user->createdMs)},
                      {QStringLiteral("isBanned"), false},
                      {QStringLiteral("hasVerifiedBadge"), false},
                      {QStringLiteral("id"), user->id},
                      {QStringLiteral("name"), user->name},
                      {QStringLiteral("displayName"), user->displayName}});
}

// ---------------------------------------------------------------- test-only control surface

SimServer::Reply SimServer::routeControl(const QHttpServerRequest &request, const QStringList &s)
{
    using Method = QHttpServerRequest::Method;
    if (s.value(1) == u"state" && request.method() == Method::Get) {
        QJsonArray roles;
        for (const SimRole &role : m_group.roles())
            roles.append(QJsonObject{{QStringLiteral("id"), role.id}, {QStringLiteral("name"), role.name},
                                     {QStringLiteral("rank"), role.rank}, {QStringLiteral("memberCount"), role.memberCount}});
        QJsonArray members;
        for (const SimMember &member : m_group.members()) {
            const SimRole &role = m_group.roles().at(member.roleIndex);
            members.append(QJsonObject{{QStringLiteral("userId"), member.userId},
                                       {QStringLiteral("username"), m_group.user(member.userId)->name},
                                       {QStringLiteral("roleId"), role.id},
                                       {QStringLiteral("rank"), role.rank}});
        }
        return json(200, {{QStringLiteral("groupId"), m_group.groupId()},
                          {QStringLiteral("ownerUserId"), m_group.ownerUserId()},
                          {QStringLiteral("roles"), roles},
                          {QStringLiteral("members"), members}});
    }
    if (s.value(1) == u"writes" && request.method() == Method::Get) {
        QJsonArray writes;
        for (const SimWrite &write : m_group.writes())
            writes.append(QJsonObject{{QStringLiteral("sequence"), write.sequence}, {QStringLiteral("timeMs"), write.timeMs},
                                      {QStringLiteral("userId"), write.userId}, {QStringLiteral("fromRoleId"), write.fromRoleId},
                                      {QStringLiteral("toRoleId"), write.toRoleId}, {QStringLiteral("via"), write.via}});
        return json(200, {{QStringLiteral("writes"), writes}});
    }
    if (s.value(1) == u"outsiders" && request.method() == Method::Get) {
        // Users who exist but are not in the group, for not-a-member tests.
        QJsonArray users;
        for (const SimUser &user : m_group.outsiders())
            users.append(QJsonObject{{QStringLiteral("userId"), user.id}, {QStringLiteral("username"), user.name}});
        return json(200, {{QStringLiteral("users"), users}});
    }
    if (s.value(1) == u"members" && s.value(3) == u"role" && request.method() == Method::Post) {
        const qint64 userId = s.value(2).toLongLong();
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const int roleIndex = body.contains(QStringLiteral("roleId"))
            ? m_group.roleIndexById(body.value(QStringLiteral("roleId")).toInteger())
            : m_group.roleIndexByRank(body.value(QStringLiteral("rank")).toInt(-1));
        if (!m_group.member(userId) || roleIndex < 0)
            return json(400, {{QStringLiteral("error"), QStringLiteral("unknown member or role")}});
        m_group.setRole(userId, roleIndex, QStringLiteral("outside"));
        return json(200, ocMembershipJson(*m_group.member(userId)));
    }
    if (s.value(1) == u"members" && s.value(3) == u"leave" && request.method() == Method::Post) {
        if (!m_group.removeMember(s.value(2).toLongLong()))
            return json(400, {{QStringLiteral("error"), QStringLiteral("unknown member")}});
        return json(200, {{QStringLiteral("ok"), true}});
    }
    if (s.value(1) == u"faults" && request.method() == Method::Post)
        return setFaults(request);
    if (s.value(1) == u"requests" && s.size() == 2 && request.method() == Method::Get)
        return json(200, m_requests.toJson());
    const bool clearRequests = s.value(1) == u"requests"
        && ((s.size() == 2 && request.method() == Method::Delete)
            || (s.size() == 3 && s.value(2) == u"clear" && request.method() == Method::Post));
    if (clearRequests) {
        m_requests.clear();
        return json(200, {{QStringLiteral("ok"), true}});
    }
    return json(404, {{QStringLiteral("error"), QStringLiteral("no such control route")}});
}

// POST /_sim/faults. Every key is checked before any is applied, so a malformed body changes
// nothing and says which field is wrong (a typo used to answer ok and inject nothing).
SimServer::Reply SimServer::setFaults(const QHttpServerRequest &request)
{
    struct Field
    {
        QLatin1String name;
        double max;
        bool whole;
    };
    static const Field fields[] = {{QLatin1String("errorRate"), 1, false},
                                   {QLatin1String("dropRate"), 1, false},
                                   {QLatin1String("lostReplyRate"), 1, false},
                                   {QLatin1String("latencyMs"), 10'000, true},
                                   {QLatin1String("force429"), 1'000'000, true}};
    const auto refuse = [](const QString &field, const QString &message) {
        return json(400, {{QStringLiteral("error"), message}, {QStringLiteral("field"), field}});
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(QString(), QStringLiteral("the body must be a JSON object"));
    const QJsonObject body = document.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const auto field = std::find_if(std::begin(fields), std::end(fields), [&](const Field &f) { return f.name == it.key(); });
        if (field == std::end(fields))
            return refuse(it.key(), QStringLiteral("%1 is not a fault (errorRate, dropRate, lostReplyRate, latencyMs, force429)").arg(it.key()));
        const double value = it.value().toDouble(-1);
        const bool ok = it.value().isDouble() && value >= 0 && value <= field->max && (!field->whole || value == std::floor(value));
        if (!ok)
            return refuse(it.key(), field->whole ? QStringLiteral("%1 must be a whole number from 0 to %2").arg(it.key()).arg(qint64(field->max))
                                                 : QStringLiteral("%1 must be a number from 0 to 1").arg(it.key()));
    }
    m_config.errorRate = body.value(QStringLiteral("errorRate")).toDouble(m_config.errorRate);
    m_config.dropRate = body.value(QStringLiteral("dropRate")).toDouble(m_config.dropRate);
    m_config.lostReplyRate = body.value(QStringLiteral("lostReplyRate")).toDouble(m_config.lostReplyRate);
    m_config.latencyMs = body.value(QStringLiteral("latencyMs")).toInt(m_config.latencyMs);
    m_forced429 = body.value(QStringLiteral("force429")).toInt(m_forced429);
    return json(200, {{QStringLiteral("ok"), true}});
}
