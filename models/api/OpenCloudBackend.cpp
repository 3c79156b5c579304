#include "OpenCloudBackend.h"

#include "Async.h"
#include "Endpoint.h"
#include "HttpErrors.h"
#include "WriterCatalog.h"
#include "RobloxErrorMapper.h"
#include "UserDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject jsonObject(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

// A role as listed, or badAnswer when its rank or member count cannot be.
std::optional<Role> parseRole(const QJsonObject &json, int httpStatus, ApiError *error)
{
    Role role;
    role.id = json.value(QStringLiteral("id")).toString().toLongLong();
    role.name = json.value(QStringLiteral("displayName")).toString();
    role.rank = json.value(QStringLiteral("rank")).toInt(-1);
    if (role.rank < Role::GuestRank || role.rank > Role::OwnerRank) {
        *error = HttpErrors::badAnswer(OpenCloudBackend::tr("role \"%1\" has no rank from 0 to 255.").arg(role.name.left(64)),
                                       httpStatus);
        return std::nullopt;
    }
    const std::optional<qint64> members = HttpErrors::countField(json, QStringLiteral("memberCount"), -1);
    if (!members) {
        *error = HttpErrors::badCount(OpenCloudBackend::tr("role \"%1\"").arg(role.name.left(64)),
                                      json.value(QStringLiteral("memberCount")), httpStatus);
        return std::nullopt;
    }
    role.memberCount = *members;
    return role;
}

Member parseMembership(const QJsonObject &json)
{
    Member member;
    member.userId = OpenCloudBackend::lastPathId(json.value(QStringLiteral("user")).toString());
    member.roleId = OpenCloudBackend::lastPathId(json.value(QStringLiteral("role")).toString());
    member.memberSince = QDateTime::fromString(json.value(QStringLiteral("createTime")).toString(), Qt::ISODateWithMs);
    return member;
}

} // namespace

OpenCloudBackend::OpenCloudBackend(HttpTransport *transport, UserDirectory *users, QUrl baseUrl, qint64 groupId,
                                   QString apiKey, QObject *parent)
    : QObject(parent), m_transport(transport), m_users(users), m_base(std::move(baseUrl)), m_groupId(groupId),
      m_apiKey(std::move(apiKey))
{
}

qint64 OpenCloudBackend::lastPathId(const QString &path)
{
    return path.section(u'/', -1).toLongLong();
}

HttpRequest OpenCloudBackend::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                      const QByteArray &body) const
{
    // Membership reads and writes draw on the key owner's documented per-minute budgets.
    const QByteArray budget = method == "GET" ? (path.endsWith(QStringLiteral("/memberships")) ? "read" : "") : "write";
    return HttpRequest{method, endpointUrl(m_base, path, query), {{"x-api-key", m_apiKey.toUtf8()}}, body, budget};
}

QFuture<Result<GroupInfo>> OpenCloudBackend::group()
{
    return m_transport->send(request("GET", QStringLiteral("/cloud/v2/groups/%1").arg(m_groupId)))
        .then(this, [](const HttpResponse &response) -> Result<GroupInfo> {
            if (!response.isSuccess())
                return RobloxErrorMapper::map(response);
            ApiError error;
            const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
            if (!json)
                return error;
            const std::optional<qint64> members = HttpErrors::countField(*json, QStringLiteral("memberCount"), 0);
            if (!members)
                return HttpErrors::badCount(tr("the group"), json->value(QStringLiteral("memberCount")), response.status);
            return GroupInfo{json->value(QStringLiteral("id")).toString().toLongLong(),
                             json->value(QStringLiteral("displayName")).toString(), *members,
                             lastPathId(json->value(QStringLiteral("owner")).toString())};
        });
}

QFuture<Result<QList<Role>>> OpenCloudBackend::roles()
{
    auto promise = Async::startedPromise<Result<QList<Role>>>();
    fetchRolePage(QString(), std::make_shared<RoleListing>(), promise);
    return promise->future();
}

