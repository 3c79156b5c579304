#include "BatchStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

QString BatchItem::stateName(State state)
{
    switch (state) {
    case State::Pending: return QStringLiteral("pending");
    case State::Running: return QStringLiteral("running");
    case State::Done: return QStringLiteral("done");
    case State::Failed: return QStringLiteral("failed");
    case State::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("pending");
}

BatchItem::State BatchItem::stateFromName(const QString &name)
{
    for (State state : {State::Pending, State::Running, State::Done, State::Failed, State::Skipped})
        if (stateName(state) == name)
            return state;
    return State::Pending;
}

QString Batch::stateName(State state)
{
    switch (state) {
    case State::Running: return QStringLiteral("running");
    case State::Paused: return QStringLiteral("paused");
    case State::Cancelled: return QStringLiteral("cancelled");
    case State::Finished: return QStringLiteral("finished");
    }
    return QStringLiteral("running");
}

Batch::State Batch::stateFromName(const QString &name)
{
    for (State state : {State::Running, State::Paused, State::Cancelled, State::Finished})
        if (stateName(state) == name)
            return state;
    return State::Running;
}

BatchStore::BatchStore(Database database, QObject *parent) : QObject(parent), m_database(std::move(database)) { }

Result<Unit> BatchStore::exec(QSqlQuery &query, const QString &what) const
{
    if (query.exec())
        return Unit {};
    return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.storage"),
                           tr("%1: %2").arg(what, query.lastError().text()));
}

Result<Batch> BatchStore::create(Batch batch, const QList<BatchItem> &items)
{
    if (batch.id.isEmpty())
        batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!batch.created.isValid())
        batch.created = QDateTime::currentDateTimeUtc();
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO batches (id, created_ms, profile, group_id, writer, action, target, reason, source,"
                                 " apply_anyway, state, message, source_file, source_checksum) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    using T = Database;
    for (const QVariant &value : {QVariant(batch.id), QVariant(batch.created.toMSecsSinceEpoch()), QVariant(T::text(batch.profile)),
                                  QVariant(batch.groupId), QVariant(T::text(batch.writer)), QVariant(T::text(batch.action)),
                                  QVariant(T::text(batch.target)), QVariant(T::text(batch.reason)),
                                  QVariant(T::text(batch.source)), QVariant(int(batch.applyAnyway)),
                                  QVariant(Batch::stateName(batch.state)), QVariant(T::text(batch.message)),
                                  QVariant(T::text(batch.sourceFile)), QVariant(T::text(batch.sourceChecksum))})
        query.addBindValue(value);
    if (const auto done = exec(query, tr("Could not store the batch")); !done) {
        db.rollback();
        return done.error();
    }
    // Bound columns in bulk: one prepared statement executed with value lists.
    QVariantList ids, seqs, users, names, expected, targets, states, attempts, errors, updated, actions, reasons, lines;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const BatchItem &item : items) {
        ids << batch.id;
        seqs << item.seq;
        users << item.userId;
        names << Database::text(item.username);
        expected << item.expectedRoleId;
        targets << item.targetRoleId;
        states << BatchItem::stateName(item.state);
        attempts << item.attempts;
        errors << Database::text(item.error);
        updated << now;
        actions << Database::text(item.action);
        reasons << Database::text(item.reason);
        lines << item.sourceLine;
    }
    const QString insert = QStringLiteral("INSERT INTO batch_items (batch_id, seq, user_id, username, expected_role_id, target_role_id,"
                                          " state, attempts, error, updated_ms, action, reason, source_line) VALUES ");
    const QString row = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const QList<QVariantList> columns{ids, seqs, users, names, expected, targets, states, attempts, errors, updated, actions, reasons, lines};
    const auto failed = [&db](const QSqlQuery &q) {
        const QString text = q.lastError().text();
        db.rollback();
        return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.storage"), tr("Could not store the batch: %1").arg(text));
    };
    if (m_database.dialect() == Database::Dialect::Postgres) {
        // Qt's QPSQL runs execBatch row by row (20,000 items: 2.8 s); rows go 500 to a statement.
        constexpr qsizetype RowsPerStatement = 500;
        for (qsizetype start = 0; start < items.size(); start += RowsPerStatement) {
            const qsizetype count = std::min(RowsPerStatement, items.size() - start);
            query.prepare(insert + QStringList(count, row).join(u','));
            for (qsizetype i = start; i < start + count; ++i)
                for (const QVariantList &column : columns)
                    query.addBindValue(column.at(i));
            if (!query.exec())
                return failed(query);
        }
    } else {
        // SQLite: one prepared statement run for each row inside the transaction is the fast way.
        query.prepare(insert + row);
        for (const QVariantList &column : columns)
            query.addBindValue(column);
        if (!items.isEmpty() && !query.execBatch())
            return failed(query);
    }
    if (!db.commit())
        return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.storage"),
                               tr("Could not store the batch: %1").arg(db.lastError().text()));
    return batch;
}

