#include "TestDatabases.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"

#include <QSqlQuery>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

class tst_BatchStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<BatchStore> m_store;

    static QList<BatchItem> items(int count)
    {
        QList<BatchItem> list;
        for (int i = 1; i <= count; ++i) {
            BatchItem item;
            item.seq = i;
            item.userId = 1000 + i;
            item.username = QStringLiteral("user%1").arg(i);
            item.expectedRoleId = 11;
            item.targetRoleId = 12;
            list.append(item);
        }
        return list;
    }
    static Batch batch()
    {
        Batch b;
        b.profile = QStringLiteral("Sandbox");
        b.groupId = 7;
        b.writer = QStringLiteral("opencloud");
        b.action = QStringLiteral("promote");
        return b;
    }

private slots:
    void initTestCase_data() { TestDatabases::addBackendRows(); }

    // A fresh database for every test function and data row, on SQLite and on PostgreSQL.
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_store.reset();
        if (std::optional<Database> db = TestDatabases::open(backend))
            m_store = std::make_unique<BatchStore>(*db);
    }

    void createAndRead()
    {
        const Result<Batch> created = m_store->create(batch(), items(3));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QVERIFY(!created.value().id.isEmpty());
        const auto back = m_store->items(created.value().id);
        QCOMPARE(back.value().size(), 3);
        QCOMPARE(back.value().at(2).username, QStringLiteral("user3"));
        QCOMPARE(m_store->batch(created.value().id).value().action, QStringLiteral("promote"));
        QCOMPARE(m_store->batches(true).value().size(), 1);
    }

    static HistoryEntry entryFor(const BatchItem &item, HistoryEntry::Outcome outcome)
    {
        HistoryEntry e;
        e.groupId = 7;
        e.userId = item.userId;
        e.username = item.username;
        e.action = QStringLiteral("promote");
        e.outcome = outcome;
        return e;
    }

    // Every step of an item goes through the lease holder; outcome and history row land together.
    void stateTransitions()
    {
        const QString id = m_store->create(batch(), items(5)).value().id;
        QVERIFY(m_store->acquireLease(id, QStringLiteral("me"), QStringLiteral("test"), 30'000).ok());
        QList<BatchItem> list = m_store->items(id).value();
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_store->claim(list[i], QStringLiteral("me")).value());
        QVERIFY(m_store->markSent(list[0], 11, QStringLiteral("me")).value());
        QCOMPARE(m_store->counts(id).value().unknown, 1);
        list[0].state = BatchItem::State::Done;
        const auto done = m_store->settle(list[0], entryFor(list[0], HistoryEntry::Outcome::Done));
        QVERIFY(done.ok() && done.value());
        QCOMPARE(done.value()->batchSeq, 1);
        // Settled once: a second runner's settle of the same item changes nothing and adds no row.
        QVERIFY(m_store->settle(list[0], entryFor(list[0], HistoryEntry::Outcome::Done)).value() == std::nullopt);
        list[2].state = BatchItem::State::Failed;
        list[2].error = QStringLiteral("boom");
        QVERIFY(m_store->settle(list[2], entryFor(list[2], HistoryEntry::Outcome::Failed)).value());
        BatchCounts counts = m_store->counts(id).value();
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.running, 1);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.pending, 2);
        QCOMPARE(m_store->requeueRunning(id).value(), 1);
        QCOMPARE(m_store->retryFailed(id).value(), 1);
        QCOMPARE(m_store->counts(id).value().pending, 4);
        const auto cancelled = m_store->cancelPending(id, QStringLiteral("me"), QStringLiteral("cancelled"),
                                                      [](const BatchItem &item) { return entryFor(item, HistoryEntry::Outcome::Skipped); });
        QCOMPARE(cancelled.value().size(), 4);
        counts = m_store->counts(id).value();
        QCOMPARE(counts.skipped, 4);
        QCOMPARE(counts.finished(), 5);
        QVERIFY(m_store->setBatchState(id, Batch::State::Cancelled, QStringLiteral("by test")).ok());
        QCOMPARE(m_store->batches(true).value().size(), 0);
        QCOMPARE(m_store->batch(id).value().message, QStringLiteral("by test"));
        // Every item has exactly one final history row.
        QSqlQuery rows(m_store->database().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT batch_seq) FROM rank_history WHERE batch_id = '%1'").arg(id)));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 6); // 5 items; the failed one was retried and then cancelled
        QCOMPARE(rows.value(1).toInt(), 5);
    }

    // The database refuses a second "done" row for one item even when asked directly.
    void oneDoneRowPerItem()
    {
        const QString id = m_store->create(batch(), items(1)).value().id;
        BatchItem item = m_store->items(id).value().first();
        HistoryEntry entry = entryFor(item, HistoryEntry::Outcome::Done);
        entry.batchId = id;
        entry.batchSeq = 1;
        QVERIFY(HistoryStore::insert(m_store->database(), entry).ok());
        const auto second = HistoryStore::insert(m_store->database(), entry);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().providerCode, QStringLiteral("rankdesk.storage-constraint"));
    }

    // One runner per batch: the second claimant is told who holds it; the holder alone moves items.
    void leaseIsExclusive()
    {
        const QString id = m_store->create(batch(), items(2)).value().id;
        QVERIFY(m_store->acquireLease(id, QStringLiteral("alice"), QStringLiteral("alice@pc-1 (pid 11)"), 30'000).ok());
        const auto second = m_store->acquireLease(id, QStringLiteral("bob"), QStringLiteral("bob@pc-2 (pid 22)"), 30'000);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, ApiError::Kind::Conflict);
        QVERIFY2(second.error().message.contains(QStringLiteral("alice@pc-1 (pid 11)")), qPrintable(second.error().message));
        const BatchItem item = m_store->items(id).value().first();
        QCOMPARE(m_store->claim(item, QStringLiteral("bob")).value(), false);
        QCOMPARE(m_store->counts(id).value().pending, 2);
        QVERIFY(m_store->renewLease(id, QStringLiteral("alice"), 30'000).ok());
        QVERIFY(!m_store->renewLease(id, QStringLiteral("bob"), 30'000).ok());
        // Released, it can be taken.
        m_store->releaseLease(id, QStringLiteral("alice"));
        QVERIFY(m_store->acquireLease(id, QStringLiteral("bob"), QStringLiteral("bob"), 30'000).ok());
        QCOMPARE(m_store->liveLease(id).value()->holder, QStringLiteral("bob"));
    }

    void expiredLeaseCanBeTakenOver()
    {
        const QString id = m_store->create(batch(), items(1)).value().id;
        QVERIFY(m_store->acquireLease(id, QStringLiteral("gone"), QStringLiteral("gone"), 1).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->liveLease(id).value(), 2000);
        QVERIFY(m_store->acquireLease(id, QStringLiteral("next"), QStringLiteral("next"), 30'000).ok());
        // The old holder's renewal fails: it must stop sending.
        const auto renewed = m_store->renewLease(id, QStringLiteral("gone"), 30'000);
        QVERIFY(!renewed.ok());
        QCOMPARE(renewed.error().kind, ApiError::Kind::Conflict);
    }

    // Pause and cancel from another program are requests: the holder's next claim is refused.
    void stopRequestsStopClaims_data()
    {
        QTest::addColumn<int>("request");
        QTest::newRow("pause") << int(StopRequest::Pause);
        QTest::newRow("cancel") << int(StopRequest::Cancel);
    }
    void stopRequestsStopClaims()
    {
        QFETCH(int, request);
        const QString id = m_store->create(batch(), items(2)).value().id;
        QCOMPARE(m_store->requestStop(id, StopRequest(request)).value(), false); // nobody runs it
        QVERIFY(m_store->acquireLease(id, QStringLiteral("me"), QStringLiteral("me"), 30'000).ok());
        QCOMPARE(m_store->requestStop(id, StopRequest(request)).value(), true);
        const BatchItem item = m_store->items(id).value().first();
        QCOMPARE(m_store->claim(item, QStringLiteral("me")).value(), false);
        QCOMPARE(int(m_store->stopRequest(id).value()), request);
        // Taking the lease again (resume) ends a pause; a cancel stands until it is carried out, and then
        // only a sent item's re-check may be claimed, never a pending item's write.
        QVERIFY(m_store->acquireLease(id, QStringLiteral("me"), QStringLiteral("me"), 30'000).ok());
        const bool cancel = StopRequest(request) == StopRequest::Cancel;
        QCOMPARE(m_store->claim(item, QStringLiteral("me")).value(), !cancel);
        if (cancel) {
            const BatchItem second = m_store->items(id).value().at(1);
            m_store->releaseLease(id, QStringLiteral("me"));
            QCOMPARE(int(m_store->stopRequest(id).value()), request); // still asked after a release
            QVERIFY(m_store->acquireLease(id, QStringLiteral("other"), QStringLiteral("other"), 30'000).ok());
            QSqlQuery(m_store->database().connection())
                .exec(QStringLiteral("UPDATE batch_items SET state = 'sent' WHERE batch_id = '%1' AND seq = 2").arg(id));
            QCOMPARE(m_store->claim(second, QStringLiteral("other")).value(), true);
            QCOMPARE(m_store->markSent(second, 11, QStringLiteral("other")).value(), false);
        }
    }

    void unknownBatch()
    {
        QCOMPARE(m_store->batch(QStringLiteral("nope")).error().kind, ApiError::Kind::NotFound);
    }

    void largeBatchInOneTransaction()
    {
        QElapsedTimer clock;
        clock.start();
        const auto created = m_store->create(batch(), items(20000));
        QVERIFY(created.ok());
        QCOMPARE(m_store->counts(created.value().id).value().total, 20000);
        qInfo("20,000 items stored in %lld ms", clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(tst_BatchStore)
#include "tst_batchstore.moc"