void OpenCloudBackend::fetchRolePage(const QString &token, std::shared_ptr<RoleListing> listing,
                                     std::shared_ptr<QPromise<Result<QList<Role>>>> promise)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("maxPageSize"), QString::number(RolePageSize));
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), token);
    HttpRequest get = request("GET", QStringLiteral("/cloud/v2/groups/%1/roles").arg(m_groupId), query);
    get.maxResponseBytes = HttpRequest::PageMaxResponseBytes;
    m_transport->send(get).then(this, [this, listing, promise](const HttpResponse &response) {
        using Answer = Result<QList<Role>>;
        if (!response.isSuccess()) {
            Async::resolve(promise, Answer(RobloxErrorMapper::map(response)));
            return;
        }
        ApiError error;
        const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
        const std::optional<QString> next = json ? HttpErrors::pageToken(*json, QStringLiteral("nextPageToken"), response.status, &error)
                                                 : std::nullopt;
        if (!next) {
            Async::resolve(promise, Answer(error));
            return;
        }
        for (const QJsonValue &value : json->value(QStringLiteral("groupRoles")).toArray()) {
            const std::optional<Role> role = parseRole(value.toObject(), response.status, &error);
            if (!role) {
                Async::resolve(promise, Answer(error));
                return;
            }
            listing->roles.append(*role);
        }
        ++listing->pages;
        // Ranks are unique within a group and run 0-255.
        if (listing->roles.size() > Role::OwnerRank + 1) {
            Async::resolve(promise, Answer(HttpErrors::badAnswer(tr("it lists more than %1 roles; a group has at most %1.")
                                                                     .arg(Role::OwnerRank + 1), response.status)));
            return;
        }
        if (next->isEmpty()) {
            Async::resolve(promise, Answer(listing->roles));
            return;
        }
        if (listing->pages >= MaxRolePages || listing->tokens.contains(*next)) {
            Async::resolve(promise, Answer(HttpErrors::badAnswer(
                                        listing->tokens.contains(*next)
                                            ? tr("the list of roles came back to a page it had already given, so it would never end.")
                                            : tr("the list of roles did not end within %1 pages.").arg(MaxRolePages))));
            return;
        }
        listing->tokens.insert(*next);
        fetchRolePage(*next, listing, promise);
    });
}

QFuture<Result<MemberPage>> OpenCloudBackend::memberPage(const QString &pageToken)
{
    using Answer = Result<MemberPage>;
    auto promise = Async::startedPromise<Answer>();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("maxPageSize"), QString::number(MemberPageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), pageToken);
    HttpRequest get = request("GET", QStringLiteral("/cloud/v2/groups/%1/memberships").arg(m_groupId), query);
    get.maxResponseBytes = HttpRequest::PageMaxResponseBytes;
    m_transport->send(get).then(this, [this, promise](const HttpResponse &response) {
        if (!response.isSuccess()) {
            Async::resolve(promise, Answer(RobloxErrorMapper::map(response)));
            return;
        }
        ApiError error;
        const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
        const std::optional<QString> next = json ? HttpErrors::pageToken(*json, QStringLiteral("nextPageToken"), response.status, &error)
                                                 : std::nullopt;
        if (!next) {
            Async::resolve(promise, Answer(error));
            return;
        }
        const QJsonArray memberships = json->value(QStringLiteral("groupMemberships")).toArray();
        if (memberships.size() > MemberPageSize) {
            Async::resolve(promise, Answer(HttpErrors::badAnswer(
                                        tr("a page lists %1 members where at most %2 were asked for.").arg(memberships.size()).arg(MemberPageSize),
                                        response.status)));
            return;
        }
        auto page = std::make_shared<MemberPage>();
        page->nextPageToken = *next;
        QList<qint64> ids;
        for (const QJsonValue &value : memberships) {
            page->members.append(parseMembership(value.toObject()));
            ids.append(page->members.last().userId);
        }
        m_users->lookupIds(ids).then(this, [promise, page](const Result<QList<UserIdentity>> &names) {
            if (!names) {
                Async::resolve(promise, Answer(names.error()));
                return;
            }
            QHash<qint64, const UserIdentity *> byId;
            for (const UserIdentity &user : names.value())
                byId.insert(user.id, &user);
            for (Member &member : page->members) {
                if (const UserIdentity *user = byId.value(member.userId)) {
                    member.username = user->name;
                    member.displayName = user->displayName;
                }
            }
            Async::resolve(promise, Answer(*page));
        });
    });
    return promise->future();
}

QFuture<Result<std::optional<Member>>> OpenCloudBackend::member(qint64 userId)
{
    using Answer = Result<std::optional<Member>>;
    auto promise = Async::startedPromise<Answer>();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("maxPageSize"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("filter"), QStringLiteral("user == 'users/%1'").arg(userId));
    m_transport->send(request("GET", QStringLiteral("/cloud/v2/groups/%1/memberships").arg(m_groupId), query))
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
            const QJsonArray memberships = json->value(QStringLiteral("groupMemberships")).toArray();
            if (memberships.isEmpty()) {
                Async::resolve(promise, Answer(std::optional<Member>()));
                return;
            }
            const Member member = parseMembership(memberships.first().toObject());
            m_transport->send(request("GET", QStringLiteral("/cloud/v2/users/%1").arg(userId)))
                .then(this, [promise, member](const HttpResponse &userResponse) {
                    if (!userResponse.isSuccess()) {
                        Async::resolve(promise, Answer(RobloxErrorMapper::map(userResponse)));
                        return;
                    }
                    ApiError userError;
                    const std::optional<QJsonObject> user = HttpErrors::jsonObject(userResponse, &userError);
                    if (!user) {
                        Async::resolve(promise, Answer(userError));
                        return;
                    }
                    Member named = member;
                    named.username = user->value(QStringLiteral("name")).toString();
                    named.displayName = user->value(QStringLiteral("displayName")).toString();
                    Async::resolve(promise, Answer(std::optional<Member>(named)));
                });
        });
    return promise->future();
}

