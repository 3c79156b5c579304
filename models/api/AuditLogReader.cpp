#include "AuditLogReader.h"

#include "Endpoint.h"
#include "HttpErrors.h"
#include "RobloxErrorMapper.h"

#include <QCryptographicHash>
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

namespace {
QByteArray cursorKey(const QString &cursor)
{
    return QCryptographicHash::hash(cursor.toUtf8(), QCryptographicHash::Sha1);
}
} // namespace

QFuture<Result<AuditPage>> AuditLogReader::rankChanges(const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("actionType"), QStringLiteral("ChangeRank"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("Desc"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    HttpRequest request{"GET", endpointUrl(m_base, QStringLiteral("/legacy-groups/v1/groups/%1/audit-log").arg(m_groupId), query),
                        {{"x-api-key", m_apiKey.toUtf8()}}, {}, "audit"};
    request.maxResponseBytes = HttpRequest::PageMaxResponseBytes;
    // An empty cursor, or one this reader did not hand out, starts a listing of its own.
    const QByteArray key = cursor.isEmpty() ? QByteArray() : cursorKey(cursor);
    const int pageNumber = key.isEmpty() ? 1 : m_steps.value(key).page;
    return m_transport->send(request).then(this, [this, key, pageNumber](const HttpResponse &response) -> Result<AuditPage> {
        if (!response.isSuccess()) {
            ApiError error = RobloxErrorMapper::map(response);
            if (error.kind == ApiError::Kind::Permission)
                error.hint = tr("Reading the audit log needs an Open Cloud key with the legacy-group:manage scope, "
                                "owned by someone allowed to view the group's audit log.");
            return error;
        }
        ApiError error;
        const std::optional<QJsonObject> json = HttpErrors::jsonObject(response, &error);
        const std::optional<QString> next = json ? HttpErrors::pageToken(*json, QStringLiteral("nextPageCursor"), response.status, &error)
                                                 : std::nullopt;
        if (!next)
            return error;
        const QJsonArray data = json->value(QStringLiteral("data")).toArray();
        if (data.size() > PageSize)
            return HttpErrors::badAnswer(tr("an audit-log page lists %1 entries where at most %2 were asked for.")
                                             .arg(data.size()).arg(PageSize),
                                         response.status);
        AuditPage page;
        for (const QJsonValue &item : data) {
            const AuditRankChange change = parse(item.toObject());
            if (change.targetId != 0 && change.created.isValid())
                page.changes.append(change);
        }
        page.nextCursor = *next;
        if (page.nextCursor.isEmpty())
            return page;
        if (pageNumber >= MaxPages)
            return HttpErrors::badAnswer(tr("the audit log did not end within %n page(s).", nullptr, MaxPages), response.status);
        // The way back from this page: the new cursor must not be on it (a page pointing at itself
        // or at one before it would make the same pages come round for ever).
        const QByteArray nextKey = cursorKey(page.nextCursor);
        QByteArray back = key;
        for (int step = 0; step < RepeatWindow && !back.isEmpty(); ++step) {
            if (back == nextKey)
                return HttpErrors::badAnswer(tr("the audit log came back to a page it had already given (after %n page(s)), "
                                                "so it would never end.", nullptr, pageNumber),
                                             response.status);
            back = m_steps.value(back).previous;
        }
        // Cursors of finished or abandoned listings stay behind; this keeps them from piling up
        // (at worst a listing running now starts its count again).
        if (m_steps.size() >= 4 * MaxPages)
            m_steps.clear();
        m_steps.insert(nextKey, Step{key, pageNumber + 1});
        return page;
    });
}
