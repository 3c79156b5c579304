#pragma once

#include "Batch.h"
#include "domain/RankRules.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>

class BatchStore;
class Connection;
class HistoryStore;

// Runs a stored batch as fast as the provider allows and no faster (the connection's transport paces
// every request against the key owner's budgets; this keeps a few in flight). For every item: one read of
// the member's current role (so a resumed item is re-checked, never blindly re-sent), then, if
// still needed, one write. Items already at their target are done without a write; members whose
// role changed since the plan are skipped as conflicts unless the batch says "apply anyway".
// Retryable failures (5xx, network, 429 beyond the transport's waits) back off with jitter up to a
// maximum number of attempts; 401/403 pause the whole batch. Every state change is stored first.
//
// Usage:
//   BatchRunner runner(&connection, &batches, &history);
//   connect(&runner, &BatchRunner::finished, ...);
//   runner.start(batchId);
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    struct Options
    {
        int concurrency = 4;
        int maxAttempts = 5;
        int baseBackoffMs = 500;
    };

    BatchRunner(Connection *connection, BatchStore *batches, HistoryStore *history, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    // Loads the batch (items left running by a crash go back to pending) and starts it.
    Result<Unit> start(const QString &batchId);
    void pause();
    void resume();
    // Stops taking items; in-flight items finish; the rest are skipped as cancelled.
    void cancel();
    bool isActive() const { return m_active; }
    const BatchCounts &counts() const { return m_counts; }
    int rateLimitWaits() const { return m_rateLimitWaits; }
    double writesPerMinute() const;

signals:
    void progress(const BatchCounts &counts, double writesPerMinute, int etaSeconds);
    void paused(const QString &message);
    void finished(Batch::State state, const QString &message);

private:
    struct Work
    {
        BatchItem item;
        qint64 notBeforeMs = 0;
    };

    void loadRoles(int attempt);
    void pump();
    void check(Work work);
    void write(Work work, const Role &current);
    void retryOrFail(Work work, const ApiError &error);
    void settle(Work work, BatchItem::State state, const QString &error, const Role &from, const Role &to);
    void pauseFor(Work work, const ApiError &error);
    void store(const BatchItem &item);
    void maybeFinish();
    void announce();
    Role role(qint64 id) const;

    Connection *m_connection;
    BatchStore *m_batches;
    HistoryStore *m_history;
    Options m_options;
    Batch m_batch;
    RankRules m_rules;
    std::deque<Work> m_queue;
    int m_inFlight = 0;
    bool m_active = false;
    bool m_paused = false;
    bool m_cancelling = false;
    BatchCounts m_counts;
    QElapsedTimer m_clock;
    int m_writesDone = 0;
    int m_rateLimitWaits = 0;
    QTimer m_wake;
};
