#pragma once

#include <QAbstractProxyModel>

#include <vector>

class MembersModel;

// Filter-as-you-type and sort over MembersModel, built for 1M rows: the filter first tests each row's
// character mask, then searches only the candidates' lower-cased UTF-8 text (not per-row QString
// matching like QSortFilterProxyModel), narrows the previous result when the text only grew, and
// keeps results in the current sort order so a filter never re-sorts.
class MembersViewModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersViewModel)

public:
    explicit MembersViewModel(QObject *parent = nullptr);

    void setMembersModel(MembersModel *model);
    MembersModel *membersModel() const { return m_members; }

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setRoleFilter(qint64 roleId); // 0 = all roles
    qint64 roleFilter() const { return m_roleFilterId; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

private:
    void rebuildAll();
    void applySort();
    void applyFilter(bool mayNarrow);
    void invalidateReverseMap() { m_sourceToProxy.clear(); }
    const std::vector<int> &sourceToProxy() const; // built on first use after a change
    bool roleMatches(int sourceRow) const;
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    MembersModel *m_members = nullptr;
    QString m_filterText;
    QByteArray m_needle;
    qint64 m_roleFilterId = 0;
    int m_roleFilterIndex = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sortedAll;       // every source row in sort order
    std::vector<int> m_proxyToSource;   // visible rows
    mutable std::vector<int> m_sourceToProxy; // -1 when hidden; empty = not built yet
    // Buffers reused by every keystroke, touched once at load so typing never waits on page faults.
    std::vector<int> m_scratch;
    std::vector<quint8> m_hit; // bytes, not bits: threads write disjoint ranges
};
