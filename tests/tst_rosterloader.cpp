#include "HostileServer.h"
#include "TestSupport.h"
#include "api/Connection.h"
#include "api/OpenCloudBackend.h"
#include "api/PublicReader.h"
#include "api/UserDirectory.h"
#include "rank/RosterLoader.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <atomic>

using namespace TestSupport;



class tst_RosterLoader : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;

    ConnectionProfile profile(ConnectionProfile::ReaderKind reader) const { return m_sim->profile(reader); }

    // Roles of a hostile group (id 7): a Guest role and one member role with `count` members, as
    // the public endpoints or Open Cloud write them.
    static QByteArray publicRoles(const QByteArray &count)
    {
        return R"({"groupId":7,"roles":[{"id":1,"name":"Guest","rank":0,"memberCount":0},)"
               R"({"id":2,"name":"Members","rank":1,"memberCount":)" + count + "}]}";
    }
    static QByteArray cloudRoles(const QByteArray &count)
    {
        return R"({"groupRoles":[{"id":"1","displayName":"Guest","rank":0},)"
               R"({"id":"2","displayName":"Members","rank":1,"memberCount":)" + count + "}]}";
    }

    // Loads the hostile group through the given reader; the error when it failed.
    struct Outcome
    {
        std::optional<ApiError> error;
        qsizetype members = -1;
        qint64 maxPages = 0;
    };
    Outcome load(const QUrl &url, bool cloud)
    {
        HttpTransport transport(&m_nam);
        UserDirectory users(&transport, url);
        std::unique_ptr<GroupReader> reader;
        if (cloud)
            reader = std::make_unique<OpenCloudBackend>(&transport, &users, url, 7, QStringLiteral("key"));
        else
            reader = std::make_unique<PublicReader>(&transport, &users, url, 7);
        RosterLoader loader(reader.get());
        QSignalSpy finished(&loader, &RosterLoader::finished);
        QSignalSpy failed(&loader, &RosterLoader::failed);
        loader.start();
        Outcome outcome;
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000))
            qFatal("the load did not end");
        if (!failed.isEmpty())
            outcome.error = failed.first().first().value<ApiError>();
        else
            outcome.members = finished.first().first().value<QList<Member>>().size();
        outcome.maxPages = loader.maxPages();
        if (loader.isRunning())
            qFatal("the loader must stop");
        return outcome;
    }
    static bool memberRequest(const QByteArray &target) { return target.contains("/users") || target.contains("/memberships"); }

