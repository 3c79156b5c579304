#pragma once

#include "Batch.h"
#include "BatchPlanner.h"
#include "BatchRunner.h"

#include <QObject>
#include <QPointer>

class BatchStore;
class Connection;
class HistoryStore;

// What the front ends do with batches, once, for both: the desktop's bulk actions, import, revert and
// Jobs panel, and rankdesk-cli's bulk, import and jobs commands submit, start, pause, resume, cancel,
// retry and export through this. One runner at a time per service; the lease keeps other programs
// (and other machines sharing the history) from running the same batch.
class BatchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchService)

public:
    // connection may be null: stored batches can still be listed, cancelled and exported.
    BatchService(Connection *connection, BatchStore *batches, HistoryStore *history, QObject *parent = nullptr);

    // The run's own guard rails (command-line flags) on top of the group's saved ones: the stricter wins.
    void setExtraGuardRails(const GuardRails &rails) { m_extra = rails; }
    GuardRails guardRails(qint64 groupId) const { return effectiveGuardRails(groupId, m_extra); }
    // The group's saved guard rails with extra ones on top: every protected member of both, the lower ceiling.
    static GuardRails effectiveGuardRails(qint64 groupId, const GuardRails &extra);
    void setRunnerOptions(const BatchRunner::Options &options) { m_options = options; }
    void setRules(const RankRules &rules) { m_rules = rules; }

    // A batch of the connection's group and writer, for the caller to fill in.
    Batch newBatch(const QString &action, const QString &source) const;
    static Batch newBatch(const Connection *connection, const QString &action, const QString &source);
    // Stores the batch (its intent) and starts it. When it cannot be stored, nothing is sent.
    Result<QString> submit(const Batch &batch, const QList<BatchItem> &items);
    Result<Unit> start(const QString &batchId, bool retryFailed = false);
    void pause();
    void resume();

    enum class CancelOutcome { Cancelled, Requested, Stopping };
    // Cancels a batch: the one this service runs (in-flight items finish first), one another program
    // runs (asked to stop before its next request), or one nobody runs (its pending items are
    // skipped, each with a history row).
    Result<CancelOutcome> cancel(const QString &batchId);
    // Asks another program's run of the batch to pause; false when nobody runs it.
    Result<bool> requestPause(const QString &batchId);
    // Every item with its state, previous and new role (names from the group's roles as last read).
    Result<int> exportResults(const QString &batchId, const QString &path) const;

    BatchRunner *runner() const { return m_runner; }
    BatchStore *batches() const { return m_batches; }
    bool isRunning() const { return m_runner && m_runner->isActive(); }

signals:
    void progress(const BatchCounts &counts, double writesPerMinute, int etaSeconds);
    void paused(const QString &message);
    void finished(const QString &batchId, Batch::State state, const QString &message);
    void idle();
    void recorded(const HistoryEntry &entry);

private:
    RankRules rolesOf(const Batch &batch) const;

    Connection *m_connection;
    BatchStore *m_batches;
    HistoryStore *m_history;
    GuardRails m_extra;
    RankRules m_rules;
    BatchRunner::Options m_options;
    QPointer<BatchRunner> m_runner;
};
