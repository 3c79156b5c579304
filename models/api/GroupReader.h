#pragma once

#include "domain/Result.h"
#include "domain/Roster.h"

#include <QFuture>

#include <optional>

// Reads a group: Roblox Open Cloud with a key, or Roblox's anonymous public endpoints.
class GroupReader
{
public:
    virtual ~GroupReader() = default;
    virtual QString backendName() const = 0;
    virtual QFuture<Result<GroupInfo>> group() = 0;
    virtual QFuture<Result<QList<Role>>> roles() = 0;
    // pageToken empty for the first page; the answer's nextPageToken is empty after the last.
    virtual QFuture<Result<MemberPage>> memberPage(const QString &pageToken) = 0;
    // std::nullopt when the user exists but is not in the group.
    virtual QFuture<Result<std::optional<Member>>> member(qint64 userId) = 0;
    // The member's current (highest) role id in one request; std::nullopt when not a member.
    virtual QFuture<Result<std::optional<qint64>>> memberRole(qint64 userId) = 0;
};

// What a provider reported about a write it made; -1 / empty where it says nothing.
struct WriteReceipt
{
    int previousRank = -1;
    QString previousRoleName;
    int newRank = -1;
    QString newRoleName;
    QString reference;  // provider's id for the change or workspace (Series WorkspaceId)
    QString quota;      // remaining provider budget, for display (WESK monthly requests)
};

// Which one-step operations a writer performs itself; the others Rankdesk composes from a read of
// the current role, the shared rank rules and a set-rank.
struct WriterCapabilities
{
    bool nativePromote = false;
    bool nativeDemote = false;
    QString note; // for the profile editor: plans, limits, how steps are chosen
};

// Changes a member's role through one provider.
class RankWriter
{
public:
    virtual ~RankWriter() = default;
    virtual QString backendName() const = 0;
    virtual QString displayName() const = 0;
    virtual WriterCapabilities capabilities() const = 0;
    virtual QFuture<Result<WriteReceipt>> setRole(qint64 userId, const Role &current, const Role &target,
                                                  const QString &reason) = 0;
    // Native promote (up) or demote; only called when capabilities() says so.
    virtual QFuture<Result<WriteReceipt>> step(qint64 userId, bool up, const QString &reason);
    // A harmless call that proves the key works; answers a short description of what it reached.
    virtual QFuture<Result<QString>> checkAccess() = 0;
};
