#pragma once

#include "ImportValidator.h"

#include <QFuture>
#include <QObject>

class UserDirectory;

// Validates import rows against the live roster, first looking up the members the roster does not
// name (usernames in batches of 100 through POST /v1/usernames/users, ids through POST /v1/users)
// so unknown users are told apart from users outside the group. Answers are cached for the
// connection's lifetime, so a re-check after fixing the mapping sends nothing again.
class ImportChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportChecker)

public:
    explicit ImportChecker(UserDirectory *users, QObject *parent = nullptr);

    QFuture<Result<QList<ImportCheck>>> check(const ImportValidator &validator, const QList<ImportLine> &lines);

private:
    UserDirectory *m_users;
    QStringList m_queriedNames;
    QList<qint64> m_queriedIds;
    QList<UserIdentity> m_found;
};
