#include "BatchRunner.h"

#include "domain/Logging.h"

#include "api/Async.h"
#include "api/Connection.h"
#include "api/HttpTransport.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"

#include <QRandomGenerator>

using Kind = ApiError::Kind;

BatchRunner::BatchRunner(Connection *connection, BatchStore *batches, HistoryStore *history, QObject *parent)
    : QObject(parent), m_connection(connection), m_batches(batches), m_history(history)
{
    m_wake.setSingleShot(true);
    // Pacing waits are a few milliseconds; a coarse timer may fire 5% late and lose that throughput.
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &BatchRunner::pump);
    connect(connection->transport(), &HttpTransport::rateLimited, this, [this] { ++m_rateLimitWaits; });
}

Result<Unit> BatchRunner::start(const QString &batchId)
{
    const Result<Batch> batch = m_batches->batch(batchId);
    if (!batch)
        return batch.error();
    if (batch.value().state == Batch::State::Finished || batch.value().state == Batch::State::Cancelled)
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.batch-closed"),
                               tr("Batch %1 is already %2.").arg(batchId, Batch::stateName(batch.value().state)));
    m_batch = batch.value();
    qCInfo(lcBatch).noquote() << "batch" << batchId << "starts:" << m_batch.action << m_batch.target;
    if (const auto requeued = m_batches->requeueRunning(batchId); !requeued)
        return requeued.error();
    const Result<QList<BatchItem>> items = m_batches->items(batchId);
    if (!items)
        return items.error();
    m_queue.clear();
    m_counts = {};
    for (const BatchItem &item : items.value()) {
        ++m_counts.total;
        switch (item.state) {
        case BatchItem::State::Pending: ++m_counts.pending; m_queue.push_back({item, 0}); break;
        case BatchItem::State::Done: ++m_counts.done; break;
        case BatchItem::State::Failed: ++m_counts.failed; break;
        case BatchItem::State::Skipped: ++m_counts.skipped; break;
        case BatchItem::State::Running: break; // requeued above
        }
    }
    m_clock.start();
    m_writesDone = 0;
    m_active = true;
    m_paused = false;
    m_cancelling = false;
    m_batches->setBatchState(batchId, Batch::State::Running, QString());

    loadRoles(1);
    return Unit {};
}

void BatchRunner::loadRoles(int attempt)
{
    // Role names and ranks for the history; read once, retried like any item on transient errors.
    m_connection->reader()->roles().then(this, [this, attempt](const Result<QList<Role>> &roles) {
        if (!roles && roles.error().isRetryable() && attempt < m_options.maxAttempts) {
            QTimer::singleShot(m_options.baseBackoffMs << std::min(attempt - 1, 6), this, [this, attempt] { loadRoles(attempt + 1); });
            return;
        }
        if (!roles) {
            m_active = false;
            const QString message = tr("Paused: %1").arg(roles.error().userText());
            m_batches->setBatchState(m_batch.id, Batch::State::Paused, message);
            emit paused(message);
            return;
        }
        m_rules = RankRules(roles.value());
        announce();
        pump();
    });
}

Role BatchRunner::role(qint64 id) const
{
    return m_rules.roleById(id).value_or(Role {id, QString(), -1, -1});
}

double BatchRunner::writesPerMinute() const
{
    const double minutes = double(m_clock.elapsed()) / 60'000.0;
    return minutes > 0 ? m_writesDone / minutes : 0;
}

void BatchRunner::pause()
{
    if (!m_active || m_paused)
        return;
    m_paused = true;
    m_batches->setBatchState(m_batch.id, Batch::State::Paused, tr("Paused by the user."));
    emit paused(tr("Paused by the user."));
}

void BatchRunner::resume()
{
    if (!m_active || !m_paused)
        return;
    m_paused = false;
    m_batches->setBatchState(m_batch.id, Batch::State::Running, QString());
    pump();
}

void BatchRunner::cancel()
{
    if (!m_active)
        return;
    m_cancelling = true;
    maybeFinish();
}

