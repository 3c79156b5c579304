#include "BatchService.h"

#include "BatchHistory.h"
#include "api/Connection.h"
#include "exchange/ImportExport.h"
#include "profiles/GuardRailSettings.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"
#include "storage/RosterCache.h"

#include <QSaveFile>

BatchService::BatchService(Connection *connection, BatchStore *batches, HistoryStore *history, QObject *parent)
    : QObject(parent), m_connection(connection), m_batches(batches), m_history(history)
{
}

GuardRails BatchService::effectiveGuardRails(qint64 groupId, const GuardRails &extra)
{
    GuardRails rails;
    rails.protectedUsers = GuardRailSettings::protectedUsers(groupId) + extra.protectedUsers;
    rails.ceiling = GuardRails::stricterCeiling(GuardRailSettings::ceiling(groupId), extra.ceiling);
    return rails;
}

Batch BatchService::newBatch(const QString &action, const QString &source) const
{
    return newBatch(m_connection, action, source);
}

Batch BatchService::newBatch(const Connection *connection, const QString &action, const QString &source)
{
    Batch batch;
    if (connection) {
        batch.profile = connection->profile().name;
        batch.groupId = connection->profile().groupId;
        batch.writer = connection->writer()->backendName();
    }
    batch.action = action;
    batch.source = source;
    return batch;
}

Result<QString> BatchService::submit(const Batch &batch, const QList<BatchItem> &items)
{
    const Result<Batch> stored = m_batches->create(batch, items);
    if (!stored)
        return stored.error();
    if (const auto started = start(stored.value().id); !started)
        return started.error();
    return stored.value().id;
}

Result<Unit> BatchService::start(const QString &batchId, bool retryFailed)
{
    if (!m_connection)
        return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.no-connection"), tr("Open the batch's group to run it."));
    if (isRunning())
        return ApiError::local(ApiError::Kind::Conflict, QStringLiteral("rankdesk.batch-running"),
                               tr("A batch is running; wait for it, or pause or cancel it first."));
    const Result<Batch> batch = m_batches->batch(batchId);
    if (!batch)
        return batch.error();
    delete m_runner;
    auto *runner = new BatchRunner(m_connection, m_batches, m_history, this);
    runner->setOptions(m_options);
    runner->setGuardRails(guardRails(batch.value().groupId));
    runner->setRules(m_rules);
    connect(runner, &BatchRunner::progress, this, &BatchService::progress);
    connect(runner, &BatchRunner::paused, this, &BatchService::paused);
    connect(runner, &BatchRunner::idle, this, &BatchService::idle);
    connect(runner, &BatchRunner::recorded, this, &BatchService::recorded);
    connect(runner, &BatchRunner::finished, this,
            [this, batchId](Batch::State state, const QString &message) { emit finished(batchId, state, message); });
    // Known before it starts: a batch of answers already there may finish inside start().
    m_runner = runner;
    if (const auto started = runner->start(batchId, retryFailed); !started) {
        delete runner;
        return started.error();
    }
    return Unit {};
}

void BatchService::pause()
{
    if (m_runner)
        m_runner->pause();
}

void BatchService::resume()
{
    if (m_runner && m_runner->isActive())
        m_runner->resume();
}

Result<bool> BatchService::requestPause(const QString &batchId)
{
    return m_batches->requestStop(batchId, StopRequest::Pause);
}

