#include "BatchRunner.h"

#include "BatchHistory.h"
#include "domain/Logging.h"
#include "domain/Operator.h"

#include "api/Async.h"
#include "api/Connection.h"
#include "api/HttpTransport.h"
#include "api/OpenCloudBackend.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QUuid>

using Kind = ApiError::Kind;
using State = BatchItem::State;

BatchRunner::BatchRunner(Connection *connection, BatchStore *batches, HistoryStore *history, QObject *parent)
    : QObject(parent), m_connection(connection), m_batches(batches), m_history(history)
{
    m_wake.setSingleShot(true);
    // Pacing waits are a few milliseconds; a coarse timer may fire 5% late and lose that throughput.
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &BatchRunner::pump);
    connect(&m_leaseTimer, &QTimer::timeout, this, &BatchRunner::renewLease);
    connect(connection->transport(), &HttpTransport::rateLimited, this, [this] { ++m_rateLimitWaits; });
}

BatchRunner::~BatchRunner()
{
    // With requests still out, the lease is left to expire: a runner taking over sooner could
    // re-check an item before its write lands and send it again.
    if (m_inFlight == 0)
        release();
}

template<typename T, typename F>
void BatchRunner::whenReady(QFuture<T> future, F &&f)
{
    // Not then(this, …): Qt 6.4 asserts when that context dies first (a CLI ending after a pause).
    Async::whenReady(std::move(future), this, std::forward<F>(f));
}

Result<Unit> BatchRunner::start(const QString &batchId, bool retryFailed)
{
    const Result<Batch> batch = m_batches->batch(batchId);
    if (!batch)
        return batch.error();
    // A finished batch opens again only to retry its failed items.
    if ((batch.value().state == Batch::State::Finished && !retryFailed) || batch.value().state == Batch::State::Cancelled)
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.batch-closed"),
                               tr("Batch %1 is already %2.").arg(batchId.left(8), Batch::stateName(batch.value().state)));
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const auto leased = m_batches->acquireLease(batchId, token, Operator::processLabel(), m_options.leaseTtlMs); !leased)
        return leased.error();
    m_leaseToken = token;
    m_batch = batch.value();
    const auto prepared = [&]() -> Result<Unit> {
        if (retryFailed)
            if (const auto retried = m_batches->retryFailed(batchId); !retried)
                return retried.error();
        // Items a killed runner left running never reached their write: back to pending.
        if (const auto requeued = m_batches->requeueRunning(batchId); !requeued)
            return requeued.error();
        return m_batches->setBatchState(batchId, Batch::State::Running, QString(), m_leaseToken);
    }();
    const Result<QList<BatchItem>> items = prepared ? m_batches->items(batchId) : Result<QList<BatchItem>>(prepared.error());
    if (!items) {
        release();
        return items.error();
    }
    qCInfo(lcBatch).noquote() << "batch" << batchId << "starts:" << m_batch.action << m_batch.target;
    m_queue.clear();
    m_counts = {};
    for (const BatchItem &item : items.value()) {
        ++m_counts.total;
        switch (item.state) {
        case State::Pending:
        case State::Running: ++m_counts.pending; m_queue.push_back({item, 0, false, {}}); break;
        case State::Sent: ++m_counts.unknown; m_queue.push_back({item, 0, false, {}}); break;
        case State::Done: ++m_counts.done; break;
        case State::Failed: ++m_counts.failed; break;
        case State::Skipped: ++m_counts.skipped; break;
        }
    }
    m_clock.start();
    m_writesDone = 0;
    m_active = true;
    m_paused = false;
    // A cancel asked of an earlier run goes on: its sent items are checked, nothing new is sent.
    m_cancelling = m_batches->stopRequest(batchId).value_or_default() == StopRequest::Cancel;
    m_idleSent = false;
    m_leaseTimer.start(std::clamp(m_options.leaseRenewMs, 100, std::max(100, m_options.leaseTtlMs / 3)));
    if (m_rules.isEmpty())
        loadFacts(1);
    else
        loadKeyOwnerRank();
    return Unit {};
}

