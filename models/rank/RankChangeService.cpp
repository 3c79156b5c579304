#include "RankChangeService.h"

#include "api/Async.h"
#include "api/Connection.h"
#include "api/UserDirectory.h"
#include "jobs/BatchRunner.h"
#include "jobs/BatchService.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"

using Kind = ApiError::Kind;

QString rankActionName(RankAction action)
{
    switch (action) {
    case RankAction::Promote: return QStringLiteral("promote");
    case RankAction::Demote: return QStringLiteral("demote");
    case RankAction::SetRank: return QStringLiteral("set-rank");
    }
    return QStringLiteral("set-rank");
}

struct RankChangeService::Preparation
{
    ChangeRequest request;
    ChangePlan plan;
    std::shared_ptr<QPromise<Result<ChangePlan>>> promise;
};

RankChangeService::RankChangeService(Connection *connection, HistoryStore *history, BatchStore *batches, QObject *parent)
    : QObject(parent), m_connection(connection), m_history(history), m_batches(batches)
{
}

QFuture<Result<ChangePlan>> RankChangeService::prepare(const ChangeRequest &request)
{
    auto state = std::make_shared<Preparation>();
    state->request = request;
    state->plan.action = request.action;
    state->plan.reason = request.reason;
    state->plan.source = request.source;
    state->promise = Async::startedPromise<Result<ChangePlan>>();
    loadRules(state);
    return state->promise->future();
}

void RankChangeService::loadRules(std::shared_ptr<Preparation> state)
{
    if (!m_rules.isEmpty()) {
        resolveUser(state);
        return;
    }
    m_connection->reader()->roles().then(this, [this, state](const Result<QList<Role>> &roles) {
        if (!roles) {
            refuse(state, roles.error());
            return;
        }
        const int ceiling = m_rules.ceiling();
        m_rules = RankRules(roles.value());
        m_rules.setCeiling(ceiling);
        resolveUser(state);
    });
}

