#include "OpenCloudBackend.h"

#include "Async.h"
#include "Endpoint.h"
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

Role parseRole(const QJsonObject &json)
{
    Role role;
    role.id = json.value(QStringLiteral("id")).toString().toLongLong();
    role.name = json.value(QStringLiteral("displayName")).toString();
    role.rank = json.value(QStringLiteral("rank")).toInt();
    role.memberCount = json.contains(QStringLiteral("memberCount"))
        ? json.value(QStringLiteral("memberCount")).toInteger()
        : -1;
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
            const QJsonObject json = jsonObject(response);
            return GroupInfo{json.value(QStringLiteral("id")).toString().toLongLong(),
                             json.value(QStringLiteral("displayName")).toString(),
                             json.value(QStringLiteral("memberCount")).toInteger(),
                             lastPathId(json.value(QStringLiteral("owner")).toString())};
        });
}

QFuture<Result<QList<Role>>> OpenCloudBackend::roles()
{
    auto promise = Async::startedPromise<Result<QList<Role>>>();
    fetchRolePage(QString(), std::make_shared<QList<Role>>(), promise);
    return promise->future();
}

void OpenCloudBackend::fetchRolePage(const QString &token, std::shared_ptr<QList<Role>> collected,
                                     std::shared_ptr<QPromise<Result<QList<Role>>>> promise)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("maxPageSize"), QString::number(RolePageSize));
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), token);
    m_transport->send(request("GET", QStringLiteral("/cloud/v2/groups/%1/roles").arg(m_groupId), query))
        .then(this, [this, collected, promise](const HttpResponse &response) {
            if (!response.isSuccess()) {
                Async::resolve(promise, Result<QList<Role>>(RobloxErrorMapper::map(response)));
                return;
            }
            const QJsonObject json = jsonObject(response);
            for (const QJsonValue &value : json.value(QStringLiteral("groupRoles")).toArray())
                collected->append(parseRole(value.toObject()));
            const QString next = json.value(QStringLiteral("nextPageToken")).toString();
            if (next.isEmpty())
                Async::resolve(promise, Result<QList<Role>>(*collected));
            else
                fetchRolePage(next, collected, promise);
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
    m_transport->send(request("GET", QStringLiteral("/cloud/v2/groups/%1/memberships").arg(m_groupId), query))
        .then(this, [this, promise](const HttpResponse &response) {
            if (!response.isSuccess()) {
                Async::resolve(promise, Answer(RobloxErrorMapper::map(response)));
                return;
            }
            const QJsonObject json = jsonObject(response);
            auto page = std::make_shared<MemberPage>();
            page->nextPageToken = json.value(QStringLiteral("nextPageToken")).toString();
            QList<qint64> ids;
            for (const QJsonValue &value : json.value(QStringLiteral("groupMemberships")).toArray()) {
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
            const QJsonArray memberships = jsonObject(response).value(QStringLiteral("groupMemberships")).toArray();
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
                    const QJsonObject user = jsonObject(userResponse);
                    Member named = member;
                    named.username = user.value(QStringLiteral("name")).toString();
                    named.displayName = user.value(QStringLiteral("displayName")).toString();
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
            const QJsonArray memberships = jsonObject(response).value(QStringLiteral("groupMemberships")).toArray();
            if (memberships.isEmpty())
                return std::optional<qint64>();
            return std::optional<qint64>(parseMembership(memberships.first().toObject()).roleId);
        });
}