void BatchRunner::loadFacts(int attempt)
{
    // Role names and ranks for the rules and the history; read once, retried on transient errors.
    whenReady(m_connection->reader()->roles(), [this, attempt](const Result<QList<Role>> &roles) {
        if (!roles && roles.error().isRetryable() && attempt < m_options.maxAttempts) {
            QTimer::singleShot(m_options.baseBackoffMs << std::min(attempt - 1, 6), this, [this, attempt] { loadFacts(attempt + 1); });
            return;
        }
        if (!roles) {
            pauseWith(tr("Paused: %1").arg(roles.error().userText()), roles.error());
            maybeFinish();
            return;
        }
        m_rules = RankRules(roles.value());
        loadKeyOwnerRank();
    });
}

void BatchRunner::loadKeyOwnerRank()
{
    // Roblox lets a key change ranks below its owner's own only. Open Cloud says who the owner is;
    // a hosted service's bot account is its own business (it refuses what it may not do).
    OpenCloudBackend *cloud = m_connection->openCloud();
    const bool asks = m_connection->keyOwnerRank() == 0 && cloud && m_connection->writer() == static_cast<RankWriter *>(cloud);
    if (!asks) {
        begin();
        return;
    }
    whenReady(cloud->introspectKey(), [this](const Result<OpenCloudBackend::KeyInfo> &info) {
        if (!info || info.value().authorizedUserId <= 0) {
            begin(); // unknown: Roblox enforces it anyway
            return;
        }
        whenReady(m_connection->reader()->memberRole(info.value().authorizedUserId), [this](const Result<std::optional<qint64>> &owner) {
            if (owner && owner.value())
                if (const std::optional<Role> role = m_rules.roleById(*owner.value()))
                    m_connection->setKeyOwnerRank(role->rank);
            begin();
        });
    });
}

