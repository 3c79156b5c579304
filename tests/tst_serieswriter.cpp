#include "TestSupport.h"
#include "api/SeriesWriter.h"

#include <QTest>

using namespace TestSupport;
using Kind = ApiError::Kind;

class tst_SeriesWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;

    static Role role(int rank) { return Role{0, QString(), rank, 0}; }
    std::unique_ptr<SeriesWriter> writer(HttpTransport *transport, const QString &key, Sandbox *sim = nullptr) const
    {
        return std::make_unique<SeriesWriter>(transport, (sim ? sim : m_sim.get())->writerUrl(ConnectionProfile::WriterKind::Series), key);
    }

private slots:
    void initTestCase() { m_sim = std::make_unique<Sandbox>(300); }

    void nativeStepsFollowTheWorkspaceLadder_data()
    {
        QTest::addColumn<int>("fromRank");
        QTest::addColumn<bool>("up");
        QTest::addColumn<int>("expectedRank");
        // Workspace ladder: 1 5 20 30 40 60 80 100 150; Roblox also has 10, 200, 254.
        QTest::newRow("promote skips rank 10") << 5 << true << 20;
        QTest::newRow("promote from an unconfigured rank") << 10 << true << 20;
        QTest::newRow("demote") << 40 << false << 30;
        QTest::newRow("demote from an unconfigured rank") << 200 << false << 150;
    }
    void nativeStepsFollowTheWorkspaceLadder()
    {
        QFETCH(int, fromRank);
        QFETCH(bool, up);
        QFETCH(int, expectedRank);
        HttpTransport transport(&m_nam);
        const qint64 user = m_sim->memberWithRank(fromRank);
        const auto written = await(writer(&transport, m_sim->seriesKey)->step(user, up, QStringLiteral("monthly review")));
        QVERIFY2(written.ok(), qPrintable(written.error().userText()));
        QCOMPARE(written.value().previousRank, fromRank);
        QCOMPARE(written.value().newRank, expectedRank);
        QVERIFY(!written.value().newRoleName.isEmpty());
        QVERIFY(!written.value().reference.isEmpty()); // WorkspaceId
        QCOMPARE(m_sim->rankViaOpenCloud(user), expectedRank);
    }

    void setRank()
    {
        HttpTransport transport(&m_nam);
        const qint64 user = m_sim->memberWithRank(1);
        const auto written = await(writer(&transport, m_sim->seriesKey)->setRole(user, role(1), role(60), QString()));
        QVERIFY2(written.ok(), qPrintable(written.error().userText()));
        QCOMPARE(m_sim->rankViaOpenCloud(user), 60);
    }

    void documentedErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("operation"); // promote, demote, set-rank:N
        QTest::addColumn<int>("memberRank");    // -1: outside the group
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("highest rank") << QStringLiteral("series") << QStringLiteral("promote") << 254 << QStringLiteral("series.at-highest") << int(Kind::Invalid) << QStringLiteral("Validation error: User is already at the highest rank");
        QTest::newRow("max promotion rank") << QStringLiteral("series") << QStringLiteral("promote") << 100 << QStringLiteral("series.max-promotion-rank") << int(Kind::Permission) << QStringLiteral("Cannot promote beyond rank 100 (Max. Promotion Rank limit)");
        QTest::newRow("lowest rank") << QStringLiteral("series") << QStringLiteral("demote") << 1 << QStringLiteral("series.at-lowest") << int(Kind::Invalid) << QStringLiteral("Validation error: User is already at the lowest rank");
        QTest::newRow("rank out of range") << QStringLiteral("series") << QStringLiteral("set-rank:300") << 5 << QStringLiteral("series.rank-out-of-range") << int(Kind::Invalid) << QStringLiteral("Validation error: RankNumber must be a valid integer between 0 and 255");
        QTest::newRow("already at rank") << QStringLiteral("series") << QStringLiteral("set-rank:20") << 20 << QStringLiteral("series.already-at-rank") << int(Kind::Invalid) << QStringLiteral("Validation error: User is already at the specified rank");
        QTest::newRow("set beyond max") << QStringLiteral("series") << QStringLiteral("set-rank:150") << 5 << QStringLiteral("series.max-promotion-rank") << int(Kind::Permission) << QStringLiteral("Cannot set rank beyond 100 (Max. Promotion Rank limit)");
        QTest::newRow("premium required") << QStringLiteral("series-free") << QStringLiteral("promote") << 1 << QStringLiteral("series.premium-required") << int(Kind::Permission) << QStringLiteral("Ranking management requires a Premium or Enterprise subscription");
        QTest::newRow("not a member") << QStringLiteral("series") << QStringLiteral("promote") << -1 << QStringLiteral("series.not-a-member") << int(Kind::NotFound) << QStringLiteral("User is not a member of this workspace");
        QTest::newRow("role not in workspace") << QStringLiteral("series") << QStringLiteral("set-rank:10") << 5 << QStringLiteral("series.role-not-found") << int(Kind::NotFound) << QStringLiteral("Role with rank 10 not found in workspace");
        QTest::newRow("bad key") << QStringLiteral("wrong") << QStringLiteral("promote") << 1 << QString() << int(Kind::Auth) << QStringLiteral("Invalid API key");
    }
    void documentedErrors()
    {
        QFETCH(QString, key);
        QFETCH(QString, operation);
        QFETCH(int, memberRank);
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(QString, message);
        HttpTransport transport(&m_nam);
        const qint64 user = memberRank < 0 ? m_sim->outsiderUserId() : m_sim->memberWithRank(memberRank);
        const QString secret = m_sim->key(key);
        auto w = writer(&transport, secret);
        const int writes = m_sim->writeCount();
        const auto written = operation.startsWith(u"set-rank:")
            ? await(w->setRole(user, role(memberRank), role(operation.mid(9).toInt()), QString()))
            : await(w->step(user, operation == u"promote", QString()));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().providerCode, code);
        QCOMPARE(int(written.error().kind), kind);
        QCOMPARE(written.error().message, message);
        QVERIFY(!written.error().userText().contains(secret));
        if (!code.isEmpty())
            QVERIFY(!written.error().hint.isEmpty()); // its own advice
        QCOMPARE(m_sim->writeCount(), writes);
    }

    void noRolesConfigured()
    {
        Sandbox empty(50, 0.0, [](SimConfig &config) { config.seriesLadder.clear(); });
        HttpTransport transport(&m_nam);
        const auto written = await(writer(&transport, empty.seriesKey, &empty)->step(empty.memberWithRank(5), false, QString()));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().providerCode, QStringLiteral("series.no-roles"));
        QCOMPARE(written.error().message, QStringLiteral("Validation error: No roles configured in workspace"));
    }

    void rateLimit()
    {
        Sandbox limited(50, 0.04); // 50/s * 0.04 = 2 per second
        HttpTransport transport(&m_nam);
        transport.setMaxRateLimitRetries(0);
        auto w = writer(&transport, limited.seriesKey, &limited);
        const qint64 user = limited.memberWithRank(1);
        QList<Result<WriteReceipt>> answers;
        for (int i = 0; i < 3; ++i)
            answers.append(await(w->setRole(user, role(1), role(i % 2 ? 1 : 5), QString())));
        QVERIFY(!answers.last().ok());
        QCOMPARE(answers.last().error().providerCode, QStringLiteral("series.rate-limited"));
        QCOMPARE(answers.last().error().kind, Kind::RateLimited);
        QCOMPARE(answers.last().error().message, QStringLiteral("Rate limit exceeded for ranking endpoints: 50 requests per second."));
    }

    void rateLimitIsWaitedOutOnce()
    {
        HttpTransport transport(&m_nam);
        const qint64 user = m_sim->memberWithRank(30);
        const int writes = m_sim->writeCount();
        m_sim->control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("force429"), 1}});
        const auto written = await(writer(&transport, m_sim->seriesKey)->step(user, true, QString()));
        QVERIFY2(written.ok(), qPrintable(written.error().userText()));
        QCOMPARE(m_sim->writeCount(), writes + 1);
        QCOMPARE(m_sim->rankViaOpenCloud(user), 40);
    }

    void checkKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("active") << QStringLiteral("series") << true;
        QTest::newRow("inactive") << QStringLiteral("not-a-series-key") << false;
    }
    void checkKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        HttpTransport transport(&m_nam);
        const QString secret = m_sim->key(key);
        const auto answer = await(writer(&transport, secret)->checkAccess());
        QCOMPARE(answer.ok(), valid);
        if (valid) {
            QVERIFY(answer.value().contains(QStringLiteral("active")));
        } else {
            QCOMPARE(answer.error().kind, Kind::Auth);
            QVERIFY(answer.error().userText().contains(QStringLiteral("inactive or invalid")));
            QVERIFY(!answer.error().userText().contains(secret)); // the key was in the URL, never in the text
        }
    }
};

QTEST_GUILESS_MAIN(tst_SeriesWriter)
#include "tst_serieswriter.moc"
