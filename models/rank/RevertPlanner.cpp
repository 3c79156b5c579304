#include "RevertPlanner.h"

BatchPlan RevertPlanner::plan(const RankRules &baseRules, const QList<HistoryEntry> &changes, const QList<Member> &roster, const GuardRails &guardRails)
{
    RankRules rules = baseRules;
    if (guardRails.ceiling > 0)
        rules.setCeiling(guardRails.ceiling);
    QHash<qint64, Member> members;
    members.reserve(roster.size());
    for (const Member &m : roster)
        members.insert(m.userId, m);

    // Per member: the oldest and the newest done change (rows may come in any order).
    struct Span
    {
        HistoryEntry oldest;
        HistoryEntry newest;
    };
    QHash<qint64, Span> spans;
    QList<qint64> order;
    BatchPlan plan;
    for (const HistoryEntry &e : changes) {
        if (e.outcome != HistoryEntry::Outcome::Done || e.previousRoleId == 0 || e.previousRoleId == e.newRoleId) {
            Member who{e.userId, e.username, {}, e.newRoleId, {}};
            plan.unchanged.append({who, rules.roleById(e.newRoleId).value_or(Role {}),
                                   e.outcome != HistoryEntry::Outcome::Done ? tr("Not reverted: this change was not made (%1).")
                                                                                  .arg(HistoryEntry::outcomeName(e.outcome))
                                                                            : tr("Not reverted: the change left the role as it was.")});
            continue;
        }
        auto it = spans.find(e.userId);
        if (it == spans.end()) {
            spans.insert(e.userId, {e, e});
            order.append(e.userId);
            continue;
        }
        const auto older = [](const HistoryEntry &a, const HistoryEntry &b) { return a.time < b.time || (a.time == b.time && a.id < b.id); };
        if (older(e, it->oldest))
            it->oldest = e;
        if (older(it->newest, e))
            it->newest = e;
    }
    for (qint64 userId : order) {
        const Span &span = spans[userId];
        const auto live = members.constFind(userId);
        Member member = live != members.cend() ? *live : Member{userId, span.newest.username, {}, 0, {}};
        const Role current = rules.roleById(member.roleId).value_or(Role {});
        if (live == members.cend()) {
            plan.unchanged.append({member, current, tr("Not reverted: no longer a member of the group.")});
            continue;
        }
        if (member.roleId != span.newest.newRoleId) {
            plan.unchanged.append({member, current, tr("Not reverted: the role changed since (now %1, the change left %2).")
                                                        .arg(current.name, span.newest.newRoleName)});
            continue;
        }
        if (guardRails.protectedUsers.contains(userId)) {
            plan.unchanged.append({member, current, tr("Protected: bulk actions skip this member.")});
            continue;
        }
        const std::optional<Role> previous = rules.roleById(span.oldest.previousRoleId);
        if (!previous) {
            plan.unchanged.append({member, current, tr("Not reverted: the group no longer has the role %1.").arg(span.oldest.previousRoleName)});
            continue;
        }
        const Result<Role> target = rules.validateTarget(member.roleId, *previous);
        if (!target) {
            plan.unchanged.append({member, current, target.error().message});
            continue;
        }
        plan.changes.append({member, current, target.value()});
        ++plan.changesPerTargetRank[target.value().rank];
    }
    return plan;
}
