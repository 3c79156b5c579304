#include "ImportChecksModel.h"

#include <QBrush>
#include <QColor>

using Status = ImportCheck::Status;

ImportChecksModel::ImportChecksModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportChecksModel::setChecks(QList<ImportCheck> checks)
{
    beginResetModel();
    m_checks = std::move(checks);
    rebuildVisible();
    endResetModel();
}

void ImportChecksModel::setStatusFilter(std::optional<Status> status)
{
    if (status == m_filter)
        return;
    beginResetModel();
    m_filter = status;
    rebuildVisible();
    endResetModel();
}

void ImportChecksModel::rebuildVisible()
{
    m_visible.clear();
    m_visible.reserve(m_filter ? 0 : m_checks.size());
    for (int i = 0; i < m_checks.size(); ++i)
        if (!m_filter || m_checks[i].status == *m_filter)
            m_visible.append(i);
}

int ImportChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ImportChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportCheck &check = checkAt(index.row());
    const auto roleText = [](const Role &r) { return r.id ? ImportChecksModel::tr("%1 (%2)").arg(r.name).arg(r.rank) : QString(); };
    if (role == StatusRole)
        return int(check.status);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn: return check.line;
        case MemberColumn: return check.username.isEmpty() ? check.userText : check.username;
        case CurrentColumn: return roleText(check.current);
        case TargetColumn: return check.status == Status::Invalid ? QString() : roleText(check.target);
        case StatusColumn: return ImportCheck::statusText(check.status);
        case MessageColumn: return check.message;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        // Palette-neutral hues that read on light and dark themes.
        switch (check.status) {
        case Status::Ready: return QBrush(QColor(0x2e, 0x9d, 0x4f));
        case Status::Invalid:
        case Status::Conflict: return QBrush(QColor(0xd0, 0x3b, 0x3b));
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case MemberColumn: return tr("Member");
    case CurrentColumn: return tr("Current role");
    case TargetColumn: return tr("Target role");
    case StatusColumn: return tr("Status");
    case MessageColumn: return tr("Change or reason");
    }
    return {};
}
