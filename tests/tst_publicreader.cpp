#include "HostileServer.h"
#include "TestSupport.h"
#include "api/PublicReader.h"
#include "api/UserDirectory.h"

#include <QJsonArray>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <atomic>

using namespace TestSupport;



class tst_PublicReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<UserDirectory> m_users;

    std::unique_ptr<PublicReader> reader(qint64 group = 0)
    {
        return std::make_unique<PublicReader>(m_transport.get(), m_users.get(), m_sim->baseUrl(), group ? group : m_sim->groupId());
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<Sandbox>(2000);
        m_transport = std::make_unique<HttpTransport>(&m_nam);
        m_users = std::make_unique<UserDirectory>(m_transport.get(), m_sim->baseUrl());
    }

    void group()
    {
        const auto group = await(reader()->group());
        QVERIFY(group.ok());
        QCOMPARE(group.value().memberCount, qint64(2000));
    }

    void roles()
    {
        const auto roles = await(reader()->roles());
        QVERIFY(roles.ok());
        QCOMPARE(roles.value().first().rank, 0);
        QCOMPARE(roles.value().last().rank, 255);
    }

    void allMembersRoleByRole()
    {
        auto r = reader(); // the first page fetches the roles itself
        QHash<qint64, qint64> roleOf;
        QString token;
        do {
            const auto page = await(r->memberPage(token));
            QVERIFY2(page.ok(), qPrintable(page.error().userText()));
            for (const Member &member : page.value().members) {
                QVERIFY(!roleOf.contains(member.userId));
                roleOf.insert(member.userId, member.roleId);
                QVERIFY(!member.username.isEmpty());
            }
            token = page.value().nextPageToken;
        } while (!token.isEmpty());
        QCOMPARE(roleOf.size(), 2000);
        for (const QJsonValue &m : m_sim->state().value(QStringLiteral("members")).toArray())
            QCOMPARE(roleOf.value(m.toObject().value(QStringLiteral("userId")).toInteger()), m.toObject().value(QStringLiteral("roleId")).toInteger());
    }

    void member()
    {
        const qint64 user = m_sim->memberWithRank(40);
        const auto member = await(reader()->member(user));
        QVERIFY(member.ok() && member.value().has_value());
        QCOMPARE(member.value()->roleId, m_sim->memberState(user).value(QStringLiteral("roleId")).toInteger());
        QVERIFY(!member.value()->username.isEmpty());
        const auto outsider = await(reader()->member(m_sim->outsiderUserId()));
        QVERIFY(outsider.ok());
        QVERIFY(!outsider.value().has_value());
    }

    void unknownGroup()
    {
        const auto roles = await(reader(1)->roles());
        QVERIFY(!roles.ok());
        QCOMPARE(roles.error().httpStatus, 400);
        QCOMPARE(roles.error().providerCode, QStringLiteral("1"));
    }

    // What a hostile or broken server may say where counts are: each is a clear error naming the
    // count, never a roster reserve of 10^15 (the CLI aborted on that) or a wrapped number.
    void hostileCounts_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::addColumn<QString>("shown");
        QTest::newRow("1e15") << QByteArray("1e15") << QStringLiteral("1000000000000000");
        QTest::newRow("negative") << QByteArray("-3") << QStringLiteral("-3");
        QTest::newRow("fraction") << QByteArray("1.5") << QStringLiteral("1.5");
        QTest::newRow("past a billion") << QByteArray("1000000001") << QStringLiteral("1000000001");
        QTest::newRow("past 2^53") << QByteArray("9007199254740993") << QStringLiteral("9007199254740992");
        QTest::newRow("NaN string") << QByteArray("\"NaN\"") << QStringLiteral("\"NaN\"");
        QTest::newRow("1e15 string") << QByteArray("\"1e15\"") << QStringLiteral("\"1e15\"");
        QTest::newRow("negative string") << QByteArray("\"-1\"") << QStringLiteral("\"-1\"");
        QTest::newRow("boolean") << QByteArray("true") << QStringLiteral("true");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("an array");
    }
    void hostileCounts()
    {
        QFETCH(QByteArray, count);
        QFETCH(QString, shown);
        HostileServer server([count](const QByteArray &target) -> HostileServer::Answer {
            if (target.startsWith("/v1/groups/7/roles"))
                return {R"({"groupId":7,"roles":[{"id":1,"name":"Guest","rank":0,"memberCount":0},)"
                        R"({"id":2,"name":"Members","rank":1,"memberCount":)" + count + "}]}"};
            return {R"({"id":7,"name":"Hostile","memberCount":)" + count + R"(,"owner":{"userId":1}})"};
        });
        PublicReader reader(m_transport.get(), m_users.get(), server.url(), 7);
        const auto roles = await(reader.roles());
        QVERIFY(!roles.ok());
        QCOMPARE(roles.error().kind, ApiError::Kind::Internal);
        QCOMPARE(roles.error().providerCode, QStringLiteral("rankdesk.bad-answer"));
        QVERIFY2(roles.error().message.contains(QStringLiteral("member count of role \"Members\" is ") + shown),
                 qPrintable(roles.error().message));
        QVERIFY2(roles.error().userText().contains(QStringLiteral("base URL")), qPrintable(roles.error().userText()));
        const auto group = await(reader.group());
        QVERIFY(!group.ok());
        QVERIFY2(group.error().message.contains(QStringLiteral("member count of the group is ") + shown),
                 qPrintable(group.error().message));
        // The first member page needs the roles, so it fails the same way.
        const auto page = await(reader.memberPage(QString()));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().providerCode, QStringLiteral("rankdesk.bad-answer"));
    }

    // Counts as Roblox (or an int64 written as a string) gives them are taken.
    void plausibleCounts_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("a billion") << QByteArray("1000000000") << qint64(1'000'000'000);
        QTest::newRow("as a string") << QByteArray("\"123\"") << qint64(123);
        QTest::newRow("null") << QByteArray("null") << qint64(-1);
    }
    void plausibleCounts()
    {
        QFETCH(QByteArray, count);
        QFETCH(qint64, expected);
        HostileServer server([count](const QByteArray &) -> HostileServer::Answer {
            return {R"({"roles":[{"id":2,"name":"Members","rank":1,"memberCount":)" + count + "}]}"};
        });
        PublicReader reader(m_transport.get(), m_users.get(), server.url(), 7);
        const auto roles = await(reader.roles());
        QVERIFY2(roles.ok(), qPrintable(roles.error().userText()));
        QCOMPARE(roles.value().first().memberCount, expected);
    }

    void hostileRolesAndPages_data()
    {
        QTest::addColumn<QByteArray>("roles");
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("message");
        const QByteArray fine = R"({"roles":[{"id":2,"name":"Members","rank":1,"memberCount":5}]})";
        QByteArray many = R"({"data":[)";
        for (int i = 0; i < 101; ++i)
            many += QByteArray(i ? "," : "") + R"({"userId":)" + QByteArray::number(1000 + i) + "}";
        many += "]}";
        QTest::newRow("rank 300") << QByteArray(R"({"roles":[{"id":2,"name":"Members","rank":300,"memberCount":5}]})")
                                  << QByteArray("{}") << QStringLiteral("has no rank from 0 to 255");
        QTest::newRow("not JSON") << fine << QByteArray("<html>busy</html>") << QStringLiteral("not a JSON object");
        QTest::newRow("101 members a page") << fine << many << QStringLiteral("101 members where at most 100");
        QTest::newRow("cursor not a string") << fine << QByteArray(R"({"data":[],"nextPageCursor":12})")
                                             << QStringLiteral("nextPageCursor is not a string");
        QTest::newRow("cursor of 5000 characters")
            << fine << QByteArray("{\"data\":[],\"nextPageCursor\":\"" + QByteArray(5000, 'c') + "\"}")
            << QStringLiteral("nextPageCursor is 5000 characters long");
    }
    void hostileRolesAndPages()
    {
        QFETCH(QByteArray, roles);
        QFETCH(QByteArray, page);
        QFETCH(QString, message);
        HostileServer server([roles, page](const QByteArray &target) -> HostileServer::Answer {
            return {target.contains("/users") ? page : roles};
        });
        PublicReader reader(m_transport.get(), m_users.get(), server.url(), 7);
        const auto answer = await(reader.memberPage(QString()));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().providerCode, QStringLiteral("rankdesk.bad-answer"));
        QVERIFY2(answer.error().message.contains(message), qPrintable(answer.error().message));
    }

    // Page tokens are the reader's own "<role index>:<cursor>"; others are refused, not used as an
    // index (a negative one read out of bounds).
    void foreignPageTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("negative index") << QStringLiteral("-3:abc");
        QTest::newRow("no colon") << QStringLiteral("7");
        QTest::newRow("not a number") << QStringLiteral("x:abc");
    }
    void foreignPageTokensAreRefused()
    {
        QFETCH(QString, token);
        auto r = reader();
        const auto page = await(r->memberPage(token));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Invalid);
        QCOMPARE(page.error().providerCode, QStringLiteral("rankdesk.bad-page-token"));
        QVERIFY(await(r->memberPage(QStringLiteral("0:"))).ok());
    }

    // A member page of 200 MB, streamed: the read stops at the page cap with a clear error.
    void hugeMemberPage()
    {
        HostileServer server([](const QByteArray &target) -> HostileServer::Answer {
            if (target.contains("/users"))
                return {{}, "200 OK", qint64(200) << 20};
            return {R"({"roles":[{"id":2,"name":"Members","rank":1,"memberCount":5}]})"};
        });
        PublicReader reader(m_transport.get(), m_users.get(), server.url(), 7);
        const auto page = await(reader.memberPage(QString()), 60000);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Network);
        QVERIFY2(page.error().message.contains(QStringLiteral("longer than 16 MB")), qPrintable(page.error().message));
        QVERIFY2(server.streamed() < (qint64(48) << 20), qPrintable(QString::number(server.streamed())));
    }
};

QTEST_GUILESS_MAIN(tst_PublicReader)
#include "tst_publicreader.moc"
