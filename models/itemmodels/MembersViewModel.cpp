#include "MembersViewModel.h"

#include "MembersModel.h"

#include <algorithm>
#include <numeric>
#include <thread>

namespace {
// Below this many rows one core filters faster than starting threads.
constexpr size_t ParallelScanRows = 200'000;
} // namespace

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
    const size_t count = size_t(m_members ? m_members->rowCount() : 0);
    m_scratch.assign(count, 0);
    m_proxyToSource.assign(count, 0);
    m_hit.assign(count, 0);
    m_sortedAll.resize(count);
    std::iota(m_sortedAll.begin(), m_sortedAll.end(), 0);
    if (m_sortColumn >= 0)
        applySort();
    applyFilter(false);
}

void MembersViewModel::applySort()
{
    // Keys are gathered once, then compared cheaply; ties keep source order (a stable result).
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const size_t count = m_sortedAll.size();
    if (MembersModel::isTextColumn(column)) {
        std::vector<std::string_view> keys(count);
        for (size_t row = 0; row < count; ++row)
            keys[row] = m_members->sortText(column, int(row));
        std::sort(m_sortedAll.begin(), m_sortedAll.end(), [&keys, descending](int a, int b) {
            const int c = keys[size_t(a)].compare(keys[size_t(b)]);
            return c != 0 ? (descending ? c > 0 : c < 0) : a < b;
        });
    } else {
        std::vector<qint64> keys(count);
        for (size_t row = 0; row < count; ++row)
            keys[row] = m_members->sortNumber(column, int(row));
        std::sort(m_sortedAll.begin(), m_sortedAll.end(), [&keys, descending](int a, int b) {
            const qint64 x = keys[size_t(a)];
            const qint64 y = keys[size_t(b)];
            return x != y ? (descending ? x > y : x < y) : a < b;
        });
    }
}

bool MembersViewModel::roleMatches(int sourceRow) const
{
    return m_roleFilterId == 0 || m_members->roleIndexOf(sourceRow) == m_roleFilterIndex;
}

void MembersViewModel::applyFilter(bool mayNarrow)
{
    std::vector<int> &result = m_scratch;
    result.clear();
    if (m_needle.isEmpty() && m_roleFilterId == 0) {
        result.assign(m_sortedAll.begin(), m_sortedAll.end());
    } else if (m_needle.isEmpty()) {
        for (int row : m_sortedAll) {
            if (roleMatches(row))
                result.push_back(row);
        }
    } else {
        const std::string_view needle(m_needle.constData(), size_t(m_needle.size()));
        const quint64 needed = MembersModel::charMaskOf(needle);
        const bool maskDecides = MembersModel::charMaskIsExact(needle);
        auto matches = [this, needle, needed, maskDecides](int row) {
            if ((m_members->charMask(row) & needed) != needed)
                return false;
            return maskDecides || m_members->searchText(row).find(needle) != std::string_view::npos;
        };
        if (mayNarrow && m_proxyToSource.size() * 8 < m_sortedAll.size()) {
            // The text only grew: every new match was an old match, and the old set is small.
            for (int row : m_proxyToSource) {
                if (matches(row))
                    result.push_back(row);
            }
        } else {
            // Test rows in memory order (cache-friendly), split across cores for large rosters,
            // then keep the hits in sort order.
            std::vector<quint8> &hit = m_hit;
            auto scan = [&hit, &matches](size_t from, size_t to) {
                for (size_t row = from; row < to; ++row)
                    hit[row] = matches(int(row));
            };
            const size_t count = hit.size();
            const size_t workers = count >= ParallelScanRows ? std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4) : 1;
            std::vector<std::thread> helpers;
            for (size_t w = 1; w < workers; ++w)
                helpers.emplace_back(scan, count * w / workers, count * (w + 1) / workers);
            scan(0, count / workers);
            for (std::thread &helper : helpers)
                helper.join();
            for (int row : m_sortedAll) {
                if (hit[size_t(row)] && roleMatches(row))
                    result.push_back(row);
            }
        }
    }
    m_proxyToSource.swap(result); // the old list becomes the next scratch buffer
    invalidateReverseMap();
}

const std::vector<int> &MembersViewModel::sourceToProxy() const
{
    // Views rarely map from the source (edits, selection sync), so typing does not pay for this.
    if (m_sourceToProxy.size() != m_sortedAll.size()) {
        m_sourceToProxy.assign(m_sortedAll.size(), -1);
        for (size_t i = 0; i < m_proxyToSource.size(); ++i)
            m_sourceToProxy[size_t(m_proxyToSource[i])] = int(i);
    }
    return m_sourceToProxy;
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
    const std::vector<int> &shown = sourceToProxy();
    std::vector<int> visible;
    visible.reserve(m_proxyToSource.size());
    for (int row : m_sortedAll) {
        if (shown[size_t(row)] >= 0)
            visible.push_back(row);
    }
    m_proxyToSource = std::move(visible);
    invalidateReverseMap();
    QModelIndexList after;
    for (const QModelIndex &source : sources)
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MembersViewModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                           const QList<int> &roles)
{
    const std::vector<int> &shown = sourceToProxy();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = shown[size_t(row)];
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
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_sortedAll.size())
        return {};
    const int row = sourceToProxy()[size_t(sourceIndex.row())];
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