void BatchRunner::begin()
{
    SendGate::Facts facts;
    facts.rules = m_rules;
    facts.guardRails = m_guardRails;
    facts.keyOwnerRank = m_connection->keyOwnerRank();
    facts.groupId = m_connection->profile().groupId;
    facts.writer = m_connection->writer()->backendName();
    m_gate = std::make_unique<SendGate>(std::move(facts));
    announce();
    pump();
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

void BatchRunner::pauseWith(const QString &message, const ApiError &cause)
{
    if (m_paused)
        return;
    m_paused = true;
    m_pauseError = cause;
    m_batches->setBatchState(m_batch.id, Batch::State::Paused, message, m_leaseToken);
    qCWarning(lcBatch).noquote() << "batch" << m_batch.id << message;
    emit paused(message);
}

void BatchRunner::pause()
{
    if (!m_active || m_paused)
        return;
    pauseWith(tr("Paused by the user."), ApiError::local(Kind::Conflict, QStringLiteral("rankdesk.batch-paused"), tr("Paused by the user.")));
    maybeFinish();
}

void BatchRunner::resume()
{
    if (!m_active || !m_paused)
        return;
    // Takes the lease again (also clearing a pause another program asked for).
    if (const auto leased = m_batches->acquireLease(m_batch.id, m_leaseToken, Operator::processLabel(), m_options.leaseTtlMs); !leased) {
        emit paused(tr("Paused: %1").arg(leased.error().userText()));
        return;
    }
    m_paused = false;
    m_pauseError.reset();
    m_idleSent = false;
    m_batches->setBatchState(m_batch.id, Batch::State::Running, QString(), m_leaseToken);
    if (!m_gate)
        loadFacts(1); // the roles were never read (that is why it paused)
    else
        pump();
}

void BatchRunner::cancel()
{
    if (!m_active || m_leaseToken.isEmpty())
        return;
    // Kept in the database until carried out: a run killed half way through the cancel leaves it
    // for the next run, which re-checks the sent items and sends nothing new.
    if (const auto kept = m_batches->keepCancelRequest(m_batch.id, m_leaseToken); !kept) {
        stopForDatabase(kept.error());
        maybeFinish();
        return;
    }
    m_cancelling = true;
    m_paused = false;
    m_pauseError.reset();
    m_idleSent = false;
    pump();
}

bool BatchRunner::keepLease()
{
    const auto renewed = m_batches->renewLease(m_batch.id, m_leaseToken, m_options.leaseTtlMs);
    if (renewed)
        return true;
    if (renewed.error().kind == Kind::Conflict)
        abandon(renewed.error()); // another program runs it now
    else
        stopForDatabase(renewed.error());
    return false;
}

void BatchRunner::renewLease()
{
    if (!m_active || !keepLease())
        return;
    // A paused run claims nothing, so it hears another program's cancel here.
    const Result<StopRequest> request = m_batches->stopRequest(m_batch.id);
    if (request && request.value() == StopRequest::Cancel && !m_cancelling)
        cancel();
    else if (request && request.value() == StopRequest::Pause && !m_paused)
        refusedClaim();
}

void BatchRunner::abandon(const ApiError &cause)
{
    const QString message = cause.userText();
    // The lease is another program's now: send nothing more; answers still out are recorded.
    qCWarning(lcBatch).noquote() << "batch" << m_batch.id << "given up:" << message;
    m_leaseToken.clear();
    m_leaseTimer.stop();
    m_queue.clear();
    m_counts.pending = 0;
    m_paused = true;
    m_cancelling = false;
    m_pauseError = cause;
    emit paused(message);
    maybeFinish();
}

void BatchRunner::stopForDatabase(const ApiError &error)
{
    // The database is part of the path: nothing is sent that could not be recorded. Answers still out
    // are recorded if it comes back, else their items stay "sent" for the next run to check.
    pauseWith(tr("Paused: %1 Nothing more is sent until the history database can record again; "
                 "resume then, and changes whose outcome was not recorded are checked first.")
                  .arg(error.userText()),
              error);
}

void BatchRunner::refusedClaim()
{
    // The claim or the "sent" mark changed nothing: a stop was asked, or the lease is no longer ours.
    const Result<StopRequest> request = m_batches->stopRequest(m_batch.id);
    if (!request) {
        stopForDatabase(request.error());
        return;
    }
    if (request.value() == StopRequest::Cancel) {
        // The request stays stored until the cancel is done; sent items may still be claimed for their
        // read-only re-check. Not from inside pump().
        if (!m_cancelling)
            QTimer::singleShot(0, this, &BatchRunner::cancel);
        return;
    }
    if (request.value() == StopRequest::Pause) {
        pauseWith(tr("Paused from another program."),
                  ApiError::local(Kind::Conflict, QStringLiteral("rankdesk.batch-paused"), tr("Paused from another program.")));
        maybeFinish();
        return;
    }
    if (keepLease())
        QTimer::singleShot(0, this, &BatchRunner::pump); // the lease had lapsed but nobody took it: go on
}

void BatchRunner::pump()
{
    // An answer that is already there runs its continuation at once (then(context) does), so pump may be
    // entered from inside itself: the outer call goes round again instead of nesting per item.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
    } while (m_pumpAgain);
    m_pumping = false;
    maybeFinish();
}

void BatchRunner::pumpOnce()
{
    if (!m_active || m_paused || !m_gate || m_leaseToken.isEmpty())
        return;
    while (m_active && m_inFlight < m_options.concurrency && !m_queue.empty() && !m_paused && !m_leaseToken.isEmpty()) {
        const qint64 now = m_clock.elapsed();
        // The first item whose backoff has passed; while cancelling, only items whose earlier
        // request's answer was lost (they are re-checked, never written).
        auto ready = std::find_if(m_queue.begin(), m_queue.end(), [this, now](const Work &w) {
            return w.notBeforeMs <= now && (!m_cancelling || w.item.state == State::Sent);
        });
        if (ready == m_queue.end()) {
            qint64 soonest = -1;
            for (const Work &w : m_queue)
                if (!m_cancelling || w.item.state == State::Sent)
                    soonest = soonest < 0 ? w.notBeforeMs : std::min(soonest, w.notBeforeMs);
            if (soonest >= 0)
                m_wake.start(int(std::max<qint64>(1, soonest - now)));
            break;
        }
        Work work = *ready;
        m_queue.erase(ready);
        if (!dispatch(work))
            return;
    }
}

