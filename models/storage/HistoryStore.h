#pragma once

#include "Database.h"
#include "HistoryEntry.h"

#include <QList>

#include <functional>
#include <optional>
#include <QObject>

// Append-only record of every attempted rank change.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(Database database, QObject *parent = nullptr);
    const Database &database() const { return m_database; }

    // Every field narrows the rows; the defaults match everything.
    struct Filter
    {
        qint64 groupId = 0;  // 0 = any
        qint64 userId = 0;   // 0 = any
        int limit = 500;     // recent() only
        QString batchId;     // empty = any
        QString member;      // part of the username (any case), or a whole user id
        qint64 roleId = 0;   // the change's previous or new role
        QString action;      // promote, demote, set-rank; empty = any
        std::optional<HistoryEntry::Outcome> outcome;
        QString source;      // single, bulk, csv-import, revert; empty = any
        QDateTime from;      // inclusive; invalid = open
        QDateTime to;        // exclusive; invalid = open
    };
    // Where a page ends: the next page holds the rows older than this one.
    struct PageKey
    {
        qint64 timeMs = 0;
        qint64 id = 0;
    };

    // Stores the entry (id and time filled in) and announces it.
    Result<HistoryEntry> record(HistoryEntry entry);
    // Stores the entry inside the caller's transaction (a batch item's outcome and its history row
    // commit together); announce() it once the transaction has committed.
    static Result<HistoryEntry> insert(const Database &database, HistoryEntry entry);
    void announce(const HistoryEntry &entry) { emit recorded(entry); }
    // Newest first, at most filter.limit rows.
    Result<QList<HistoryEntry>> recent(const Filter &filter) const;
    // Newest first, `limit` rows after `after` (keyset paging: every page costs the same, however deep).
    Result<QList<HistoryEntry>> page(const Filter &filter, std::optional<PageKey> after, int limit) const;

    // Another order for the browser's sortable columns: rows `offset`.. in that order (newest first
    // among equals).
    enum class SortKey { Time, Member, Action, From, To, Outcome, Source };
    Result<QList<HistoryEntry>> sortedPage(const Filter &filter, SortKey key, bool ascending, int offset, int limit) const;
    Result<qint64> count(const Filter &filter) const;
    // Every matching row, newest first, without holding them all (export). Stops when visit returns false.
    Result<qint64> forEach(const Filter &filter, const std::function<bool(const HistoryEntry &)> &visit) const;
    static bool matches(const Filter &filter, const HistoryEntry &entry);

    // Changes per UTC day for the chart: done changes by action, and failures (any action).
    struct DayCounts
    {
        QDate day;
        int promote = 0;
        int demote = 0;
        int setRank = 0;
        int failed = 0;
    };
    Result<QList<DayCounts>> perDay(const Filter &filter) const;

signals:
    void recorded(const HistoryEntry &entry);

private:
    Result<QList<HistoryEntry>> select(const QString &sql, const QVariantList &values) const;

    Database m_database;
};
