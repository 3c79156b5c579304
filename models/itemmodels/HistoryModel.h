#pragma once

#include "storage/HistoryEntry.h"

#include <QAbstractTableModel>

class HistoryStore;

// Recent history rows, newest first; new records appear at the top as they are stored.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { TimeColumn, MemberColumn, ActionColumn, FromColumn, ToColumn, OutcomeColumn, DetailColumn, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    // Loads the newest rows of a group and follows the store's new records for it.
    void setStore(HistoryStore *store, qint64 groupId, int limit = 500);
    const HistoryEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void prepend(const HistoryEntry &entry);

    HistoryStore *m_store = nullptr;
    qint64 m_groupId = 0;
    QList<HistoryEntry> m_entries;
};
