#pragma once

#include "storage/HistoryStore.h"

#include <QAbstractTableModel>

// History rows matching a filter, newest first, fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore over the store's keyset pages, so a million rows cost one page each).
// New records that match appear at the top as they are stored.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { TimeColumn, MemberColumn, ActionColumn, FromColumn, ToColumn, OutcomeColumn, DetailColumn, SourceColumn, ColumnCount };
    static constexpr int PageSize = 200;

    explicit HistoryModel(QObject *parent = nullptr);

    // The rows of one group (0: every group), and the store's new records for it.
    void setStore(HistoryStore *store, qint64 groupId);
    void setQuery(HistoryStore *store, const HistoryStore::Filter &filter);
    const HistoryStore::Filter &filter() const { return m_filter; }
    // Matching rows in the store (the view holds the pages fetched so far).
    qint64 totalCount() const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorted in the database. Newest first (the default) follows new records as they come;
    // another order shows the rows as they were when sorted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const HistoryEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sourceText(const QString &source);

private:
    void prepend(const HistoryEntry &entry);

    HistoryStore *m_store = nullptr;
    HistoryStore::Filter m_filter;
    QList<HistoryEntry> m_entries;
    bool m_exhausted = true;
    std::optional<HistoryStore::SortKey> m_sortKey; // empty: newest first (keyset pages)
    bool m_ascending = false;

    Result<QList<HistoryEntry>> nextPage() const;
};
