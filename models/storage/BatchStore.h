#pragma once

#include "Database.h"
#include "HistoryEntry.h"
#include "jobs/Batch.h"

#include <QObject>

#include <functional>
#include <optional>

// Batches and their items in the database. A batch is written whole, in one transaction, before
// anything is sent. Every change that could lead to a request is conditional on holding the batch's
// lease (claim, markSent), and so are a cancel and the runner's state changes: two processes never
// run one batch. An item's outcome and its history row are written in one transaction (settle), by
// whichever program has the answer, once.
class BatchStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchStore)

public:
    explicit BatchStore(Database database, QObject *parent = nullptr);
    const Database &database() const { return m_database; }

    Result<Batch> create(Batch batch, const QList<BatchItem> &items);
    Result<Batch> batch(const QString &id) const;
    // Newest first; unfinished only when asked.
    Result<QList<Batch>> batches(bool unfinishedOnly = false) const;
    Result<QList<BatchItem>> items(const QString &batchId) const;
    Result<BatchCounts> counts(const QString &batchId) const;

    // With a token: only while that lease holds the batch.
    Result<Unit> setBatchState(const QString &id, Batch::State state, const QString &message, const QString &token = {});

    // The lease. acquire: free, expired or already ours; else a Conflict naming the holder.
    Result<Unit> acquireLease(const QString &batchId, const QString &token, const QString &holder, int ttlMs);
    // Extends our lease; a Conflict when it is no longer ours (expired and taken over).
    Result<Unit> renewLease(const QString &batchId, const QString &token, int ttlMs);
    void releaseLease(const QString &batchId, const QString &token);
    // The lease while it has not expired and its holder runs (one on this machine that was killed does not).
    Result<std::optional<BatchLease>> liveLease(const QString &batchId) const;
    // Asks the batch's live runner to pause or cancel before its next request; false when no live
    // runner holds it (the caller may then act itself).
    Result<bool> requestStop(const QString &batchId, StopRequest request);
    Result<StopRequest> stopRequest(const QString &batchId) const;
    // "Batch f6abc240 is being run by alice@pc-2 (pid 4121) since 14:02."
    static ApiError leaseConflict(const QString &batchId, const BatchLease &lease);

    // Item steps of the lease holder. claim and markSent return false, changing nothing, when the
    // lease is no longer ours or a stop was asked: then nothing may be sent.
    Result<bool> claim(const BatchItem &item, const QString &token);
    // Stored before the write request goes out, with the role read right before it.
    Result<bool> markSent(const BatchItem &item, qint64 observedRoleId, const QString &token);
    // Whether the lease is ours, unexpired and no stop was asked: asked right before a write goes out.
    bool holdsLease(const QString &batchId, const QString &token) const;
    // Back to waiting: "sent" while the item's last write may have landed, else pending.
    Result<Unit> requeue(const BatchItem &item, const QString &token);
    // The item's final state and its history row, in one transaction. nullopt: the item was already
    // settled (by another runner after a take-over); nothing was written.
    Result<std::optional<HistoryEntry>> settle(const BatchItem &item, HistoryEntry entry);

    // After a crash: items left running go back to pending (they are re-checked before any write).
    Result<int> requeueRunning(const QString &batchId);
    // Pending items become skipped with the reason and a history row each (a cancelled batch); only
    // under the lease `token`.
    Result<QList<HistoryEntry>> cancelPending(const QString &batchId, const QString &token, const QString &reason,
                                              const std::function<HistoryEntry(const BatchItem &)> &entryFor);
    // A cancel that must wait for re-checks stays asked for the batch's next run (the holder's call).
    Result<Unit> keepCancelRequest(const QString &batchId, const QString &token);
    Result<BatchItem::State> itemState(const QString &batchId, int seq) const;
    // Failed items go back to pending with their attempts reset (retry failed).
    Result<int> retryFailed(const QString &batchId);

private:
    Result<Unit> exec(QSqlQuery &query, const QString &what) const;
    // "lease is ours, not expired, no stop asked" as SQL with its two values (batch id, token).
    QString leaseHeld() const;
    // The unexpired lease as stored, its holder alive or not.
    Result<std::optional<BatchLease>> leaseRow(const QString &batchId) const;
    // The holder ran on this machine (same boot, same process ids) and its process is gone.
    static bool holderGone(const BatchLease &lease);
    static QString localIdentity();
    Result<Unit> acquireLease(const QString &batchId, const QString &token, const QString &holder, int ttlMs, int tries);

    Database m_database;
};
