#pragma once

#include "Database.h"
#include "jobs/Batch.h"

#include <QObject>

// Batches and their items in the database. A batch is written whole, in one transaction, before
// anything is sent; each item's state change is committed as it happens, so a killed process
// leaves every item done, failed, skipped, or pending/running and resumable.
class BatchStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchStore)

public:
    explicit BatchStore(Database database, QObject *parent = nullptr);

    Result<Batch> create(Batch batch, const QList<BatchItem> &items);
    Result<Batch> batch(const QString &id) const;
    // Newest first; unfinished only when asked.
    Result<QList<Batch>> batches(bool unfinishedOnly = false) const;
    Result<QList<BatchItem>> items(const QString &batchId) const;
    Result<BatchCounts> counts(const QString &batchId) const;

    Result<Unit> updateItem(const BatchItem &item);
    Result<Unit> setBatchState(const QString &id, Batch::State state, const QString &message);
    // After a crash: items left running go back to pending (they are re-checked before any write).
    Result<int> requeueRunning(const QString &batchId);
    // Pending items become skipped with the reason (a cancelled batch).
    Result<int> skipPending(const QString &batchId, const QString &reason);
    // Failed items go back to pending with their attempts reset (retry failed).
    Result<int> retryFailed(const QString &batchId);

private:
    Result<Unit> exec(QSqlQuery &query, const QString &what) const;

    Database m_database;
};
