#include "BatchStore.h"

#include "HistoryStore.h"

#include "domain/Logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QFileInfo>
#include <QSysInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <csignal>

QString BatchItem::stateName(State state)
{
    switch (state) {
    case State::Pending: return QStringLiteral("pending");
    case State::Running: return QStringLiteral("running");
    case State::Sent: return QStringLiteral("sent");
    case State::Done: return QStringLiteral("done");
    case State::Failed: return QStringLiteral("failed");
    case State::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("pending");
}

BatchItem::State BatchItem::stateFromName(const QString &name)
{
    for (State state : {State::Pending, State::Running, State::Sent, State::Done, State::Failed, State::Skipped})
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
    return m_database.error(what, query.lastError());
}

Result<Batch> BatchStore::create(Batch batch, const QList<BatchItem> &items)
{
    if (batch.id.isEmpty())
        batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!batch.created.isValid())
        batch.created = QDateTime::currentDateTimeUtc();
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(m_database);
    if (const auto begun = transaction.begin(tr("Could not store the batch")); !begun)
        return begun.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO batches (id, created_ms, profile, group_id, writer, action, target, reason, source,"
                                 " apply_anyway, state, message, source_file, source_checksum, provider_steps)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    using T = Database;
    for (const QVariant &value : {QVariant(batch.id), QVariant(batch.created.toMSecsSinceEpoch()), QVariant(T::text(batch.profile)),
                                  QVariant(batch.groupId), QVariant(T::text(batch.writer)), QVariant(T::text(batch.action)),
                                  QVariant(T::text(batch.target)), QVariant(T::text(batch.reason)),
                                  QVariant(T::text(batch.source)), QVariant(int(batch.applyAnyway)),
                                  QVariant(Batch::stateName(batch.state)), QVariant(T::text(batch.message)),
                                  QVariant(T::text(batch.sourceFile)), QVariant(T::text(batch.sourceChecksum)),
                                  QVariant(int(batch.providerSteps))})
        query.addBindValue(value);
    if (const auto done = exec(query, tr("Could not store the batch")); !done)
        return done.error();
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
    const auto failed = [this](const QSqlQuery &q) { return m_database.error(tr("Could not store the batch"), q.lastError()); };
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
    if (const auto committed = transaction.commit(tr("Could not store the batch")); !committed)
        return committed.error();
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
    batch.providerSteps = query.value(14).toBool();
    return batch;
}

static const QString BatchColumns = QStringLiteral(
    "id, created_ms, profile, group_id, writer, action, target, reason, source, apply_anyway, state, message, source_file,"
    " source_checksum, provider_steps");

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
                                 " action, reason, source_line, observed_role_id FROM batch_items WHERE batch_id = ? ORDER BY seq"));
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
        item.observedRoleId = query.value(11).toLongLong();
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
        case BatchItem::State::Sent: counts.unknown += n; break;
        case BatchItem::State::Done: counts.done += n; break;
        case BatchItem::State::Failed: counts.failed += n; break;
        case BatchItem::State::Skipped: counts.skipped += n; break;
        }
    }
    return counts;
}

Result<Unit> BatchStore::setBatchState(const QString &id, Batch::State state, const QString &message, const QString &token)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batches SET state = ?, message = ? WHERE id = ?%1")
                      .arg(token.isEmpty() ? QString() : QStringLiteral(" AND lease_token = ?")));
    query.addBindValue(Batch::stateName(state));
    query.addBindValue(Database::text(message));
    query.addBindValue(id);
    if (!token.isEmpty())
        query.addBindValue(token);
    return exec(query, tr("Could not record the batch's state"));
}

// ---------------------------------------------------------------- the lease

Result<Unit> BatchStore::acquireLease(const QString &batchId, const QString &token, const QString &holder, int ttlMs)
{
    return acquireLease(batchId, token, holder, ttlMs, 3);
}