bool BatchRunner::dispatch(Work work)
{
    ++work.item.attempts;
    const Result<bool> claimed = m_batches->claim(work.item, m_leaseToken);
    if (claimed && !claimed.value() && settledElsewhere(work))
        return true;
    if (!claimed || !claimed.value()) {
        --work.item.attempts;
        m_queue.push_front(work);
        if (!claimed)
            stopForDatabase(claimed.error());
        else
            refusedClaim();
        return false;
    }
    (work.item.state == State::Sent ? m_counts.unknown : m_counts.pending)--;
    ++m_counts.running;
    ++m_inFlight;
    check(work);
    return true;
}

void BatchRunner::check(Work work)
{
    whenReady(m_connection->reader()->memberRole(work.item.userId), [this, work](const Result<std::optional<qint64>> &live) {
        if (!live) {
            if (work.verifyOnly) {
                // Still cannot tell whether the lost write landed: the item stays "sent" for the next run.
                --m_inFlight;
                --m_counts.running;
                ++m_counts.unknown;
                announce();
                pump();
                return;
            }
            retryOrFail(work, live.error());
            return;
        }
        if (!live.value()) {
            settle(work, State::Skipped,
                   ApiError::local(Kind::NotFound, QStringLiteral("rankdesk.batch-item"), tr("No longer a member of the group.")),
                   role(work.item.expectedRoleId), Role {});
            return;
        }
        const Role current = role(*live.value());
        if (current.id != work.item.targetRoleId && !m_cancelling && (m_paused || m_leaseToken.isEmpty())) {
            putBack(work); // paused (or given up) while this read was out: nothing more is sent
            return;
        }
        if (current.id == work.item.targetRoleId && work.item.observedRoleId != 0) {
            // At the target after a write of ours whose answer was lost: done, from the role read
            // right before that write.
            settle(work, State::Done, QString(), role(work.item.observedRoleId), current);
            return;
        }
        if (current.id == work.item.targetRoleId) {
            // Someone else moved the member there before we sent anything: not our change.
            settle(work, State::Skipped,
                   ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.already-there"),
                                   tr("Already had the role %1; nothing was sent.").arg(current.name)),
                   current, current);
            return;
        }
        if (m_cancelling) {
            settle(work, State::Skipped, tr("Cancelled; the earlier request had not changed the member."), current, role(work.item.targetRoleId));
            return;
        }
        if (work.verifyOnly) {
            ApiError gaveUp = work.lastError;
            gaveUp.message = tr("Gave up after %n attempt(s): %1", nullptr, work.item.attempts - 1).arg(work.lastError.message);
            settle(work, State::Failed, gaveUp, current, role(work.item.targetRoleId));
            return;
        }
        if (current.id != work.item.expectedRoleId && !m_batch.applyAnyway) {
            ApiError conflict = ApiError::local(Kind::Conflict, QStringLiteral("rankdesk.role-changed"),
                                                tr("Conflict: the member's role changed to %1 since the plan (expected %2).")
                                                    .arg(current.name, role(work.item.expectedRoleId).name));
            settle(work, State::Skipped, conflict, current, role(work.item.targetRoleId));
            return;
        }
        const Role target = role(work.item.targetRoleId);
        std::optional<ApiError> refusal = m_gate->batchRefusal(m_batch);
        if (!refusal)
            refusal = m_gate->itemRefusal(m_batch, work.item, current, target);
        if (refusal) {
            settle(work, State::Skipped, *refusal, current, target);
            return;
        }
        write(work, current);
    });
}

Role BatchRunner::landedRole(const Role &target, const WriteReceipt &receipt) const
{
    // The provider's word on where the member landed wins over the plan's expectation.
    if (receipt.newRank < 0 || receipt.newRank == target.rank)
        return target;
    QList<Role> matches;
    for (const Role &r : m_rules.roles())
        if (r.rank == receipt.newRank)
            matches.append(r);
    if (matches.size() == 1)
        return matches.first();
    return Role {0, receipt.newRoleName, receipt.newRank, -1};
}

