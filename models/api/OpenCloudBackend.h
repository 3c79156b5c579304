#pragma once

#include "GroupReader.h"
#include "HttpTransport.h"

#include <QObject>
#include <QSet>
#include <QUrlQuery>

class UserDirectory;

// Roblox Open Cloud v2 (apis.roblox.com) with an API key: reads the group, roles and memberships
// and sets ranks with PATCH on the membership (one atomic write per change; the user id stands in
// for the membership id, as the spec allows). Usernames for member pages come from UserDirectory,
// because memberships carry only user paths.
class OpenCloudBackend final : public QObject, public GroupReader, public RankWriter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenCloudBackend)

public:
    OpenCloudBackend(HttpTransport *transport, UserDirectory *users, QUrl baseUrl, qint64 groupId,
                     QString apiKey, QObject *parent = nullptr);

    static constexpr int RolePageSize = 20;
    // A group has at most 256 roles (ranks 0-255 are unique), 13 pages of 20; the role listing is
    // refused past 64 pages (short pages allowed) or when a page token comes back.
    static constexpr int MaxRolePages = 64;
    static constexpr int MemberPageSize = 100;

    QString backendName() const override { return QStringLiteral("opencloud"); }
    QFuture<Result<GroupInfo>> group() override;
    QFuture<Result<QList<Role>>> roles() override;
    QFuture<Result<MemberPage>> memberPage(const QString &pageToken) override;
    QFuture<Result<std::optional<Member>>> member(qint64 userId) override;
    QFuture<Result<std::optional<qint64>>> memberRole(qint64 userId) override;
    QString displayName() const override { return tr("Roblox Open Cloud"); }
    WriterCapabilities capabilities() const override;
    QFuture<Result<WriteReceipt>> setRole(qint64 userId, const Role &current, const Role &target,
                                          const QString &reason) override;
    QFuture<Result<QString>> checkAccess() override;

    // What the key may do, from POST /api-keys/v1/introspect.
    struct KeyInfo
    {
        bool enabled = false;
        bool expired = false;
        bool readsGroup = false;  // a "group" scope with read for this group (or all groups)
        bool writesGroup = false; // the same with write
        QString name;
        qint64 authorizedUserId = 0; // the key's owner: changes are made with this member's rank
    };
    QFuture<Result<KeyInfo>> introspectKey();

    // Parsers shared with tests; "groups/7/roles/99" -> 99, "users/156" -> 156.
    static qint64 lastPathId(const QString &path);

private:
    HttpRequest request(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                        const QByteArray &body = {}) const;
    struct RoleListing
    {
        QList<Role> roles;
        QSet<QString> tokens; // every page token given so far
        int pages = 0;
    };
    void fetchRolePage(const QString &token, std::shared_ptr<RoleListing> listing,
                       std::shared_ptr<QPromise<Result<QList<Role>>>> promise);

    HttpTransport *m_transport;
    UserDirectory *m_users;
    QUrl m_base;
    qint64 m_groupId;
    QString m_apiKey; // memory only
};
