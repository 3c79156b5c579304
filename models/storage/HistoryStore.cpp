#include "HistoryStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QString HistoryEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("failed");
}

HistoryEntry::Outcome HistoryEntry::outcomeFromName(const QString &name)
{
    if (name == u"done")
        return Outcome::Done;
    if (name == u"skipped")
        return Outcome::Skipped;
    return Outcome::Failed;
}

HistoryStore::HistoryStore(Database database, QObject *parent) : QObject(parent), m_database(std::move(database)) { }

static QVariant nullableId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

static QVariant nullableRank(int rank)
{
    return rank >= 0 ? QVariant(rank) : QVariant();
}

Result<HistoryEntry> HistoryStore::record(HistoryEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO rank_history (created_ms, profile, group_id, user_id, username, action,"
        " prev_role_id, prev_role_name, prev_rank, new_role_id, new_role_name, new_rank,"
        " backend, outcome, error, reason, source, batch_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(entry.time.toMSecsSinceEpoch());
    query.addBindValue(Database::text(entry.profile));
    query.addBindValue(entry.groupId);
    query.addBindValue(entry.userId);
    query.addBindValue(Database::text(entry.username));
    query.addBindValue(Database::text(entry.action));
    query.addBindValue(nullableId(entry.previousRoleId));
    query.addBindValue(Database::text(entry.previousRoleName));
    query.addBindValue(nullableRank(entry.previousRank));
    query.addBindValue(nullableId(entry.newRoleId));
    query.addBindValue(Database::text(entry.newRoleName));
    query.addBindValue(nullableRank(entry.newRank));
    query.addBindValue(Database::text(entry.backend));
    query.addBindValue(HistoryEntry::outcomeName(entry.outcome));
    query.addBindValue(Database::text(entry.error));
    query.addBindValue(Database::text(entry.reason));
    query.addBindValue(Database::text(entry.source));
    query.addBindValue(Database::text(entry.batchId));
    if (!query.exec())
        return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.storage"),
                               tr("Could not record the change in the history: %1").arg(query.lastError().text()));
    entry.id = query.lastInsertId().toLongLong();
    emit recorded(entry);
    return entry;
}

Result<QList<HistoryEntry>> HistoryStore::recent(const Filter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT id, created_ms, profile, group_id, user_id, username, action, prev_role_id, prev_role_name,"
        " prev_rank, new_role_id, new_role_name, new_rank, backend, outcome, error, reason, source, batch_id"
        " FROM rank_history WHERE 1=1");
    if (filter.groupId != 0)
        sql += QStringLiteral(" AND group_id = :group");
    if (filter.userId != 0)
        sql += QStringLiteral(" AND user_id = :user");
    if (!filter.batchId.isEmpty())
        sql += QStringLiteral(" AND batch_id = :batch");
    sql += QStringLiteral(" ORDER BY created_ms DESC, id DESC LIMIT :limit");
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    if (filter.groupId != 0)
        query.bindValue(QStringLiteral(":group"), filter.groupId);
    if (filter.userId != 0)
        query.bindValue(QStringLiteral(":user"), filter.userId);
    if (!filter.batchId.isEmpty())
        query.bindValue(QStringLiteral(":batch"), filter.batchId);
    query.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!query.exec())
        return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.storage"),
                               tr("Could not read the history: %1").arg(query.lastError().text()));
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry e;
        e.id = query.value(0).toLongLong();
        e.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        e.profile = query.value(2).toString();
        e.groupId = query.value(3).toLongLong();
        e.userId = query.value(4).toLongLong();
        e.username = query.value(5).toString();
        e.action = query.value(6).toString();
        e.previousRoleId = query.value(7).toLongLong();
        e.previousRoleName = query.value(8).toString();
        e.previousRank = query.value(9).isNull() ? -1 : query.value(9).toInt();
        e.newRoleId = query.value(10).toLongLong();
        e.newRoleName = query.value(11).toString();
        e.newRank = query.value(12).isNull() ? -1 : query.value(12).toInt();
        e.backend = query.value(13).toString();
        e.outcome = HistoryEntry::outcomeFromName(query.value(14).toString());
        e.error = query.value(15).toString();
        e.reason = query.value(16).toString();
        e.source = query.value(17).toString();
        e.batchId = query.value(18).toString();
        entries.append(e);
    }
    return entries;
}
