#include "rank/OutsideChanges.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_OutsideChanges : public QObject
{
    Q_OBJECT

    static RankRules rules()
    {
        return RankRules({{11, u"Recruit"_s, 1, 0}, {12, u"Private"_s, 5, 0}, {13, u"Corporal"_s, 20, 0}});
    }
    static HistoryEntry own(qint64 user, qint64 to, const QDateTime &time, HistoryEntry::Outcome outcome = HistoryEntry::Outcome::Done)
    {
        HistoryEntry e;
        e.userId = user;
        e.newRoleId = to;
        e.time = time;
        e.outcome = outcome;
        return e;
    }

private slots:
    void detect_data()
    {
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<QList<HistoryEntry>>("ownChanges");
        QTest::addColumn<QString>("expected"); // "" or "action from->to"
        const QDateTime cachedAt(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        QTest::newRow("unchanged") << 11LL << 11LL << QList<HistoryEntry>{} << QString();
        QTest::newRow("promoted outside") << 11LL << 13LL << QList<HistoryEntry>{} << u"promote 11->13"_s;
        QTest::newRow("demoted outside") << 13LL << 12LL << QList<HistoryEntry>{} << u"demote 13->12"_s;
        QTest::newRow("Rankdesk did it") << 11LL << 12LL << QList<HistoryEntry>{own(1, 12, cachedAt.addSecs(5))} << QString();
        QTest::newRow("Rankdesk, then someone else") << 11LL << 13LL << QList<HistoryEntry>{own(1, 12, cachedAt.addSecs(5))}
                                                     << u"promote 12->13"_s;
        QTest::newRow("Rankdesk's failed try does not count") << 11LL << 12LL
            << QList<HistoryEntry>{own(1, 12, cachedAt.addSecs(5), HistoryEntry::Outcome::Failed)} << u"promote 11->12"_s;
        QTest::newRow("Rankdesk's change before the cache does not count") << 11LL << 12LL
            << QList<HistoryEntry>{own(1, 12, cachedAt.addSecs(-5))} << u"promote 11->12"_s;
    }
    void detect()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, after);
        QFETCH(QList<HistoryEntry>, ownChanges);
        QFETCH(QString, expected);
        const QDateTime cachedAt(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        const QList<HistoryEntry> found = OutsideChanges::detect(rules(), {{1, u"a"_s, {}, before, {}}, {2, u"gone"_s, {}, 11, {}}},
                                                                 cachedAt, {{1, u"a"_s, {}, after, {}}, {3, u"joined"_s, {}, 12, {}}},
                                                                 ownChanges, u"Sandbox"_s, 7);
        if (expected.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        const HistoryEntry &e = found.first();
        QCOMPARE(u"%1 %2->%3"_s.arg(e.action).arg(e.previousRoleId).arg(e.newRoleId), expected);
        QCOMPARE(e.source, u"outside"_s);
        QCOMPARE(int(e.outcome), int(HistoryEntry::Outcome::Done));
        QCOMPARE(e.groupId, 7);
        QVERIFY(e.reason.startsWith(u"Changed outside Rankdesk between 2026-11-01 12:00"_s));
        QVERIFY(e.previousRank >= 0 && e.newRank >= 0);
    }
};

QTEST_GUILESS_MAIN(tst_OutsideChanges)
#include "tst_outsidechanges.moc"
