#include "HistoryModel.h"

#include "storage/HistoryStore.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void HistoryModel::setStore(HistoryStore *store, qint64 groupId)
{
    HistoryStore::Filter filter;
    filter.groupId = groupId;
    setQuery(store, filter);
}

void HistoryModel::setQuery(HistoryStore *store, const HistoryStore::Filter &filter)
{
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_filter = filter;
    m_entries.clear();
    m_exhausted = store == nullptr;
    if (store) {
        if (const auto page = nextPage()) {
            m_entries = page.value();
            m_exhausted = m_entries.size() < PageSize;
        }
        connect(store, &HistoryStore::recorded, this, &HistoryModel::prepend);
    }
    endResetModel();
}

qint64 HistoryModel::totalCount() const
{
    return m_store ? m_store->count(m_filter).value_or_default() : 0;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_entries.isEmpty())
        return;
    const auto page = nextPage();
    if (!page) {
        m_exhausted = true; // the view stops asking; the next query starts over
        return;
    }
    m_exhausted = page.value().size() < PageSize;
    if (page.value().isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.value().size() - 1));
    m_entries += page.value();
    endInsertRows();
}

Result<QList<HistoryEntry>> HistoryModel::nextPage() const
{
    if (m_sortKey)
        return m_store->sortedPage(m_filter, *m_sortKey, m_ascending, int(m_entries.size()), PageSize);
    if (m_entries.isEmpty())
        return m_store->page(m_filter, std::nullopt, PageSize);
    const HistoryEntry &last = m_entries.last();
    return m_store->page(m_filter, HistoryStore::PageKey{last.time.toMSecsSinceEpoch(), last.id}, PageSize);
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    using Key = HistoryStore::SortKey;
    static const QHash<int, Key> keys{{TimeColumn, Key::Time}, {MemberColumn, Key::Member}, {ActionColumn, Key::Action},
                                      {FromColumn, Key::From},  {ToColumn, Key::To},         {OutcomeColumn, Key::Outcome},
                                      {SourceColumn, Key::Source}};
    if (!keys.contains(column))
        return;
    const Key key = keys.value(column);
    const bool ascending = order == Qt::AscendingOrder;
    // Newest first is the keyset order that follows new records.
    if (key == Key::Time && !ascending)
        m_sortKey.reset();
    else
        m_sortKey = key;
    m_ascending = ascending;
    setQuery(m_store, m_filter);
}

void HistoryModel::prepend(const HistoryEntry &entry)
{
    if (m_sortKey || !HistoryStore::matches(m_filter, entry))
        return;
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString roleText(const QString &name, int rank)
{
    if (name.isEmpty())
        return {};
    return rank >= 0 ? HistoryModel::tr("%1 (%2)").arg(name).arg(rank) : name;
}

QString HistoryModel::sourceText(const QString &source)
{
    if (source == u"single") return tr("Single change");
    if (source == u"bulk") return tr("Bulk");
    if (source == u"csv-import") return tr("CSV import");
    if (source == u"revert") return tr("Revert");
    if (source == u"outside") return tr("Outside Rankdesk");
    if (source == u"audit-log") return tr("Roblox audit log");
    return source;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn && e.outcome == HistoryEntry::Outcome::Failed)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return e.error.isEmpty() ? e.reason : e.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case MemberColumn:
        return e.username.isEmpty() ? QString::number(e.userId)
                                    : (e.userId != 0 ? tr("%1 (%2)").arg(e.username).arg(e.userId) : e.username);
    case ActionColumn:
        if (e.action == u"promote") return tr("Promote");
        if (e.action == u"demote") return tr("Demote");
        return tr("Set rank");
    case FromColumn: return roleText(e.previousRoleName, e.previousRank);
    case ToColumn: return roleText(e.newRoleName, e.newRank);
    case OutcomeColumn:
        switch (e.outcome) {
        case HistoryEntry::Outcome::Done: return tr("Done");
        case HistoryEntry::Outcome::Failed: return tr("Failed");
        case HistoryEntry::Outcome::Skipped: return tr("Skipped");
        }
        return {};
    case DetailColumn: return e.error.isEmpty() ? e.reason : e.error;
    case SourceColumn: return sourceText(e.source);
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case MemberColumn: return tr("Member");
    case ActionColumn: return tr("Action");
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case OutcomeColumn: return tr("Outcome");
    case DetailColumn: return tr("Error / reason");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}
