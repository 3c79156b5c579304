#pragma once

#include "HttpTransport.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
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

    static constexpr int PageSize = 100;
    // A listing (from an empty cursor on, each answer's cursor asking for the next page) is refused
    // past this many pages: a million rank changes, 100 minutes of the audit budget and some
    // 150 MB of collected changes...
    static constexpr int MaxPages = 10'000;
    // ... and at once when a cursor comes back within this many pages of where it was given.
    static constexpr int RepeatWindow = 64;

    QFuture<Result<AuditPage>> rankChanges(const QString &cursor = {});

    static AuditRankChange parse(const QJsonObject &item);

private:
    // Where a cursor this reader handed out came from and which page it asks for. The caller passes
    // cursors back without saying which listing they belong to (two imports may run at once, over
    // the same cursors), so each cursor remembers its own way back instead.
    struct Step
    {
        QByteArray previous; // key of the cursor whose page gave this one; empty for a first page
        int page = 1;
    };
    QHash<QByteArray, Step> m_steps; // keyed by the cursor's SHA-1

    HttpTransport *m_transport;
    QUrl m_base;
    QString m_apiKey;
    qint64 m_groupId;
};
