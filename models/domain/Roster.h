#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// Domain values of a Roblox group as Rankdesk sees it. Ids are Roblox's (role ids are large numbers
// unique across Roblox; rank is the 0-255 number unique only within a group).
struct Role
{
    qint64 id = 0;
    QString name;
    int rank = 0;
    qint64 memberCount = -1; // -1 when the provider does not say (Open Cloud's Guest role)

    static constexpr int GuestRank = 0;
    static constexpr int OwnerRank = 255;
    bool operator==(const Role &other) const { return id == other.id; }
};

struct GroupInfo
{
    qint64 id = 0;
    QString name;
    qint64 memberCount = 0;
    qint64 ownerUserId = 0;
};

struct Member
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    qint64 roleId = 0;
    QDateTime memberSince; // invalid when the reader cannot tell (legacy endpoints)
};

struct MemberPage
{
    QList<Member> members;
    QString nextPageToken; // empty on the last page
};

Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Member)
