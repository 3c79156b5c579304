#include "SendGate.h"

namespace {

ApiError refusal(const QString &why)
{
    return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.batch-item"), why);
}

} // namespace

SendGate::SendGate(Facts facts) : m_facts(std::move(facts)), m_bulkRules(m_facts.rules), m_singleRules(m_facts.rules)
{
    // A member may be moved to roles below the key owner's own rank only (Roblox's rule).
    m_singleRules.setCeiling(GuardRails::stricterCeiling(m_facts.rules.ceiling(), m_facts.keyOwnerRank));
    m_bulkRules.setCeiling(GuardRails::stricterCeiling(m_singleRules.ceiling(), m_facts.guardRails.ceiling));
}

std::optional<ApiError> SendGate::batchRefusal(const Batch &batch) const
{
    if (batch.groupId != m_facts.groupId)
        return refusal(tr("This batch is for group %1; the open connection is to group %2.").arg(batch.groupId).arg(m_facts.groupId));
    if (batch.writer != m_facts.writer)
        return refusal(tr("This batch was planned for the %1 writer; the open connection writes through %2.").arg(batch.writer, m_facts.writer));
    return std::nullopt;
}

std::optional<ApiError> SendGate::itemRefusal(const Batch &batch, const BatchItem &item, const Role &current, const Role &target) const
{
    const bool single = batch.source == u"single";
    if (!single && m_facts.guardRails.protectedUsers.contains(item.userId))
        return refusal(RankRules::tr("Protected: bulk actions skip this member."));
    if (target.rank < 0)
        return refusal(tr("The target role (id %1) is not one of the group's roles.").arg(item.targetRoleId));
    const Result<Role> allowed = (single ? m_singleRules : m_bulkRules).validateTarget(current.id, target);
    if (!allowed)
        return allowed.error();
    return std::nullopt;
}