Result<Unit> BatchStore::acquireLease(const QString &batchId, const QString &token, const QString &holder, int ttlMs, int tries)
{
    // One conditional UPDATE: of two processes asking at once, the database lets exactly one win.
    const QString now = m_database.nowMsSql();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batches SET lease_token = ?, lease_holder = ?, lease_host = ?, lease_pid = ?,"
                                 " lease_since_ms = CASE WHEN lease_token = ? THEN lease_since_ms ELSE %1 END,"
                                 " lease_expires_ms = %1 + ?,"
                                 // A pause asked of the previous run is over; a cancel stands until it is carried out.
                                 " stop_request = CASE WHEN stop_request = 'cancel' THEN 'cancel' ELSE '' END"
                                 " WHERE id = ? AND (lease_token = '' OR lease_token = ? OR lease_expires_ms < %1)")
                      .arg(now));
    for (const QVariant &value : {QVariant(token), QVariant(holder), QVariant(localIdentity()),
                                  QVariant(QCoreApplication::applicationPid()), QVariant(token), QVariant(ttlMs), QVariant(batchId),
                                  QVariant(token)})
        query.addBindValue(value);
    if (const auto done = exec(query, tr("Could not claim the batch")); !done)
        return done.error();
    if (query.numRowsAffected() == 1)
        return Unit {};
    const auto lease = leaseRow(batchId);
    if (!lease)
        return lease.error();
    if (!lease.value() && tries > 1) // expired or released between the two statements: ask again
        return acquireLease(batchId, token, holder, ttlMs, tries - 1);
    if (!lease.value())
        return ApiError::local(ApiError::Kind::Unavailable, QStringLiteral("rankdesk.storage-locked"),
                               tr("Batch %1 is changing hands; try again in a moment.").arg(batchId.left(8)));
    // A holder on this machine that no longer runs (killed) need not be waited for.
    const BatchLease &held = *lease.value();
    if (holderGone(held)) {
        QSqlQuery expire(m_database.connection());
        expire.prepare(QStringLiteral("UPDATE batches SET lease_expires_ms = 0 WHERE id = ? AND lease_token = ?"));
        expire.addBindValue(batchId);
        expire.addBindValue(held.token);
        if (const auto done = exec(expire, tr("Could not claim the batch")); !done)
            return done.error();
        qCInfo(lcStorage).noquote() << "batch" << batchId << "was held by" << held.holder << "which is no longer running";
        return acquireLease(batchId, token, holder, ttlMs, tries - 1);
    }
    return leaseConflict(batchId, held);
}

QString BatchStore::localIdentity()
{
    // Whose process ids these are: this machine's name, this boot, this process-id namespace. Two
    // cloned machines of one name, or two containers, never take each other's numbers as their own.
    static const QString identity = [] {
        const QString pidNamespace = QFileInfo(QStringLiteral("/proc/self/ns/pid")).symLinkTarget();
        return QStringLiteral("%1;%2;%3").arg(QSysInfo::machineHostName(), QString::fromLatin1(QSysInfo::bootUniqueId()), pidNamespace);
    }();
    return identity;
}

bool BatchStore::holderGone(const BatchLease &lease)
{
    return lease.host == localIdentity() && lease.pid > 0 && lease.pid != QCoreApplication::applicationPid()
        && ::kill(pid_t(lease.pid), 0) == -1 && errno == ESRCH;
}

Result<Unit> BatchStore::keepCancelRequest(const QString &batchId, const QString &token)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batches SET stop_request = 'cancel' WHERE id = ? AND lease_token = ?"));
    query.addBindValue(batchId);
    query.addBindValue(token);
    return exec(query, tr("Could not record the cancel"));
}

Result<BatchItem::State> BatchStore::itemState(const QString &batchId, int seq) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state FROM batch_items WHERE batch_id = ? AND seq = ?"));
    query.addBindValue(batchId);
    query.addBindValue(seq);
    if (const auto done = exec(query, tr("Could not read the item's state")); !done)
        return done.error();
    if (!query.next())
        return ApiError::local(ApiError::Kind::NotFound, QStringLiteral("rankdesk.no-batch"), tr("There is no batch %1.").arg(batchId));
    return BatchItem::stateFromName(query.value(0).toString());
}