void BatchRunner::putBack(Work work)
{
    // Not sent after all: the item waits at the front of the queue, as the database has it.
    --m_inFlight;
    --m_counts.running;
    (work.item.state == State::Sent ? m_counts.unknown : m_counts.pending)++;
    --work.item.attempts;
    if (m_leaseToken.isEmpty()) {
        (work.item.state == State::Sent ? m_counts.unknown : m_counts.pending)--; // another program's now
    } else {
        if (const auto stored = m_batches->requeue(work.item, m_leaseToken); !stored)
            stopForDatabase(stored.error());
        m_queue.push_front(work);
    }
    announce();
    maybeFinish();
}

void BatchRunner::write(Work work, const Role &current)
{
    // Intent before request: the item is "sent" (with the role just read) before the write goes out.
    const Result<bool> marked = m_batches->markSent(work.item, current.id, m_leaseToken);
    if (!marked || !marked.value()) {
        putBack(work);
        if (!marked)
            stopForDatabase(marked.error());
        else
            refusedClaim();
        maybeFinish();
        return;
    }
    work.item.state = State::Sent;
    work.item.observedRoleId = current.id;
    // Pacing is the connection's: its transport keeps every read and write of this key owner
    // (roster loads included) within the provider's per-minute budgets.
    const Role target = role(work.item.targetRoleId);
    const QString reason = work.item.reason.isEmpty() ? m_batch.reason : work.item.reason;
    const QString action = work.item.action.isEmpty() ? m_batch.action : work.item.action;
    RankWriter *writer = m_connection->writer();
    const bool step = m_batch.providerSteps
        && ((action == u"promote" && writer->capabilities().nativePromote) || (action == u"demote" && writer->capabilities().nativeDemote));
    // The write may wait its turn in the transport (pacing, 429s): it goes out only if this runner still
    // holds the batch then, unpaused, with no stop asked (a runner frozen and taken over sends nothing).
    const HttpTransport::SendCondition onlyWhileHeld(m_connection->transport(),
                                                     [guard = QPointer<BatchRunner>(this), batches = m_batches, id = m_batch.id,
                                                      token = m_leaseToken] {
                                                         return guard && !guard->m_paused && batches->holdsLease(id, token);
                                                     });
    whenReady(step ? writer->step(work.item.userId, action == u"promote", reason) : writer->setRole(work.item.userId, current, target, reason),
              [this, work, current, target](const Result<WriteReceipt> &written) mutable {
                  if (!written && written.error().providerCode == u"rankdesk.withdrawn") {
                      putBack(work); // never sent: it waits, "sent" as stored, for its re-check
                      if (!m_paused && !m_leaseToken.isEmpty())
                          refusedClaim();
                      return;
                  }
                  if (!written) {
                      // An answer that refuses (401, 403, 400, 404, 409) says nothing landed.
                      const Kind kind = written.error().kind;
                      if (written.error().httpStatus > 0
                          && (kind == Kind::Auth || kind == Kind::Permission || kind == Kind::Invalid || kind == Kind::NotFound || kind == Kind::Conflict))
                          work.item.state = State::Pending;
                      retryOrFail(work, written.error());
                      return;
                  }
                  ++m_writesDone;
                  settle(work, State::Done, QString(), current, landedRole(target, written.value()));
              });
}

