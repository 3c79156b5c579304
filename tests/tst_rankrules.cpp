#include "domain/RankRules.h"

#include <QTest>

using Kind = ApiError::Kind;

// A ladder with gaps, a duplicated rank (two roles at 30) and names sharing words.
static QList<Role> ladder()
{
    return {
        {101, QStringLiteral("Guest"), 0, -1},       {102, QStringLiteral("Recruit"), 1, 10},
        {103, QStringLiteral("Private"), 5, 10},     {104, QStringLiteral("Sergeant"), 20, 5},
        {105, QStringLiteral("Staff Sergeant"), 30, 3}, {106, QStringLiteral("Staff Medic"), 30, 1},
        {107, QStringLiteral("Captain"), 100, 1},    {108, QStringLiteral("High Command"), 254, 1},
        {109, QStringLiteral("Owner"), 255, 1},
    };
}

// A rule's answer against a table row: the expected role, or the expected refusal code.
static void checkTarget(const Result<Role> &target, qint64 expectedRole, const QString &expectedCode)
{
    if (expectedCode.isEmpty()) {
        QVERIFY2(target.ok(), qPrintable(target.error().message));
        QCOMPARE(target.value().id, expectedRole);
    } else {
        QVERIFY(!target.ok());
        QCOMPARE(target.error().providerCode, expectedCode);
        QVERIFY(!target.error().message.isEmpty());
    }
}

class tst_RankRules : public QObject
{
    Q_OBJECT

private slots:
    void sortsByRank()
    {
        QList<Role> shuffled = ladder();
        std::reverse(shuffled.begin(), shuffled.end());
        const RankRules rules(shuffled);
        QCOMPARE(rules.roles().first().rank, 0);
        QCOMPARE(rules.roles().last().rank, 255);
    }

    void promotion_data()
    {
        QTest::addColumn<qint64>("current");
        QTest::addColumn<int>("ceiling");
        QTest::addColumn<qint64>("expectedRole");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("recruit to private") << qint64(102) << 0 << qint64(103) << QString();
        QTest::newRow("skips gaps") << qint64(104) << 0 << qint64(105) << QString();
        QTest::newRow("captain to high command") << qint64(107) << 0 << qint64(108) << QString();
        QTest::newRow("never to owner") << qint64(108) << 0 << qint64(0) << QStringLiteral("rankdesk.at-highest");
        QTest::newRow("ceiling caps the top") << qint64(104) << 100 << qint64(105) << QString();
        QTest::newRow("at the ceiling's edge") << qint64(105) << 100 << qint64(0) << QStringLiteral("rankdesk.at-highest");
        QTest::newRow("member at the ceiling") << qint64(107) << 100 << qint64(0) << QStringLiteral("rankdesk.above-ceiling");
        QTest::newRow("guest is not a member") << qint64(101) << 0 << qint64(0) << QStringLiteral("rankdesk.not-a-member");
        QTest::newRow("unknown role") << qint64(999) << 0 << qint64(0) << QStringLiteral("rankdesk.not-a-member");
        QTest::newRow("owner untouchable") << qint64(109) << 0 << qint64(0) << QStringLiteral("rankdesk.owner");
    }
    void promotion()
    {
        QFETCH(qint64, current);
        QFETCH(int, ceiling);
        QFETCH(qint64, expectedRole);
        QFETCH(QString, expectedCode);
        RankRules rules(ladder());
        rules.setCeiling(ceiling);
        checkTarget(rules.promotionTarget(current), expectedRole, expectedCode);
    }

