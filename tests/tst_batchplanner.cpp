#include "jobs/BatchPlanner.h"

#include <QTest>

static QList<Role> ladder()
{
    return {{1, QStringLiteral("Guest"), 0, -1}, {2, QStringLiteral("Recruit"), 1, 0}, {3, QStringLiteral("Private"), 5, 0},
            {4, QStringLiteral("Sergeant"), 30, 0}, {5, QStringLiteral("Captain"), 80, 0}, {6, QStringLiteral("High Command"), 254, 0},
            {7, QStringLiteral("Owner"), 255, 1}};
}

static QList<Member> members()
{
    return {{11, QStringLiteral("a"), {}, 2, {}}, {12, QStringLiteral("b"), {}, 3, {}}, {13, QStringLiteral("c"), {}, 4, {}},
            {14, QStringLiteral("d"), {}, 6, {}}, {15, QStringLiteral("e"), {}, 7, {}}, {16, QStringLiteral("f"), {}, 2, {}}};
}

class tst_BatchPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plan_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("ceiling");
        QTest::addColumn<QList<qint64>>("protectedUsers");
        QTest::addColumn<int>("changes");
        QTest::addColumn<int>("unchanged");
        QTest::addColumn<QList<int>>("targetRanks"); // per change, in member order
        QTest::newRow("promote all") << int(RankAction::Promote) << QString() << 0 << QList<qint64>{} << 4 << 2 << QList<int>{5, 30, 80, 5};
        QTest::newRow("demote all") << int(RankAction::Demote) << QString() << 0 << QList<qint64>{} << 3 << 3 << QList<int>{1, 5, 80};
        QTest::newRow("set-rank Sergeant") << int(RankAction::SetRank) << QStringLiteral("Sergeant") << 0 << QList<qint64>{} << 4 << 2 << QList<int>{30, 30, 30, 30};
        QTest::newRow("ceiling 80") << int(RankAction::Promote) << QString() << 80 << QList<qint64>{} << 3 << 3 << QList<int>{5, 30, 5};
        QTest::newRow("protected users") << int(RankAction::Promote) << QString() << 0 << QList<qint64>{11, 16} << 2 << 4 << QList<int>{30, 80};
        QTest::newRow("set-rank to Owner") << int(RankAction::SetRank) << QStringLiteral("255") << 0 << QList<qint64>{} << 0 << 6 << QList<int>{};
        QTest::newRow("unknown role") << int(RankAction::SetRank) << QStringLiteral("Admiral") << 0 << QList<qint64>{} << 0 << 6 << QList<int>{};
    }
    void plan()
    {
        QFETCH(int, action);
        QFETCH(QString, target);
        QFETCH(int, ceiling);
        QFETCH(QList<qint64>, protectedUsers);
        QFETCH(int, changes);
        QFETCH(int, unchanged);
        QFETCH(QList<int>, targetRanks);
        GuardRails rails;
        rails.ceiling = ceiling;
        rails.protectedUsers = QSet<qint64>(protectedUsers.begin(), protectedUsers.end());
        const BatchPlan plan = BatchPlanner::plan(RankRules(ladder()), members(), RankAction(action), target, rails);
        QCOMPARE(plan.changes.size(), changes);
        QCOMPARE(plan.unchanged.size(), unchanged);
        for (qsizetype i = 0; i < targetRanks.size(); ++i)
            QCOMPARE(plan.changes.at(i).target.rank, targetRanks.at(i));
        for (const UnchangedMember &member : plan.unchanged)
            QVERIFY(!member.reason.isEmpty());
        int counted = 0;
        for (int n : plan.changesPerTargetRank)
            counted += n;
        QCOMPARE(counted, changes);
        const QList<BatchItem> items = BatchPlanner::items(plan);
        QCOMPARE(items.size(), changes);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).seq, int(i) + 1);
            QCOMPARE(items.at(i).expectedRoleId, plan.changes.at(i).current.id);
            QCOMPARE(items.at(i).state, BatchItem::State::Pending);
        }
    }
};

QTEST_GUILESS_MAIN(tst_BatchPlanner)
#include "tst_batchplanner.moc"
