#include "storage/HistoryStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_HistoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    int m_databases = 0;

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
    void init()
    {
        // A fresh database for every test function and data row.
        const QString name = QStringLiteral("store%1").arg(++m_databases);
        Result<Database> db = Database::openSqlite(m_dir.filePath(name + QStringLiteral(".sqlite")), name);
        QVERIFY(db.ok());
        m_store = std::make_unique<HistoryStore>(db.value());
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
        const auto rows = m_store->recent({group, user, limit, {}});
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
};

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
