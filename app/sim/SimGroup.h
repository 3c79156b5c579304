#pragma once

#include "SimConfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <set>
#include <vector>

struct SimRole
{
    qint64 id = 0;
    QString name;
    int rank = 0;
    QString description;
    qint64 memberCount = 0;
};

struct SimUser
{
    qint64 id = 0;
    QString name;
    QString displayName;
    qint64 createdMs = 0;
};

struct SimMember
{
    qint64 userId = 0;
    int roleIndex = 0;             // highest role held
    std::vector<int> extraRoles;   // further roles (multi-role groups), usually empty
    qint64 joinedMs = 0;
    qint64 updatedMs = 0;
};

struct SimWrite
{
    qint64 sequence = 0;
    qint64 timeMs = 0;
    qint64 userId = 0;
    qint64 fromRoleId = 0;
    qint64 toRoleId = 0;
    QString via; // "opencloud", "outside"
};

// The sandbox group's whole state: a deterministic seeded role ladder and roster, users outside the
// group, and a log of every write. Lives in the simulator's thread only.
class SimGroup
{
public:
    explicit SimGroup(const SimConfig &config);

    qint64 groupId() const { return m_groupId; }
    const QString &name() const { return m_name; }
    qint64 ownerUserId() const { return m_ownerUserId; }
    const QList<SimRole> &roles() const { return m_roles; }
    const std::vector<SimMember> &members() const { return m_members; }
    const std::set<qint64> &membersOfRole(int roleIndex) const { return m_roleMembers[size_t(roleIndex)]; }
    const QList<SimWrite> &writes() const { return m_writes; }
    // Users who exist on the platform but are not in the group.
    QList<SimUser> outsiders() const;

    int roleIndexById(qint64 roleId) const;
    int roleIndexByRank(int rank) const;
    const SimMember *member(qint64 userId) const;
    const SimUser *user(qint64 userId) const;
    const SimUser *userByName(const QString &name) const;
    // First member holding the rank (used to give keys their owners).
    qint64 firstMemberWithRank(int rank) const;

    // Moves a member to exactly one role and logs the write.
    void setRole(qint64 userId, int roleIndex, const QString &via);
    void assignExtraRole(qint64 userId, int roleIndex, const QString &via);
    bool unassignRole(qint64 userId, int roleIndex, const QString &via);
    // The member leaves the group (as if kicked or leaving on the website); the user stays.
    bool removeMember(qint64 userId);

private:
    void seed(const SimConfig &config);
    void addMember(const SimUser &user, int roleIndex, qint64 joinedMs);
    void moveIndex(SimMember &member, int newRoleIndex);

    qint64 m_groupId;
    QString m_name;
    qint64 m_ownerUserId = 0;
    QList<SimRole> m_roles; // ascending rank
    std::vector<SimMember> m_members;
    std::vector<SimUser> m_users; // seeded members first, then outsiders
    size_t m_seededMembers = 0;
    QHash<qint64, int> m_memberIndex;
    QHash<qint64, int> m_userIndex;
    QHash<QString, int> m_userByLowerName;
    std::vector<std::set<qint64>> m_roleMembers;
    QList<SimWrite> m_writes;
};
