#include "api/RequestWindow.h"

#include <QTest>

class tst_RequestWindow : public QObject
{
    Q_OBJECT

private slots:
    void neverMoreThanTheLimitInAnyWindow_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("requests");
        QTest::addColumn<qint64>("expectedSpanMs"); // when the last request may go
        QTest::newRow("burst within the limit") << 300 << 300 << qint64(0);
        QTest::newRow("one past the limit waits a window") << 300 << 301 << qint64(60000);
        QTest::newRow("three windows") << 100 << 301 << qint64(180000);
    }
    void neverMoreThanTheLimitInAnyWindow()
    {
        QFETCH(int, limit);
        QFETCH(int, requests);
        QFETCH(qint64, expectedSpanMs);
        RequestWindow window(limit);
        QList<qint64> sent;
        qint64 now = 0;
        for (int i = 0; i < requests; ++i) {
            now += window.msUntilAvailable(now);
            QCOMPARE(window.msUntilAvailable(now), 0);
            window.take(now);
            sent.append(now);
        }
        QCOMPARE(now, expectedSpanMs);
        // Any 60 s interval holds at most `limit` requests: so does every fixed window a provider counts.
        for (qsizetype i = 0; i + limit < sent.size(); ++i)
            QVERIFY(sent.at(i + limit) - sent.at(i) >= 60000);
    }

    void unlimited()
    {
        RequestWindow window(0);
        for (int i = 0; i < 10000; ++i) {
            QCOMPARE(window.msUntilAvailable(0), 0);
            window.take(0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_RequestWindow)
#include "tst_requestwindow.moc"
