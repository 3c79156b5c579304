#include "AuditLogReader.h"

#include "Endpoint.h"
#include "RobloxErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

AuditLogReader::AuditLogReader(HttpTransport *transport, QUrl cloudBaseUrl, QString apiKey, qint64 groupId, QObject *parent)
    : QObject(parent), m_transport(transport), m_base(std::move(cloudBaseUrl)), m_apiKey(std::move(apiKey)), m_groupId(groupId)
{
}

AuditRankChange AuditLogReader::parse(const QJsonObject &item)
{
    // The description's keys come from client libraries (the spec leaves it untyped); ids may come
    // as numbers or strings.
    const QJsonObject actor = item.value(QStringLiteral("actor")).toObject().value(QStringLiteral("user")).toObject();
    const QJsonObject d = item.value(QStringLiteral("description")).toObject();
    const auto id = [&d](const char *key) {
        const QJsonValue v = d.value(QLatin1StringView(key));
        return v.isString() ? v.toString().toLongLong() : v.toInteger();
    };
    AuditRankChange change;
    change.created = QDateTime::fromString(item.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs).toUTC();
    change.actorId = actor.value(QStringLiteral("userId")).toInteger();
    change.actorName = actor.value(QStringLiteral("username")).toString();
    change.targetId = id("TargetId");
    change.targetName = d.value(QStringLiteral("TargetName")).toString();
    change.oldRoleId = id("OldRoleSetId");
    change.oldRoleName = d.value(QStringLiteral("OldRoleSetName")).toString();
    change.newRoleId = id("NewRoleSetId");
    change.newRoleName = d.value(QStringLiteral("NewRoleSetName")).toString();
    return change;
}

QFuture<Result<AuditPage>> AuditLogReader::rankChanges(const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("actionType"), QStringLiteral("ChangeRank"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("Desc"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const HttpRequest request{"GET", endpointUrl(m_base, QStringLiteral("/legacy-groups/v1/groups/%1/audit-log").arg(m_groupId), query),
                              {{"x-api-key", m_apiKey.toUtf8()}}, {}, "audit"};
    return m_transport->send(request).then(this, [](const HttpResponse &response) -> Result<AuditPage> {
        if (!response.isSuccess()) {
            ApiError error = RobloxErrorMapper::map(response);
            if (error.kind == ApiError::Kind::Permission)
                error.hint = tr("Reading the audit log needs an Open Cloud key with the legacy-group:manage scope, "
                                "owned by someone allowed to view the group's audit log.");
            return error;
        }
        const QJsonObject json = QJsonDocument::fromJson(response.body).object();
        AuditPage page;
        for (const QJsonValue &item : json.value(QStringLiteral("data")).toArray()) {
            const AuditRankChange change = parse(item.toObject());
            if (change.targetId != 0 && change.created.isValid())
                page.changes.append(change);
        }
        page.nextCursor = json.value(QStringLiteral("nextPageCursor")).toString();
        return page;
    });
}
