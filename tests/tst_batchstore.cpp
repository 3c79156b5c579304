#include "TestDatabases.h"
#include "storage/BatchStore.h"

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
        for (int i = 1; i <= count; ++i)
            list.append({QString(), i, 1000 + i, QStringLiteral("user%1").arg(i), 11, 12, BatchItem::State::Pending, 0, QString(), QString(), QString(), 0});
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

    void stateTransitions()
    {
        const QString id = m_store->create(batch(), items(5)).value().id;
        QList<BatchItem> list = m_store->items(id).value();
        list[0].state = BatchItem::State::Done;
        list[1].state = BatchItem::State::Running;
        list[2].state = BatchItem::State::Failed;
        list[2].error = QStringLiteral("boom");
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_store->updateItem(list[i]).ok());
        BatchCounts counts = m_store->counts(id).value();
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.running, 1);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.pending, 2);
        QCOMPARE(m_store->requeueRunning(id).value(), 1);
        QCOMPARE(m_store->retryFailed(id).value(), 1);
        QCOMPARE(m_store->counts(id).value().pending, 4);
        QCOMPARE(m_store->skipPending(id, QStringLiteral("cancelled")).value(), 4);
        counts = m_store->counts(id).value();
        QCOMPARE(counts.skipped, 4);
        QCOMPARE(counts.finished(), 5);
        QVERIFY(m_store->setBatchState(id, Batch::State::Cancelled, QStringLiteral("by test")).ok());
        QCOMPARE(m_store->batches(true).value().size(), 0);
        QCOMPARE(m_store->batch(id).value().message, QStringLiteral("by test"));
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
