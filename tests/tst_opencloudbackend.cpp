#include "TestSupport.h"
#include "api/OpenCloudBackend.h"
#include "api/UserDirectory.h"

#include <QJsonArray>
#include <QTest>

using namespace TestSupport;
using Kind = ApiError::Kind;

class tst_OpenCloudBackend : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<UserDirectory> m_users;

    std::unique_ptr<OpenCloudBackend> backend(const QString &key, qint64 group = 0)
    {
        return std::make_unique<OpenCloudBackend>(m_transport.get(), m_users.get(), m_sim->baseUrl(),
                                                  group ? group : m_sim->groupId(), key);
    }
    Role roleWithRank(const QList<Role> &roles, int rank)
    {
        for (const Role &role : roles)
            if (role.rank == rank)
                return role;
        return {};
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<Sandbox>(2000);
        m_transport = std::make_unique<HttpTransport>(&m_nam);
        m_users = std::make_unique<UserDirectory>(m_transport.get(), m_sim->baseUrl());
    }

    void lastPathId()
    {
        QCOMPARE(OpenCloudBackend::lastPathId(QStringLiteral("groups/7/roles/99513316")), qint64(99513316));
        QCOMPARE(OpenCloudBackend::lastPathId(QStringLiteral("users/156")), qint64(156));
    }

    void group()
    {
        const auto group = await(backend(m_sim->ownerKey)->group());
        QVERIFY(group.ok());
        QCOMPARE(group.value().id, m_sim->groupId());
        QCOMPARE(group.value().memberCount, qint64(2000));
        QVERIFY(group.value().ownerUserId > 0);
    }

    void rolesAcrossPages()
    {
        const auto roles = await(backend(m_sim->ownerKey)->roles());
        QVERIFY(roles.ok());
        QCOMPARE(roles.value().size(), m_sim->state().value(QStringLiteral("roles")).toArray().size());
        QCOMPARE(roleWithRank(roles.value(), 0).memberCount, qint64(-1)); // Guest has no count
    }

    void allMembersThroughPaging()
    {
        auto reader = backend(m_sim->ownerKey);
        QSet<qint64> ids;
        QString token;
        int pages = 0;
        do {
            const auto page = await(reader->memberPage(token));
            QVERIFY2(page.ok(), qPrintable(page.error().userText()));
            for (const Member &member : page.value().members) {
                ids.insert(member.userId);
                QVERIFY(!member.username.isEmpty());
                QVERIFY(member.memberSince.isValid());
                QVERIFY(member.roleId != 0);
            }
            token = page.value().nextPageToken;
            ++pages;
        } while (!token.isEmpty());
        QCOMPARE(ids.size(), 2000);
        QCOMPARE(pages, 20);
    }

    void member()
    {
        const qint64 user = m_sim->memberWithRank(30);
        const auto member = await(backend(m_sim->ownerKey)->member(user));
        QVERIFY(member.ok());
        QVERIFY(member.value().has_value());
        QCOMPARE(member.value()->userId, user);
        QCOMPARE(member.value()->roleId, m_sim->memberState(user).value(QStringLiteral("roleId")).toInteger());
        QVERIFY(!member.value()->username.isEmpty());
    }

    void nonMemberIsEmpty()
    {
        const auto member = await(backend(m_sim->ownerKey)->member(m_sim->outsiderUserId()));
        QVERIFY(member.ok());
        QVERIFY(!member.value().has_value());
    }

    void setRoleAndReadBack()
    {
        auto writer = backend(m_sim->ownerKey);
        const auto roles = await(writer->roles()).value();
        const qint64 user = m_sim->memberWithRank(5);
        const auto written = await(writer->setRole(user, roleWithRank(roles, 5), roleWithRank(roles, 60), QString()));
        QVERIFY2(written.ok(), qPrintable(written.error().userText()));
        const auto member = await(writer->member(user));
        QCOMPARE(member.value()->roleId, roleWithRank(roles, 60).id);
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), 60);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("memberRank");
        QTest::addColumn<int>("targetRank");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong key") << QStringLiteral("wrong") << 1 << 5 << int(Kind::Auth) << 401;
        QTest::newRow("expired key") << QStringLiteral("expired") << 1 << 5 << int(Kind::Auth) << 401;
        QTest::newRow("read-only key") << QStringLiteral("readonly") << 1 << 5 << int(Kind::Permission) << 403;
        QTest::newRow("above the key owner") << QStringLiteral("officer") << 1 << 254 << int(Kind::Permission) << 403;
        QTest::newRow("owner role") << QStringLiteral("owner") << 1 << 255 << int(Kind::Invalid) << 400;
        QTest::newRow("non-member") << QStringLiteral("owner") << -1 << 5 << int(Kind::NotFound) << 404;
    }
    void errors()
    {
        QFETCH(QString, key);
        QFETCH(int, memberRank);
        QFETCH(int, targetRank);
        QFETCH(int, kind);
        QFETCH(int, status);
        const QString secret = m_sim->key(key);
        const auto roles = await(backend(m_sim->ownerKey)->roles()).value();
        const qint64 user = memberRank < 0 ? m_sim->outsiderUserId() : m_sim->memberWithRank(memberRank);
        const auto written = await(backend(secret)->setRole(user, roleWithRank(roles, 1), roleWithRank(roles, targetRank), QString()));
        QVERIFY(!written.ok());
        QCOMPARE(int(written.error().kind), kind);
        QCOMPARE(written.error().httpStatus, status);
        QVERIFY(!written.error().message.isEmpty());
        QVERIFY(!written.error().userText().contains(secret)); // the key never shows
    }

    void unknownGroup()
    {
        const auto roles = await(backend(m_sim->ownerKey, 1)->roles());
        QVERIFY(!roles.ok());
        QCOMPARE(roles.error().kind, Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_OpenCloudBackend)
#include "tst_opencloudbackend.moc"
