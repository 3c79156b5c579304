#include "BatchHistory.h"

namespace BatchHistory {

HistoryEntry entry(const Batch &batch, const BatchItem &item, const Role &from, const Role &to, HistoryEntry::Outcome outcome,
                   const QString &error)
{
    HistoryEntry entry;
    entry.profile = batch.profile;
    entry.groupId = batch.groupId;
    entry.userId = item.userId;
    entry.username = item.username;
    entry.action = item.action.isEmpty() ? batch.action : item.action;
    entry.previousRoleId = from.id;
    entry.previousRoleName = from.name;
    entry.previousRank = from.id ? from.rank : -1;
    entry.newRoleId = to.id;
    entry.newRoleName = to.name;
    entry.newRank = to.id || to.rank >= 0 ? to.rank : -1;
    entry.backend = batch.writer; // the send gate makes sure it is the connection's writer
    entry.outcome = outcome;
    entry.error = error;
    entry.reason = item.reason.isEmpty() ? batch.reason : item.reason;
    entry.source = batch.source;
    entry.batchId = batch.id;
    entry.batchSeq = item.seq;
    return entry;
}

HistoryEntry::Outcome outcomeOf(BatchItem::State state)
{
    switch (state) {
    case BatchItem::State::Done: return HistoryEntry::Outcome::Done;
    case BatchItem::State::Failed: return HistoryEntry::Outcome::Failed;
    default: return HistoryEntry::Outcome::Skipped;
    }
}

} // namespace BatchHistory
