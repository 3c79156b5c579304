#include "TestDatabases.h"
#include "storage/HistoryStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_HistoryStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<HistoryStore> m_store;

    static HistoryEntry entry(qint64 group, qint64 user, HistoryEntry::Outcome outcome)
    {
        HistoryEntry e;
        e.profile = QStringLiteral("Sandbox");
        e.groupId = group;
        e.userId = user;
        e.username = QStringLiteral("user%1").arg(user);
        e.action = QStringLiteral("promote");
        e.previousRoleId = 11;
        e.previousRoleName = QStringLiteral("Recruit");
        e.previousRank = 1;
        e.newRoleId = 12;
        e.newRoleName = QStringLiteral("Private");
        e.newRank = 5;
        e.backend = QStringLiteral("opencloud");
        e.outcome = outcome;
        if (outcome == HistoryEntry::Outcome::Failed)
            e.error = QStringLiteral("Permission denied");
        return e;
    }

private slots:
    void initTestCase_data() { TestDatabases::addBackendRows(); }

    // A fresh database for every test function and data row, on SQLite and on PostgreSQL.
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_store.reset();
        if (std::optional<Database> db = TestDatabases::open(backend))
            m_store = std::make_unique<HistoryStore>(*db);
    }

    void recordAndReadBack()
    {
        QSignalSpy recorded(m_store.get(), &HistoryStore::recorded);
        HistoryEntry e = entry(7, 156, HistoryEntry::Outcome::Done);
        e.reason = QStringLiteral("passed training");
        const auto stored = m_store->record(e);
        QVERIFY(stored.ok());
        QVERIFY(stored.value().id > 0);
        QVERIFY(stored.value().time.isValid());
        QCOMPARE(recorded.size(), 1);
        const auto rows = m_store->recent({});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 1);
        const HistoryEntry &back = rows.value().first();
        QCOMPARE(back.userId, 156);
        QCOMPARE(back.previousRoleName, QStringLiteral("Recruit"));
        QCOMPARE(back.newRank, 5);
        QCOMPARE(back.outcome, HistoryEntry::Outcome::Done);
        QCOMPARE(back.reason, QStringLiteral("passed training"));
        QCOMPARE(back.time.timeSpec(), Qt::UTC);
    }

    void failuresWithoutTargetAreKept()
    {
        HistoryEntry e = entry(7, 0, HistoryEntry::Outcome::Failed);
        e.username = QStringLiteral("nobody");
        e.newRoleId = 0;
        e.newRank = -1;
        e.newRoleName.clear();
        QVERIFY(m_store->record(e).ok());
        const auto rows = m_store->recent({});
        QCOMPARE(rows.value().first().newRank, -1);
        QCOMPARE(rows.value().first().error, QStringLiteral("Permission denied"));
    }

    void filters_data()
    {
        QTest::addColumn<qint64>("group");
        QTest::addColumn<qint64>("user");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << qint64(0) << qint64(0) << 100 << 6;
        QTest::newRow("group") << qint64(7) << qint64(0) << 100 << 4;
        QTest::newRow("group and user") << qint64(7) << qint64(2) << 100 << 2;
        QTest::newRow("limit") << qint64(0) << qint64(0) << 3 << 3;
    }
    void filters()
    {
        QFETCH(qint64, group);
        QFETCH(qint64, user);
        QFETCH(int, limit);
        QFETCH(int, expected);
        for (qint64 g : {7, 7, 7, 7, 8, 8})
            m_store->record(entry(g, g == 7 ? (m_store->recent({}).value().size() % 2) + 1 : 9, HistoryEntry::Outcome::Done));
        HistoryStore::Filter filter;
        filter.groupId = group;
        filter.userId = user;
        filter.limit = limit;
        const auto rows = m_store->recent(filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), expected);
    }

    void newestFirst()
    {
        for (int i = 1; i <= 3; ++i)
            m_store->record(entry(7, i, HistoryEntry::Outcome::Done));
        const auto rows = m_store->recent({});
        QCOMPARE(rows.value().first().userId, 3);
        QCOMPARE(rows.value().last().userId, 1);
    }
    // A varied history of 60 rows; each filter's SQL answer must equal matches() over all rows.
    void browserFilters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("member part, any case") << QStringLiteral("member");
        QTest::newRow("member id") << QStringLiteral("memberId");
        QTest::newRow("member with LIKE wildcards") << QStringLiteral("wildcard");
        QTest::newRow("role") << QStringLiteral("role");
        QTest::newRow("action") << QStringLiteral("action");
        QTest::newRow("outcome") << QStringLiteral("outcome");
        QTest::newRow("source") << QStringLiteral("source");
        QTest::newRow("batch") << QStringLiteral("batch");
        QTest::newRow("time range") << QStringLiteral("time");
        QTest::newRow("combined") << QStringLiteral("combined");
    }
    void browserFilters()
    {
        QFETCH(QString, name);
        const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        static const char *actions[] = {"promote", "demote", "set-rank"};
        static const char *sources[] = {"single", "bulk", "csv-import"};
        for (int i = 0; i < 60; ++i) {
            HistoryEntry e = entry(i % 2 ? 7 : 8, 1000 + i % 12, HistoryEntry::Outcome(i % 3));
            e.username = i % 12 == 5 ? QStringLiteral("Under_Score%1") : QStringLiteral("Alpha%1Zed").arg(i % 12);
            e.action = QString::fromLatin1(actions[i % 3]);
            e.source = QString::fromLatin1(sources[(i / 3) % 3]);
            e.batchId = e.source == u"single" ? QString() : QStringLiteral("batch-%1").arg(i / 20);
            e.previousRoleId = 11 + i % 4;
            e.newRoleId = 12 + i % 4;
            e.time = start.addSecs(3600 * i);
            QVERIFY(m_store->record(e).ok());
        }
        HistoryStore::Filter f;
        if (name == u"member")
            f.member = QStringLiteral("ALPHA1");
        else if (name == u"memberId")
            f.member = QStringLiteral("1003");
        else if (name == u"wildcard")
            f.member = QStringLiteral("r_s"); // "_" must not match any character
        else if (name == u"role")
            f.roleId = 13;
        else if (name == u"action")
            f.action = QStringLiteral("demote");
        else if (name == u"outcome")
            f.outcome = HistoryEntry::Outcome::Skipped;
        else if (name == u"source")
            f.source = QStringLiteral("csv-import");
        else if (name == u"batch")
            f.batchId = QStringLiteral("batch-1");
        else if (name == u"time") {
            f.from = start.addSecs(3600 * 10);
            f.to = start.addSecs(3600 * 20);
        } else {
            f.groupId = 7;
            f.action = QStringLiteral("promote");
            f.member = QStringLiteral("zed");
        }
        QList<qint64> expected;
        HistoryStore::Filter all;
        all.limit = 1000;
        for (const HistoryEntry &e : m_store->recent(all).value())
            if (HistoryStore::matches(f, e))
                expected << e.id;
        QVERIFY(!expected.isEmpty() || name == u"wildcard");
        f.limit = 1000;
        QList<qint64> got;
        for (const HistoryEntry &e : m_store->recent(f).value())
            got << e.id;
        QCOMPARE(got, expected);
        QCOMPARE(m_store->count(f).value(), expected.size());
    }

    void perDay()
    {
        const QDateTime day1 = QDateTime(QDate(2026, 5, 1), QTime(23, 30), Qt::UTC);
        const auto add = [this](const QDateTime &time, const char *action, HistoryEntry::Outcome outcome) {
            HistoryEntry e = entry(7, 1, outcome);
            e.action = QString::fromLatin1(action);
            e.time = time;
            m_store->record(e);
        };
        add(day1, "promote", HistoryEntry::Outcome::Done);
        add(day1, "promote", HistoryEntry::Outcome::Done);
        add(day1, "demote", HistoryEntry::Outcome::Failed);
        add(day1.addSecs(3600), "set-rank", HistoryEntry::Outcome::Done); // 00:30 UTC the next day
        add(day1.addSecs(3600), "demote", HistoryEntry::Outcome::Skipped); // skipped: not counted
        add(day1.addDays(3), "demote", HistoryEntry::Outcome::Done);
        const QList<HistoryStore::DayCounts> days = m_store->perDay({}).value();
        QCOMPARE(days.size(), 3);
        QCOMPARE(days[0].day, QDate(2026, 5, 1));
        QCOMPARE(days[0].promote, 2);
        QCOMPARE(days[0].failed, 1);
        QCOMPARE(days[1].day, QDate(2026, 5, 2));
        QCOMPARE(days[1].setRank, 1);
        QCOMPARE(days[1].demote, 0);
        QCOMPARE(days[2].day, QDate(2026, 5, 4));
        QCOMPARE(days[2].demote, 1);
        HistoryStore::Filter filter;
        filter.action = QStringLiteral("promote");
        QCOMPARE(m_store->perDay(filter).value().size(), 1);
    }

    // Sorted pages, on both backends: offset pages join up in the asked order, newest first among equals.
    void sortedPages()
    {
        for (int i = 0; i < 45; ++i) {
            HistoryEntry e = entry(7, 100 + i, HistoryEntry::Outcome::Done);
            e.username = QStringLiteral("Name%1").arg((i * 7) % 10);
            e.newRank = (i * 13) % 5;
            e.time = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC).addSecs(i);
            m_store->record(e);
        }
        QList<HistoryEntry> sorted;
        for (int offset = 0;; offset += 10) {
            const QList<HistoryEntry> page = m_store->sortedPage({}, HistoryStore::SortKey::To, false, offset, 10).value();
            sorted += page;
            if (page.size() < 10)
                break;
        }
        QCOMPARE(sorted.size(), 45);
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            QVERIFY(sorted[i - 1].newRank >= sorted[i].newRank);
            if (sorted[i - 1].newRank == sorted[i].newRank)
                QVERIFY(sorted[i - 1].time > sorted[i].time);
        }
        const QList<HistoryEntry> byName = m_store->sortedPage({}, HistoryStore::SortKey::Member, true, 0, 50).value();
        QCOMPARE(byName.first().username, QStringLiteral("Name0"));
        QCOMPARE(byName.last().username, QStringLiteral("Name9"));
    }

    // Keyset pages put together are the whole list, in order, with nothing twice; rows sharing a
    // timestamp are split across pages correctly.
    void pagesJoinUp()
    {
        const QDateTime t = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        for (int i = 0; i < 95; ++i) {
            HistoryEntry e = entry(7, i, HistoryEntry::Outcome::Done);
            e.time = t.addSecs(i / 4); // four rows per second
            m_store->record(e);
        }
        QList<qint64> paged;
        std::optional<HistoryStore::PageKey> after;
        for (;;) {
            const QList<HistoryEntry> page = m_store->page({}, after, 10).value();
            for (const HistoryEntry &e : page)
                paged << e.id;
            if (page.size() < 10)
                break;
            after = HistoryStore::PageKey{page.last().time.toMSecsSinceEpoch(), page.last().id};
        }
        QList<qint64> whole;
        HistoryStore::Filter all;
        all.limit = 1000;
        for (const HistoryEntry &e : m_store->recent(all).value())
            whole << e.id;
        QCOMPARE(paged.size(), 95);
        QCOMPARE(paged, whole);
        qint64 visited = 0;
        QCOMPARE(m_store->forEach({}, [&visited](const HistoryEntry &) { return ++visited < 30; }).value(), 30);
    }
};

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
