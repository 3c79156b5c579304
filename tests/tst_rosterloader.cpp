#include "TestSupport.h"
#include "api/Connection.h"
#include "rank/RosterLoader.h"

#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;

class tst_RosterLoader : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;

    ConnectionProfile profile(ConnectionProfile::ReaderKind reader) const { return m_sim->profile(reader); }

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
};

QTEST_GUILESS_MAIN(tst_RosterLoader)
#include "tst_rosterloader.moc"