Result<BatchService::CancelOutcome> BatchService::cancel(const QString &batchId)
{
    if (m_runner && m_runner->isActive() && m_runner->batchId() == batchId) {
        m_runner->cancel();
        return CancelOutcome::Stopping;
    }
    const Result<Batch> batch = m_batches->batch(batchId);
    if (!batch)
        return batch.error();
    if (batch.value().state == Batch::State::Finished || batch.value().state == Batch::State::Cancelled)
        return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.batch-closed"),
                               tr("Batch %1 is already %2.").arg(batchId.left(8), Batch::stateName(batch.value().state)));
    // Run elsewhere: only its runner may change its items; it stops before its next request.
    const Result<bool> asked = m_batches->requestStop(batchId, StopRequest::Cancel);
    if (!asked)
        return asked.error();
    if (asked.value())
        return CancelOutcome::Requested;
    // Run nowhere: take the lease for the moment of the cancel, so no runner starts half way.
    const QString token = QStringLiteral("cancel-") + QString::number(QCoreApplication::applicationPid());
    if (const auto leased = m_batches->acquireLease(batchId, token, tr("a cancel"), 30'000); !leased)
        return leased.error();
    const RankRules roles = rolesOf(batch.value());
    const QString reason = tr("Cancelled before it was sent.");
    const auto cancelPending = [&]() -> Result<QList<HistoryEntry>> {
        if (const auto requeued = m_batches->requeueRunning(batchId); !requeued)
            return requeued.error();
        const auto role = [&roles](qint64 id) { return roles.roleById(id).value_or(Role {id, QString(), -1, -1}); };
        return m_batches->cancelPending(batchId, token, reason, [&](const BatchItem &item) {
            return BatchHistory::entry(batch.value(), item, role(item.expectedRoleId), role(item.targetRoleId),
                                       HistoryEntry::Outcome::Skipped, reason);
        });
    };
    Result<QList<HistoryEntry>> cancelled = cancelPending();
    if (cancelled) {
        // Changes sent before whose answer was lost must be read before the batch can be called
        // cancelled: the cancel stays asked, and the next run only checks them.
        const int unknown = m_batches->counts(batchId).value_or_default().unknown;
        const auto closeOrWait = [&]() -> Result<Unit> {
            if (unknown == 0)
                return m_batches->setBatchState(batchId, Batch::State::Cancelled, tr("Cancelled by the user."), token);
            if (const auto kept = m_batches->keepCancelRequest(batchId, token); !kept)
                return kept.error();
            return m_batches->setBatchState(batchId, Batch::State::Paused,
                                            tr("The cancel waits for %n change(s) that were sent and whose answer was lost: resume "
                                               "to check them (nothing new is sent), then it completes.",
                                               nullptr, unknown),
                                            token);
        };
        const Result<Unit> stated = closeOrWait();
        if (!stated)
            cancelled = stated.error();
    }
    m_batches->releaseLease(batchId, token);
    if (!cancelled)
        return cancelled.error();
    for (const HistoryEntry &entry : cancelled.value()) {
        m_history->announce(entry);
        emit recorded(entry);
    }
    return CancelOutcome::Cancelled;
}

RankRules BatchService::rolesOf(const Batch &batch) const
{
    if (!m_rules.isEmpty() && m_connection && m_connection->profile().groupId == batch.groupId)
        return m_rules;
    if (QList<Role> cached = RosterCache(m_batches->database()).roles(batch.groupId).value_or_default(); !cached.isEmpty())
        return RankRules(cached);
    // Never read here (a command line run): the roles the batch's own history rows name.
    QList<Role> roles;
    QSet<qint64> seen;
    HistoryStore::Filter filter;
    filter.batchId = batch.id;
    filter.limit = std::numeric_limits<int>::max();
    for (const HistoryEntry &e : m_history->recent(filter).value_or_default())
        for (const Role &r : {Role {e.previousRoleId, e.previousRoleName, e.previousRank, -1}, Role {e.newRoleId, e.newRoleName, e.newRank, -1}})
            if (r.id && !seen.contains(r.id)) {
                seen.insert(r.id);
                roles.append(r);
            }
    return RankRules(roles);
}

Result<int> BatchService::exportResults(const QString &batchId, const QString &path) const
{
    const Result<Batch> batch = m_batches->batch(batchId);
    if (!batch)
        return batch.error();
    const auto items = m_batches->items(batchId);
    if (!items)
        return items.error();
    // Whole or not at all: a full disk keeps the previous file instead of half the results.
    QSaveFile file(path);
    const auto cannotWrite = [&path, &file] {
        return ApiError::local(ApiError::Kind::Storage, QStringLiteral("rankdesk.export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    ImportExport::writeResultsCsv(items.value(), batch.value().action, rolesOf(batch.value()), &file);
    if (!file.commit())
        return cannotWrite();
    return int(items.value().size());
}
