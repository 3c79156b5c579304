#include "HistoryStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QString HistoryEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("failed");
}

HistoryEntry::Outcome HistoryEntry::outcomeFromName(const QString &name)
{
    if (name == u"done")
        return Outcome::Done;
    if (name == u"skipped")
        return Outcome::Skipped;
    return Outcome::Failed;
}

HistoryStore::HistoryStore(Database database, QObject *parent) : QObject(parent), m_database(std::move(database)) { }

static QVariant nullableId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

static QVariant nullableRank(int rank)
{
    return rank >= 0 ? QVariant(rank) : QVariant();
}

Result<HistoryEntry> HistoryStore::record(HistoryEntry entry)
{
    SqlTransaction transaction(m_database);
    if (const auto begun = transaction.begin(tr("Could not record the change in the history")); !begun)
        return begun.error();
    const Result<HistoryEntry> stored = insert(m_database, std::move(entry));
    if (!stored)
        return stored;
    if (const auto committed = transaction.commit(tr("Could not record the change in the history")); !committed)
        return committed.error();
    announce(stored.value());
    return stored;
}

Result<HistoryEntry> HistoryStore::insert(const Database &database, HistoryEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO rank_history (created_ms, profile, group_id, user_id, username, action,"
        " prev_role_id, prev_role_name, prev_rank, new_role_id, new_role_name, new_rank,"
        " backend, outcome, error, reason, source, batch_id, actor, batch_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(entry.time.toMSecsSinceEpoch());
    query.addBindValue(Database::text(entry.profile));
    query.addBindValue(entry.groupId);
    query.addBindValue(entry.userId);
    query.addBindValue(Database::text(entry.username));
    query.addBindValue(Database::text(entry.action));
    query.addBindValue(nullableId(entry.previousRoleId));
    query.addBindValue(Database::text(entry.previousRoleName));
    query.addBindValue(nullableRank(entry.previousRank));
    query.addBindValue(nullableId(entry.newRoleId));
    query.addBindValue(Database::text(entry.newRoleName));
    query.addBindValue(nullableRank(entry.newRank));
    query.addBindValue(Database::text(entry.backend));
    query.addBindValue(HistoryEntry::outcomeName(entry.outcome));
    query.addBindValue(Database::text(entry.error));
    query.addBindValue(Database::text(entry.reason));
    query.addBindValue(Database::text(entry.source));
    query.addBindValue(Database::text(entry.batchId));
    query.addBindValue(Database::text(entry.actor));
    query.addBindValue(entry.batchSeq > 0 ? QVariant(entry.batchSeq) : QVariant());
    if (!query.exec())
        return database.error(tr("Could not record the change in the history"), query.lastError());
    entry.id = query.lastInsertId().toLongLong();
    // The member's latest name, for the partial-name filter.
    QSqlQuery name(database.connection());
    name.prepare(QStringLiteral("INSERT INTO history_members (group_id, user_id, username) VALUES (?, ?, ?)"
                                " ON CONFLICT (group_id, user_id) DO UPDATE SET username = excluded.username"));
    name.addBindValue(entry.groupId);
    name.addBindValue(entry.userId);
    name.addBindValue(Database::text(entry.username));
    if (!name.exec())
        return database.error(tr("Could not record the change in the history"), name.lastError());
    return entry;
}

namespace {

const QString Columns = QStringLiteral(
    "id, created_ms, profile, group_id, user_id, username, action, prev_role_id, prev_role_name,"
    " prev_rank, new_role_id, new_role_name, new_rank, backend, outcome, error, reason, source, batch_id, actor, batch_seq");

HistoryEntry entryFrom(const QSqlQuery &query)
{
    HistoryEntry e;
    e.id = query.value(0).toLongLong();
    e.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    e.profile = query.value(2).toString();
    e.groupId = query.value(3).toLongLong();
    e.userId = query.value(4).toLongLong();
    e.username = query.value(5).toString();
    e.action = query.value(6).toString();
    e.previousRoleId = query.value(7).toLongLong();
    e.previousRoleName = query.value(8).toString();
    e.previousRank = query.value(9).isNull() ? -1 : query.value(9).toInt();
    e.newRoleId = query.value(10).toLongLong();
    e.newRoleName = query.value(11).toString();
    e.newRank = query.value(12).isNull() ? -1 : query.value(12).toInt();
    e.backend = query.value(13).toString();
    e.outcome = HistoryEntry::outcomeFromName(query.value(14).toString());
    e.error = query.value(15).toString();
    e.reason = query.value(16).toString();
    e.source = query.value(17).toString();
    e.batchId = query.value(18).toString();
    e.actor = query.value(19).toString();
    e.batchSeq = query.value(20).toInt();
    return e;
}

// The WHERE clause of a filter with its values, bound by position in the same order.
struct Where
{
    QString sql = QStringLiteral(" WHERE 1=1");
    QVariantList values;

    void add(const QString &condition, const QVariantList &bound)
    {
        sql += QStringLiteral(" AND ") + condition;
        values += bound;
    }
};

Where whereFor(const HistoryStore::Filter &f)
{
    Where w;
    if (f.groupId != 0)
        w.add(QStringLiteral("group_id = ?"), {f.groupId});
    if (f.userId != 0)
        w.add(QStringLiteral("user_id = ?"), {f.userId});
    if (!f.batchId.isEmpty())
        w.add(QStringLiteral("batch_id = ?"), {f.batchId});
    if (const QString member = f.member.trimmed(); !member.isEmpty()) {
        bool isId = false;
        const qint64 id = member.toLongLong(&isId);
        // LIKE's wildcards in the text are taken literally.
        QString pattern = member.toLower();
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        // Matching names are looked up among the members the history mentions (thousands), not in
        // every row (millions); the rows then come through the (group, user, time) index.
        const QString names = QStringLiteral("user_id IN (SELECT user_id FROM history_members WHERE lower(username) LIKE ? ESCAPE '\\'%1)")
                                  .arg(f.groupId != 0 ? QStringLiteral(" AND group_id = ?") : QString());
        QVariantList bound{pattern};
        if (f.groupId != 0)
            bound << f.groupId;
        if (isId)
            w.add(QStringLiteral("(user_id = ? OR %1)").arg(names), QVariantList{id} + bound);
        else
            w.add(names, bound);
    }
    if (f.roleId != 0)
        w.add(QStringLiteral("(prev_role_id = ? OR new_role_id = ?)"), {f.roleId, f.roleId});
    if (!f.action.isEmpty())
        w.add(QStringLiteral("action = ?"), {f.action});
    if (f.outcome)
        w.add(QStringLiteral("outcome = ?"), {HistoryEntry::outcomeName(*f.outcome)});
    if (!f.source.isEmpty())
        w.add(QStringLiteral("source = ?"), {f.source});
    if (f.from.isValid())
        w.add(QStringLiteral("created_ms >= ?"), {f.from.toMSecsSinceEpoch()});
    if (f.to.isValid())
        w.add(QStringLiteral("created_ms < ?"), {f.to.toMSecsSinceEpoch()});
    return w;
}

} // namespace

bool HistoryStore::matches(const Filter &f, const HistoryEntry &e)
{
    const QString member = f.member.trimmed();
    bool isId = false;
    const qint64 memberId = member.toLongLong(&isId);
    return (f.groupId == 0 || e.groupId == f.groupId) && (f.userId == 0 || e.userId == f.userId)
        && (f.batchId.isEmpty() || e.batchId == f.batchId)
        && (member.isEmpty() || e.username.contains(member, Qt::CaseInsensitive) || (isId && e.userId == memberId))
        && (f.roleId == 0 || e.previousRoleId == f.roleId || e.newRoleId == f.roleId)
        && (f.action.isEmpty() || e.action == f.action) && (!f.outcome || e.outcome == *f.outcome)
        && (f.source.isEmpty() || e.source == f.source) && (!f.from.isValid() || e.time >= f.from)
        && (!f.to.isValid() || e.time < f.to);
}

Result<QList<HistoryEntry>> HistoryStore::recent(const Filter &filter) const
{
    return page(filter, std::nullopt, filter.limit);
}

Result<QList<HistoryEntry>> HistoryStore::page(const Filter &filter, std::optional<PageKey> after, int limit) const
{
    Where where = whereFor(filter);
    if (after)
        where.add(QStringLiteral("(created_ms < ? OR (created_ms = ? AND id < ?))"), {after->timeMs, after->timeMs, after->id});
    return select(QStringLiteral("SELECT %1 FROM rank_history%2 ORDER BY created_ms DESC, id DESC LIMIT ?").arg(Columns, where.sql),
                  where.values + QVariantList{limit});
}

Result<QList<HistoryEntry>> HistoryStore::select(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.error(tr("Could not read the history"), query.lastError());
    QList<HistoryEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

Result<QList<HistoryEntry>> HistoryStore::sortedPage(const Filter &filter, SortKey key, bool ascending, int offset, int limit) const
{
    QString column;
    switch (key) {
    case SortKey::Time: column = QStringLiteral("created_ms"); break;
    case SortKey::Member: column = QStringLiteral("lower(username)"); break;
    case SortKey::Action: column = QStringLiteral("action"); break;
    case SortKey::From: column = QStringLiteral("prev_rank"); break;
    case SortKey::To: column = QStringLiteral("new_rank"); break;
    case SortKey::Outcome: column = QStringLiteral("outcome"); break;
    case SortKey::Source: column = QStringLiteral("source"); break;
    }
    const Where where = whereFor(filter);
    return select(QStringLiteral("SELECT %1 FROM rank_history%2 ORDER BY %3 %4, created_ms DESC, id DESC LIMIT ? OFFSET ?")
                      .arg(Columns, where.sql, column, ascending ? QStringLiteral("ASC") : QStringLiteral("DESC")),
                  where.values + QVariantList{limit, offset});
}

Result<qint64> HistoryStore::count(const Filter &filter) const
{
    const Where where = whereFor(filter);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM rank_history") + where.sql);
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return m_database.error(tr("Could not count the history"), query.lastError());
    return query.value(0).toLongLong();
}

Result<QList<HistoryStore::DayCounts>> HistoryStore::perDay(const Filter &filter) const
{
    const Where where = whereFor(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Integer division buckets UTC days the same way in SQLite and PostgreSQL.
    query.prepare(QStringLiteral("SELECT created_ms / 86400000 AS day, action, outcome, COUNT(*) FROM rank_history%1"
                                 " GROUP BY day, action, outcome ORDER BY day")
                      .arg(where.sql));
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.error(tr("Could not read the history"), query.lastError());
    QList<DayCounts> days;
    const QDate epoch(1970, 1, 1);
    while (query.next()) {
        const QDate day = epoch.addDays(query.value(0).toLongLong());
        if (days.isEmpty() || days.last().day != day)
            days.append({day});
        DayCounts &counts = days.last();
        const int n = query.value(3).toInt();
        const QString action = query.value(1).toString();
        if (query.value(2).toString() == HistoryEntry::outcomeName(HistoryEntry::Outcome::Failed))
            counts.failed += n;
        else if (query.value(2).toString() != HistoryEntry::outcomeName(HistoryEntry::Outcome::Done))
            continue; // skipped: nothing happened
        else if (action == u"promote")
            counts.promote += n;
        else if (action == u"demote")
            counts.demote += n;
        else
            counts.setRank += n;
    }
    return days;
}

Result<qint64> HistoryStore::forEach(const Filter &filter, const std::function<bool(const HistoryEntry &)> &visit) const
{
    const Where where = whereFor(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true); // rows stream from the database; none are held
    query.prepare(QStringLiteral("SELECT %1 FROM rank_history%2 ORDER BY created_ms DESC, id DESC").arg(Columns, where.sql));
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.error(tr("Could not read the history"), query.lastError());
    qint64 visited = 0;
    while (query.next()) {
        ++visited;
        if (!visit(entryFrom(query)))
            break;
    }
    return visited;
}
