#include "OutsideChanges.h"

QList<HistoryEntry> OutsideChanges::detect(const RankRules &rules, const QList<Member> &cached, const QDateTime &cachedAt,
                                           const QList<Member> &fresh, const QList<HistoryEntry> &ownChanges, const QString &profile,
                                           qint64 groupId)
{
    QHash<qint64, qint64> before;
    before.reserve(cached.size());
    for (const Member &m : cached)
        before.insert(m.userId, m.roleId);
    // Rankdesk's last landed role per member since the cached read.
    QHash<qint64, const HistoryEntry *> latest;
    for (const HistoryEntry &e : ownChanges) {
        if (e.outcome != HistoryEntry::Outcome::Done || e.time < cachedAt)
            continue;
        const HistoryEntry *&slot = latest[e.userId];
        if (!slot || slot->time < e.time || (slot->time == e.time && slot->id < e.id))
            slot = &e;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryEntry> detected;
    for (const Member &m : fresh) {
        const auto was = before.constFind(m.userId);
        if (was == before.cend() || *was == m.roleId)
            continue;
        qint64 fromRoleId = *was;
        if (const HistoryEntry *own = latest.value(m.userId)) {
            if (own->newRoleId == m.roleId)
                continue; // Rankdesk made this change
            fromRoleId = own->newRoleId; // Rankdesk changed it, then someone else did
        }
        const Role from = rules.roleById(fromRoleId).value_or(Role {fromRoleId, tr("unknown role"), -1, -1});
        const Role to = rules.roleById(m.roleId).value_or(Role {m.roleId, tr("unknown role"), -1, -1});
        HistoryEntry e;
        e.time = now;
        e.profile = profile;
        e.groupId = groupId;
        e.userId = m.userId;
        e.username = m.username;
        e.action = to.rank > from.rank ? QStringLiteral("promote") : QStringLiteral("demote");
        e.previousRoleId = from.id;
        e.previousRoleName = from.name;
        e.previousRank = from.rank;
        e.newRoleId = to.id;
        e.newRoleName = to.name;
        e.newRank = to.rank;
        e.backend = QStringLiteral("outside");
        e.outcome = HistoryEntry::Outcome::Done;
        e.reason = tr("Changed outside Rankdesk between %1 and %2 (UTC).")
                       .arg(cachedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        e.source = QStringLiteral("outside");
        detected.append(e);
    }
    return detected;
}