void BatchRunner::store(const BatchItem &item)
{
    // If the record cannot be written the work stops: nothing may happen that is not recorded.
    if (const auto stored = m_batches->updateItem(item); !stored) {
        m_paused = true;
        m_batches->setBatchState(m_batch.id, Batch::State::Paused, stored.error().userText());
        emit paused(stored.error().userText());
    }
}

void BatchRunner::pump()
{
    if (m_cancelling) {
        maybeFinish(); // once the in-flight items have settled
        return;
    }
    if (!m_active || m_paused || m_rules.isEmpty())
        return;
    while (m_inFlight < m_options.concurrency && !m_queue.empty()) {
        const qint64 now = m_clock.elapsed();
        // The first item whose backoff has passed.
        auto ready = std::find_if(m_queue.begin(), m_queue.end(), [now](const Work &w) { return w.notBeforeMs <= now; });
        if (ready == m_queue.end()) {
            qint64 soonest = m_queue.front().notBeforeMs;
            for (const Work &w : m_queue)
                soonest = std::min(soonest, w.notBeforeMs);
            m_wake.start(int(std::max<qint64>(1, soonest - now)));
            return;
        }
        Work work = *ready;
        m_queue.erase(ready);
        work.item.state = BatchItem::State::Running;
        ++work.item.attempts;
        store(work.item);
        --m_counts.pending;
        ++m_counts.running;
        ++m_inFlight;
        check(work);
    }
    maybeFinish();
}

void BatchRunner::check(Work work)
{
    m_connection->reader()->memberRole(work.item.userId).then(this, [this, work](const Result<std::optional<qint64>> &live) {
        if (!live) {
            retryOrFail(work, live.error());
            return;
        }
        if (!live.value()) {
            settle(work, BatchItem::State::Skipped, tr("No longer a member of the group."), role(work.item.expectedRoleId), Role {});
            return;
        }
        const Role current = role(*live.value());
        if (current.id == work.item.targetRoleId) {
            // Already there (also: a write that landed just before a crash). Nothing is sent.
            settle(work, BatchItem::State::Done, QString(), current, current);
            return;
        }
        if (current.id != work.item.expectedRoleId && !m_batch.applyAnyway) {
            settle(work, BatchItem::State::Skipped,
                   tr("Conflict: the member's role changed to %1 since the plan (expected %2).")
                       .arg(current.name, role(work.item.expectedRoleId).name),
                   current, role(work.item.targetRoleId));
            return;
        }
        write(work, current);
    });
}

void BatchRunner::write(Work work, const Role &current)
{
    // Pacing is the connection's: its transport keeps every read and write of this key owner
    // (roster loads included) within the provider's per-minute budgets.
    const Role target = role(work.item.targetRoleId);
    m_connection->writer()->setRole(work.item.userId, current, target, work.item.reason.isEmpty() ? m_batch.reason : work.item.reason)
        .then(this, [this, work, current, target](const Result<WriteReceipt> &written) {
            if (!written) {
                retryOrFail(work, written.error());
                return;
            }
            ++m_writesDone;
            settle(work, BatchItem::State::Done, QString(), current, target);
        });
}

void BatchRunner::retryOrFail(Work work, const ApiError &error)
{
    if (error.kind == Kind::Auth || error.kind == Kind::Permission) {
        pauseFor(work, error);
        return;
    }
    if (error.isRetryable() && work.item.attempts < m_options.maxAttempts) {
        // Exponential backoff with jitter; the next attempt starts with a fresh read.
        const int base = m_options.baseBackoffMs << std::min(work.item.attempts - 1, 6);
        work.notBeforeMs = m_clock.elapsed() + base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1);
        work.item.state = BatchItem::State::Pending;
        work.item.error = error.userText();
        store(work.item);
        --m_inFlight;
        --m_counts.running;
        ++m_counts.pending;
        m_queue.push_back(work);
        announce();
        pump();
        return;
    }
    qCInfo(lcBatch).noquote() << "batch" << m_batch.id << "item" << work.item.seq << "user" << work.item.userId << "failed:" << error.userText();
    settle(work, BatchItem::State::Failed,
           work.item.attempts >= m_options.maxAttempts && error.isRetryable()
               ? tr("Gave up after %n attempt(s): %1", nullptr, work.item.attempts).arg(error.userText())
               : error.userText(),
           role(work.item.expectedRoleId), role(work.item.targetRoleId));
}

