#include "HostileServer.h"
#include "TestSupport.h"
#include "api/AuditLogReader.h"
#include "api/OpenCloudBackend.h"
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

    // The role listing of a hostile server: a token that keeps changing stops at MaxRolePages, one
    // that comes back at once; more roles than ranks, a rank past 255 or a count of 10^15 are
    // refused. Each is a clear error.
    void hostileRoleListing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("message");
        QTest::newRow("endless tokens") << QStringLiteral("endless") << int(OpenCloudBackend::MaxRolePages)
                                        << QStringLiteral("did not end within 64 pages");
        QTest::newRow("the same token") << QStringLiteral("same") << 2 << QStringLiteral("came back to a page");
        QTest::newRow("257 roles") << QStringLiteral("many") << 1 << QStringLiteral("more than 256 roles");
        QTest::newRow("rank 300") << QStringLiteral("rank") << 1 << QStringLiteral("has no rank from 0 to 255");
        QTest::newRow("count 1e15") << QStringLiteral("count") << 1 << QStringLiteral("member count of role \"R\" is 1000000000000000");
        QTest::newRow("token of 5000 characters") << QStringLiteral("long") << 1 << QStringLiteral("5000 characters long");
    }
    void hostileRoleListing()
    {
        QFETCH(QString, kind);
        QFETCH(int, requests);
        QFETCH(QString, message);
        auto served = std::make_shared<std::atomic<int>>(0);
        HostileServer server([kind, served](const QByteArray &) -> HostileServer::Answer {
            const QByteArray role = R"({"id":"2","displayName":"R","rank":)" + QByteArray(kind == u"rank" ? "300" : "1")
                                    + R"(,"memberCount":)" + QByteArray(kind == u"count" ? "1e15" : "5") + "}";
            QByteArray roles = role;
            if (kind == u"many")
                for (int i = 0; i < 256; ++i)
                    roles += "," + role;
            QByteArray token = kind == u"same" ? QByteArray("same") : kind == u"long" ? QByteArray(5000, 't') : "t" + QByteArray::number(++*served);
            if (kind == u"many" || kind == u"rank" || kind == u"count")
                token.clear();
            return {"{\"groupRoles\":[" + roles + "],\"nextPageToken\":\"" + token + "\"}"};
        });
        OpenCloudBackend reader(m_transport.get(), m_users.get(), server.url(), 7, QStringLiteral("key"));
        const auto roles = await(reader.roles());
        QVERIFY(!roles.ok());
        QCOMPARE(roles.error().kind, Kind::Internal);
        QCOMPARE(roles.error().providerCode, QStringLiteral("rankdesk.bad-answer"));
        QVERIFY2(roles.error().message.contains(message), qPrintable(roles.error().message));
        QCOMPARE(server.requests(), requests);
    }

    void hostileGroupAndPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("page");
        QTest::addColumn<QString>("message");
        QByteArray many;
        for (int i = 0; i < 101; ++i)
            many += QByteArray(i ? "," : "") + "{\"user\":\"users/" + QByteArray::number(1000 + i) + "\",\"role\":\"groups/7/roles/2\"}";
        QTest::newRow("group count 1e15") << QByteArray(R"({"id":"7","displayName":"G","memberCount":1e15})") << false
                                          << QStringLiteral("member count of the group is 1000000000000000");
        QTest::newRow("group count as a word") << QByteArray(R"({"id":"7","displayName":"G","memberCount":"lots"})") << false
                                               << QStringLiteral("member count of the group is \"lots\"");
        QTest::newRow("group not JSON") << QByteArray("<html/>") << false << QStringLiteral("not a JSON object");
        QTest::newRow("101 memberships a page") << QByteArray("{\"groupMemberships\":[" + many + "]}") << true
                                                << QStringLiteral("101 members where at most 100");
        QTest::newRow("page token an object") << QByteArray(R"({"groupMemberships":[],"nextPageToken":{}})") << true
                                              << QStringLiteral("nextPageToken is not a string");
    }
    void hostileGroupAndPages()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, page);
        QFETCH(QString, message);
        HostileServer server([body](const QByteArray &) -> HostileServer::Answer { return {body}; });
        OpenCloudBackend reader(m_transport.get(), m_users.get(), server.url(), 7, QStringLiteral("key"));
        const ApiError error = page ? await(reader.memberPage(QString())).error() : await(reader.group()).error();
        QCOMPARE(error.providerCode, QStringLiteral("rankdesk.bad-answer"));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }

    // The audit log's cursors: one that comes back (at once or a few pages on) ends the listing
    // with a clear error; two listings over the same cursors at once (two imports) are not taken
    // for one that repeats; an oversized page is refused.
    void auditLogCursors()
    {
        // "" -> a -> b -> c -> a: a cycle of three; "same" -> "same"; "x" -> 101 entries.
        HostileServer server([](const QByteArray &target) -> HostileServer::Answer {
            const QByteArray cursor = queryItem(target, QStringLiteral("cursor"));
            const QByteArray next = cursor.isEmpty() ? "a" : cursor == "a" ? "b" : cursor == "b" ? "c" : cursor == "c" ? "a" : cursor;
            if (cursor == "x") {
                QByteArray many;
                for (int i = 0; i < 101; ++i)
                    many += QByteArray(i ? "," : "") + "{}";
                return {"{\"data\":[" + many + "],\"nextPageCursor\":null}"};
            }
            return {"{\"data\":[],\"nextPageCursor\":\"" + next + "\"}"};
        });
        HttpTransport transport(&m_nam);
        AuditLogReader reader(&transport, server.url(), QStringLiteral("key"), 7);
        // Two listings interleaved, page by page, over the same cursors.
        QCOMPARE(await(reader.rankChanges()).value().nextCursor, QStringLiteral("a"));
        QCOMPARE(await(reader.rankChanges()).value().nextCursor, QStringLiteral("a"));
        QCOMPARE(await(reader.rankChanges(QStringLiteral("a"))).value().nextCursor, QStringLiteral("b"));
        QCOMPARE(await(reader.rankChanges(QStringLiteral("a"))).value().nextCursor, QStringLiteral("b"));
        QCOMPARE(await(reader.rankChanges(QStringLiteral("b"))).value().nextCursor, QStringLiteral("c"));
        QCOMPARE(await(reader.rankChanges(QStringLiteral("b"))).value().nextCursor, QStringLiteral("c"));
        // c leads back to a, two pages before it.
        const auto cycle = await(reader.rankChanges(QStringLiteral("c")));
        QVERIFY(!cycle.ok());
        QCOMPARE(cycle.error().providerCode, QStringLiteral("rankdesk.bad-answer"));
        QVERIFY2(cycle.error().message.contains(QStringLiteral("came back to a page")), qPrintable(cycle.error().message));
        // A cursor that names itself.
        const auto same = await(reader.rankChanges(QStringLiteral("same")));
        QVERIFY(!same.ok());
        QVERIFY2(same.error().message.contains(QStringLiteral("came back to a page")), qPrintable(same.error().message));
        const auto many = await(reader.rankChanges(QStringLiteral("x")));
        QVERIFY(!many.ok());
        QVERIFY2(many.error().message.contains(QStringLiteral("101 entries where at most 100")), qPrintable(many.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_OpenCloudBackend)
#include "tst_opencloudbackend.moc"
