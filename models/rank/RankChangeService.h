#pragma once

#include "api/GroupReader.h"
#include "domain/RankRules.h"
#include "domain/Result.h"
#include "domain/Roster.h"
#include "storage/HistoryEntry.h"

#include <QFuture>
#include <QObject>

class BatchStore;
class Connection;
class HistoryStore;

enum class RankAction { Promote, Demote, SetRank };
QString rankActionName(RankAction action);

// What the user asked for: a user (id or username), an action, for set-rank a target (rank, role
// name or role id), an optional reason.
struct ChangeRequest
{
    QString user;
    RankAction action = RankAction::Promote;
    QString target;
    QString reason;
    QString source = QStringLiteral("single");
};

// A validated change, ready to confirm and apply.
struct ChangePlan
{
    Member member;
    Role current;
    Role target;
    RankAction action = RankAction::Promote;
    QString reason;
    QString source;
    // The provider steps itself (native promote/demote) and may land elsewhere than `target`
    // (e.g. Series.hr follows its workspace's ladder); history records where it actually landed.
    bool providerDecides = false;
    QString providerName;
};

// The path of one rank change: resolve the user, read the member's live role, apply the rank rules;
// once confirmed, the change is a batch of one on the one change engine (BatchRunner): stored before
// anything is sent, re-checked against today's rules, its outcome and history row recorded together.
// Refusals before that are recorded in the history too. Nothing here knows about widgets.
//
// Usage:
//   service.prepare({u"builderman"_s, RankAction::Promote}).then(this, [](Result<ChangePlan> plan) {
//       if (plan) service.apply(plan.value());  // after the user confirmed
//   });
class RankChangeService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankChangeService)

public:
    RankChangeService(Connection *connection, HistoryStore *history, BatchStore *batches, QObject *parent = nullptr);

    // Roles already read (e.g. by the roster loader) save a request per change.
    void setRules(const RankRules &rules) { m_rules = rules; }
    const RankRules &rules() const { return m_rules; }

    QFuture<Result<ChangePlan>> prepare(const ChangeRequest &request);
    QFuture<Result<HistoryEntry>> apply(const ChangePlan &plan);

signals:
    void memberRoleChanged(qint64 userId, qint64 newRoleId);
    void memberLeft(qint64 userId);

private:
    struct Preparation;
    void loadRules(std::shared_ptr<Preparation> state);
    void resolveUser(std::shared_ptr<Preparation> state);
    void readMember(std::shared_ptr<Preparation> state);
    void decide(std::shared_ptr<Preparation> state);
    void refuse(std::shared_ptr<Preparation> state, const ApiError &error);
    HistoryEntry entryFor(const ChangePlan &plan) const;

    Connection *m_connection;
    HistoryStore *m_history;
    BatchStore *m_batches;
    RankRules m_rules;
};