WriterCapabilities OpenCloudBackend::capabilities() const
{
    return writerCapabilities(ConnectionProfile::WriterKind::OpenCloud, false);
}

QFuture<Result<QString>> OpenCloudBackend::checkAccess()
{
    return group().then(this, [](const Result<GroupInfo> &group) -> Result<QString> {
        if (!group)
            return group.error();
        return tr("Open Cloud: group %1 (%2)").arg(group.value().name).arg(group.value().id);
    });
}

QFuture<Result<OpenCloudBackend::KeyInfo>> OpenCloudBackend::introspectKey()
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("apiKey"), m_apiKey}}).toJson(QJsonDocument::Compact);
    // The key goes in the body (as documented), not in a header.
    const HttpRequest request{"POST", endpointUrl(m_base, QStringLiteral("/api-keys/v1/introspect")), {}, body, {}};
    return m_transport->send(request).then(this, [this](const HttpResponse &response) -> Result<KeyInfo> {
        if (!response.isSuccess())
            return RobloxErrorMapper::map(response);
        const QJsonObject json = jsonObject(response);
        KeyInfo info;
        info.enabled = json.value(QStringLiteral("enabled")).toBool();
        info.expired = json.value(QStringLiteral("expired")).toBool();
        info.name = json.value(QStringLiteral("name")).toString();
        info.authorizedUserId = json.value(QStringLiteral("authorizedUserId")).toVariant().toLongLong();
        const QString group = QString::number(m_groupId);
        for (const QJsonValue &value : json.value(QStringLiteral("scopes")).toArray()) {
            const QJsonObject scope = value.toObject();
            if (scope.value(QStringLiteral("name")).toString() != u"group")
                continue;
            const QJsonArray groups = scope.value(QStringLiteral("groupIds")).toArray();
            if (!groups.isEmpty() && !groups.contains(group) && !groups.contains(QStringLiteral("*")))
                continue;
            const QJsonArray operations = scope.value(QStringLiteral("operations")).toArray();
            info.readsGroup = info.readsGroup || operations.contains(QStringLiteral("read"));
            info.writesGroup = info.writesGroup || operations.contains(QStringLiteral("write"));
        }
        return info;
    });
}

QFuture<Result<WriteReceipt>> OpenCloudBackend::setRole(qint64 userId, const Role &, const Role &target, const QString &)
{
    // Open Cloud takes no reason; Rankdesk keeps it in its own history.
    const QString rolePath = QStringLiteral("groups/%1/roles/%2").arg(m_groupId).arg(target.id);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("role"), rolePath}}).toJson(QJsonDocument::Compact);
    const QString path = QStringLiteral("/cloud/v2/groups/%1/memberships/%2").arg(m_groupId).arg(userId);
    return m_transport->send(request("PATCH", path, {}, body))
        .then(this, [rolePath, target](const HttpResponse &response) -> Result<WriteReceipt> {
            if (!response.isSuccess())
                return RobloxErrorMapper::map(response);
            const QString applied = jsonObject(response).value(QStringLiteral("role")).toString();
            if (applied != rolePath)
                return ApiError::local(ApiError::Kind::Conflict, QStringLiteral("rankdesk.not-applied"),
                                       ApiError::tr("The provider answered success but the member's role is %1.")
                                           .arg(applied));
            WriteReceipt receipt;
            receipt.newRank = target.rank;
            receipt.newRoleName = target.name;
            return receipt;
        });
}

QFuture<Result<std::optional<qint64>>> OpenCloudBackend::memberRole(qint64 userId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("maxPageSize"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("filter"), QStringLiteral("user == 'users/%1'").arg(userId));
    return m_transport->send(request("GET", QStringLiteral("/cloud/v2/groups/%1/memberships").arg(m_groupId), query))
        .then(this, [](const HttpResponse &response) -> Result<std::optional<qint64>> {
            if (!response.isSuccess())
                return RobloxErrorMapper::map(response);
            ApiError error;
            const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
            if (!json)
                return error;
            const QJsonArray memberships = json->value(QStringLiteral("groupMemberships")).toArray();
            if (memberships.isEmpty())
                return std::optional<qint64>();
            return std::optional<qint64>(parseMembership(memberships.first().toObject()).roleId);
        });
}