private slots:
    void initTestCase() { m_sim = std::make_unique<Sandbox>(2000); }

    void loadsEveryone_data()
    {
        QTest::addColumn<int>("reader");
        QTest::newRow("open cloud") << int(ConnectionProfile::ReaderKind::OpenCloud);
        QTest::newRow("public") << int(ConnectionProfile::ReaderKind::Public);
    }
    void loadsEveryone()
    {
        QFETCH(int, reader);
        Connection connection(profile(ConnectionProfile::ReaderKind(reader)), m_sim->ownerKey, &m_nam);
        RosterLoader loader(connection.reader());
        QSignalSpy roles(&loader, &RosterLoader::rolesLoaded);
        QSignalSpy progress(&loader, &RosterLoader::progress);
        QSignalSpy finished(&loader, &RosterLoader::finished);
        loader.start();
        QVERIFY(loader.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!loader.isRunning());
        QCOMPARE(roles.size(), 1);
        QCOMPARE(finished.first().first().value<QList<Member>>().size(), 2000);
        QVERIFY(progress.size() >= 20);
        QCOMPARE(progress.last().at(0).toLongLong(), 2000);
        QCOMPARE(progress.last().at(1).toLongLong(), 2000);
    }

    void failureIsReported()
    {
        Connection connection(profile(ConnectionProfile::ReaderKind::OpenCloud), QStringLiteral("bad-key"), &m_nam);
        RosterLoader loader(connection.reader());
        QSignalSpy failed(&loader, &RosterLoader::failed);
        loader.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Auth);
        QVERIFY(!loader.isRunning());
    }

    void restartIgnoresTheOldRun()
    {
        Connection connection(profile(ConnectionProfile::ReaderKind::OpenCloud), m_sim->ownerKey, &m_nam);
        RosterLoader loader(connection.reader());
        QSignalSpy finished(&loader, &RosterLoader::finished);
        loader.start();
        loader.start();
        QVERIFY(finished.wait(30000));
        QTest::qWait(200); // let any stale answers arrive; none may finish a second time
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<QList<Member>>().size(), 2000);
    }

    // Issue 18's acceptance: a hostile reader answer ends the load with a clear error, never an
    // abort: a member count of 10^15 (the roster reserve took the CLI down), a 200 MB member page,
    // a page token that never ends or comes back.
    void hostileCount_data()
    {
        QTest::addColumn<bool>("cloud");
        QTest::addColumn<QByteArray>("count");
        QTest::newRow("public 1e15") << false << QByteArray("1e15");
        QTest::newRow("public -1") << false << QByteArray("-1");
        QTest::newRow("public NaN") << false << QByteArray("\"NaN\"");
        QTest::newRow("open cloud 1e15") << true << QByteArray("1e15");
        QTest::newRow("open cloud 9e18") << true << QByteArray("9000000000000000000");
        QTest::newRow("open cloud NaN") << true << QByteArray("\"NaN\"");
    }
    void hostileCount()
    {
        QFETCH(bool, cloud);
        QFETCH(QByteArray, count);
        HostileServer server([cloud, count](const QByteArray &) -> HostileServer::Answer {
            return {cloud ? cloudRoles(count) : publicRoles(count)};
        });
        const Outcome outcome = load(server.url(), cloud);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Internal);
        QCOMPARE(outcome.error->providerCode, QStringLiteral("rankdesk.bad-answer"));
        QVERIFY2(outcome.error->userText().contains(QStringLiteral("member count of role \"Members\"")),
                 qPrintable(outcome.error->userText()));
        QCOMPARE(server.requests(), 1); // the roles, and nothing after them
    }

    // A count that is plausible but far beyond what comes: nothing is reserved for it beyond
    // RosterLoader::MaxReserve, and the load ends with what the pages hold.
    void hugePlausibleCountReservesLittle()
    {
        HostileServer server([](const QByteArray &target) -> HostileServer::Answer {
            if (memberRequest(target))
                return {R"({"data":[{"userId":11,"username":"a","displayName":"a"}],"nextPageCursor":null})"};
            return {publicRoles("1000000000")};
        });
        const Outcome outcome = load(server.url(), false);
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->userText() : QString()));
        QCOMPARE(outcome.members, 1);
        QCOMPARE(outcome.maxPages, RosterLoader::MaxPages);
    }

    void hugeMemberPage_data()
    {
        QTest::addColumn<bool>("cloud");
        QTest::newRow("public") << false;
        QTest::newRow("open cloud") << true;
    }
    void hugeMemberPage()
    {
        QFETCH(bool, cloud);
        HostileServer server([cloud](const QByteArray &target) -> HostileServer::Answer {
            if (memberRequest(target))
                return {{}, "200 OK", qint64(200) << 20};
            return {cloud ? cloudRoles("5") : publicRoles("5")};
        });
        const Outcome outcome = load(server.url(), cloud);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Network);
        QVERIFY2(outcome.error->userText().contains(QStringLiteral("longer than 16 MB")), qPrintable(outcome.error->userText()));
        QVERIFY2(server.streamed() < (qint64(48) << 20), qPrintable(QString::number(server.streamed())));
    }

    // A token that never ends: the load stops at the page bound the roles' counts justify (5
    // members: 2 x 1 page + 1 role + 100 slack = 103 pages), not after millions of requests.
    // A token that comes back stops it at once.
    void endlessPages_data()
    {
        QTest::addColumn<bool>("cloud");
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("message");
        const QString bound = QStringLiteral("did not end within 103 pages, more than the 5 members");
        const QString again = QStringLiteral("came back to a page it had already given");
        QTest::newRow("public, new token each page") << false << false << 103 << bound;
        QTest::newRow("open cloud, new token each page") << true << false << 103 << bound;
        QTest::newRow("public, the same token") << false << true << 2 << again;
        QTest::newRow("open cloud, the same token") << true << true << 2 << again;
    }
    void endlessPages()
    {
        QFETCH(bool, cloud);
        QFETCH(bool, repeat);
        QFETCH(int, pages);
        QFETCH(QString, message);
        auto served = std::make_shared<std::atomic<int>>(0);
        HostileServer server([cloud, repeat, served](const QByteArray &target) -> HostileServer::Answer {
            if (!memberRequest(target))
                return {cloud ? cloudRoles("5") : publicRoles("5")};
            const QByteArray token = repeat ? QByteArray("same") : "t" + QByteArray::number(++*served);
            // (Plain literals: moc misreads a raw string that ends in a quote.)
            return {cloud ? "{\"groupMemberships\":[],\"nextPageToken\":\"" + token + "\"}"
                          : "{\"data\":[],\"nextPageCursor\":\"" + token + "\"}"};
        });
        const Outcome outcome = load(server.url(), cloud);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->providerCode, QStringLiteral("rankdesk.bad-answer"));
        QVERIFY2(outcome.error->userText().contains(message), qPrintable(outcome.error->userText()));
        QCOMPARE(outcome.maxPages, qint64(103));
        QCOMPARE(server.requests() - 1, pages); // after the roles
    }

    // Pages that keep bringing new members far past the counts stop at 2 x 5 + 10,000 members.
    void moreMembersThanCounted()
    {
        auto served = std::make_shared<std::atomic<int>>(0);
        HostileServer server([served](const QByteArray &target) -> HostileServer::Answer {
            if (!memberRequest(target))
                return {publicRoles("5")};
            const int page = ++*served;
            QByteArray data;
            for (int i = 0; i < 100; ++i)
                data += QByteArray(i ? "," : "") + R"({"userId":)" + QByteArray::number(qint64(page) * 1000 + i) + "}";
            return {"{\"data\":[" + data + "],\"nextPageCursor\":\"c" + QByteArray::number(page) + "\"}"};
        });
        const Outcome outcome = load(server.url(), false);
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->message.contains(QStringLiteral("went past 10010 members")), qPrintable(outcome.error->message));
        QCOMPARE(server.requests() - 1, 101);
    }

    // Without counts (an Open Cloud role may leave memberCount out) only the absolute ceiling applies.
    void noCountsMeansTheCeiling()
    {
        HostileServer server([](const QByteArray &target) -> HostileServer::Answer {
            if (memberRequest(target))
                return {R"({"groupMemberships":[]})"};
            return {R"({"groupRoles":[{"id":"2","displayName":"Members","rank":1}]})"};
        });
        const Outcome outcome = load(server.url(), true);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.members, 0);
        QCOMPARE(outcome.maxPages, RosterLoader::MaxPages);
    }
};

QTEST_GUILESS_MAIN(tst_RosterLoader)
#include "tst_rosterloader.moc"
