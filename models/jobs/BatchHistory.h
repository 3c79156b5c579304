#pragma once

#include "Batch.h"
#include "domain/Roster.h"
#include "storage/HistoryEntry.h"

// The history row of a batch item's outcome: one spelling for the runner and for a cancel.
namespace BatchHistory {
HistoryEntry entry(const Batch &batch, const BatchItem &item, const Role &from, const Role &to, HistoryEntry::Outcome outcome,
                   const QString &error);
HistoryEntry::Outcome outcomeOf(BatchItem::State state);
} // namespace BatchHistory
