#pragma once

#include "Result.h"
#include "Roster.h"

#include <optional>

// The group's role ladder and every rule about which role a member may be moved to. Pure functions:
// used by single changes, the simulator, and later bulk, CSV import and revert.
//
// Usage:
//   RankRules rules(roles);               // any order; sorted by rank inside
//   rules.setCeiling(200);                // optional: refuse targets at or above rank 200
//   Result<Role> next = rules.promotionTarget(currentRoleId);
//   Result<Role> role = rules.resolve(u"Sergeant"_s);   // rank number, role id or role name
class RankRules
{
    Q_DECLARE_TR_FUNCTIONS(RankRules)

public:
    RankRules() = default;
    explicit RankRules(QList<Role> roles);

    const QList<Role> &roles() const { return m_roles; }
    std::optional<Role> roleById(qint64 roleId) const;
    bool isEmpty() const { return m_roles.isEmpty(); }

    // Ranks at or above the ceiling are refused (the key owner's own rank, or a profile guard rail).
    // 0 means no ceiling beyond Owner.
    void setCeiling(int rank) { m_ceiling = rank; }
    int ceiling() const { return m_ceiling; }

    bool isAssignable(const Role &role) const;
    Result<Role> promotionTarget(qint64 currentRoleId) const;
    Result<Role> demotionTarget(qint64 currentRoleId) const;
    // Moves |steps| assignable ranks up (steps > 0) or down (steps < 0): "+2" in an import file.
    Result<Role> stepTarget(qint64 currentRoleId, int steps) const;
    // "20" (rank), "99513316" (role id), "Sergeant" (name: exact, else unique partial match).
    Result<Role> resolve(const QString &text) const;
    // Checks that a member in currentRoleId may be moved to target (assignable, not already there).
    Result<Role> validateTarget(qint64 currentRoleId, const Role &target) const;

private:
    Result<Role> currentAssignable(qint64 currentRoleId) const;
    Result<Role> resolveRank(int rank) const;
    Result<Role> resolveName(const QString &name) const;
    static QString describe(const Role &role);

    QList<Role> m_roles; // ascending by rank
    int m_ceiling = 0;
};
