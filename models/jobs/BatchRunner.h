#pragma once

#include "Batch.h"
#include "BatchPlanner.h"
#include "SendGate.h"
#include "domain/RankRules.h"
#include "storage/HistoryEntry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

class BatchStore;
class Connection;
class HistoryStore;
struct WriteReceipt;

// Runs a stored batch exactly once, as fast as the provider allows and no faster (the connection's
// transport paces every request against the key owner's budgets; this keeps a few in flight).
//
// The path of every item (design.md, "Invariants of the change engine"):
//   claim (only while this runner holds the batch's lease and nobody asked it to stop)
//   → read the member's current role (a resumed or retried item is re-checked, never re-sent blindly)
//   → today's rules (SendGate) → store "sent" with the role just read → one write
//   → the outcome and its history row in one transaction.
// A write whose answer was lost leaves the item "sent": its next attempt (or the next run) re-reads
// the member; found at the target it is recorded as done from the role read before the write.
// Retryable failures back off with jitter up to a maximum number of attempts; 401/403 pause the
// whole batch; a database that cannot record stops every further request at once.
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
        // Longer than the longest wait a write can have in the transport (a minute's budget, 429s),
        // so a runner that stops answering is taken over only when nothing it queued can still go out.
        int leaseTtlMs = 180'000;
        int leaseRenewMs = 15'000;
    };

    BatchRunner(Connection *connection, BatchStore *batches, HistoryStore *history, QObject *parent = nullptr);
    ~BatchRunner() override;

    void setOptions(const Options &options) { m_options = options; }
    // The group's guard rails for this run (saved settings and the run's own, the stricter of each).
    void setGuardRails(const GuardRails &rails) { m_guardRails = rails; }
    // Roles just read by the caller save a request.
    void setRules(const RankRules &rules) { m_rules = rules; }
    // Claims the batch (refused with a Conflict naming the holder while another program runs it),
    // optionally puts its failed items back, and starts it.
    Result<Unit> start(const QString &batchId, bool retryFailed = false);
    void pause();
    void resume();
    // Stops taking items; in-flight items finish; items whose earlier request's answer was lost are
    // re-checked (read only); the rest are skipped as cancelled, each with a history row.
    void cancel();
    bool isActive() const { return m_active; }
    bool isPaused() const { return m_paused; }
    int inFlight() const { return m_inFlight; }
    const QString &batchId() const { return m_batch.id; }
    const BatchCounts &counts() const { return m_counts; }
    // Why an item of this run failed or was skipped, as the one error type (a single change reports it).
    std::optional<ApiError> itemError(int seq) const;
    // Why the run paused (a revoked key, the database, another program), while it is paused.
    const std::optional<ApiError> &pauseError() const { return m_pauseError; }
    int rateLimitWaits() const { return m_rateLimitWaits; }
    double writesPerMinute() const;

signals:
    void progress(const BatchCounts &counts, double writesPerMinute, int etaSeconds);
    void paused(const QString &message);
    void finished(Batch::State state, const QString &message);
    // Paused or given up, with no request in flight: the process may exit, nothing is lost.
    void idle();
    // An item's outcome was recorded (the history row, also for the desktop's tables).
    void recorded(const HistoryEntry &entry);

private:
    struct Work
    {
        BatchItem item;
        qint64 notBeforeMs = 0;
        bool verifyOnly = false; // attempts used up after a lost answer: read, never write again
        ApiError lastError;
    };

    void loadFacts(int attempt);
    void loadKeyOwnerRank();
    void begin();
    void pump();
    void pumpOnce();
    bool dispatch(Work work);
    bool settledElsewhere(const Work &work);
    void refreshFinishedCounts();
    void check(Work work);
    void write(Work work, const Role &current);
    void putBack(Work work);
    void retryOrFail(Work work, const ApiError &error);
    void settle(Work work, BatchItem::State state, const ApiError &why, const Role &from, const Role &to);
    void settle(Work work, BatchItem::State state, const QString &why, const Role &from, const Role &to);
    void pauseFor(Work work, const ApiError &error);
    void pauseWith(const QString &message, const ApiError &cause);
    void stopForDatabase(const ApiError &error);
    void refusedClaim();
    void renewLease();
    // Renews the lease; false (and the run stopped or given up) when it cannot.
    bool keepLease();
    void abandon(const ApiError &cause);
    void maybeFinish();
    void finishCancel();
    void announce();
    void release();
    Role role(qint64 id) const;
    Role landedRole(const Role &target, const WriteReceipt &receipt) const;
    // Calls f on this runner when the future finishes, unless the runner is gone by then.
    template<typename T, typename F>
    void whenReady(QFuture<T> future, F &&f);

    Connection *m_connection;
    BatchStore *m_batches;
    HistoryStore *m_history;
    Options m_options;
    GuardRails m_guardRails;
    Batch m_batch;
    RankRules m_rules;
    std::unique_ptr<SendGate> m_gate;
    QString m_leaseToken;
    std::deque<Work> m_queue;
    int m_inFlight = 0;
    bool m_active = false;
    bool m_paused = false;
    bool m_cancelling = false;
    bool m_idleSent = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    BatchCounts m_counts;
    QElapsedTimer m_clock;
    int m_writesDone = 0;
    int m_rateLimitWaits = 0;
    QTimer m_wake;
    QTimer m_leaseTimer;
    QHash<int, ApiError> m_itemErrors;
    std::optional<ApiError> m_pauseError;
};
