#include "jobs/RateBudget.h"

#include <QTest>

class tst_RateBudget : public QObject
{
    Q_OBJECT

private slots:
    void pacing_data()
    {
        QTest::addColumn<double>("perMinute");
        QTest::addColumn<int>("requests");
        QTest::addColumn<qint64>("expectedSpanMs"); // time the requests take, starting with one token
        QTest::newRow("300/min") << 300.0 << 11 << qint64(2000);
        QTest::newRow("3000/min") << 3000.0 << 51 << qint64(1000);
        QTest::newRow("50/s") << 3000.0 << 3001 << qint64(60000);
    }
    void pacing()
    {
        QFETCH(double, perMinute);
        QFETCH(int, requests);
        QFETCH(qint64, expectedSpanMs);
        RateBudget budget(perMinute);
        qint64 now = 0;
        for (int i = 0; i < requests; ++i) {
            now += budget.msUntilAvailable(now);
            QCOMPARE(budget.msUntilAvailable(now), 0);
            budget.take(now);
        }
        // Never faster than the rate; at most a millisecond per request slower (rounding up).
        QVERIFY2(now >= expectedSpanMs - 1 && now <= expectedSpanMs + requests, qPrintable(QString::number(now)));
    }

    void unlimited()
    {
        RateBudget budget(0);
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(budget.msUntilAvailable(0), 0);
            budget.take(0);
        }
    }

    void idleTimeDoesNotBankMoreThanTheBurst()
    {
        RateBudget budget(60, 2); // one a second, bursts of two
        budget.take(0);
        QCOMPARE(budget.msUntilAvailable(100'000), 0);
        budget.take(100'000);
        budget.take(100'000);
        QVERIFY(budget.msUntilAvailable(100'000) > 0);
    }
};

QTEST_GUILESS_MAIN(tst_RateBudget)
#include "tst_ratebudget.moc"
