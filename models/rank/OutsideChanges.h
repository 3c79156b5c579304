#pragma once

#include "domain/RankRules.h"
#include "storage/HistoryEntry.h"

// Rank changes made outside Rankdesk, found by comparing a fresh roster with the cached one: a
// member whose role differs, unless Rankdesk's own history since the cached read explains it
// (its last done change for that member landed on the role the member now has). Members who
// joined or left are not rank changes and are not reported.
class OutsideChanges
{
    Q_DECLARE_TR_FUNCTIONS(OutsideChanges)

public:
    // ownChanges: Rankdesk's done changes for the group since `cachedAt`, in any order.
    static QList<HistoryEntry> detect(const RankRules &rules, const QList<Member> &cached, const QDateTime &cachedAt,
                                      const QList<Member> &fresh, const QList<HistoryEntry> &ownChanges, const QString &profile,
                                      qint64 groupId);
};
