#pragma once

#include "domain/Roster.h"

#include <QAbstractTableModel>
#include <QHash>

#include <string_view>
#include <vector>

// All members of a group, stored column-wise so a million rows stay small: fixed-size row records,
// names in one UTF-8 pool and a lower-cased search pool ("username\x01display name\x01user id") that
// the filter proxy scans directly. No filtering or sorting here: see MembersViewModel.
class MembersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersModel)

public:
    enum Column { UserIdColumn, UsernameColumn, DisplayNameColumn, RoleColumn, RankColumn, MemberSinceColumn, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole, UserIdRole, RoleIdRole };

    explicit MembersModel(QObject *parent = nullptr);

    void setRoster(const QList<Role> &roles, const QList<Member> &members);
    void clear();
    // Updates one member's role in place (dataChanged for that row only). False if unknown.
    bool updateMemberRole(qint64 userId, qint64 roleId);
    bool removeMember(qint64 userId);

    int rowOfUser(qint64 userId) const;
    Member memberAt(int row) const;
    Role roleAt(int row) const;
    const QList<Role> &roles() const { return m_roles; }

    // Raw access for MembersViewModel.
    std::string_view searchText(int row) const;
    int roleIndexOf(int row) const { return m_rows[size_t(row)].roleIndex; }
    int roleIndexOfId(qint64 roleId) const { return m_roleIndex.value(roleId, -1); }
    // A 64-bit set of the characters in a row's search text: a filter can only match rows whose set
    // holds every character of the filter text, and for one letter or digit the set is the answer.
    quint64 charMask(int row) const { return m_charMasks[size_t(row)]; }
    static quint64 charMaskOf(std::string_view text);
    static bool charMaskIsExact(std::string_view needle);
    // Sort keys: text columns compare lower-cased UTF-8, the others compare numbers.
    static bool isTextColumn(int column) { return column == UsernameColumn || column == DisplayNameColumn; }
    std::string_view sortText(int column, int row) const;
    qint64 sortNumber(int column, int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 userId;
        quint32 joinedSecs; // seconds since 2000-01-01 UTC, 0 = unknown
        quint32 nameOffset;
        quint16 usernameBytes;
        quint16 displayBytes;
        qint16 roleIndex;
    };

    void appendMember(const Member &member);
    void rebuildUserIndex();
    QString username(const Row &row) const;
    QString displayName(const Row &row) const;
    std::string_view searchUsername(int row) const;

    QList<Role> m_roles;
    QHash<qint64, int> m_roleIndex;
    std::vector<Row> m_rows;
    QByteArray m_names;
    QByteArray m_search;
    std::vector<quint32> m_searchStart; // size rows + 1
    std::vector<quint64> m_charMasks;
    std::vector<int> m_rowsByUserId;    // row numbers sorted by user id
};
