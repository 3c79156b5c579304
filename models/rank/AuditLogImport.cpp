#include "AuditLogImport.h"

AuditLogImport::AuditLogImport(AuditLogReader *reader, HistoryStore *history, RankRules rules, QString profile, qint64 groupId,
                               QObject *parent)
    : QObject(parent), m_reader(reader), m_history(history), m_rules(std::move(rules)), m_profile(std::move(profile)), m_groupId(groupId)
{
}

void AuditLogImport::start()
{
    HistoryStore::Filter imported;
    imported.groupId = m_groupId;
    imported.source = QStringLiteral("audit-log");
    const auto newest = m_history->page(imported, std::nullopt, 1);
    m_since = newest && !newest.value().isEmpty() ? newest.value().first().time : QDateTime();
    fetch(QString());
}

void AuditLogImport::fetch(const QString &cursor)
{
    m_reader->rankChanges(cursor).then(this, [this](const Result<AuditPage> &page) {
        if (!page) {
            emit failed(page.error());
            return;
        }
        ++m_pages;
        bool reachedKnown = false;
        for (const AuditRankChange &change : page.value().changes) {
            if (m_since.isValid() && change.created <= m_since) {
                reachedKnown = true;
                break;
            }
            m_collected.append(change);
        }
        emit progress(m_pages, int(m_collected.size()));
        if (reachedKnown || page.value().nextCursor.isEmpty() || m_cancelled)
            store();
        else
            fetch(page.value().nextCursor);
    });
}

void AuditLogImport::store()
{
    HistoryStore::Filter own;
    own.groupId = m_groupId;
    own.outcome = HistoryEntry::Outcome::Done;
    if (!m_collected.isEmpty())
        own.from = m_collected.last().created.addSecs(-120);
    QList<HistoryEntry> ownChanges;
    m_history->forEach(own, [&ownChanges](const HistoryEntry &e) {
        if (e.source != u"audit-log" && e.source != u"outside")
            ownChanges.append(e);
        return true;
    });
    const QList<HistoryEntry> entries = newEntries(m_collected, ownChanges, m_rules, m_profile, m_groupId);
    // Oldest first, so the history's order is the order things happened.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (const auto recorded = m_history->record(*it); !recorded) {
            emit failed(recorded.error());
            return;
        }
    }
    emit finished(int(entries.size()), int(m_collected.size() - entries.size()));
}

QList<HistoryEntry> AuditLogImport::newEntries(const QList<AuditRankChange> &changes, const QList<HistoryEntry> &ownChanges,
                                               const RankRules &rules, const QString &profile, qint64 groupId)
{
    // Rankdesk's own changes by member, so each audit entry looks only at that member's.
    QHash<qint64, QList<const HistoryEntry *>> ownByMember;
    for (const HistoryEntry &e : ownChanges)
        ownByMember[e.userId].append(&e);
    QList<HistoryEntry> entries;
    for (const AuditRankChange &c : changes) {
        const QList<const HistoryEntry *> own = ownByMember.value(c.targetId);
        const bool ours = std::any_of(own.cbegin(), own.cend(), [&c](const HistoryEntry *e) {
            return e->newRoleId == c.newRoleId && std::abs(e->time.secsTo(c.created)) <= 120;
        });
        if (ours)
            continue;
        const int from = rules.roleById(c.oldRoleId).value_or(Role {0, {}, -1, -1}).rank;
        const int to = rules.roleById(c.newRoleId).value_or(Role {0, {}, -1, -1}).rank;
        HistoryEntry e;
        e.time = c.created;
        e.profile = profile;
        e.groupId = groupId;
        e.userId = c.targetId;
        e.username = c.targetName;
        e.action = from < 0 || to < 0 ? QStringLiteral("set-rank") : to > from ? QStringLiteral("promote") : QStringLiteral("demote");
        e.previousRoleId = c.oldRoleId;
        e.previousRoleName = c.oldRoleName;
        e.previousRank = from;
        e.newRoleId = c.newRoleId;
        e.newRoleName = c.newRoleName;
        e.newRank = to;
        e.backend = QStringLiteral("roblox");
        e.outcome = HistoryEntry::Outcome::Done;
        e.source = QStringLiteral("audit-log");
        e.actor = QStringLiteral("%1 (%2)").arg(c.actorName).arg(c.actorId);
        entries.append(e);
    }
    return entries;
}