void RankChangeService::resolveUser(std::shared_ptr<Preparation> state)
{
    const QString user = state->request.user.trimmed();
    bool numeric = false;
    const qint64 userId = user.toLongLong(&numeric);
    if (numeric && userId > 0) {
        state->plan.member.userId = userId;
        readMember(state);
        return;
    }
    state->plan.member.username = user;
    if (user.isEmpty()) {
        refuse(state, ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.no-user"), tr("No user was given.")));
        return;
    }
    m_connection->users()->lookupUsernames({user}).then(this, [this, state, user](const Result<QList<UserIdentity>> &found) {
        if (!found) {
            refuse(state, found.error());
            return;
        }
        if (found.value().isEmpty()) {
            refuse(state, ApiError::local(Kind::NotFound, QStringLiteral("rankdesk.unknown-user"),
                                          tr("There is no Roblox user named \"%1\".").arg(user)));
            return;
        }
        state->plan.member.userId = found.value().first().id;
        state->plan.member.username = found.value().first().name;
        readMember(state);
    });
}

void RankChangeService::readMember(std::shared_ptr<Preparation> state)
{
    const qint64 userId = state->plan.member.userId;
    m_connection->reader()->member(userId).then(this, [this, state, userId](const Result<std::optional<Member>> &member) {
        if (!member) {
            refuse(state, member.error());
            return;
        }
        if (!member.value()) {
            const QString who = state->plan.member.username.isEmpty() ? QString::number(userId) : state->plan.member.username;
            emit memberLeft(userId);
            refuse(state, ApiError::local(Kind::NotFound, QStringLiteral("rankdesk.not-a-member"),
                                          tr("User %1 is not a member of group %2.").arg(who).arg(m_connection->profile().groupId)));
            return;
        }
        state->plan.member = *member.value();
        if (const std::optional<Role> current = m_rules.roleById(state->plan.member.roleId))
            state->plan.current = *current;
        decide(state);
    });
}

void RankChangeService::decide(std::shared_ptr<Preparation> state)
{
    const qint64 currentRoleId = state->plan.member.roleId;
    Result<Role> target;
    switch (state->request.action) {
    case RankAction::Promote: target = m_rules.promotionTarget(currentRoleId); break;
    case RankAction::Demote: target = m_rules.demotionTarget(currentRoleId); break;
    case RankAction::SetRank:
        target = m_rules.resolve(state->request.target);
        if (target)
            target = m_rules.validateTarget(currentRoleId, target.value());
        break;
    }
    if (!target) {
        refuse(state, target.error());
        return;
    }
    state->plan.target = target.value();
    const WriterCapabilities caps = m_connection->writer()->capabilities();
    state->plan.providerDecides = (state->request.action == RankAction::Promote && caps.nativePromote)
        || (state->request.action == RankAction::Demote && caps.nativeDemote);
    state->plan.providerName = m_connection->writer()->displayName();
    Async::resolve(state->promise, Result<ChangePlan>(state->plan));
}

HistoryEntry RankChangeService::entryFor(const ChangePlan &plan) const
{
    HistoryEntry entry;
    entry.profile = m_connection->profile().name;
    entry.groupId = m_connection->profile().groupId;
    entry.userId = plan.member.userId;
    entry.username = plan.member.username;
    entry.action = rankActionName(plan.action);
    entry.previousRoleId = plan.current.id;
    entry.previousRoleName = plan.current.name;
    entry.previousRank = plan.current.id != 0 ? plan.current.rank : -1;
    entry.newRoleId = plan.target.id;
    entry.newRoleName = plan.target.name;
    entry.newRank = plan.target.id != 0 ? plan.target.rank : -1;
    entry.backend = m_connection->writer()->backendName();
    entry.reason = plan.reason;
    entry.source = plan.source;
    return entry;
}

void RankChangeService::refuse(std::shared_ptr<Preparation> state, const ApiError &error)
{
    // Refusals are attempts too: they go into the history with the reason.
    HistoryEntry entry = entryFor(state->plan);
    entry.outcome = HistoryEntry::Outcome::Failed;
    entry.error = error.userText();
    m_history->record(entry);
    Async::resolve(state->promise, Result<ChangePlan>(error));
}

QFuture<Result<HistoryEntry>> RankChangeService::apply(const ChangePlan &plan)
{
    // A batch of one: the intent is stored before anything is sent; if it cannot be, nothing is.
    Batch batch = BatchService::newBatch(m_connection, rankActionName(plan.action), plan.source.isEmpty() ? QStringLiteral("single") : plan.source);
    batch.target = plan.action == RankAction::SetRank ? plan.target.name : QString();
    batch.reason = plan.reason;
    batch.providerSteps = plan.providerDecides;
    BatchItem item;
    item.seq = 1;
    item.userId = plan.member.userId;
    item.username = plan.member.username;
    item.expectedRoleId = plan.current.id;
    item.targetRoleId = plan.target.id;
    const Result<Batch> stored = m_batches->create(batch, {item});
    if (!stored) {
        ApiError error = stored.error();
        error.message = tr("Nothing was sent: the change could not be recorded first. %1").arg(error.message);
        return Async::ready(Result<HistoryEntry>(error));
    }
    auto promise = Async::startedPromise<Result<HistoryEntry>>();
    auto *runner = new BatchRunner(m_connection, m_batches, m_history, this);
    runner->setRules(m_rules);
    auto outcome = std::make_shared<std::optional<HistoryEntry>>();
    auto pauseMessage = std::make_shared<QString>();
    connect(runner, &BatchRunner::recorded, this, [outcome](const HistoryEntry &entry) { *outcome = entry; });
    connect(runner, &BatchRunner::paused, this, [pauseMessage](const QString &message) { *pauseMessage = message; });
    const auto conclude = [this, runner, promise, outcome, pauseMessage, plan] {
        runner->deleteLater();
        if (promise->future().isFinished())
            return;
        if (*outcome && (*outcome)->outcome == HistoryEntry::Outcome::Done) {
            if ((*outcome)->newRoleId != 0)
                emit memberRoleChanged(plan.member.userId, (*outcome)->newRoleId);
            Async::resolve(promise, Result<HistoryEntry>(**outcome));
            return;
        }
        if (std::optional<ApiError> error = runner->itemError(1)) {
            Async::resolve(promise, Result<HistoryEntry>(*error));
            return;
        }
        // Stopped before an outcome could be recorded (the database, or an answer that was lost): the
        // change waits as a batch of one, checked before anything else when it is resumed.
        ApiError stopped = runner->pauseError().value_or(
            ApiError::local(ApiError::Kind::Unavailable, QStringLiteral("rankdesk.outcome-unknown"), *pauseMessage));
        const QString kept = tr("The change is kept as batch %1 (rankdesk-cli jobs resume %1, or the Jobs panel): resuming it "
                                "checks the member first.")
                                 .arg(runner->batchId());
        stopped.hint = stopped.hint.isEmpty() ? kept : stopped.hint + u' ' + kept;
        Async::resolve(promise, Result<HistoryEntry>(stopped));
    };
    connect(runner, &BatchRunner::finished, this, conclude);
    connect(runner, &BatchRunner::idle, this, conclude);
    if (const auto started = runner->start(stored.value().id); !started) {
        runner->deleteLater();
        // Nothing was sent: the stored intent must not be offered for resuming later.
        m_batches->setBatchState(stored.value().id, Batch::State::Cancelled, started.error().message);
        return Async::ready(Result<HistoryEntry>(started.error()));
    }
    return promise->future();
}
