#include "rank/RevertPlanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_RevertPlanner : public QObject
{
    Q_OBJECT

    static QList<Role> roles()
    {
        return {{9001, u"Guest"_s, 0, -1}, {9002, u"Recruit"_s, 1, 0}, {9003, u"Private"_s, 5, 0}, {9004, u"Corporal"_s, 20, 0},
                {9005, u"Sergeant"_s, 30, 0}, {9006, u"Owner"_s, 255, 0}};
    }
    static HistoryEntry change(qint64 id, qint64 user, qint64 from, qint64 to, HistoryEntry::Outcome outcome = HistoryEntry::Outcome::Done)
    {
        HistoryEntry e;
        e.id = id;
        e.time = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC).addSecs(id * 60);
        e.userId = user;
        e.username = u"user%1"_s.arg(user);
        e.previousRoleId = from;
        e.newRoleId = to;
        e.newRoleName = u"role %1"_s.arg(to);
        e.outcome = outcome;
        return e;
    }

private slots:
    void plan_data()
    {
        QTest::addColumn<QList<HistoryEntry>>("changes");
        QTest::addColumn<QList<Member>>("roster");
        QTest::addColumn<QString>("expected"); // "user:target" for changes, "user!reason-part" for unchanged
        const Member a{1, u"a"_s, {}, 9003, {}};
        QTest::newRow("a promotion goes back") << QList<HistoryEntry>{change(1, 1, 9002, 9003)} << QList<Member>{a} << u"1:9002"_s;
        QTest::newRow("changed since") << QList<HistoryEntry>{change(1, 1, 9002, 9004)} << QList<Member>{a} << u"1!changed since"_s;
        QTest::newRow("left the group") << QList<HistoryEntry>{change(1, 7, 9002, 9003)} << QList<Member>{a} << u"7!no longer a member"_s;
        QTest::newRow("failed change") << QList<HistoryEntry>{change(1, 1, 9002, 9003, HistoryEntry::Outcome::Failed)} << QList<Member>{a}
                                       << u"1!was not made"_s;
        QTest::newRow("two steps: back to the first role")
            << QList<HistoryEntry>{change(2, 1, 9004, 9003), change(1, 1, 9002, 9004)} << QList<Member>{a} << u"1:9002"_s;
        QTest::newRow("role gone") << QList<HistoryEntry>{change(1, 1, 9999, 9003)} << QList<Member>{a} << u"1!no longer has the role"_s;
    }
    void plan()
    {
        QFETCH(QList<HistoryEntry>, changes);
        QFETCH(QList<Member>, roster);
        QFETCH(QString, expected);
        const BatchPlan plan = RevertPlanner::plan(RankRules(roles()), changes, roster, {});
        QCOMPARE(plan.changes.size() + plan.unchanged.size(), 1);
        if (expected.contains(u':')) {
            QCOMPARE(plan.changes.size(), 1);
            QCOMPARE(u"%1:%2"_s.arg(plan.changes.first().member.userId).arg(plan.changes.first().target.id), expected);
        } else {
            QCOMPARE(plan.unchanged.size(), 1);
            const QString reason = plan.unchanged.first().reason;
            QVERIFY2(reason.contains(expected.section(u'!', 1)), qPrintable(reason));
            QCOMPARE(plan.unchanged.first().member.userId, expected.section(u'!', 0, 0).toLongLong());
        }
    }

    void guardRails()
    {
        const QList<Member> roster{{1, u"a"_s, {}, 9003, {}}, {2, u"b"_s, {}, 9005, {}}};
        GuardRails rails;
        rails.protectedUsers = {1};
        rails.ceiling = 30; // a demotion from Sergeant (30): the member is above what may be managed
        const BatchPlan plan = RevertPlanner::plan(RankRules(roles()), {change(1, 1, 9002, 9003), change(2, 2, 9004, 9005)}, roster, rails);
        QCOMPARE(plan.changes.size(), 0);
        QCOMPARE(plan.unchanged.size(), 2);
        QVERIFY(plan.unchanged[0].reason.startsWith(u"Protected"_s));
        QVERIFY(plan.unchanged[1].reason.contains(u"highest rank you may manage"_s));
    }
};

QTEST_GUILESS_MAIN(tst_RevertPlanner)
#include "tst_revertplanner.moc"
