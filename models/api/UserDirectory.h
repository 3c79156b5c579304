#pragma once

#include "HttpTransport.h"
#include "domain/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>

#include <optional>

struct UserIdentity
{
    qint64 id = 0;
    QString name;
    QString displayName;
};

// Roblox's anonymous user lookups on the users host: usernames to ids, ids to names, one user.
// Batches are split to the documented sizes (100 usernames, 100 ids per request).
class UserDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDirectory)

public:
    UserDirectory(HttpTransport *transport, QUrl usersBaseUrl, QObject *parent = nullptr);

    static constexpr int BatchSize = 100;

    // Unknown usernames are simply absent from the answer.
    QFuture<Result<QList<UserIdentity>>> lookupUsernames(const QStringList &usernames);
    QFuture<Result<QList<UserIdentity>>> lookupIds(const QList<qint64> &userIds);
    // std::nullopt when no such user exists.
    QFuture<Result<std::optional<UserIdentity>>> user(qint64 userId);

private:
    QFuture<Result<QList<UserIdentity>>> lookupBatches(const QByteArray &path, QList<QJsonObject> bodies);

    HttpTransport *m_transport;
    QUrl m_base;
};
