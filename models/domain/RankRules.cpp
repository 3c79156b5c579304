#include "RankRules.h"

#include <algorithm>

using Kind = ApiError::Kind;

RankRules::RankRules(QList<Role> roles) : m_roles(std::move(roles))
{
    std::stable_sort(m_roles.begin(), m_roles.end(),
                     [](const Role &a, const Role &b) { return a.rank < b.rank; });
}

std::optional<Role> RankRules::roleById(qint64 roleId) const
{
    for (const Role &role : m_roles) {
        if (role.id == roleId)
            return role;
    }
    return std::nullopt;
}

bool RankRules::isAssignable(const Role &role) const
{
    if (role.rank <= Role::GuestRank || role.rank >= Role::OwnerRank)
        return false;
    return m_ceiling <= 0 || role.rank < m_ceiling;
}

QString RankRules::describe(const Role &role)
{
    return tr("%1 (rank %2)").arg(role.name).arg(role.rank);
}

Result<Role> RankRules::currentAssignable(qint64 currentRoleId) const
{
    const std::optional<Role> current = roleById(currentRoleId);
    if (!current || current->rank == Role::GuestRank)
        return ApiError::local(Kind::NotFound, QStringLiteral("rankdesk.not-a-member"),
                               tr("The user is not a member of this group."));
    if (current->rank == Role::OwnerRank)
        return ApiError::local(Kind::Permission, QStringLiteral("rankdesk.owner"),
                               tr("The group owner's rank cannot be changed."));
    if (m_ceiling > 0 && current->rank >= m_ceiling)
        return ApiError::local(Kind::Permission, QStringLiteral("rankdesk.above-ceiling"),
                               tr("The member's role %1 is at or above the highest rank you may manage (%2).")
                                   .arg(describe(*current))
                                   .arg(m_ceiling - 1));
    return *current;
}

Result<Role> RankRules::promotionTarget(qint64 currentRoleId) const
{
    const Result<Role> current = currentAssignable(currentRoleId);
    if (!current)
        return current;
    for (const Role &role : m_roles) {
        if (role.rank > current->rank && isAssignable(role))
            return role;
    }
    return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.at-highest"),
                           tr("The member is already at the highest assignable rank, %1.")
                               .arg(describe(current.value())));
}

Result<Role> RankRules::demotionTarget(qint64 currentRoleId) const
{
    const Result<Role> current = currentAssignable(currentRoleId);
    if (!current)
        return current;
    for (auto it = m_roles.crbegin(); it != m_roles.crend(); ++it) {
        if (it->rank < current->rank && isAssignable(*it))
            return *it;
    }
    return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.at-lowest"),
                           tr("The member is already at the lowest assignable rank, %1.")
                               .arg(describe(current.value())));
}

Result<Role> RankRules::stepTarget(qint64 currentRoleId, int steps) const
{
    if (steps == 1)
        return promotionTarget(currentRoleId);
    if (steps == -1)
        return demotionTarget(currentRoleId);
    const Result<Role> current = currentAssignable(currentRoleId);
    if (!current)
        return current;
    QList<Role> ladder; // assignable roles in the direction of travel, nearest first
    for (const Role &role : m_roles)
        if (isAssignable(role) && (steps > 0 ? role.rank > current->rank : role.rank < current->rank))
            ladder.append(role);
    if (steps < 0)
        std::reverse(ladder.begin(), ladder.end());
    const int distance = std::abs(steps);
    if (steps == 0 || distance > ladder.size())
        return ApiError::local(Kind::Invalid, steps > 0 ? QStringLiteral("rankdesk.at-highest") : QStringLiteral("rankdesk.at-lowest"),
                               steps > 0 ? tr("%1 is only %n assignable rank(s) below the top; it cannot move up %2.", nullptr, int(ladder.size()))
                                               .arg(describe(current.value())).arg(distance)
                                         : tr("%1 is only %n assignable rank(s) above the bottom; it cannot move down %2.", nullptr, int(ladder.size()))
                                               .arg(describe(current.value())).arg(distance));
    return ladder[distance - 1];
}

Result<Role> RankRules::resolveRank(int rank) const
{
    QList<Role> matches;
    for (const Role &role : m_roles) {
        if (role.rank == rank)
            matches.append(role);
    }
    if (matches.isEmpty())
        return ApiError::local(Kind::NotFound, QStringLiteral("rankdesk.no-such-rank"),
                               tr("The group has no role with rank %1.").arg(rank));
    if (matches.size() > 1) {
        QStringList names;
        for (const Role &role : matches)
            names << tr("%1 (id %2)").arg(role.name).arg(role.id);
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.ambiguous-role"),
                               tr("Several roles have rank %1: %2. Name the role or give its id.")
                                   .arg(rank)
                                   .arg(names.join(QStringLiteral(", "))));
    }
    return matches.first();
}

Result<Role> RankRules::resolveName(const QString &name) const
{
    const QString wanted = name.simplified();
    QList<Role> exact;
    QList<Role> partial;
    for (const Role &role : m_roles) {
        if (role.name.compare(wanted, Qt::CaseInsensitive) == 0)
            exact.append(role);
        else if (role.name.contains(wanted, Qt::CaseInsensitive))
            partial.append(role);
    }
    const QList<Role> &matches = exact.isEmpty() ? partial : exact;
    if (matches.isEmpty())
        return ApiError::local(Kind::NotFound, QStringLiteral("rankdesk.no-such-role"),
                               tr("The group has no role named \"%1\".").arg(wanted));
    if (matches.size() > 1) {
        QStringList names;
        for (const Role &role : matches)
            names << describe(role);
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.ambiguous-role"),
                               tr("\"%1\" matches several roles: %2. Be more specific.")
                                   .arg(wanted, names.join(QStringLiteral(", "))));
    }
    return matches.first();
}

Result<Role> RankRules::resolve(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.no-target"),
                               tr("No target role was given."));
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (number >= 0 && number <= Role::OwnerRank)
            return resolveRank(int(number));
        if (const std::optional<Role> role = roleById(number))
            return *role;
        return ApiError::local(Kind::NotFound, QStringLiteral("rankdesk.no-such-rank"),
                               tr("%1 is neither a rank (0-255) nor a role id of this group.").arg(number));
    }
    return resolveName(trimmed);
}

Result<Role> RankRules::validateTarget(qint64 currentRoleId, const Role &target) const
{
    const Result<Role> current = currentAssignable(currentRoleId);
    if (!current)
        return current;
    if (target.rank == Role::GuestRank)
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.guest"),
                               tr("Members cannot be set to Guest (rank 0); that would remove them from the group."));
    if (target.rank == Role::OwnerRank)
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.owner-target"),
                               tr("The Owner role (rank 255) cannot be assigned."));
    if (!isAssignable(target))
        return ApiError::local(Kind::Permission, QStringLiteral("rankdesk.above-ceiling"),
                               tr("%1 is at or above the highest rank you may assign (%2).")
                                   .arg(describe(target))
                                   .arg(m_ceiling - 1));
    if (target.id == current->id)
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.already-there"),
                               tr("The member already has the role %1.").arg(describe(target)));
    return target;
}
