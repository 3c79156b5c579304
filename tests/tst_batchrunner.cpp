// The bulk engine against the simulator over loopback: exactly one write per changed member, faults
// that lose and duplicate nothing, conflicts left alone, a lost permission that pauses the batch.
#include "TestSupport.h"
#include "api/Connection.h"
#include "jobs/BatchPlanner.h"
#include "jobs/BatchRunner.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_BatchRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    int m_databases = 0;

    struct Fixture
    {
        std::unique_ptr<BatchStore> batches;
        std::unique_ptr<HistoryStore> history;
    };
    Fixture stores()
    {
        const QString name = QStringLiteral("runner%1").arg(++m_databases);
        Result<Database> db = Database::openSqlite(m_dir.filePath(name + QStringLiteral(".sqlite")), name);
        return {std::make_unique<BatchStore>(db.value()), std::make_unique<HistoryStore>(db.value())};
    }
    // Plans an action over the members holding `rank` (all members when rank < 0) and stores it.
    static QString planAndStore(Sandbox &sim, BatchStore &store, RankAction action, const QString &target, int rank,
                                QHash<qint64, int> *expectedRanks = nullptr)
    {
        QList<Role> roles;
        for (const QJsonValue &r : sim.state().value(QStringLiteral("roles")).toArray())
            roles.append({r.toObject().value(QStringLiteral("id")).toInteger(), r.toObject().value(QStringLiteral("name")).toString(),
                          r.toObject().value(QStringLiteral("rank")).toInt(), 0});
        QList<Member> members;
        for (const QJsonValue &m : sim.state().value(QStringLiteral("members")).toArray()) {
            const QJsonObject o = m.toObject();
            if (rank < 0 || o.value(QStringLiteral("rank")).toInt() == rank)
                members.append({o.value(QStringLiteral("userId")).toInteger(), o.value(QStringLiteral("username")).toString(), {},
                                o.value(QStringLiteral("roleId")).toInteger(), {}});
        }
        const BatchPlan plan = BatchPlanner::plan(RankRules(roles), members, action, target, {});
        if (expectedRanks)
            for (const PlannedChange &change : plan.changes)
                expectedRanks->insert(change.member.userId, change.target.rank);
        Batch batch;
        batch.profile = QStringLiteral("Sandbox");
        batch.groupId = sim.groupId();
        batch.writer = QStringLiteral("opencloud");
        batch.action = rankActionName(action);
        batch.target = target;
        batch.reason = QStringLiteral("test batch");
        return store.create(batch, BatchPlanner::items(plan)).value().id;
    }
    static QHash<qint64, int> writesPerMember(const Sandbox &sim, int since)
    {
        QHash<qint64, int> writes;
        const QJsonArray log = sim.control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray();
        for (qsizetype i = since; i < log.size(); ++i)
            ++writes[log.at(i).toObject().value(QStringLiteral("userId")).toInteger()];
        return writes;
    }

