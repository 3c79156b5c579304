#pragma once

#include "domain/Roster.h"

#include <QAbstractTableModel>

// The group's roles, highest rank first, with member counts kept current as ranks change.
class RolesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolesModel)

public:
    enum Column { RankColumn, NameColumn, MembersColumn, ColumnCount };
    enum DataRole { RoleIdRole = Qt::UserRole };

    explicit RolesModel(QObject *parent = nullptr);

    void setRoles(const QList<Role> &roles);
    const QList<Role> &roles() const { return m_roles; }
    Role roleAt(int row) const { return m_roles.at(row); }
    // A member moved from one role to another: adjust both counts in place.
    void moveMember(qint64 fromRoleId, qint64 toRoleId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void adjustCount(qint64 roleId, int delta);

    QList<Role> m_roles;
};
