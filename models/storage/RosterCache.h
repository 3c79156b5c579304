#pragma once

#include "Database.h"
#include "domain/Roster.h"

#include <QCoreApplication>

// The last roster Rankdesk read for each group, with when it was read.
struct CachedRoster
{
    QList<Role> roles;
    QList<Member> members;
    QDateTime fetched; // UTC
};

// Keeps the last roster of each group in the database, replaced whole on every refresh.
class RosterCache
{
    Q_DECLARE_TR_FUNCTIONS(RosterCache)

public:
    explicit RosterCache(Database database) : m_database(std::move(database)) { }

    Result<Unit> save(qint64 groupId, const QList<Role> &roles, const QList<Member> &members, const QDateTime &fetched);
    // std::nullopt when the group was never read.
    Result<std::optional<CachedRoster>> load(qint64 groupId) const;
    // The roles only (names for a batch's items without a connection); empty when never read.
    Result<QList<Role>> roles(qint64 groupId) const;

private:
    static QList<Role> parseRoles(const QString &json);

    Database m_database;
};
