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
};

// Changes a member's role through one provider.
class RankWriter
{
public:
    virtual ~RankWriter() = default;
    virtual QString backendName() const = 0;
    virtual QFuture<Result<Unit>> setRole(qint64 userId, const Role &current, const Role &target,
                                          const QString &reason) = 0;
};