static Batch batchFrom(const QSqlQuery &query)
{
    Batch batch;
    batch.id = query.value(0).toString();
    batch.created = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    batch.profile = query.value(2).toString();
    batch.groupId = query.value(3).toLongLong();
    batch.writer = query.value(4).toString();
    batch.action = query.value(5).toString();
    batch.target = query.value(6).toString();
    batch.reason = query.value(7).toString();
    batch.source = query.value(8).toString();
    batch.applyAnyway = query.value(9).toBool();
    batch.state = Batch::stateFromName(query.value(10).toString());
    batch.message = query.value(11).toString();
    batch.sourceFile = query.value(12).toString();
    batch.sourceChecksum = query.value(13).toString();
    return batch;
}

static const QString BatchColumns = QStringLiteral(
    "id, created_ms, profile, group_id, writer, action, target, reason, source, apply_anyway, state, message, source_file, source_checksum");

Result<Batch> BatchStore::batch(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM batches WHERE id = ?").arg(BatchColumns));
    query.addBindValue(id);
    if (const auto done = exec(query, tr("Could not read the batch")); !done)
        return done.error();
    if (!query.next())
        return ApiError::local(ApiError::Kind::NotFound, QStringLiteral("rankdesk.no-batch"), tr("There is no batch %1.").arg(id));
    return batchFrom(query);
}

Result<QList<Batch>> BatchStore::batches(bool unfinishedOnly) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM batches %2 ORDER BY created_ms DESC")
                      .arg(BatchColumns, unfinishedOnly ? QStringLiteral("WHERE state IN ('running', 'paused')") : QString()));
    if (const auto done = exec(query, tr("Could not read the batches")); !done)
        return done.error();
    QList<Batch> list;
    while (query.next())
        list.append(batchFrom(query));
    return list;
}

Result<QList<BatchItem>> BatchStore::items(const QString &batchId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, user_id, username, expected_role_id, target_role_id, state, attempts, error,"
                                 " action, reason, source_line FROM batch_items WHERE batch_id = ? ORDER BY seq"));
    query.addBindValue(batchId);
    if (const auto done = exec(query, tr("Could not read the batch's items")); !done)
        return done.error();
    QList<BatchItem> list;
    while (query.next()) {
        BatchItem item;
        item.batchId = batchId;
        item.seq = query.value(0).toInt();
        item.userId = query.value(1).toLongLong();
        item.username = query.value(2).toString();
        item.expectedRoleId = query.value(3).toLongLong();
        item.targetRoleId = query.value(4).toLongLong();
        item.state = BatchItem::stateFromName(query.value(5).toString());
        item.attempts = query.value(6).toInt();
        item.error = query.value(7).toString();
        item.action = query.value(8).toString();
        item.reason = query.value(9).toString();
        item.sourceLine = query.value(10).toLongLong();
        list.append(item);
    }
    return list;
}

Result<BatchCounts> BatchStore::counts(const QString &batchId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state, COUNT(*) FROM batch_items WHERE batch_id = ? GROUP BY state"));
    query.addBindValue(batchId);
    if (const auto done = exec(query, tr("Could not count the batch's items")); !done)
        return done.error();
    BatchCounts counts;
    while (query.next()) {
        const int n = query.value(1).toInt();
        counts.total += n;
        switch (BatchItem::stateFromName(query.value(0).toString())) {
        case BatchItem::State::Pending: counts.pending += n; break;
        case BatchItem::State::Running: counts.running += n; break;
        case BatchItem::State::Done: counts.done += n; break;
        case BatchItem::State::Failed: counts.failed += n; break;
        case BatchItem::State::Skipped: counts.skipped += n; break;
        }
    }
    return counts;
}

Result<Unit> BatchStore::updateItem(const BatchItem &item)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batch_items SET state = ?, attempts = ?, error = ?, updated_ms = ? WHERE batch_id = ? AND seq = ?"));
    query.addBindValue(BatchItem::stateName(item.state));
    query.addBindValue(item.attempts);
    query.addBindValue(Database::text(item.error));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(item.batchId);
    query.addBindValue(item.seq);
    return exec(query, tr("Could not record the item's state"));
}

Result<Unit> BatchStore::setBatchState(const QString &id, Batch::State state, const QString &message)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batches SET state = ?, message = ? WHERE id = ?"));
    query.addBindValue(Batch::stateName(state));
    query.addBindValue(Database::text(message));
    query.addBindValue(id);
    return exec(query, tr("Could not record the batch's state"));
}

static Result<int> moveItems(const Database &database, const QString &batchId, const QString &from, const QString &to,
                             const QString &error, bool resetAttempts)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE batch_items SET state = ?, error = ?, updated_ms = ?%1 WHERE batch_id = ? AND state = ?")
                      .arg(resetAttempts ? QStringLiteral(", attempts = 0") : QString()));
    query.addBindValue(to);
    query.addBindValue(Database::text(error));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(batchId);
    query.addBindValue(from);
    if (!query.exec())
        return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.storage"), query.lastError().text());
    return query.numRowsAffected();
}

Result<int> BatchStore::requeueRunning(const QString &batchId)
{
    return moveItems(m_database, batchId, QStringLiteral("running"), QStringLiteral("pending"), QString(), false);
}

Result<int> BatchStore::skipPending(const QString &batchId, const QString &reason)
{
    return moveItems(m_database, batchId, QStringLiteral("pending"), QStringLiteral("skipped"), reason, false);
}

Result<int> BatchStore::retryFailed(const QString &batchId)
{
    return moveItems(m_database, batchId, QStringLiteral("failed"), QStringLiteral("pending"), QString(), true);
}