void BatchRunner::pauseFor(Work work, const ApiError &error)
{
    // A key that stopped working fails every item the same way: stop the batch instead.
    work.item.state = BatchItem::State::Pending;
    work.item.attempts = std::max(0, work.item.attempts - 1);
    store(work.item);
    --m_inFlight;
    --m_counts.running;
    ++m_counts.pending;
    m_queue.push_front(work);
    const QString message = tr("Paused: %1").arg(error.userText());
    if (!m_paused) {
        m_paused = true;
        m_batches->setBatchState(m_batch.id, Batch::State::Paused, message);
        qCWarning(lcBatch).noquote() << "batch" << m_batch.id << message;
        emit paused(message);
    }
    announce();
}

void BatchRunner::settle(Work work, BatchItem::State state, const QString &error, const Role &from, const Role &to)
{
    work.item.state = state;
    work.item.error = error;
    store(work.item);
    --m_inFlight;
    --m_counts.running;
    switch (state) {
    case BatchItem::State::Done: ++m_counts.done; break;
    case BatchItem::State::Failed: ++m_counts.failed; break;
    default: ++m_counts.skipped; break;
    }
    HistoryEntry entry;
    entry.profile = m_connection->profile().name;
    entry.groupId = m_connection->profile().groupId;
    entry.userId = work.item.userId;
    entry.username = work.item.username;
    entry.action = work.item.action.isEmpty() ? m_batch.action : work.item.action;
    entry.previousRoleId = from.id;
    entry.previousRoleName = from.name;
    entry.previousRank = from.id ? from.rank : -1;
    entry.newRoleId = to.id;
    entry.newRoleName = to.name;
    entry.newRank = to.id ? to.rank : -1;
    entry.backend = m_connection->writer()->backendName();
    entry.outcome = state == BatchItem::State::Done ? HistoryEntry::Outcome::Done
        : state == BatchItem::State::Failed         ? HistoryEntry::Outcome::Failed
                                                    : HistoryEntry::Outcome::Skipped;
    entry.error = error;
    entry.reason = work.item.reason.isEmpty() ? m_batch.reason : work.item.reason;
    entry.source = m_batch.source;
    entry.batchId = m_batch.id;
    m_history->record(entry);
    announce();
    pump();
}

void BatchRunner::maybeFinish()
{
    if (!m_active || m_inFlight > 0)
        return;
    if (m_cancelling) {
        m_active = false;
        const auto skipped = m_batches->skipPending(m_batch.id, tr("Cancelled before it was sent."));
        m_counts.skipped += skipped ? skipped.value() : 0;
        m_counts.pending = 0;
        m_queue.clear();
        m_batches->setBatchState(m_batch.id, Batch::State::Cancelled, tr("Cancelled by the user."));
        announce();
        emit finished(Batch::State::Cancelled, tr("Cancelled by the user."));
        return;
    }
    if (!m_queue.empty())
        return;
    m_active = false;
    const QString message = tr("%1 done, %2 failed, %3 skipped.").arg(m_counts.done).arg(m_counts.failed).arg(m_counts.skipped);
    m_batches->setBatchState(m_batch.id, Batch::State::Finished, message);
    qCInfo(lcBatch).noquote() << "batch" << m_batch.id << "finished:" << message;
    announce();
    emit finished(Batch::State::Finished, message);
}

void BatchRunner::announce()
{
    const double rate = writesPerMinute();
    const int remaining = m_counts.pending + m_counts.running;
    const int eta = rate > 0 ? int(remaining / rate * 60.0) : -1;
    emit progress(m_counts, rate, eta);
}
