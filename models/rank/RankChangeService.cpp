#include "RankChangeService.h"

#include "api/Async.h"
#include "api/Connection.h"
#include "api/UserDirectory.h"
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

RankChangeService::RankChangeService(Connection *connection, HistoryStore *history, QObject *parent)
    : QObject(parent), m_connection(connection), m_history(history)
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

Role RankChangeService::landedRole(const ChangePlan &plan, const WriteReceipt &receipt) const
{
    // The provider's word on where the member landed wins over the plan's expectation.
    if (receipt.newRank < 0 || receipt.newRank == plan.target.rank)
        return plan.target;
    QList<Role> matches;
    for (const Role &role : m_rules.roles())
        if (role.rank == receipt.newRank)
            matches.append(role);
    if (matches.size() == 1)
        return matches.first();
    Role unknown;
    unknown.rank = receipt.newRank;
    unknown.name = receipt.newRoleName;
    return unknown;
}

QFuture<Result<HistoryEntry>> RankChangeService::apply(const ChangePlan &plan)
{
    RankWriter *writer = m_connection->writer();
    QFuture<Result<WriteReceipt>> write = plan.providerDecides
        ? writer->step(plan.member.userId, plan.action == RankAction::Promote, plan.reason)
        : writer->setRole(plan.member.userId, plan.current, plan.target, plan.reason);
    return write.then(this, [this, plan](const Result<WriteReceipt> &written) -> Result<HistoryEntry> {
            ChangePlan landed = plan;
            if (written)
                landed.target = landedRole(plan, written.value());
            HistoryEntry entry = entryFor(landed);
            entry.outcome = written ? HistoryEntry::Outcome::Done : HistoryEntry::Outcome::Failed;
            if (!written)
                entry.error = written.error().userText();
            const Result<HistoryEntry> stored = m_history->record(entry);
            if (!written)
                return written.error();
            if (landed.target.id != 0)
                emit memberRoleChanged(plan.member.userId, landed.target.id);
            if (!stored) { // the change happened; say so, and that the record of it did not
                ApiError error = stored.error();
                error.message = tr("The rank change was applied, but it could not be recorded: %1").arg(error.message);
                return error;
            }
            return stored;
        });
}
