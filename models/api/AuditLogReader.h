#pragma once

#include "HttpTransport.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

// One rank change as Roblox's group audit log tells it.
struct AuditRankChange
{
    QDateTime created; // UTC
    qint64 actorId = 0;
    QString actorName;
    qint64 targetId = 0;
    QString targetName;
    qint64 oldRoleId = 0;
    QString oldRoleName;
    qint64 newRoleId = 0;
    QString newRoleName;
};

struct AuditPage
{
    QList<AuditRankChange> changes;
    QString nextCursor; // empty on the last page
};

// The group's rank changes from `GET /legacy-groups/v1/groups/{g}/audit-log` with an Open Cloud
// key that has legacy-group:manage (100 requests a minute; drawn from the transport's "audit"
// budget), newest first, 100 a page.
class AuditLogReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogReader)

public:
    AuditLogReader(HttpTransport *transport, QUrl cloudBaseUrl, QString apiKey, qint64 groupId, QObject *parent = nullptr);

    QFuture<Result<AuditPage>> rankChanges(const QString &cursor = {});

    static AuditRankChange parse(const QJsonObject &item);

private:
    HttpTransport *m_transport;
    QUrl m_base;
    QString m_apiKey;
    qint64 m_groupId;
};