    void demotion_data()
    {
        QTest::addColumn<qint64>("current");
        QTest::addColumn<qint64>("expectedRole");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("private to recruit") << qint64(103) << qint64(102) << QString();
        QTest::newRow("duplicate rank: highest below") << qint64(107) << qint64(106) << QString();
        QTest::newRow("high command to captain") << qint64(108) << qint64(107) << QString();
        QTest::newRow("never to guest") << qint64(102) << qint64(0) << QStringLiteral("rankdesk.at-lowest");
        QTest::newRow("owner untouchable") << qint64(109) << qint64(0) << QStringLiteral("rankdesk.owner");
    }
    void demotion()
    {
        QFETCH(qint64, current);
        QFETCH(qint64, expectedRole);
        QFETCH(QString, expectedCode);
        checkTarget(RankRules(ladder()).demotionTarget(current), expectedRole, expectedCode);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expectedRole");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("rank number") << QStringLiteral("20") << qint64(104) << QString();
        QTest::newRow("rank with spaces") << QStringLiteral("  5 ") << qint64(103) << QString();
        QTest::newRow("role id") << QStringLiteral("107") << qint64(0) << QStringLiteral("rankdesk.no-such-rank");
        QTest::newRow("exact name, any case") << QStringLiteral("captain") << qint64(107) << QString();
        QTest::newRow("exact beats partial") << QStringLiteral("Sergeant") << qint64(104) << QString();
        QTest::newRow("unique partial") << QStringLiteral("medic") << qint64(106) << QString();
        QTest::newRow("ambiguous partial") << QStringLiteral("staff") << qint64(0) << QStringLiteral("rankdesk.ambiguous-role");
        QTest::newRow("ambiguous rank") << QStringLiteral("30") << qint64(0) << QStringLiteral("rankdesk.ambiguous-role");
        QTest::newRow("missing rank") << QStringLiteral("42") << qint64(0) << QStringLiteral("rankdesk.no-such-rank");
        QTest::newRow("missing name") << QStringLiteral("Admiral") << qint64(0) << QStringLiteral("rankdesk.no-such-role");
        QTest::newRow("empty") << QStringLiteral("") << qint64(0) << QStringLiteral("rankdesk.no-target");
        QTest::newRow("large role id") << QStringLiteral("99513316") << qint64(0) << QStringLiteral("rankdesk.no-such-rank");
    }
    void resolve()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expectedRole);
        QFETCH(QString, expectedCode);
        checkTarget(RankRules(ladder()).resolve(text), expectedRole, expectedCode);
    }

    void resolvesLargeRoleIds()
    {
        QList<Role> roles = ladder();
        roles.append({99513316, QStringLiteral("Lieutenant"), 60, 0});
        const Result<Role> role = RankRules(roles).resolve(QStringLiteral("99513316"));
        QVERIFY(role.ok());
        QCOMPARE(role.value().rank, 60);
    }

    void validateTarget_data()
    {
        QTest::addColumn<qint64>("current");
        QTest::addColumn<int>("targetRank");
        QTest::addColumn<int>("ceiling");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("ok") << qint64(102) << 100 << 0 << QString();
        QTest::newRow("guest") << qint64(103) << 0 << 0 << QStringLiteral("rankdesk.guest");
        QTest::newRow("owner") << qint64(103) << 255 << 0 << QStringLiteral("rankdesk.owner-target");
        QTest::newRow("above ceiling") << qint64(103) << 100 << 50 << QStringLiteral("rankdesk.above-ceiling");
        QTest::newRow("already there") << qint64(104) << 20 << 0 << QStringLiteral("rankdesk.already-there");
        QTest::newRow("not a member") << qint64(101) << 20 << 0 << QStringLiteral("rankdesk.not-a-member");
    }
    void validateTarget()
    {
        QFETCH(qint64, current);
        QFETCH(int, targetRank);
        QFETCH(int, ceiling);
        QFETCH(QString, expectedCode);
        RankRules rules(ladder());
        rules.setCeiling(ceiling);
        Role target;
        for (const Role &role : rules.roles()) {
            if (role.rank == targetRank) {
                target = role;
                break;
            }
        }
        const Result<Role> checked = rules.validateTarget(current, target);
        if (expectedCode.isEmpty()) {
            QVERIFY(checked.ok());
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().providerCode, expectedCode);
        }
    }

    void refusalKinds()
    {
        const RankRules rules(ladder());
        QCOMPARE(rules.promotionTarget(108).error().kind, Kind::Invalid);
        QCOMPARE(rules.promotionTarget(101).error().kind, Kind::NotFound);
        QCOMPARE(rules.resolve(QStringLiteral("staff")).error().kind, Kind::Invalid);
        QCOMPARE(rules.resolve(QStringLiteral("Admiral")).error().kind, Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_RankRules)
#include "tst_rankrules.moc"
