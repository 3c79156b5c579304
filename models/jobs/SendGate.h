#pragma once

#include "Batch.h"
#include "BatchPlanner.h"
#include "domain/RankRules.h"

#include <optional>

// The rules checked right before each write, with today's facts rather than the plan's: a stored
// batch may be old, resumed with other guard rails, or planted by anyone who can write to a shared
// history. An item that fails a check is skipped with the reason and nothing is sent.
class SendGate
{
    Q_DECLARE_TR_FUNCTIONS(SendGate)

public:
    struct Facts
    {
        RankRules rules;        // the group's roles as read when the run started
        GuardRails guardRails;  // the group's saved guard rails, tightened by the run's own
        int keyOwnerRank = 0;   // the writing key's owner's rank (Open Cloud introspection); 0: unknown
        qint64 groupId = 0;     // the connection's group and writer
        QString writer;
    };

    explicit SendGate(Facts facts);
    // Whether the batch belongs to this connection at all (group and writer): every item is
    // skipped with this reason when it does not.
    std::optional<ApiError> batchRefusal(const Batch &batch) const;
    // Why the item must not be written now (Guest, Owner, at or above the key owner or the ceiling,
    // a protected member in bulk work), or nullopt.
    std::optional<ApiError> itemRefusal(const Batch &batch, const BatchItem &item, const Role &current, const Role &target) const;

private:
    Facts m_facts;
    RankRules m_bulkRules;   // guard-rail ceiling and key owner: bulk, import, revert
    RankRules m_singleRules; // key owner only: a single change a person confirmed
};
