#include "PublicReader.h"

#include "Async.h"
#include "Endpoint.h"
#include "HttpErrors.h"
#include "RobloxErrorMapper.h"
#include "UserDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

PublicReader::PublicReader(HttpTransport *transport, UserDirectory *users, QUrl groupsBaseUrl, qint64 groupId,
                           QObject *parent)
    : QObject(parent), m_transport(transport), m_users(users), m_base(std::move(groupsBaseUrl)), m_groupId(groupId)
{
}

QFuture<Result<GroupInfo>> PublicReader::group()
{
    const HttpRequest request{"GET", endpointUrl(m_base, QStringLiteral("/v1/groups/%1").arg(m_groupId)), {}, {}};
    return m_transport->send(request).then(this, [](const HttpResponse &response) -> Result<GroupInfo> {
        if (!response.isSuccess())
            return RobloxErrorMapper::map(response);
        ApiError error;
        const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
        if (!json)
            return error;
        const std::optional<qint64> members = HttpErrors::countField(*json, QStringLiteral("memberCount"), 0);
        if (!members)
            return HttpErrors::badCount(tr("the group"), json->value(QStringLiteral("memberCount")), response.status);
        return GroupInfo{json->value(QStringLiteral("id")).toInteger(), json->value(QStringLiteral("name")).toString(),
                         *members, json->value(QStringLiteral("owner")).toObject().value(QStringLiteral("userId")).toInteger()};
    });
}

QFuture<Result<QList<Role>>> PublicReader::roles()
{
    const HttpRequest request{"GET", endpointUrl(m_base, QStringLiteral("/v1/groups/%1/roles").arg(m_groupId)), {}, {}};
    return m_transport->send(request).then(this, [this](const HttpResponse &response) -> Result<QList<Role>> {
        if (!response.isSuccess())
            return RobloxErrorMapper::map(response);
        ApiError error;
        const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
        if (!json)
            return error;
        const QJsonArray list = json->value(QStringLiteral("roles")).toArray();
        // Ranks are unique within a group and run 0-255.
        if (list.size() > Role::OwnerRank + 1)
            return HttpErrors::badAnswer(tr("it lists %1 roles; a group has at most %2.").arg(list.size()).arg(Role::OwnerRank + 1),
                                         response.status);
        QList<Role> roles;
        for (const QJsonValue &value : list) {
            const QJsonObject entry = value.toObject();
            Role role{entry.value(QStringLiteral("id")).toInteger(), entry.value(QStringLiteral("name")).toString(),
                      entry.value(QStringLiteral("rank")).toInt(-1), -1};
            if (role.rank < Role::GuestRank || role.rank > Role::OwnerRank)
                return HttpErrors::badAnswer(tr("role \"%1\" has no rank from 0 to 255.").arg(role.name.left(64)), response.status);
            const std::optional<qint64> members = HttpErrors::countField(entry, QStringLiteral("memberCount"), -1);
            if (!members)
                return HttpErrors::badCount(tr("role \"%1\"").arg(role.name.left(64)), entry.value(QStringLiteral("memberCount")),
                                            response.status);
            role.memberCount = *members;
            roles.append(role);
        }
        std::sort(roles.begin(), roles.end(), [](const Role &a, const Role &b) { return a.rank < b.rank; });
        m_memberRoles.clear();
        for (const Role &role : roles) {
            if (role.rank > Role::GuestRank)
                m_memberRoles.append(role);
        }
        return roles;
    });
}

QFuture<Result<MemberPage>> PublicReader::memberPage(const QString &pageToken)
{
    auto promise = Async::startedPromise<Result<MemberPage>>();
    // Tokens are this reader's own ("<role index>:<cursor>"); anything else is refused, not indexed.
    bool ok = pageToken.isEmpty();
    const qsizetype roleIndex = pageToken.isEmpty() ? 0 : pageToken.section(u':', 0, 0).toLongLong(&ok);
    const QString cursor = pageToken.section(u':', 1);
    if (!ok || roleIndex < 0 || !(pageToken.isEmpty() || pageToken.contains(u':'))) {
        Async::resolve(promise, Result<MemberPage>(ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.bad-page-token"),
                                                                   tr("The page token is not one this reader gave out."))));
        return promise->future();
    }
    if (m_memberRoles.isEmpty()) {
        // Member listing is per role, so the roles come first.
        roles().then(this, [this, promise, roleIndex, cursor](const Result<QList<Role>> &roles) {
            if (!roles)
                Async::resolve(promise, Result<MemberPage>(roles.error()));
            else
                fetchRoleMembers(roleIndex, cursor, promise);
        });
    } else {
        fetchRoleMembers(roleIndex, cursor, promise);
    }
    return promise->future();
}

