#pragma once

#include "jobs/BatchPlanner.h"
#include "storage/HistoryEntry.h"

#include <QCoreApplication>

// Turns history rows back into a plan: each member goes back to the role the change found them
// in. Only changes that were done can be undone, and only where the member still holds the role
// the change gave them; anyone whose role changed since (or who left) is listed as unchanged with
// the reason. Several rows for one member: the oldest row's previous role is restored, provided
// the member still holds the newest row's result. The plan goes to the bulk engine like any other.
class RevertPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RevertPlanner)

public:
    static BatchPlan plan(const RankRules &rules, const QList<HistoryEntry> &changes, const QList<Member> &roster,
                          const GuardRails &guardRails);
};
