#pragma once

#include <QString>

// The member cell of an import row: a user id, a username, or a profile URL
// (https://www.roblox.com/users/156/profile).
struct UserRef
{
    enum class Kind { Id, Name, Invalid };
    Kind kind = Kind::Invalid;
    qint64 id = 0;
    QString name;
    bool isUrl = false;

    static UserRef parse(const QString &cell);
};

// The target cell: a role (rank number, role name or role id, resolved by RankRules), promote,
// demote, or a step of +N/-N assignable ranks. Action words are read in every shipped language.
struct TargetRef
{
    enum class Kind { Role, Promote, Demote, Step, Invalid };
    Kind kind = Kind::Invalid;
    QString text; // Role: as written
    int steps = 0; // Step: +N or -N; Promote +1, Demote -1

    bool isStep() const { return kind == Kind::Promote || kind == Kind::Demote || kind == Kind::Step; }
    bool isRankNumber() const;
    static TargetRef parse(const QString &cell);
};

// One data row of an import file, reduced to the mapped cells. A record the reader could not
// read carries its error instead.
struct ImportLine
{
    qint64 line = 0;
    QString user;
    QString target;
    QString reason;
    QString error;
};
