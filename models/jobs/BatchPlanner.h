#pragma once

#include "Batch.h"
#include "domain/RankRules.h"
#include "rank/RankChangeService.h"

#include <QMap>
#include <QSet>

// Profile guard rails every bulk action respects.
struct GuardRails
{
    int ceiling = 0;               // refuse targets at or above this rank (0: only Owner is refused)
    QSet<qint64> protectedUsers;   // bulk actions never touch these members

    // Of two ceilings (0: none), the one that refuses more.
    static int stricterCeiling(int a, int b) { return a <= 0 ? b : b <= 0 ? a : std::min(a, b); }
};

struct PlannedChange
{
    Member member;
    Role current;
    Role target;
};

struct UnchangedMember
{
    Member member;
    Role current;
    QString reason; // already there, at the top/bottom, protected, refused by a guard rail
};

// What a bulk action would do, before anything is stored or sent.
struct BatchPlan
{
    QList<PlannedChange> changes;
    QList<UnchangedMember> unchanged;
    QMap<int, int> changesPerTargetRank;
};

// Turns a selection of members and one action into a plan with the shared rank rules.
namespace BatchPlanner {
BatchPlan plan(const RankRules &rules, const QList<Member> &members, RankAction action, const QString &target,
               const GuardRails &guardRails);
QList<BatchItem> items(const BatchPlan &plan);
} // namespace BatchPlanner
