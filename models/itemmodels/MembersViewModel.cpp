#include "MembersViewModel.h"

#include "MembersModel.h"

#include <algorithm>
#include <cstring>
#include <numeric>

MembersViewModel::MembersViewModel(QObject *parent) : QAbstractProxyModel(parent) { }

void MembersViewModel::setMembersModel(MembersModel *model)
{
    beginResetModel();
    if (m_members)
        disconnect(m_members, nullptr, this, nullptr);
    m_members = model;
    QAbstractProxyModel::setSourceModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_roleFilterIndex = m_members->roleIndexOfId(m_roleFilterId);
        rebuildAll();
        endResetModel();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &MembersViewModel::onSourceDataChanged);
    rebuildAll();
    endResetModel();
}

void MembersViewModel::rebuildAll()
{
    m_sortedAll.resize(size_t(m_members ? m_members->rowCount() : 0));
    std::iota(m_sortedAll.begin(), m_sortedAll.end(), 0);
    if (m_sortColumn >= 0)
        applySort();
    applyFilter(false);
}

void MembersViewModel::applySort()
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_sortedAll.begin(), m_sortedAll.end(), [this, column, descending](int a, int b) {
        const int c = m_members->compareRows(column, a, b);
        return descending ? c > 0 : c < 0;
    });
}

bool MembersViewModel::roleMatches(int sourceRow) const
{
    return m_roleFilterId == 0 || m_members->roleIndexOf(sourceRow) == m_roleFilterIndex;
}

void MembersViewModel::applyFilter(bool mayNarrow)
{
    std::vector<int> result;
    if (m_needle.isEmpty() && m_roleFilterId == 0) {
        result = m_sortedAll;
    } else if (m_needle.isEmpty()) {
        for (int row : m_sortedAll) {
            if (roleMatches(row))
                result.push_back(row);
        }
    } else if (mayNarrow && m_proxyToSource.size() * 8 < m_sortedAll.size()) {
        // The text only grew: every new match was an old match, and the old set is small.
        for (int row : m_proxyToSource) {
            const std::string_view text = m_members->searchText(row);
            if (memmem(text.data(), text.size(), m_needle.constData(), size_t(m_needle.size())))
                result.push_back(row);
        }
    } else {
        // One pass of memmem over the whole pool, then keep the hits in sort order.
        const std::string_view pool = m_members->searchPool();
        std::vector<bool> hit(m_sortedAll.size(), false);
        size_t position = 0;
        while (position < pool.size()) {
            const void *found = memmem(pool.data() + position, pool.size() - position, m_needle.constData(),
                                       size_t(m_needle.size()));
            if (!found)
                break;
            const qsizetype offset = static_cast<const char *>(found) - pool.data();
            const int row = m_members->rowAtSearchOffset(offset);
            hit[size_t(row)] = true;
            position = size_t(offset) + 1;
            // Skip the rest of this row: one hit is enough.
            const std::string_view rowText = m_members->searchText(row);
            position = std::max(position, size_t(rowText.data() - pool.data()) + rowText.size());
        }
        for (int row : m_sortedAll) {
            if (hit[size_t(row)] && roleMatches(row))
                result.push_back(row);
        }
    }
    m_proxyToSource = std::move(result);
    rebuildReverseMap();
}

void MembersViewModel::rebuildReverseMap()
{
    m_sourceToProxy.assign(m_sortedAll.size(), -1);
    for (size_t i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[size_t(m_proxyToSource[i])] = int(i);
}

void MembersViewModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    // Control characters are dropped: the search pool separates fields with one.
    QString cleaned = text;
    cleaned.removeIf([](QChar c) { return c.unicode() < 0x20; });
    const QByteArray needle = cleaned.trimmed().toLower().toUtf8();
    const bool narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
    m_filterText = text;
    m_needle = needle;
    beginResetModel();
    applyFilter(narrowing);
    endResetModel();
}

void MembersViewModel::setRoleFilter(qint64 roleId)
{
    if (roleId == m_roleFilterId)
        return;
    m_roleFilterId = roleId;
    m_roleFilterIndex = m_members ? m_members->roleIndexOfId(roleId) : -1;
    beginResetModel();
    applyFilter(false);
    endResetModel();
}

void MembersViewModel::sort(int column, Qt::SortOrder order)
{
    if (!m_members || (column == m_sortColumn && order == m_sortOrder))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QModelIndex> sources;
    for (const QModelIndex &index : before)
        sources.append(mapToSource(index));
    m_sortColumn = column;
    m_sortOrder = order;
    if (column >= 0)
        applySort();
    else
        std::iota(m_sortedAll.begin(), m_sortedAll.end(), 0);
    // Re-derive the visible rows from the new order without scanning text again.
    std::vector<int> visible;
    visible.reserve(m_proxyToSource.size());
    for (int row : m_sortedAll) {
        if (m_sourceToProxy[size_t(row)] >= 0)
            visible.push_back(row);
    }
    m_proxyToSource = std::move(visible);
    rebuildReverseMap();
    QModelIndexList after;
    for (const QModelIndex &source : sources)
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MembersViewModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                           const QList<int> &roles)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = m_sourceToProxy[size_t(row)];
        if (proxyRow >= 0)
            emit dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()), roles);
    }
}

QModelIndex MembersViewModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_members)
        return {};
    return m_members->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex MembersViewModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row >= 0 ? index(row, sourceIndex.column()) : QModelIndex();
}

QModelIndex MembersViewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MembersViewModel::parent(const QModelIndex &) const
{
    return {};
}

int MembersViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int MembersViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_members ? 0 : m_members->columnCount();
}
