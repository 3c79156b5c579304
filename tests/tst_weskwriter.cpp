#include "TestSupport.h"
#include "api/WeskWriter.h"

#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using Kind = ApiError::Kind;

class tst_WeskWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;

    static Role role(int rank) { return Role{0, QString(), rank, 0}; }
    std::unique_ptr<WeskWriter> writer(HttpTransport *transport, const QString &key, bool composeDemote = false,
                                       Sandbox *sim = nullptr, qint64 group = 0) const
    {
        Sandbox *s = sim ? sim : m_sim.get();
        return std::make_unique<WeskWriter>(transport, s->writerUrl(ConnectionProfile::WriterKind::Wesk), key,
                                            group ? group : s->groupId(), composeDemote);
    }

private slots:
    void initTestCase() { m_sim = std::make_unique<Sandbox>(300); }

    void operations_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("fromRank");
        QTest::addColumn<int>("expectedRank");
        QTest::newRow("set rank") << QStringLiteral("wesk-pro") << QStringLiteral("set-rank:80") << 1 << 80;
        QTest::newRow("promote one rank") << QStringLiteral("wesk-starter") << QStringLiteral("promote") << 5 << 10;
        QTest::newRow("demote on pro") << QStringLiteral("wesk-pro") << QStringLiteral("demote") << 40 << 30;
        QTest::newRow("demote on max") << QStringLiteral("wesk-max") << QStringLiteral("demote") << 60 << 40;
    }
    void operations()
    {
        QFETCH(QString, key);
        QFETCH(QString, operation);
        QFETCH(int, fromRank);
        QFETCH(int, expectedRank);
        HttpTransport transport(&m_nam);
        auto w = writer(&transport, m_sim->key(key));
        QSignalSpy quota(w.get(), &WeskWriter::quotaChanged);
        const qint64 user = m_sim->memberWithRank(fromRank);
        const auto written = operation.startsWith(u"set-rank:")
            ? await(w->setRole(user, role(fromRank), role(operation.mid(9).toInt()), QString()))
            : await(w->step(user, operation == u"promote", QString()));
        QVERIFY2(written.ok(), qPrintable(written.error().userText()));
        QCOMPARE(written.value().previousRank, fromRank);
        QCOMPARE(written.value().newRank, expectedRank);
        QCOMPARE(m_sim->rankViaOpenCloud(user), expectedRank);
        if (key != u"wesk-max") { // X-RateLimit-Remaining/Reset are read and shown
            QVERIFY(written.value().quota.contains(QStringLiteral("requests left")));
            QCOMPARE(quota.size(), 1);
        }
    }

    void demoteNeedsProOrMax()
    {
        HttpTransport transport(&m_nam);
        const qint64 user = m_sim->memberWithRank(20);
        auto starter = writer(&transport, m_sim->weskStarterKey);
        QVERIFY(starter->capabilities().nativeDemote);
        const auto refused = await(starter->step(user, false, QString()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::Permission);
        QCOMPARE(refused.error().providerCode, QStringLiteral("PLAN_REQUIRED"));
        QVERIFY(refused.error().userText().contains(QStringLiteral("Pro or Max")));
        // Composed through setRank, the same demote works on Starter.
        auto composed = writer(&transport, m_sim->weskStarterKey, true);
        QVERIFY(!composed->capabilities().nativeDemote);
        const auto done = await(composed->setRole(user, role(20), role(10), QString()));
        QVERIFY2(done.ok(), qPrintable(done.error().userText()));
        QCOMPARE(m_sim->rankViaOpenCloud(user), 10);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("memberRank");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad key") << QStringLiteral("nope") << QStringLiteral("promote") << 1 << 401 << int(Kind::Auth) << QStringLiteral("INVALID_API_KEY");
        QTest::newRow("not a member") << QStringLiteral("wesk-pro") << QStringLiteral("promote") << -1 << 404 << int(Kind::NotFound) << QStringLiteral("NOT_A_MEMBER");
        QTest::newRow("target 255") << QStringLiteral("wesk-pro") << QStringLiteral("set-rank:255") << 5 << 400 << int(Kind::Invalid) << QStringLiteral("INVALID_TARGET_RANK");
        QTest::newRow("target 0") << QStringLiteral("wesk-pro") << QStringLiteral("set-rank:0") << 5 << 400 << int(Kind::Invalid) << QStringLiteral("INVALID_TARGET_RANK");
        QTest::newRow("at the top") << QStringLiteral("wesk-pro") << QStringLiteral("promote") << 254 << 400 << int(Kind::Invalid) << QStringLiteral("AT_HIGHEST_RANK");
        QTest::newRow("other group") << QStringLiteral("wesk-pro") << QStringLiteral("other-group") << 5 << 403 << int(Kind::Permission) << QStringLiteral("GROUP_NOT_AUTHORIZED");
    }
    void errors()
    {
        QFETCH(QString, key);
        QFETCH(QString, operation);
        QFETCH(int, memberRank);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, code);
        HttpTransport transport(&m_nam);
        const QString secret = m_sim->key(key);
        auto w = writer(&transport, secret, false, nullptr, operation == u"other-group" ? 1234 : 0);
        const qint64 user = memberRank < 0 ? m_sim->outsiderUserId() : m_sim->memberWithRank(memberRank);
        const int writes = m_sim->writeCount();
        const auto written = operation.startsWith(u"set-rank:")
            ? await(w->setRole(user, role(memberRank), role(operation.mid(9).toInt()), QString()))
            : await(w->step(user, true, QString()));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().httpStatus, status);
        QCOMPARE(int(written.error().kind), kind);
        QCOMPARE(written.error().providerCode, code);
        QVERIFY(!written.error().message.isEmpty());
        QVERIFY(!written.error().userText().contains(secret));
        QCOMPARE(m_sim->writeCount(), writes);
    }

    void monthlyQuotaIsNotWaitedFor()
    {
        Sandbox sim(50, 1.0); // starter: 100 requests per (30-day) period
        HttpTransport transport(&m_nam);
        auto w = writer(&transport, sim.weskStarterKey, false, &sim);
        Result<QString> answer;
        for (int i = 0; i < 101; ++i)
            answer = await(w->checkAccess());
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().kind, Kind::Quota); // reported at once, not waited out for weeks
        QCOMPARE(answer.error().httpStatus, 429);
        QVERIFY(answer.error().userText().contains(QStringLiteral("monthly request quota")));
        QVERIFY(answer.error().userText().contains(QStringLiteral("day")));
    }

    void shortQuotaResetIsWaitedOutOnce()
    {
        HttpTransport transport(&m_nam);
        const qint64 user = m_sim->memberWithRank(1);
        const int writes = m_sim->writeCount();
        m_sim->control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("force429"), 1}}); // reset in 1 s
        const auto written = await(writer(&transport, m_sim->weskProKey)->setRole(user, role(1), role(5), QString()));
        QVERIFY2(written.ok(), qPrintable(written.error().userText()));
        QCOMPARE(m_sim->writeCount(), writes + 1);
    }

    void groupInfoAsConnectionCheck()
    {
        HttpTransport transport(&m_nam);
        const auto answer = await(writer(&transport, m_sim->weskMaxKey)->checkAccess());
        QVERIFY2(answer.ok(), qPrintable(answer.error().userText()));
        QVERIFY(answer.value().contains(QString::number(m_sim->groupId())));
    }

    // WESK's quota headers, however hostile, are clamped before any conversion (UBSan would stop
    // the test otherwise): a reset past a year shows as a year, a negative one as 0, a remaining
    // count that is no number hides the quota.
    void quotaHeadersAreClamped_data()
    {
        QTest::addColumn<QByteArray>("remaining");
        QTest::addColumn<QByteArray>("reset");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QByteArray("42") << QByteArray("90") << QStringLiteral("42 requests left this period; resets in 90 second(s).");
        QTest::newRow("reset 1e300") << QByteArray("7") << QByteArray("1e300") << QStringLiteral("7 requests left this period; resets in 366 day(s).");
        QTest::newRow("reset inf") << QByteArray("7") << QByteArray("inf") << QStringLiteral("7 requests left this period; resets in 366 day(s).");
        QTest::newRow("reset 2^63") << QByteArray("7") << QByteArray("9223372036854775808") << QStringLiteral("7 requests left this period; resets in 366 day(s).");
        QTest::newRow("reset negative") << QByteArray("7") << QByteArray("-99999999999") << QStringLiteral("7 requests left this period; resets in 0 second(s).");
        QTest::newRow("reset a word") << QByteArray("7") << QByteArray("soon") << QStringLiteral("7 requests left this period; resets in 0 second(s).");
        QTest::newRow("remaining 1e300") << QByteArray("1e300") << QByteArray("5") << QStringLiteral("1000000000 requests left this period; resets in 5 second(s).");
        QTest::newRow("remaining negative") << QByteArray("-5") << QByteArray("5") << QStringLiteral("0 requests left this period; resets in 5 second(s).");
        QTest::newRow("remaining nan") << QByteArray("nan") << QByteArray("5") << QString();
        QTest::newRow("remaining markup") << QByteArray("<b>9</b>") << QByteArray("5") << QString();
    }
    void quotaHeadersAreClamped()
    {
        QFETCH(QByteArray, remaining);
        QFETCH(QByteArray, reset);
        QFETCH(QString, text);
        HttpResponse response;
        response.status = 429;
        response.headers.insert("x-ratelimit-remaining", remaining);
        response.headers.insert("x-ratelimit-reset", reset);
        QCOMPARE(WeskWriter::quotaText(response), text);
        const ApiError error = WeskWriter::mapError(response);
        QCOMPARE(error.kind, Kind::Quota);
        QVERIFY(error.retryAfterSeconds >= -1 && error.retryAfterSeconds <= int(HttpResponse::MaxAdvisedWaitSeconds));
        QVERIFY(!error.userText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WeskWriter)
#include "tst_weskwriter.moc"