Result<Unit> BatchStore::renewLease(const QString &batchId, const QString &token, int ttlMs)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batches SET lease_expires_ms = %1 + ? WHERE id = ? AND lease_token = ?").arg(m_database.nowMsSql()));
    query.addBindValue(ttlMs);
    query.addBindValue(batchId);
    query.addBindValue(token);
    if (const auto done = exec(query, tr("Could not renew the claim on the batch")); !done)
        return done.error();
    if (query.numRowsAffected() == 1)
        return Unit {};
    const auto lease = liveLease(batchId);
    if (lease && lease.value())
        return leaseConflict(batchId, *lease.value());
    return ApiError::local(ApiError::Kind::Conflict, QStringLiteral("rankdesk.batch-lease-lost"),
                           tr("Batch %1 is no longer run by this program (its claim expired and was taken or released).").arg(batchId.left(8)));
}

void BatchStore::releaseLease(const QString &batchId, const QString &token)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batches SET lease_token = '', lease_holder = '', lease_expires_ms = 0,"
                                 " stop_request = CASE WHEN stop_request = 'cancel' AND state <> 'cancelled' THEN 'cancel' ELSE '' END"
                                 " WHERE id = ? AND lease_token = ?"));
    query.addBindValue(batchId);
    query.addBindValue(token);
    query.exec(); // an unreleased lease expires by itself
}

Result<std::optional<BatchLease>> BatchStore::liveLease(const QString &batchId) const
{
    Result<std::optional<BatchLease>> lease = leaseRow(batchId);
    if (lease && lease.value() && holderGone(*lease.value()))
        return std::optional<BatchLease>();
    return lease;
}

Result<std::optional<BatchLease>> BatchStore::leaseRow(const QString &batchId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT lease_token, lease_holder, lease_since_ms, lease_expires_ms, lease_host, lease_pid FROM batches"
                                 " WHERE id = ? AND lease_token <> '' AND lease_expires_ms >= %1")
                      .arg(m_database.nowMsSql()));
    query.addBindValue(batchId);
    if (const auto done = exec(query, tr("Could not read the batch")); !done)
        return done.error();
    if (!query.next())
        return std::optional<BatchLease>();
    BatchLease lease;
    lease.token = query.value(0).toString();
    lease.holder = query.value(1).toString();
    lease.since = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    lease.expires = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    lease.host = query.value(4).toString();
    lease.pid = query.value(5).toLongLong();
    return std::optional<BatchLease>(lease);
}

ApiError BatchStore::leaseConflict(const QString &batchId, const BatchLease &lease)
{
    ApiError error = ApiError::local(ApiError::Kind::Conflict, QStringLiteral("rankdesk.batch-leased"),
                                     tr("Batch %1 is being run by %2 since %3.")
                                         .arg(batchId.left(8), lease.holder, QLocale().toString(lease.since.toLocalTime().time(), QLocale::ShortFormat)));
    error.hint = tr("Only one program runs a batch at a time. Pause or cancel it from there (or here: jobs cancel); "
                    "it can be taken over if that program stops answering (after %1).")
                     .arg(QLocale().toString(lease.expires.toLocalTime().time(), QLocale::LongFormat));
    return error;
}

static QString stopRequestName(StopRequest request)
{
    switch (request) {
    case StopRequest::Pause: return QStringLiteral("pause");
    case StopRequest::Cancel: return QStringLiteral("cancel");
    case StopRequest::None: break;
    }
    return QString();
}

Result<bool> BatchStore::requestStop(const QString &batchId, StopRequest request)
{
    // Only a runner that is alive can honour a request; with none, the caller acts itself.
    const auto lease = liveLease(batchId);
    if (!lease)
        return lease.error();
    if (!lease.value())
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batches SET stop_request = ? WHERE id = ? AND lease_token = ? AND lease_expires_ms >= %1")
                      .arg(m_database.nowMsSql()));
    query.addBindValue(Database::text(stopRequestName(request)));
    query.addBindValue(batchId);
    query.addBindValue(lease.value()->token);
    if (const auto done = exec(query, tr("Could not ask the batch's runner to stop")); !done)
        return done.error();
    return query.numRowsAffected() == 1;
}