private slots:
    void twoThousandMembersExactlyOnce()
    {
        Sandbox sim(2000, 20.0); // Open Cloud limits x20: 6,000 reads and writes a minute
        Fixture f = stores();
        QHash<qint64, int> expected;
        const QString id = planAndStore(sim, *f.batches, RankAction::SetRank, QStringLiteral("Sergeant"), -1, &expected);
        // All but those already Sergeant and the few above the owner key's reach (about 5%).
        QVERIFY2(expected.size() >= 1850, qPrintable(QString::number(expected.size())));
        ConnectionProfile profile = sim.profile();
        profile.rateScale = 20.0;
        Connection connection(profile, sim.ownerKey, &m_nam);
        BatchRunner runner(&connection, f.batches.get(), f.history.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        const int writesBefore = sim.writeCount();
        QVERIFY(runner.start(id).ok());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<Batch::State>(), Batch::State::Finished);
        const BatchCounts counts = f.batches->counts(id).value();
        QCOMPARE(counts.done, int(expected.size()));
        QCOMPARE(counts.failed + counts.skipped + counts.pending + counts.running, 0);
        // The simulator's write log: one successful write per changed member, nothing else.
        const QHash<qint64, int> writes = writesPerMember(sim, writesBefore);
        QCOMPARE(writes.size(), expected.size());
        for (auto it = writes.cbegin(); it != writes.cend(); ++it)
            QCOMPARE(it.value(), 1);
        for (const QJsonValue &m : sim.state().value(QStringLiteral("members")).toArray()) {
            const QJsonObject o = m.toObject();
            if (expected.contains(o.value(QStringLiteral("userId")).toInteger()))
                QCOMPARE(o.value(QStringLiteral("rank")).toInt(), 30);
        }
        HistoryStore::Filter filter;
        filter.batchId = id;
        filter.limit = 5000;
        QCOMPARE(f.history->recent(filter).value().size(), int(expected.size()));
        QCOMPARE(f.batches->batch(id).value().state, Batch::State::Finished);
    }

    void faultsLoseAndDuplicateNothing()
    {
        Sandbox sim(600, 0.0);
        sim.control("POST", QStringLiteral("/_sim/faults"),
                    {{QStringLiteral("errorRate"), 0.10}, {QStringLiteral("dropRate"), 0.05}, {QStringLiteral("force429"), 5}});
        Fixture f = stores();
        QHash<qint64, int> expected;
        const QString id = planAndStore(sim, *f.batches, RankAction::Promote, QString(), 1, &expected);
        ConnectionProfile profile = sim.profile();
        profile.rateScale = 0; // the simulator's limits are off; faults are the point here
        Connection connection(profile, sim.ownerKey, &m_nam);
        BatchRunner runner(&connection, f.batches.get(), f.history.get());
        runner.setOptions({4, 6, 20});
        QSignalSpy finished(&runner, &BatchRunner::finished);
        const int writesBefore = sim.writeCount();
        QVERIFY(runner.start(id).ok());
        const bool ended = finished.wait(120000);
        const BatchCounts counts = f.batches->counts(id).value();
        QVERIFY2(ended, qPrintable(QStringLiteral("pending %1 running %2 done %3 failed %4, runner in flight: %5")
                                       .arg(counts.pending).arg(counts.running).arg(counts.done).arg(counts.failed)
                                       .arg(runner.counts().running)));
        QCOMPARE(counts.done + counts.failed, int(expected.size())); // every item ended
        QCOMPARE(counts.pending + counts.running + counts.skipped, 0);
        for (const BatchItem &item : f.batches->items(id).value())
            if (item.state == BatchItem::State::Failed)
                QVERIFY2(item.error.contains(QStringLiteral("Gave up after")), qPrintable(item.error));
        const QHash<qint64, int> writes = writesPerMember(sim, writesBefore);
        for (auto it = writes.cbegin(); it != writes.cend(); ++it)
            QCOMPARE(it.value(), 1); // zero duplicates
        for (const BatchItem &item : f.batches->items(id).value()) {
            const int rank = sim.memberState(item.userId).value(QStringLiteral("rank")).toInt();
            QVERIFY2(rank == (item.state == BatchItem::State::Done ? expected.value(item.userId) : 1), // zero lost
                     qPrintable(QStringLiteral("%1 is at rank %2 but the item is %3: %4").arg(item.userId).arg(rank)
                                    .arg(BatchItem::stateName(item.state), item.error)));
        }
        qInfo("faults: %d done, %d failed after retries, %d 429 waits", counts.done, counts.failed, runner.rateLimitWaits());
    }

    void conflictsAreSkippedNotOverwritten()
    {
        Sandbox sim(300, 0.0);
        Fixture f = stores();
        const QString id = planAndStore(sim, *f.batches, RankAction::Promote, QString(), 5);
        // Another admin re-ranks the first planned member on the website before the batch runs.
        const BatchItem first = f.batches->items(id).value().first();
        sim.control("POST", QStringLiteral("/_sim/members/%1/role").arg(first.userId), {{QStringLiteral("rank"), 60}});
        Connection connection(sim.profile(), sim.ownerKey, &m_nam);
        BatchRunner runner(&connection, f.batches.get(), f.history.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QVERIFY(runner.start(id).ok());
        QVERIFY(finished.wait(60000));
        const BatchItem after = f.batches->items(id).value().first();
        QCOMPARE(after.state, BatchItem::State::Skipped);
        QVERIFY(after.error.contains(QStringLiteral("Conflict")));
        QCOMPARE(sim.memberState(first.userId).value(QStringLiteral("rank")).toInt(), 60); // not overwritten
        QCOMPARE(f.batches->counts(id).value().skipped, 1);
    }

    void lostPermissionPausesTheBatch()
    {
        Sandbox sim(200, 0.0);
        Fixture f = stores();
        const QString id = planAndStore(sim, *f.batches, RankAction::Promote, QString(), 1);
        const int total = f.batches->counts(id).value().total;
        Connection connection(sim.profile(), sim.readOnlyKey, &m_nam); // reads work, writes get 403
        BatchRunner runner(&connection, f.batches.get(), f.history.get());
        QSignalSpy paused(&runner, &BatchRunner::paused);
        QSignalSpy idle(&runner, &BatchRunner::idle);
        const int writes = sim.writeCount();
        QVERIFY(runner.start(id).ok());
        QVERIFY(paused.wait(30000));
        QVERIFY(paused.first().first().toString().contains(QStringLiteral("group:write")));
        // Idle: the writes that were already out have been answered (refused too) and recorded.
        QVERIFY(idle.count() == 1 || idle.wait(30000));
        QCOMPARE(f.batches->counts(id).value().running, 0);
        const BatchCounts counts = f.batches->counts(id).value();
        QVERIFY2(counts.pending == total, qPrintable(QStringLiteral("pending %1 running %2 unknown %3 done %4 failed %5 skipped %6").arg(counts.pending).arg(counts.running).arg(counts.unknown).arg(counts.done).arg(counts.failed).arg(counts.skipped))); // nothing failed, nothing lost: all waiting
        QCOMPARE(f.batches->batch(id).value().state, Batch::State::Paused);
        QCOMPARE(sim.writeCount(), writes);
    }

    void cancelLeavesNothingHalfDone()
    {
        Sandbox sim(400, 0.0);
        sim.control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("latencyMs"), 10}}); // so the cancel lands mid-batch
        Fixture f = stores();
        const QString id = planAndStore(sim, *f.batches, RankAction::Promote, QString(), 1);
        Connection connection(sim.profile(), sim.ownerKey, &m_nam);
        BatchRunner runner(&connection, f.batches.get(), f.history.get());
        QSignalSpy progress(&runner, &BatchRunner::progress);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QVERIFY(runner.start(id).ok());
        QTRY_VERIFY(runner.counts().done >= 10);
        runner.cancel();
        QVERIFY(!finished.isEmpty() || finished.wait(30000));
        QCOMPARE(finished.first().first().value<Batch::State>(), Batch::State::Cancelled);
        const BatchCounts counts = f.batches->counts(id).value();
        QCOMPARE(counts.running + counts.pending, 0);
        QVERIFY(counts.done >= 10 && counts.skipped > 0);
        for (const BatchItem &item : f.batches->items(id).value()) {
            const int rank = sim.memberState(item.userId).value(QStringLiteral("rank")).toInt();
            QCOMPARE(rank, item.state == BatchItem::State::Done ? 5 : 1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_BatchRunner)
#include "tst_batchrunner.moc"
