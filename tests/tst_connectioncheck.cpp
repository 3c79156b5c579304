// Test connection against the simulator: each check with its own result for a good key, a wrong
// key, a read-only key, an expired key, and a hosted writer.
#include "TestSupport.h"
#include "api/ConnectionCheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using namespace Qt::StringLiterals;

class tst_ConnectionCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;

    QList<ConnectionCheck::Result> run(const ConnectionProfile &profile, const QString &key, const QString &writerKey = {})
    {
        Connection connection(profile, key, &m_nam, nullptr, writerKey);
        ConnectionCheck check(&connection);
        QSignalSpy finished(&check, &ConnectionCheck::finished);
        check.start();
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<QList<ConnectionCheck::Result>>();
    }
    static QString summary(const QList<ConnectionCheck::Result> &results)
    {
        QStringList parts;
        for (const ConnectionCheck::Result &r : results)
            parts << (r.ok ? u"+"_s : u"-"_s);
        return parts.join(QString());
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<ConnectionCheck::Result>>();
        m_sim = std::make_unique<Sandbox>(200);
    }

    void openCloudKeys_data()
    {
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("expected"); // key accepted, reads the group, may change ranks
        QTest::addColumn<QString>("detail");   // part of the failing check's detail
        QTest::newRow("good key") << u"owner"_s << u"+++"_s << u""_s;
        QTest::newRow("wrong key") << u"wrong"_s << u"---"_s << u"Invalid API Key"_s;
        QTest::newRow("read-only key") << u"readonly"_s << u"++-"_s << u"lacks the group:write scope"_s;
        QTest::newRow("expired key") << u"expired"_s << u"---"_s << u"expired"_s;
    }
    void openCloudKeys()
    {
        QFETCH(QString, keyName);
        QFETCH(QString, expected);
        QFETCH(QString, detail);
        const QString key = keyName == u"wrong" ? u"not-a-key-at-all"_s : m_sim->key(keyName);
        const QList<ConnectionCheck::Result> results = run(m_sim->profile(), key);
        QCOMPARE(results.size(), 3);
        QCOMPARE(summary(results), expected);
        for (const ConnectionCheck::Result &r : results) {
            QVERIFY(!r.detail.isEmpty());
            QVERIFY(!r.detail.contains(key) || key.size() < 6); // the key itself is never shown
        }
        if (!detail.isEmpty()) {
            bool found = false;
            for (const ConnectionCheck::Result &r : results)
                found = found || (!r.ok && r.detail.contains(detail, Qt::CaseInsensitive));
            QVERIFY2(found, qPrintable(results.first().detail + u" | "_s + results.last().detail));
        } else {
            QVERIFY2(results[1].detail.contains(u"200 member"_s), qPrintable(results[1].detail));
        }
    }

    void hostedWriter()
    {
        const QList<ConnectionCheck::Result> results = run(m_sim->profile(ConnectionProfile::WriterKind::Series), m_sim->ownerKey,
                                                           m_sim->seriesKey);
        QCOMPARE(summary(results), u"+++"_s);
        const QList<ConnectionCheck::Result> wrong = run(m_sim->profile(ConnectionProfile::WriterKind::Series), m_sim->ownerKey,
                                                         u"wrong-series-key"_s);
        QCOMPARE(summary(wrong), u"++-"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionCheck)
#include "tst_connectioncheck.moc"