Result<StopRequest> BatchStore::stopRequest(const QString &batchId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT stop_request FROM batches WHERE id = ?"));
    query.addBindValue(batchId);
    if (const auto done = exec(query, tr("Could not read the batch")); !done)
        return done.error();
    const QString name = query.next() ? query.value(0).toString() : QString();
    return name == u"cancel" ? StopRequest::Cancel : name == u"pause" ? StopRequest::Pause : StopRequest::None;
}

bool BatchStore::holdsLease(const QString &batchId, const QString &token) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 WHERE %1").arg(leaseHeld()));
    query.addBindValue(batchId);
    query.addBindValue(token);
    return query.exec() && query.next(); // a database that cannot answer holds nothing
}

QString BatchStore::leaseHeld() const
{
    return QStringLiteral("EXISTS (SELECT 1 FROM batches WHERE id = ? AND lease_token = ? AND stop_request = '' AND lease_expires_ms >= %1)")
        .arg(m_database.nowMsSql());
}

// ---------------------------------------------------------------- items

Result<bool> BatchStore::claim(const BatchItem &item, const QString &token)
{
    // A sent item stays "sent" while it is re-checked: its outcome is still unknown.
    QSqlQuery query(m_database.connection());
    // While a cancel is asked, only its read-only re-check of a sent item may still be claimed.
    query.prepare(QStringLiteral("UPDATE batch_items SET state = CASE WHEN state = 'sent' THEN 'sent' ELSE 'running' END,"
                                 " attempts = ?, updated_ms = ? WHERE batch_id = ? AND seq = ? AND state IN ('pending', 'running', 'sent')"
                                 " AND EXISTS (SELECT 1 FROM batches WHERE id = ? AND lease_token = ? AND lease_expires_ms >= %1"
                                 " AND (stop_request = '' OR (stop_request = 'cancel' AND batch_items.state = 'sent')))")
                      .arg(m_database.nowMsSql()));
    for (const QVariant &value : {QVariant(item.attempts), QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(item.batchId),
                                  QVariant(item.seq), QVariant(item.batchId), QVariant(token)})
        query.addBindValue(value);
    if (const auto done = exec(query, tr("Could not record the item's state")); !done)
        return done.error();
    return query.numRowsAffected() == 1;
}

Result<bool> BatchStore::markSent(const BatchItem &item, qint64 observedRoleId, const QString &token)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batch_items SET state = 'sent', observed_role_id = ?, updated_ms = ?"
                                 " WHERE batch_id = ? AND seq = ? AND state IN ('running', 'sent') AND %1")
                      .arg(leaseHeld()));
    for (const QVariant &value : {QVariant(observedRoleId), QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(item.batchId),
                                  QVariant(item.seq), QVariant(item.batchId), QVariant(token)})
        query.addBindValue(value);
    if (const auto done = exec(query, tr("Could not record the change before sending it")); !done)
        return done.error();
    return query.numRowsAffected() == 1;
}

Result<Unit> BatchStore::requeue(const BatchItem &item, const QString &token)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batch_items SET state = ?, attempts = ?, error = ?, updated_ms = ?"
                                 " WHERE batch_id = ? AND seq = ? AND state IN ('running', 'sent')"
                                 " AND EXISTS (SELECT 1 FROM batches WHERE id = ? AND lease_token = ?)"));
    const bool sent = item.state == BatchItem::State::Sent;
    for (const QVariant &value : {QVariant(BatchItem::stateName(sent ? BatchItem::State::Sent : BatchItem::State::Pending)), QVariant(item.attempts), QVariant(Database::text(item.error)), QVariant(QDateTime::currentMSecsSinceEpoch()),
                                  QVariant(item.batchId), QVariant(item.seq), QVariant(item.batchId), QVariant(token)})
        query.addBindValue(value);
    return exec(query, tr("Could not record the item's state"));
}

