#include "HistoryModel.h"

#include "storage/HistoryStore.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void HistoryModel::setStore(HistoryStore *store, qint64 groupId, int limit)
{
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_groupId = groupId;
    m_entries.clear();
    if (store) {
        HistoryStore::Filter filter;
        filter.groupId = groupId;
        filter.limit = limit;
        if (const auto entries = store->recent(filter))
            m_entries = entries.value();
        connect(store, &HistoryStore::recorded, this, &HistoryModel::prepend);
    }
    endResetModel();
}

void HistoryModel::prepend(const HistoryEntry &entry)
{
    if (m_groupId != 0 && entry.groupId != m_groupId)
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
    default: return {};
    }
}
