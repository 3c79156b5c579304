#include "RolesModel.h"

#include <QLocale>

#include <algorithm>

RolesModel::RolesModel(QObject *parent) : QAbstractTableModel(parent) { }

void RolesModel::setRoles(const QList<Role> &roles)
{
    beginResetModel();
    m_roles = roles;
    std::stable_sort(m_roles.begin(), m_roles.end(), [](const Role &a, const Role &b) { return a.rank > b.rank; });
    endResetModel();
}

void RolesModel::adjustCount(qint64 roleId, int delta)
{
    for (qsizetype row = 0; row < m_roles.size(); ++row) {
        Role &role = m_roles[row];
        if (role.id == roleId && role.memberCount >= 0) {
            role.memberCount = std::max<qint64>(0, role.memberCount + delta);
            emit dataChanged(index(int(row), MembersColumn), index(int(row), MembersColumn));
        }
    }
}

void RolesModel::moveMember(qint64 fromRoleId, qint64 toRoleId)
{
    if (fromRoleId == toRoleId)
        return;
    adjustCount(fromRoleId, -1);
    adjustCount(toRoleId, +1);
}

int RolesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RolesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Role &r = m_roles.at(index.row());
    if (role == RoleIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("Role id %1").arg(r.id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn: return r.rank;
    case NameColumn: return r.name;
    case MembersColumn: return r.memberCount >= 0 ? QLocale().toString(r.memberCount) : QString();
    default: return {};
    }
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("Rank");
    case NameColumn: return tr("Role");
    case MembersColumn: return tr("Members");
    default: return {};
    }
}