Result<std::optional<HistoryEntry>> BatchStore::settle(const BatchItem &item, HistoryEntry entry)
{
    const QString what = tr("Could not record the outcome of the change");
    SqlTransaction transaction(m_database);
    if (const auto begun = transaction.begin(what); !begun)
        return begun.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batch_items SET state = ?, attempts = ?, error = ?, updated_ms = ?"
                                 " WHERE batch_id = ? AND seq = ? AND state IN ('pending', 'running', 'sent')"));
    for (const QVariant &value : {QVariant(BatchItem::stateName(item.state)), QVariant(item.attempts), QVariant(Database::text(item.error)),
                                  QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(item.batchId), QVariant(item.seq)})
        query.addBindValue(value);
    if (const auto done = exec(query, what); !done)
        return done.error();
    if (query.numRowsAffected() != 1)
        return std::optional<HistoryEntry>(); // settled already (by the runner that took over)
    entry.batchId = item.batchId;
    entry.batchSeq = item.seq;
    const Result<HistoryEntry> stored = HistoryStore::insert(m_database, std::move(entry));
    if (!stored)
        return stored.error();
    if (const auto committed = transaction.commit(what); !committed)
        return committed.error();
    return std::optional<HistoryEntry>(stored.value());
}

Result<int> BatchStore::requeueRunning(const QString &batchId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batch_items SET state = 'pending', updated_ms = ? WHERE batch_id = ? AND state = 'running'"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(batchId);
    if (const auto done = exec(query, tr("Could not record the item's state")); !done)
        return done.error();
    return query.numRowsAffected();
}

Result<QList<HistoryEntry>> BatchStore::cancelPending(const QString &batchId, const QString &token, const QString &reason,
                                                      const std::function<HistoryEntry(const BatchItem &)> &entryFor)
{
    const QString what = tr("Could not record the cancelled items");
    SqlTransaction transaction(m_database);
    if (const auto begun = transaction.begin(what); !begun)
        return begun.error();
    // Only the batch's runner cancels its items: a program that lost the batch must not.
    QSqlQuery held(m_database.connection());
    held.prepare(QStringLiteral("SELECT 1 FROM batches WHERE id = ? AND lease_token = ?"));
    held.addBindValue(batchId);
    held.addBindValue(token);
    if (const auto done = exec(held, what); !done)
        return done.error();
    if (!held.next())
        return ApiError::local(ApiError::Kind::Conflict, QStringLiteral("rankdesk.batch-lease-lost"),
                               tr("Batch %1 is no longer run by this program; it was not cancelled here.").arg(batchId.left(8)));
    const Result<QList<BatchItem>> all = items(batchId);
    if (!all)
        return all.error();
    QList<HistoryEntry> recorded;
    for (BatchItem item : all.value()) {
        if (item.state != BatchItem::State::Pending && item.state != BatchItem::State::Running)
            continue;
        item.state = BatchItem::State::Skipped;
        item.error = reason;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE batch_items SET state = 'skipped', error = ?, updated_ms = ? WHERE batch_id = ? AND seq = ?"));
        for (const QVariant &value : {QVariant(Database::text(reason)), QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(batchId), QVariant(item.seq)})
            query.addBindValue(value);
        if (const auto done = exec(query, what); !done)
            return done.error();
        HistoryEntry entry = entryFor(item);
        entry.batchId = batchId;
        entry.batchSeq = item.seq;
        const Result<HistoryEntry> stored = HistoryStore::insert(m_database, entry);
        if (!stored)
            return stored.error();
        recorded.append(stored.value());
    }
    if (const auto committed = transaction.commit(what); !committed)
        return committed.error();
    return recorded;
}

Result<int> BatchStore::retryFailed(const QString &batchId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batch_items SET state = 'pending', error = '', attempts = 0, updated_ms = ? WHERE batch_id = ? AND state = 'failed'"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(batchId);
    if (const auto done = exec(query, tr("Could not record the item's state")); !done)
        return done.error();
    return query.numRowsAffected();
}