void BatchRunner::retryOrFail(Work work, const ApiError &error)
{
    if ((error.kind == Kind::Auth || error.kind == Kind::Permission) && m_batch.source != u"single") {
        pauseFor(work, error);
        return;
    }
    // A write whose answer is unclear (a 5xx, a lost or unreadable answer) may have landed: it is read
    // again, never recorded as failed without that read.
    const bool sent = work.item.state == State::Sent;
    if ((error.isRetryable() || sent) && (work.item.attempts < m_options.maxAttempts || sent)) {
        // Exponential backoff with jitter; the next attempt starts with a fresh read. After the last
        // attempt an item whose answer was lost gets one more read, never another write.
        work.verifyOnly = work.item.attempts >= m_options.maxAttempts;
        work.lastError = error;
        const int base = m_options.baseBackoffMs << std::min(work.item.attempts - 1, 6);
        work.notBeforeMs = m_clock.elapsed() + base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1);
        work.item.error = error.userText();
        if (!sent) {
            work.item.state = State::Pending;
            if (const auto stored = m_batches->requeue(work.item, m_leaseToken); !stored)
                stopForDatabase(stored.error());
        }
        --m_inFlight;
        --m_counts.running;
        (sent ? m_counts.unknown : m_counts.pending)++;
        m_queue.push_back(work);
        announce();
        pump();
        return;
    }
    qCInfo(lcBatch).noquote() << "batch" << m_batch.id << "item" << work.item.seq << "user" << work.item.userId << "failed:" << error.userText();
    ApiError failure = error;
    if (work.item.attempts >= m_options.maxAttempts && error.isRetryable())
        failure.message = tr("Gave up after %n attempt(s): %1", nullptr, work.item.attempts).arg(error.message);
    settle(work, State::Failed, failure, role(work.item.expectedRoleId), role(work.item.targetRoleId));
}

void BatchRunner::pauseFor(Work work, const ApiError &error)
{
    // A key that stopped working fails every item the same way: stop the batch instead. The refused
    // item waits for the resume (re-read first, as always).
    work.item.error = error.userText();
    pauseWith(tr("Paused: %1").arg(error.userText()), error);
    putBack(std::move(work));
}

bool BatchRunner::settledElsewhere(const Work &work)
{
    // A runner that lost this batch earlier may still have recorded an answer it had: the item is final.
    const Result<State> state = m_batches->itemState(work.item.batchId, work.item.seq);
    if (!state || (state.value() != State::Done && state.value() != State::Failed && state.value() != State::Skipped))
        return false;
    (work.item.state == State::Sent ? m_counts.unknown : m_counts.pending)--;
    refreshFinishedCounts();
    announce();
    return true;
}

void BatchRunner::refreshFinishedCounts()
{
    if (const Result<BatchCounts> stored = m_batches->counts(m_batch.id)) {
        m_counts.done = stored.value().done;
        m_counts.failed = stored.value().failed;
        m_counts.skipped = stored.value().skipped;
    }
}

std::optional<ApiError> BatchRunner::itemError(int seq) const
{
    const auto found = m_itemErrors.constFind(seq);
    return found == m_itemErrors.cend() ? std::nullopt : std::optional<ApiError>(*found);
}

void BatchRunner::settle(Work work, State state, const QString &why, const Role &from, const Role &to)
{
    settle(std::move(work), state, ApiError::local(state == State::Skipped ? Kind::Conflict : Kind::Invalid, QStringLiteral("rankdesk.batch-item"), why),
           from, to);
}

void BatchRunner::settle(Work work, State state, const ApiError &why, const Role &from, const Role &to)
{
    const State before = work.item.state;
    // A single change a person confirmed is refused, not skipped, and says everything it says on screen.
    const bool single = m_batch.source == u"single";
    if (single && state == State::Skipped)
        state = State::Failed;
    // In a batch, Rankdesk's own refusals read best as their sentence; a provider's answer with its
    // kind and status.
    const QString error = state == State::Done                                                   ? QString()
        : !single && why.providerCode.startsWith(QStringLiteral("rankdesk.")) && !why.httpStatus ? why.message
                                                                                                 : why.userText();
    if (state != State::Done)
        m_itemErrors.insert(work.item.seq, why);
    work.item.state = state;
    work.item.error = error;
    const auto stored = m_batches->settle(work.item, BatchHistory::entry(m_batch, work.item, from, to, BatchHistory::outcomeOf(state), error));
    --m_inFlight;
    --m_counts.running;
    if (!stored) {
        // Not recorded: the item stays as the database has it ("sent" when its write went out).
        (before == State::Sent ? m_counts.unknown : m_counts.pending)++;
        stopForDatabase(stored.error());
        announce();
        maybeFinish();
        return;
    }
    if (stored.value()) {
        switch (state) {
        case State::Done: ++m_counts.done; break;
        case State::Failed: ++m_counts.failed; break;
        default: ++m_counts.skipped; break;
        }
        m_history->announce(*stored.value());
        emit recorded(*stored.value());
    } else {
        refreshFinishedCounts(); // another program recorded it
    }
    announce();
    pump();
}

