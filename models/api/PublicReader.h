#pragma once

#include "GroupReader.h"
#include "HttpTransport.h"

#include <QObject>

class UserDirectory;

// Roblox's anonymous public endpoints (groups.roblox.com): no key, one call for all roles, members
// listed role by role with cursor paging. "Member since" is not available from these endpoints.
class PublicReader final : public QObject, public GroupReader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicReader)

public:
    PublicReader(HttpTransport *transport, UserDirectory *users, QUrl groupsBaseUrl, qint64 groupId,
                 QObject *parent = nullptr);

    static constexpr int MemberPageSize = 100; // one of the documented limits 10/25/50/100

    QString backendName() const override { return QStringLiteral("public"); }
    QFuture<Result<GroupInfo>> group() override;
    QFuture<Result<QList<Role>>> roles() override;
    // The page token is "<role index>:<cursor>" over the non-guest roles in rank order.
    QFuture<Result<MemberPage>> memberPage(const QString &pageToken) override;
    QFuture<Result<std::optional<Member>>> member(qint64 userId) override;
    QFuture<Result<std::optional<qint64>>> memberRole(qint64 userId) override;

private:
    void fetchRoleMembers(qsizetype roleIndex, const QString &cursor,
                          std::shared_ptr<QPromise<Result<MemberPage>>> promise);

    HttpTransport *m_transport;
    UserDirectory *m_users;
    QUrl m_base;
    qint64 m_groupId;
    QList<Role> m_memberRoles; // roles with members (rank > 0), cached by the first member page
};
