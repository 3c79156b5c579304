#include "BatchPlanner.h"

namespace BatchPlanner {

BatchPlan plan(const RankRules &baseRules, const QList<Member> &members, RankAction action, const QString &target,
               const GuardRails &guardRails)
{
    RankRules rules = baseRules;
    if (guardRails.ceiling > 0)
        rules.setCeiling(guardRails.ceiling);
    const Result<Role> fixedTarget = action == RankAction::SetRank ? rules.resolve(target) : Result<Role>(Role {});
    BatchPlan plan;
    plan.changes.reserve(members.size());
    for (const Member &member : members) {
        const Role current = rules.roleById(member.roleId).value_or(Role {});
        if (guardRails.protectedUsers.contains(member.userId)) {
            plan.unchanged.append({member, current, RankRules::tr("Protected: bulk actions skip this member.")});
            continue;
        }
        Result<Role> next;
        switch (action) {
        case RankAction::Promote: next = rules.promotionTarget(member.roleId); break;
        case RankAction::Demote: next = rules.demotionTarget(member.roleId); break;
        case RankAction::SetRank:
            next = fixedTarget ? rules.validateTarget(member.roleId, fixedTarget.value()) : fixedTarget;
            break;
        }
        if (!next) {
            plan.unchanged.append({member, current, next.error().message});
            continue;
        }
        plan.changes.append({member, current, next.value()});
        ++plan.changesPerTargetRank[next.value().rank];
    }
    return plan;
}

QList<BatchItem> items(const BatchPlan &plan)
{
    QList<BatchItem> list;
    list.reserve(plan.changes.size());
    int seq = 0;
    for (const PlannedChange &change : plan.changes) {
        BatchItem item;
        item.seq = ++seq;
        item.userId = change.member.userId;
        item.username = change.member.username;
        item.expectedRoleId = change.current.id;
        item.targetRoleId = change.target.id;
        list.append(item);
    }
    return list;
}

} // namespace BatchPlanner
