#include "TestSupport.h"
#include "api/HyraWriter.h"

#include <QJsonArray>
#include <QTest>

using namespace TestSupport;
using Kind = ApiError::Kind;

class tst_HyraWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;

    Role role(int rank) const { return Role{0, QString(), rank, 0}; }
    std::unique_ptr<HyraWriter> writer(HttpTransport *transport, const QString &key) const
    {
        return std::make_unique<HyraWriter>(transport, m_sim->writerUrl(ConnectionProfile::WriterKind::Hyra), key);
    }

private slots:
    void initTestCase() { m_sim = std::make_unique<Sandbox>(300); }

    void setRankIsSeenByOpenCloud()
    {
        HttpTransport transport(&m_nam);
        const qint64 user = m_sim->memberWithRank(1);
        const auto written = await(writer(&transport, m_sim->hyraKey)->setRole(user, role(1), role(40), QString()));
        QVERIFY2(written.ok(), qPrintable(written.error().userText()));
        QCOMPARE(written.value().newRank, 40);
        QCOMPARE(m_sim->rankViaOpenCloud(user), 40);
    }

    void nothingNative()
    {
        HttpTransport transport(&m_nam);
        const WriterCapabilities caps = writer(&transport, m_sim->hyraKey)->capabilities();
        QVERIFY(!caps.nativePromote && !caps.nativeDemote); // its promote route is inactive
        const auto stepped = await(writer(&transport, m_sim->hyraKey)->step(m_sim->memberWithRank(1), true, QString()));
        QVERIFY(!stepped.ok());
    }

    // Test connection's harmless read: the workspace's roles, which needs the workspace id.
    void checkAccess_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<bool>("wrongKey");
        QTest::addColumn<int>("kind"); // -1: accepted
        QTest::addColumn<QString>("says");
        QTest::newRow("no workspace id") << QString() << false << int(Kind::Invalid) << QStringLiteral("workspace ID");
        QTest::newRow("its workspace") << HostedKey::defaultHyraWorkspace() << false << -1 << QStringLiteral("14 group role");
        QTest::newRow("another workspace") << QStringLiteral("someone-else") << false << int(Kind::Permission) << QStringLiteral("does not belong");
        QTest::newRow("wrong key") << HostedKey::defaultHyraWorkspace() << true << int(Kind::Auth) << QStringLiteral("Invalid API key");
    }
    void checkAccess()
    {
        QFETCH(QString, workspace);
        QFETCH(bool, wrongKey);
        QFETCH(int, kind);
        QFETCH(QString, says);
        HttpTransport transport(&m_nam);
        auto hyra = writer(&transport, wrongKey ? QStringLiteral("not-a-hyra-key") : m_sim->hyraKey);
        hyra->setWorkspaceId(workspace);
        const int writes = m_sim->writeCount();
        const auto checked = await(hyra->checkAccess());
        QCOMPARE(checked.ok(), kind < 0);
        const QString text = checked.ok() ? checked.value() : checked.error().userText();
        QVERIFY2(text.contains(says), qPrintable(text));
        if (!checked.ok())
            QCOMPARE(int(checked.error().kind), kind);
        QCOMPARE(m_sim->writeCount(), writes); // harmless: nothing written
    }

    void errors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("memberRank"); // -1: a user outside the group
        QTest::addColumn<int>("targetRank");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("wrong key") << QStringLiteral("wrong") << 1 << 5 << int(Kind::Auth) << 401 << QStringLiteral("Invalid API key");
        QTest::newRow("not in group") << QStringLiteral("hyra") << -1 << 5 << int(Kind::NotFound) << 404 << QStringLiteral("User not found");
        QTest::newRow("no such rank") << QStringLiteral("hyra") << 1 << 42 << int(Kind::Invalid) << 400 << QStringLiteral("Rank 42 does not exist");
        QTest::newRow("owner rank") << QStringLiteral("hyra") << 1 << 255 << int(Kind::Permission) << 403 << QStringLiteral("cannot be changed");
    }
    void errors()
    {
        QFETCH(QString, key);
        QFETCH(int, memberRank);
        QFETCH(int, targetRank);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, fragment);
        HttpTransport transport(&m_nam);
        const qint64 user = memberRank < 0 ? m_sim->outsiderUserId() : m_sim->memberWithRank(memberRank);
        const int writes = m_sim->writeCount();
        const QString secret = m_sim->key(key);
        const auto written = await(writer(&transport, secret)->setRole(user, role(1), role(targetRank), QString()));
        QVERIFY(!written.ok());
        QCOMPARE(int(written.error().kind), kind);
        QCOMPARE(written.error().httpStatus, status);
        QVERIFY2(written.error().userText().contains(fragment), qPrintable(written.error().userText()));
        QVERIFY(!written.error().userText().contains(secret));
        QCOMPARE(m_sim->writeCount(), writes);
    }

    void rateLimitIsWaitedOutOnce()
    {
        HttpTransport transport(&m_nam);
        const qint64 user = m_sim->memberWithRank(5);
        const int writes = m_sim->writeCount();
        m_sim->control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("force429"), 1}});
        const auto written = await(writer(&transport, m_sim->hyraKey)->setRole(user, role(5), role(20), QString()));
        QVERIFY2(written.ok(), qPrintable(written.error().userText()));
        QCOMPARE(m_sim->writeCount(), writes + 1); // exactly one write, none lost
        QCOMPARE(m_sim->rankViaOpenCloud(user), 20);
    }

    void mapsBothErrorShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("typed") << 404 << QByteArray(R"({"type":"error","error":{"code":"not_found","message":"User not found"}})")
                               << QStringLiteral("not_found") << QStringLiteral("User not found");
        QTest::newRow("internal") << 500 << QByteArray(R"({"type":"error","error":{"code":"internal","message":"An internal error occured"}})")
                                  << QStringLiteral("internal") << QStringLiteral("An internal error occured");
        QTest::newRow("generic") << 400 << QByteArray(R"({"statusCode":400,"error":"Bad Request","message":"Bad Request"})")
                                 << QStringLiteral("Bad Request") << QStringLiteral("Bad Request");
    }
    void mapsBothErrorShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        HttpResponse response;
        response.status = status;
        response.body = body;
        const ApiError error = HyraWriter::mapError(response);
        QCOMPARE(error.providerCode, code);
        QCOMPARE(error.message, message);
    }
};

QTEST_GUILESS_MAIN(tst_HyraWriter)
#include "tst_hyrawriter.moc"