void BatchRunner::maybeFinish()
{
    if (!m_active || m_inFlight > 0)
        return;
    if (m_leaseToken.isEmpty()) {
        // Given up (the batch is another program's now): this run is over.
        m_active = false;
        m_leaseTimer.stop();
        if (!m_idleSent) {
            m_idleSent = true;
            emit idle();
        }
        return;
    }
    if (m_cancelling && !m_paused) {
        if (std::any_of(m_queue.begin(), m_queue.end(), [](const Work &w) { return w.item.state == State::Sent; }))
            return; // the re-checks are waiting for their backoff
        if (m_counts.unknown > 0) {
            // Cancelled only once every sent change is known: the cancel stays asked for the next run.
            m_cancelling = false;
            const QString waiting = tr("The cancel waits for %n change(s) that were sent and whose answer was lost: resume to "
                                       "check them (nothing new is sent), then it completes.",
                                       nullptr, m_counts.unknown);
            pauseWith(waiting, ApiError::local(Kind::Unavailable, QStringLiteral("rankdesk.outcome-unknown"), waiting));
            maybeFinish();
            return;
        }
        finishCancel();
        return;
    }
    if (m_paused) {
        if (!m_idleSent) {
            m_idleSent = true;
            emit idle();
        }
        return;
    }
    if (!m_queue.empty())
        return;
    if (m_counts.unknown > 0) {
        const QString lost = tr("%n change(s) were sent but their answer was lost; resume to check them.", nullptr, m_counts.unknown);
        pauseWith(lost, ApiError::local(Kind::Unavailable, QStringLiteral("rankdesk.outcome-unknown"), lost));
        maybeFinish();
        return;
    }
    m_active = false;
    const QString message = tr("%1 done, %2 failed, %3 skipped.").arg(m_counts.done).arg(m_counts.failed).arg(m_counts.skipped);
    m_batches->setBatchState(m_batch.id, Batch::State::Finished, message, m_leaseToken);
    release();
    qCInfo(lcBatch).noquote() << "batch" << m_batch.id << "finished:" << message;
    announce();
    emit finished(Batch::State::Finished, message);
}

void BatchRunner::finishCancel()
{
    const QString reason = tr("Cancelled before it was sent.");
    const auto cancelled = m_batches->cancelPending(m_batch.id, m_leaseToken, reason, [this, &reason](const BatchItem &item) {
        return BatchHistory::entry(m_batch, item, role(item.expectedRoleId), role(item.targetRoleId), HistoryEntry::Outcome::Skipped, reason);
    });
    if (!cancelled) {
        m_cancelling = false;
        stopForDatabase(cancelled.error());
        maybeFinish();
        return;
    }
    for (const HistoryEntry &entry : cancelled.value()) {
        m_history->announce(entry);
        emit recorded(entry);
    }
    m_active = false;
    m_counts.skipped += int(cancelled.value().size());
    m_counts.pending = 0;
    m_queue.clear();
    m_batches->setBatchState(m_batch.id, Batch::State::Cancelled, tr("Cancelled by the user."), m_leaseToken);
    release();
    announce();
    emit finished(Batch::State::Cancelled, tr("Cancelled by the user."));
}

void BatchRunner::release()
{
    m_leaseTimer.stop();
    if (!m_leaseToken.isEmpty())
        m_batches->releaseLease(m_batch.id, m_leaseToken);
    m_leaseToken.clear();
}

void BatchRunner::announce()
{
    const double rate = writesPerMinute();
    const int remaining = m_counts.remaining();
    const int eta = rate > 0 ? int(remaining / rate * 60.0) : -1;
    emit progress(m_counts, rate, eta);
}