void PublicReader::fetchRoleMembers(qsizetype roleIndex, const QString &cursor,
                                    std::shared_ptr<QPromise<Result<MemberPage>>> promise)
{
    if (roleIndex >= m_memberRoles.size()) {
        Async::resolve(promise, Result<MemberPage>(MemberPage {}));
        return;
    }
    const Role role = m_memberRoles.at(roleIndex);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(MemberPageSize));
    query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("Asc"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const QString path = QStringLiteral("/v1/groups/%1/roles/%2/users").arg(m_groupId).arg(role.id);
    HttpRequest request{"GET", endpointUrl(m_base, path, query), {}, {}};
    request.maxResponseBytes = HttpRequest::PageMaxResponseBytes;
    m_transport->send(request).then(this, [this, promise, role, roleIndex](const HttpResponse &response) {
        if (!response.isSuccess()) {
            Async::resolve(promise, Result<MemberPage>(RobloxErrorMapper::map(response)));
            return;
        }
        ApiError error;
        const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
        const std::optional<QString> next = json ? HttpErrors::pageToken(*json, QStringLiteral("nextPageCursor"), response.status, &error)
                                                 : std::nullopt;
        if (!next) {
            Async::resolve(promise, Result<MemberPage>(error));
            return;
        }
        const QJsonArray data = json->value(QStringLiteral("data")).toArray();
        if (data.size() > MemberPageSize) {
            Async::resolve(promise, Result<MemberPage>(HttpErrors::badAnswer(
                                        tr("a page lists %1 members where at most %2 were asked for.").arg(data.size()).arg(MemberPageSize),
                                        response.status)));
            return;
        }
        MemberPage page;
        for (const QJsonValue &value : data) {
            const QJsonObject user = value.toObject();
            page.members.append(Member{user.value(QStringLiteral("userId")).toInteger(),
                                       user.value(QStringLiteral("username")).toString(),
                                       user.value(QStringLiteral("displayName")).toString(), role.id, {}});
        }
        // A null or absent cursor ends this role; then the next role starts.
        if (!next->isEmpty())
            page.nextPageToken = QStringLiteral("%1:%2").arg(roleIndex).arg(*next);
        else if (roleIndex + 1 < m_memberRoles.size())
            page.nextPageToken = QStringLiteral("%1:").arg(roleIndex + 1);
        Async::resolve(promise, Result<MemberPage>(page));
    });
}

QFuture<Result<std::optional<qint64>>> PublicReader::memberRole(qint64 userId)
{
    const QString path = QStringLiteral("/v1/users/%1/groups/roles").arg(userId);
    return m_transport->send(HttpRequest{"GET", endpointUrl(m_base, path), {}, {}})
        .then(this, [this](const HttpResponse &response) -> Result<std::optional<qint64>> {
            if (!response.isSuccess())
                return RobloxErrorMapper::map(response);
            ApiError error;
            const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
            if (!json)
                return error;
            for (const QJsonValue &value : json->value(QStringLiteral("data")).toArray()) {
                const QJsonObject entry = value.toObject();
                if (entry.value(QStringLiteral("group")).toObject().value(QStringLiteral("id")).toInteger() == m_groupId)
                    return std::optional<qint64>(entry.value(QStringLiteral("role")).toObject().value(QStringLiteral("id")).toInteger());
            }
            return std::optional<qint64>();
        });
}

QFuture<Result<std::optional<Member>>> PublicReader::member(qint64 userId)
{
    using Answer = Result<std::optional<Member>>;
    auto promise = Async::startedPromise<Answer>();
    const QString path = QStringLiteral("/v1/users/%1/groups/roles").arg(userId);
    m_transport->send(HttpRequest{"GET", endpointUrl(m_base, path), {}, {}})
        .then(this, [this, promise, userId](const HttpResponse &response) {
            if (!response.isSuccess()) {
                Async::resolve(promise, Answer(RobloxErrorMapper::map(response)));
                return;
            }
            ApiError error;
            const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
            if (!json) {
                Async::resolve(promise, Answer(error));
                return;
            }
            qint64 roleId = 0;
            for (const QJsonValue &value : json->value(QStringLiteral("data")).toArray()) {
                const QJsonObject entry = value.toObject();
                if (entry.value(QStringLiteral("group")).toObject().value(QStringLiteral("id")).toInteger() == m_groupId)
                    roleId = entry.value(QStringLiteral("role")).toObject().value(QStringLiteral("id")).toInteger();
            }
            if (roleId == 0) {
                Async::resolve(promise, Answer(std::optional<Member>()));
                return;
            }
            m_users->user(userId).then(this, [promise, userId, roleId](const Result<std::optional<UserIdentity>> &user) {
                if (!user) {
                    Async::resolve(promise, Answer(user.error()));
                    return;
                }
                Member member{userId, {}, {}, roleId, {}};
                if (user.value()) {
                    member.username = user.value()->name;
                    member.displayName = user.value()->displayName;
                }
                Async::resolve(promise, Answer(std::optional<Member>(member)));
            });
        });
    return promise->future();
}
