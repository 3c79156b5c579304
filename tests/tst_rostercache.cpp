#include "TestDatabases.h"
#include "storage/RosterCache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_RosterCache : public QObject
{
    Q_OBJECT

    std::optional<Database> m_db;

private slots:
    void initTestCase_data() { TestDatabases::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_db = TestDatabases::open(backend);
    }

    void neverRead()
    {
        RosterCache cache(*m_db);
        const auto loaded = cache.load(7);
        QVERIFY(loaded);
        QVERIFY(!loaded.value().has_value());
    }

    void roundTripAndReplace()
    {
        RosterCache cache(*m_db);
        const QList<Role> roles{{11, u"Recruit"_s, 1, 2}, {12, u"Private"_s, 5, 1}};
        const QDateTime since(QDate(2025, 2, 3), QTime(4, 5, 6), Qt::UTC);
        QList<Member> members{{1001, u"alpha"_s, u"Alpha Display"_s, 11, since}, {1002, u"bravo"_s, QString(), 12, {}}};
        const QDateTime fetched(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        QVERIFY(cache.save(7, roles, members, fetched));
        QVERIFY(cache.save(8, roles, {members.first()}, fetched)); // another group, untouched below
        const CachedRoster loaded = *cache.load(7).value();
        QCOMPARE(loaded.fetched, fetched);
        QCOMPARE(loaded.roles.size(), 2);
        QCOMPARE(loaded.roles[1].name, u"Private"_s);
        QCOMPARE(loaded.roles[1].memberCount, 1);
        QCOMPARE(loaded.members.size(), 2);
        QCOMPARE(loaded.members[0].displayName, u"Alpha Display"_s);
        QCOMPARE(loaded.members[0].memberSince, since);
        QVERIFY(!loaded.members[1].memberSince.isValid());

        // A refresh replaces the group's roster whole.
        members.removeFirst();
        QVERIFY(cache.save(7, roles, members, fetched.addSecs(60)));
        const CachedRoster again = *cache.load(7).value();
        QCOMPARE(again.members.size(), 1);
        QCOMPARE(again.fetched, fetched.addSecs(60));
        QCOMPARE(cache.load(8).value()->members.size(), 1);
    }

    void bigRoster()
    {
        RosterCache cache(*m_db);
        QList<Member> members;
        for (int i = 0; i < 20000; ++i)
            members.append({100000 + i, u"user%1"_s.arg(i), {}, 11, {}});
        QVERIFY(cache.save(9, {{11, u"Recruit"_s, 1, 20000}}, members, QDateTime::currentDateTimeUtc()));
        QCOMPARE(cache.load(9).value()->members.size(), 20000);
    }
};

QTEST_GUILESS_MAIN(tst_RosterCache)
#include "tst_rostercache.moc"
