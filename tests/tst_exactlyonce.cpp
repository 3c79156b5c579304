// Issue 13's acceptance for the change engine, proven with real rankdesk-cli processes against the
// simulator: two runners racing for one batch (SQLite and PostgreSQL), a cancel from a third
// program, ten SIGKILLs while answers are lost and 5xx fly, and pauses with requests in flight.
// The witnesses are the simulator's request log (every rank-changing request it received, no-ops
// included, in arrival order) and the database itself, read with plain SQL rather than through
// Rankdesk's own stores.
#include "CliRunner.h"
#include "TestDatabases.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

// BatchRunner::Options::concurrency, which the CLI does not change: at most this many requests of
// one runner are out at once, so at most this many writes can still arrive after a stop was asked.
constexpr int Concurrency = 4;
constexpr int ProcessTimeoutMs = 240'000;
constexpr int Recruit = 1, Private = 5, PrivateFirstClass = 10;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    qint64 pid = 0;
    qint64 ms = 0;
    QString out;
    QString err;
    QString text() const
    {
        return u"exit %1%2\n%3%4"_s.arg(exitCode).arg(
            crashed ? u" (crashed)"_s : QString(), out, err);
    }
};

// Where a test's history lives: the CLI is told with --db or --pg, the test opens it with plain
// SQL.
struct Store
{
    QString backend;
    QString sqliteFile;
    PostgresSettings pg;

    QStringList cliArgs() const
    {
        if (backend == u"postgres")
            return { u"--pg"_s, u"%1:%2/%3"_s.arg(pg.host).arg(pg.port).arg(pg.database),
                u"--pg-user"_s, pg.user };
        return { u"--db"_s, sqliteFile };
    }
};

using Ranks = QHash<qint64, int>; // user id -> rank, as the simulator has it

Ranks ranks(const Sandbox &sim)
{
    Ranks result;
    for (const QJsonValue &m : sim.state().value(u"members"_s).toArray())
        result.insert(
            m.toObject().value(u"userId"_s).toInteger(), m.toObject().value(u"rank"_s).toInt());
    return result;
}

// Up to count members holding the rank, in a stable order.
QList<qint64> membersAt(const Ranks &roster, int rank, int count)
{
    QList<qint64> ids;
    for (auto it = roster.cbegin(); it != roster.cend(); ++it)
        if (it.value() == rank)
            ids.append(it.key());
    std::sort(ids.begin(), ids.end());
    return ids.mid(0, count);
}

QJsonArray requestLog(const Sandbox &sim)
{
    return sim.control("GET", u"/_sim/requests"_s).value(u"requests"_s).toArray();
}

// The request log per member, each member's requests in arrival order.
QHash<qint64, QList<QJsonObject>> requestsByMember(const QJsonArray &log)
{
    QHash<qint64, QList<QJsonObject>> byMember;
    for (const QJsonValue &r : log)
        byMember[r.toObject().value(u"userId"_s).toInteger()].append(r.toObject());
    for (QList<QJsonObject> &list : byMember)
        std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"sequence"_s).toInteger() < b.value(u"sequence"_s).toInteger();
        });
    return byMember;
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

// "1 request(s): 1000 member(s)", for the figures.
QString histogram(const std::map<int, int> &counts)
{
    QStringList parts;
    for (const auto &[requests, members] : counts)
        parts << u"%1 request(s): %2 member(s)"_s.arg(requests).arg(members);
    return parts.join(u", "_s);
}

} // namespace

class tst_ExactlyOnce : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_names = 0;

    // The CLI as a fresh user runs it: English, and a home, settings, data and logs of its own so
    // the user's saved guard rails and profiles never reach the test (nor the test theirs).
    QProcessEnvironment environment(const QString &key) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir.filePath(u"home"_s);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        for (const QString &name : { u"RANKDESK_API_KEY"_s, u"RANKDESK_HYRA_KEY"_s,
                 u"RANKDESK_SERIES_KEY"_s, u"RANKDESK_WESK_KEY"_s, u"RANKDESK_GROUP"_s })
            env.remove(name);
        env.insert(u"RANKDESK_API_KEY"_s, key);
        // The test server trusts loopback; a password given up front keeps the CLI from asking the
        // (absent) system keychain in every process.
        env.insert(u"RANKDESK_PG_PASSWORD"_s, u"unused"_s);
        return env;
    }

    std::unique_ptr<QProcess> start(
        const Sandbox &sim, const Store &store, const QStringList &args, const QString &key) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(key));
        // A simulator without limits (rateScale 0) and pacing barely there: the runs are bound by
        // the simulator's latency and the processes, as the kills and races need.
        process->start(QStringLiteral(RANKDESK_CLI_PATH),
            args
                + QStringList { u"--base-url"_s, sim.baseUrl().toString(), u"--group"_s,
                    QString::number(sim.groupId()), u"--rate-scale"_s, u"1000"_s }
                + store.cliArgs());
        if (!process->waitForStarted(30000))
            qFatal("rankdesk-cli did not start");
        return process;
    }

    static Run finish(QProcess &process, QElapsedTimer *since = nullptr)
    {
        Run run;
        run.pid = process.processId();
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(ProcessTimeoutMs)) {
            process.kill();
            process.waitForFinished(10000);
            run.err = u"(did not finish in time) "_s;
        }
        run.exitCode = process.exitCode();
        run.crashed = process.exitStatus() != QProcess::NormalExit;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err += QString::fromUtf8(process.readAllStandardError());
        run.ms = since ? since->elapsed() : 0;
        return run;
    }

    Run cli(
        const Sandbox &sim, const Store &store, const QStringList &args, const QString &key) const
    {
        QElapsedTimer clock;
        clock.start();
        auto process = start(sim, store, args, key);
        return finish(*process, &clock);
    }

    // A bulk promote of `members` running in its own process, its batch stored: for stopping,
    // pausing or killing it part way. An empty id: it never stored its batch (out says why).
    struct MidBatch
    {
        std::unique_ptr<QProcess> runner;
        QString id;
        QByteArray out;
    };
    MidBatch startMidBatch(const Sandbox &sim, const Store &store, const QList<qint64> &members)
    {
        MidBatch run;
        run.runner = start(sim, store, { u"bulk"_s, u"promote"_s, u"--users"_s, usersFile(members), u"--yes"_s }, sim.ownerKey);
        run.id = waitForStoredBatch(*run.runner, &run.out);
        return run;
    }

    // Reads the standard output until the batch is stored: its id ("Batch ID stored; sending.").
    static QString waitForStoredBatch(QProcess &process, QByteArray *out)
    {
        static const QRegularExpression stored(u"Batch ([0-9a-f-]{36}) stored; sending\\."_s);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 120000) {
            const QRegularExpressionMatch match = stored.match(QString::fromUtf8(*out));
            if (match.hasMatch())
                return match.captured(1);
            if (!process.waitForReadyRead(1000) && process.state() == QProcess::NotRunning)
                break;
            *out += process.readAllStandardOutput();
        }
        *out += process.readAllStandardError();
        return QString();
    }

    QString usersFile(const QList<qint64> &ids)
    {
        const QString path = m_dir.filePath(u"users-%1.txt"_s.arg(++m_names));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            qFatal("cannot write the users file");
        for (qint64 id : ids)
            file.write(QByteArray::number(id) + '\n');
        return path;
    }

    // A fresh history on the backend; nullopt after QSKIP/QFAIL was reported.
    std::optional<Store> makeStore(const QString &backend)
    {
        Store store;
        store.backend = backend;
        if (backend == u"postgres") {
            std::optional<Database> fresh
                = TestDatabases::open(backend); // CREATE DATABASE, migrated
            if (!fresh)
                return std::nullopt;
            fresh->close();
            store.pg = TestDatabases::lastPostgres();
        } else {
            store.sqliteFile = m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_names));
        }
        return store;
    }

    QJsonObject job(const Sandbox &sim, const Store &store, const QString &id) const
    {
        const Run list = cli(sim, store, { u"jobs"_s, u"list"_s, u"--json"_s }, sim.ownerKey);
        for (const QJsonValue &b : QJsonDocument::fromJson(list.out.toUtf8()).array())
            if (b.toObject().value(u"id"_s).toString() == id)
                return b.toObject();
        qWarning().noquote() << "batch" << id << "not listed:" << list.text();
        return {};
    }

    QJsonArray history(const Sandbox &sim, const Store &store, const QString &id) const
    {
        const Run run = cli(sim, store,
            { u"history"_s, u"--batch"_s, id, u"--json"_s, u"--limit"_s, u"1000000"_s },
            sim.ownerKey);
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    // design.md, invariant 4, read from the database with plain SQL: every batch item in state done
    // has exactly one rank_history row with outcome 'done' naming it (batch_id, batch_seq), and no
    // 'done' row exists whose item is not done. *doneItems: how many done items were checked.
    void checkEveryDoneItemHasOneRow(const Store &store, int *doneItems = nullptr)
    {
        const QString name = u"invariant-%1"_s.arg(++m_names);
        const Result<Database> opened = store.backend == u"postgres"
            ? Database::openPostgres(store.pg, name)
            : Database::openSqlite(store.sqliteFile, name);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Database db = opened.value();
        // Each done item with the number of 'done' rows naming it.
        static const QString doneItemsSql = u"SELECT i.batch_id, i.seq, (SELECT COUNT(*)"
                                            u" FROM rank_history h WHERE h.batch_id = i.batch_id"
                                            u" AND h.batch_seq = i.seq AND h.outcome = 'done')"
                                            u" FROM batch_items i WHERE i.state = 'done'"_s;
        // 'done' rows whose item is not done (or that name no item).
        static const QString orphanRowsSql = u"SELECT h.id, h.batch_id, h.batch_seq"
                                             u" FROM rank_history h WHERE h.outcome = 'done'"
                                             u" AND NOT EXISTS (SELECT 1 FROM batch_items i"
                                             u" WHERE i.batch_id = h.batch_id"
                                             u" AND i.seq = h.batch_seq AND i.state = 'done')"_s;
        int done = 0;
        QStringList wrong;
        QStringList orphans;
        {
            QSqlQuery items(db.connection());
            QVERIFY2(items.exec(doneItemsSql), qPrintable(items.lastError().text()));
            while (items.next()) {
                ++done;
                if (items.value(2).toInt() != 1)
                    wrong << u"%1/%2: %3 rows"_s.arg(items.value(0).toString().left(8))
                                 .arg(items.value(1).toInt())
                                 .arg(items.value(2).toInt());
            }
            QSqlQuery rows(db.connection());
            QVERIFY2(rows.exec(orphanRowsSql), qPrintable(rows.lastError().text()));
            while (rows.next())
                orphans << u"row %1 (%2/%3)"_s.arg(rows.value(0).toLongLong())
                               .arg(rows.value(1).toString().left(8), rows.value(2).toString());
        }
        db.close();
        QVERIFY2(wrong.isEmpty(),
            qPrintable(
                u"done items without exactly one done row: "_s + wrong.mid(0, 20).join(u", "_s)));
        QVERIFY2(orphans.isEmpty(),
            qPrintable(u"done rows whose item is not done: "_s + orphans.mid(0, 20).join(u", "_s)));
        qInfo("invariant (%s): %d done items, each with exactly one done row; "
              "no done row without its item",
            qPrintable(store.backend), done);
        if (doneItems)
            *doneItems = done;
    }

    // Rows of a query on the history, read with plain SQL on a connection of its own.
    QList<QVariantList> select(
        const Store &store, const QString &sql, const QVariantList &values = {})
    {
        const QString name = u"select-%1"_s.arg(++m_names);
        const Result<Database> opened = store.backend == u"postgres"
            ? Database::openPostgres(store.pg, name)
            : Database::openSqlite(store.sqliteFile, name);
        if (!opened) {
            qWarning().noquote() << opened.error().message;
            return {};
        }
        Database db = opened.value();
        QList<QVariantList> rows;
        {
            QSqlQuery query(db.connection());
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                qWarning().noquote() << sql << query.lastError().text();
            while (query.next()) {
                QVariantList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row << query.value(i);
                rows << row;
            }
        }
        db.close();
        return rows;
    }

    // The item states of a batch (user id -> state).
    QHash<qint64, QString> itemStates(const Store &store, const QString &batchId)
    {
        QHash<qint64, QString> states;
        for (const QVariantList &row : select(store,
                 u"SELECT user_id, state FROM batch_items WHERE batch_id = ?"_s, { batchId }))
            states.insert(row.value(0).toLongLong(), row.value(1).toString());
        return states;
    }

    // Waits for every process, noting when each ended (ms since clock started).
    static QList<Run> finishAll(
        const std::vector<std::unique_ptr<QProcess>> &processes, const QElapsedTimer &clock)
    {
        QList<Run> runs(qsizetype(processes.size()));
        QList<bool> ended(qsizetype(processes.size()), false);
        QList<qint64> pids;
        for (const auto &process : processes)
            pids << process->processId(); // gone once it ended
        for (int left = int(processes.size()); left > 0 && clock.elapsed() < ProcessTimeoutMs;) {
            for (size_t i = 0; i < processes.size(); ++i) {
                if (ended[qsizetype(i)])
                    continue;
                if (processes[i]->state() != QProcess::NotRunning
                    && !processes[i]->waitForFinished(10))
                    continue;
                ended[qsizetype(i)] = true;
                --left;
                runs[qsizetype(i)].ms = clock.elapsed();
            }
        }
        for (size_t i = 0; i < processes.size(); ++i) {
            const qint64 ms = runs[qsizetype(i)].ms;
            runs[qsizetype(i)] = finish(*processes[i]);
            runs[qsizetype(i)].ms = ms;
            runs[qsizetype(i)].pid = pids[qsizetype(i)];
        }
        return runs;
    }

    // Kills the process with SIGKILL at a random moment once it is sending (a write of it reached
    // the simulator): rng decides how long after. False when it ended first.
    static bool killWhileSending(
        QProcess &process, const Sandbox &sim, QRandomGenerator &rng, int *delayMs)
    {
        const qsizetype before = requestLog(sim).size();
        QElapsedTimer clock;
        clock.start();
        while (process.state() == QProcess::Running && requestLog(sim).size() <= before
            && clock.elapsed() < 120000)
            QTest::qWait(20);
        *delayMs = int(rng.bounded(800));
        QTest::qWait(*delayMs); // the deliberate random moment: the crash is the test
        if (process.state() != QProcess::Running)
            return false;
        process.kill();
        process.waitForFinished(30000);
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Two `jobs resume` of one stored 1,000-item batch, started at one moment on one history: one
    // runs it to the end, the other refuses naming the holder, and the simulator saw each member
    // written once. Then a cancel from a third program: the runner stops before its next request,
    // and every cancelled item is recorded as skipped and was never sent.
    void twoRunnersOneBatch_data() { TestDatabases::addBackendRows(); }
    void twoRunnersOneBatch()
    {
        QFETCH(QString, backend);
        const std::optional<Store> store = makeStore(backend);
        if (!store)
            return;
        Sandbox sim(2500);
        const Ranks before = ranks(sim);
        const QList<qint64> recruits = membersAt(before, Recruit, 1000);
        QCOMPARE(recruits.size(), 1000);
        // A little latency: the first process dies with the batch barely started.
        sim.control("POST", u"/_sim/faults"_s, { { u"latencyMs"_s, 1 } });

        // Stored, then SIGKILLed as soon as it says so: a batch left "running" by a dead program.
        QString id;
        {
            auto first = start(sim, *store,
                { u"bulk"_s, u"promote"_s, u"--users"_s, usersFile(recruits), u"--yes"_s },
                sim.ownerKey);
            QByteArray out;
            id = waitForStoredBatch(*first, &out);
            first->kill();
            first->waitForFinished(30000);
            QVERIFY2(!id.isEmpty(), out.constData());
        }
        const int sentByTheDead = int(requestLog(sim).size());

        // Two resumes at one moment.
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<QProcess>> resumes;
        resumes.push_back(start(sim, *store, { u"jobs"_s, u"resume"_s, id }, sim.ownerKey));
        resumes.push_back(start(sim, *store, { u"jobs"_s, u"resume"_s, id }, sim.ownerKey));
        const QList<Run> ran2 = finishAll(resumes, clock);
        const Run &ranA = ran2[0];
        const Run &ranB = ran2[1];
        QVERIFY2(!ranA.crashed && !ranB.crashed, qPrintable(ranA.text() + ranB.text()));
        QVERIFY2((ranA.exitCode == CliRunner::Ok && ranB.exitCode == CliRunner::Busy)
                || (ranA.exitCode == CliRunner::Busy && ranB.exitCode == CliRunner::Ok),
            qPrintable(u"one must run the batch (0), the other refuse (7):\n"_s + ranA.text()
                + u"\n"_s + ranB.text()));
        const Run &winner = ranA.exitCode == CliRunner::Ok ? ranA : ranB;
        const Run &loser = ranA.exitCode == CliRunner::Ok ? ranB : ranA;
        // The holder is named as "user@host (pid N)": N is the winner's.
        QVERIFY2(loser.err.contains(u"being run by"_s)
                && loser.err.contains(u"(pid %1)"_s.arg(winner.pid)),
            qPrintable(loser.err));
        // Refused while the winner ran, not after: the two did meet.
        QVERIFY2(loser.ms < winner.ms,
            qPrintable(
                u"loser ended after %1 ms, winner after %2 ms"_s.arg(loser.ms).arg(winner.ms)));

        // The simulator: each member written exactly once (at most once, and the batch is whole).
        const QJsonArray log = requestLog(sim);
        const auto byMember = requestsByMember(log);
        std::map<int, int> perMember;
        for (qint64 member : recruits)
            ++perMember[int(byMember.value(member).size())];
        QVERIFY2(
            perMember.size() == 1 && perMember.count(1) == 1, qPrintable(histogram(perMember)));
        QCOMPARE(byMember.size(), recruits.size()); // nobody outside the plan

        // The roster equals the plan; nobody else moved.
        const Ranks after = ranks(sim);
        const QSet<qint64> planned(recruits.cbegin(), recruits.cend());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), planned.contains(it.key()) ? Private : it.value());

        // The history: one done row per item, Recruit -> Private.
        QHash<qint64, int> doneRows;
        for (const QJsonValue &row : history(sim, *store, id)) {
            const QJsonObject o = row.toObject();
            if (o.value(u"outcome"_s).toString() != u"done")
                continue;
            ++doneRows[o.value(u"userId"_s).toInteger()];
            QCOMPARE(o.value(u"from"_s).toObject().value(u"rank"_s).toInt(), Recruit);
            QCOMPARE(o.value(u"to"_s).toObject().value(u"rank"_s).toInt(), Private);
        }
        QCOMPARE(doneRows.size(), recruits.size());
        for (qint64 member : recruits)
            QCOMPARE(doneRows.value(member), 1);
        const QJsonObject finished = job(sim, *store, id);
        QCOMPARE(finished.value(u"state"_s).toString(), u"finished"_s);
        QCOMPARE(finished.value(u"done"_s).toInt(), 1000);
        checkEveryDoneItemHasOneRow(*store);
        if (QTest::currentTestFailed())
            return;
        qInfo("race (%s): %d write request(s) before the first runner was killed; "
              "winner exit 0 after %lld ms, loser exit 7 after %lld ms (\"%s\"); "
              "%s; %d request(s) in all",
            qPrintable(backend), sentByTheDead, winner.ms, loser.ms,
            qPrintable(loser.err.trimmed().section(u'\n', 0, 0)), qPrintable(histogram(perMember)),
            int(log.size()));

        // A cancel from a third program while the batch runs.
        const QList<qint64> privates = membersAt(before, Private, 500);
        QVERIFY(privates.size() >= 300);
        sim.control("POST", u"/_sim/faults"_s,
            { { u"latencyMs"_s, 3 } }); // seconds of work, so the cancel lands mid-run
        const QSet<qint64> second(privates.cbegin(), privates.cend());
        const auto sentTo = [&sim, &second] {
            int n = 0;
            for (const QJsonValue &r : requestLog(sim))
                n += second.contains(r.toObject().value(u"userId"_s).toInteger());
            return n;
        };
        auto runner = start(sim, *store,
            { u"bulk"_s, u"promote"_s, u"--users"_s, usersFile(privates), u"--yes"_s },
            sim.ownerKey);
        QByteArray runnerOut;
        const QString batch2 = waitForStoredBatch(*runner, &runnerOut);
        QVERIFY2(!batch2.isEmpty(), runnerOut.constData());
        QTRY_VERIFY_WITH_TIMEOUT(sentTo() >= 50 || runner->state() == QProcess::NotRunning, 120000);
        QVERIFY2(runner->state() == QProcess::Running, "the batch ended before the cancel");
        const qint64 cancelAsked = nowMs();
        const Run cancel = cli(sim, *store, { u"jobs"_s, u"cancel"_s, batch2 }, sim.ownerKey);
        const qint64 cancelAnswered = nowMs();
        const Run ran = finish(*runner);
        QVERIFY2(cancel.exitCode == CliRunner::Ok
                && cancel.out.contains(u"asked it to cancel before its next request"_s),
            qPrintable(cancel.text()));
        QVERIFY2(!ran.crashed && ran.exitCode == CliRunner::Ok, qPrintable(ran.text()));

        const QJsonObject cancelled = job(sim, *store, batch2);
        QCOMPARE(cancelled.value(u"state"_s).toString(), u"cancelled"_s);
        QCOMPARE(cancelled.value(u"pending"_s).toInt(), 0);
        QCOMPARE(cancelled.value(u"unknown"_s).toInt(), 0);
        QCOMPARE(cancelled.value(u"failed"_s).toInt(), 0);
        const QHash<qint64, QString> states = itemStates(*store, batch2);
        QCOMPARE(states.size(), privates.size());
        const auto byMember2 = requestsByMember(requestLog(sim));
        const Ranks afterCancel = ranks(sim);
        int done = 0, skipped = 0, lateWrites = 0, sentBeforeCancel = 0;
        qint64 lastWrite = 0;
        for (qint64 member : privates) {
            const QList<QJsonObject> requests = byMember2.value(member);
            for (const QJsonObject &r : requests) {
                lateWrites += r.value(u"timeMs"_s).toInteger() > cancelAnswered;
                sentBeforeCancel += r.value(u"timeMs"_s).toInteger() <= cancelAsked;
                lastWrite = std::max(lastWrite, r.value(u"timeMs"_s).toInteger());
            }
            if (states.value(member) == u"done") {
                ++done;
                QCOMPARE(requests.size(), 1);
                QCOMPARE(afterCancel.value(member), PrivateFirstClass);
            } else {
                ++skipped;
                QCOMPARE(states.value(member), u"skipped"_s);
                QVERIFY2(
                    requests.isEmpty(), qPrintable(u"a cancelled item was sent: %1"_s.arg(member)));
                QCOMPARE(afterCancel.value(member), Private);
            }
        }
        QVERIFY2(skipped > 0, "the cancel came too late to cancel anything");
        // In flight when the cancel was seen: those writes (no more) may still arrive.
        QVERIFY2(lateWrites <= Concurrency,
            qPrintable(u"%1 write(s) arrived after the cancel was answered"_s.arg(lateWrites)));
        // Every item has exactly one history row: done, or skipped as cancelled.
        QHash<qint64, QStringList> rows;
        for (const QJsonValue &row : history(sim, *store, batch2))
            rows[row.toObject().value(u"userId"_s).toInteger()]
                << row.toObject().value(u"outcome"_s).toString();
        for (qint64 member : privates)
            QCOMPARE(rows.value(member), QStringList { states.value(member) });
        checkEveryDoneItemHasOneRow(*store);
        if (QTest::currentTestFailed())
            return;
        qInfo("cancel (%s): asked after %d of %d items were sent; the cancel took %lld ms; "
              "%d done, %d skipped (each with its row, none sent); "
              "%d write(s) arrived after the cancel was answered, the last %lld ms after it",
            qPrintable(backend), sentBeforeCancel, int(privates.size()),
            cancelAnswered - cancelAsked, done, skipped, lateWrites,
            std::max<qint64>(0, lastWrite - cancelAnswered));
    }

    // Ten SIGKILLs at random moments in a 1,000-item batch while 5% of the writes land with their
    // answer lost and 10% of all requests fail with a 503; resumed after each, then to the end,
    // then its failed items retried. The roster ends as planned; no member gets a write request
    // after the one that changed its role (the engine must re-read and find it done, never
    // re-send); every done item has one history row whose previous role is the member's real one
    // (Recruit).
    void sigkillsWithLostAnswers()
    {
        const std::optional<Store> store = makeStore(u"sqlite"_s);
        if (!store)
            return;
        Sandbox sim(2500);
        const Ranks before = ranks(sim);
        const QList<qint64> recruits = membersAt(before, Recruit, 1000);
        QCOMPARE(recruits.size(), 1000);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill moments from seed %u", seed);
        QRandomGenerator rng(seed);
        QElapsedTimer clock;
        clock.start();

        // The first run stores the batch; the faults start once it is stored (the roster load has
        // no retries of its own, and it is not what this test is about).
        auto first = start(sim, *store,
            { u"bulk"_s, u"promote"_s, u"--users"_s, usersFile(recruits), u"--yes"_s },
            sim.ownerKey);
        QByteArray out;
        const QString id = waitForStoredBatch(*first, &out);
        QVERIFY2(!id.isEmpty(), out.constData());
        const QJsonObject faults { { u"lostReplyRate"_s, 0.05 }, { u"errorRate"_s, 0.10 },
            { u"latencyMs"_s, 2 } };
        QCOMPARE(sim.control("POST", u"/_sim/faults"_s, faults).value(u"ok"_s).toBool(), true);
        QStringList moments;
        int kills = 0, delay = 0;
        if (killWhileSending(*first, sim, rng, &delay)) {
            ++kills;
            moments << u"%1 ms/%2 sent"_s.arg(delay).arg(requestLog(sim).size());
        }
        for (int round = 0; kills < 10 && round < 30; ++round) {
            auto resume = start(sim, *store, { u"jobs"_s, u"resume"_s, id }, sim.ownerKey);
            if (killWhileSending(*resume, sim, rng, &delay)) {
                ++kills;
                moments << u"%1 ms/%2 sent"_s.arg(delay).arg(requestLog(sim).size());
                continue;
            }
            const Run ended = finish(*resume);
            QVERIFY2(!ended.crashed, qPrintable(ended.text()));
            if (job(sim, *store, id).value(u"state"_s).toString() == u"finished")
                break;
        }
        QVERIFY2(kills == 10,
            qPrintable(u"only %1 kill(s) landed before the batch ended: %2"_s.arg(kills).arg(
                moments.join(u", "_s))));
        const qint64 killedBy = clock.elapsed();

        // To the end: resumes until finished (a resume pauses with exit 6 while an answer is still
        // unknown), then retry the failed items until none is left.
        QList<int> exits;
        QJsonObject batch = job(sim, *store, id);
        for (int round = 0; round < 10 && batch.value(u"state"_s).toString() != u"finished";
             ++round) {
            const Run resumed = cli(sim, *store, { u"jobs"_s, u"resume"_s, id }, sim.ownerKey);
            QVERIFY2(!resumed.crashed
                    && QList<int>({ CliRunner::Ok, CliRunner::Failure, CliRunner::Unreachable })
                           .contains(resumed.exitCode),
                qPrintable(resumed.text()));
            exits << resumed.exitCode;
            batch = job(sim, *store, id);
        }
        QCOMPARE(batch.value(u"state"_s).toString(), u"finished"_s);
        int retries = 0;
        for (; retries < 5 && batch.value(u"failed"_s).toInt() > 0; ++retries) {
            const Run retried = cli(sim, *store, { u"jobs"_s, u"retry"_s, id }, sim.ownerKey);
            QVERIFY2(!retried.crashed
                    && QList<int>({ CliRunner::Ok, CliRunner::Failure, CliRunner::Unreachable })
                           .contains(retried.exitCode),
                qPrintable(u"jobs retry of a batch with %1 failed item(s): "_s.arg(
                               batch.value(u"failed"_s).toInt())
                    + retried.text()));
            exits << retried.exitCode;
            batch = job(sim, *store, id);
        }
        QCOMPARE(batch.value(u"failed"_s).toInt(), 0);
        QCOMPARE(batch.value(u"unknown"_s).toInt(), 0);
        QCOMPARE(batch.value(u"done"_s).toInt(), 1000);
        QCOMPARE(batch.value(u"state"_s).toString(), u"finished"_s);

        // The roster equals the plan; nobody else moved; each planned member changed role once.
        const Ranks after = ranks(sim);
        const QSet<qint64> planned(recruits.cbegin(), recruits.cend());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), planned.contains(it.key()) ? Private : it.value());
        QHash<qint64, int> changes;
        for (const QJsonValue &w :
            sim.control("GET", u"/_sim/writes"_s).value(u"writes"_s).toArray())
            ++changes[w.toObject().value(u"userId"_s).toInteger()];
        QCOMPARE(changes.size(), recruits.size());
        for (qint64 member : recruits)
            QCOMPARE(changes.value(member), 1);

        // The request log: the first request that succeeded is the one that changed the member's
        // role (the only one that can: the others found it at its target). Any request after it
        // is a write sent although the change had landed: a blind re-send.
        const QJsonArray log = requestLog(sim);
        const auto byMember = requestsByMember(log);
        std::map<int, int> perMember;
        int lost = 0, refused = 0;
        QStringList resent;
        for (qint64 member : recruits) {
            const QList<QJsonObject> requests = byMember.value(member);
            ++perMember[int(requests.size())];
            qsizetype landed = -1;
            for (qsizetype i = 0; i < requests.size(); ++i) {
                const int status = requests[i].value(u"status"_s).toInt();
                lost += requests[i].value(u"replyLost"_s).toBool();
                refused += status >= 300;
                if (landed < 0 && status >= 200 && status < 300)
                    landed = i;
                else if (landed >= 0)
                    resent << u"member %1: request %2 %3 ms after the landed one (%4, status %5)"_s
                                  .arg(member)
                                  .arg(requests[i].value(u"sequence"_s).toInteger())
                                  .arg(requests[i].value(u"timeMs"_s).toInteger()
                                      - requests[landed].value(u"timeMs"_s).toInteger())
                                  .arg(requests[landed].value(u"replyLost"_s).toBool()
                                          ? u"its answer lost"_s
                                          : u"answered"_s)
                                  .arg(status);
            }
            QVERIFY2(landed >= 0, qPrintable(u"no request changed member %1"_s.arg(member)));
        }
        QVERIFY2(resent.isEmpty(),
            qPrintable(
                u"%1 write request(s) after the member's change had landed: "_s.arg(resent.size())
                + resent.mid(0, 10).join(u"; "_s)));
        QCOMPARE(int(log.size()), recruits.size()); // one request each, nothing else

        // The history: one done row per item, from the member's real previous role.
        QHash<qint64, int> doneRows;
        int failedRows = 0;
        for (const QJsonValue &row : history(sim, *store, id)) {
            const QJsonObject o = row.toObject();
            if (o.value(u"outcome"_s).toString() != u"done") {
                failedRows += o.value(u"outcome"_s).toString() == u"failed";
                continue;
            }
            const qint64 member = o.value(u"userId"_s).toInteger();
            ++doneRows[member];
            QVERIFY2(o.value(u"from"_s).toObject().value(u"rank"_s).toInt() == before.value(member),
                qPrintable(u"member %1 recorded from %2"_s.arg(member).arg(
                    QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))));
            QCOMPARE(o.value(u"to"_s).toObject().value(u"rank"_s).toInt(), Private);
        }
        QCOMPARE(doneRows.size(), recruits.size());
        for (qint64 member : recruits)
            QCOMPARE(doneRows.value(member), 1);
        checkEveryDoneItemHasOneRow(*store);
        if (QTest::currentTestFailed())
            return;
        QStringList exitTexts;
        for (int e : exits)
            exitTexts << QString::number(e);
        qInfo("sigkills: seed %u; %d kills (delay after sending began / requests so far: %s) "
              "in %lld ms; then %d run(s) to the end with exits [%s], %d retry run(s); "
              "%d lost answers, %d refused requests, %d failed history row(s); %s; "
              "0 write requests after a landed change; %lld ms in all",
            seed, kills, qPrintable(moments.join(u", "_s)), killedBy, int(exits.size()) - retries,
            qPrintable(exitTexts.join(u' ')), retries, lost, refused, failedRows,
            qPrintable(histogram(perMember)), clock.elapsed());
    }

    // A batch that pauses with requests in flight never aborts. The key is "revoked" mid-batch: a
    // batch half done with the owner's key is resumed with a key that may read but not write, so
    // the first write is a 403 while the next items' reads and writes are out; every other run is
    // a new bulk batch with that key. Twenty runs, latencies from 0 to 12 ms so the pause meets
    // its in-flight requests at different points: each ends with exit 4 (not 134), the batch
    // paused, no item left "running", and no write of the read-only key changed anyone.
    void pauseWithRequestsInFlightNeverAborts()
    {
        const std::optional<Store> store = makeStore(u"sqlite"_s);
        if (!store)
            return;
        Sandbox sim(600);
        static const QRegularExpression stored(u"Batch ([0-9a-f-]{36}) stored; sending\\."_s);
        QElapsedTimer clock;
        clock.start();

        // Half done with the owner's key, then its runner killed.
        sim.control("POST", u"/_sim/faults"_s, { { u"latencyMs"_s, 3 } });
        auto first = start(sim, *store,
            { u"bulk"_s, u"promote"_s, u"--role"_s, u"Recruit"_s, u"--yes"_s }, sim.ownerKey);
        QByteArray out;
        const QString halfDone = waitForStoredBatch(*first, &out);
        QVERIFY2(!halfDone.isEmpty(), out.constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            requestLog(sim).size() >= 40 || first->state() == QProcess::NotRunning, 60000);
        first->kill();
        first->waitForFinished(30000);
        const Ranks before = ranks(sim);
        const int writesBefore = sim.writeCount();

        std::map<int, int> refusedPerRun;
        qint64 slowest = 0;
        for (int run = 0; run < 20; ++run) {
            sim.control("POST", u"/_sim/faults"_s, { { u"latencyMs"_s, (run % 5) * 3 } });
            const qsizetype logged = requestLog(sim).size();
            const bool resume = run % 2 == 0;
            const QStringList args = resume
                ? QStringList { u"jobs"_s, u"resume"_s, halfDone }
                : QStringList { u"bulk"_s, u"promote"_s, u"--role"_s, u"Recruit"_s, u"--yes"_s };
            const Run ran = cli(sim, *store, args, sim.readOnlyKey);
            slowest = std::max(slowest, ran.ms);
            QVERIFY2(!ran.crashed && ran.exitCode == CliRunner::AuthFailed,
                qPrintable(u"run %1: "_s.arg(run) + ran.text()));
            QVERIFY2(!ran.err.contains(u"ASSERT"_s) && !ran.err.contains(u"Sanitizer"_s),
                qPrintable(ran.err));
            const QString id = resume ? halfDone : stored.match(ran.out).captured(1);
            QVERIFY2(!id.isEmpty(), qPrintable(ran.text()));
            const QList<QVariantList> state
                = select(*store, u"SELECT state FROM batches WHERE id = ?"_s, { id });
            QCOMPARE(state.value(0).value(0).toString(), u"paused"_s);
            const QHash<qint64, QString> states = itemStates(*store, id);
            QHash<QString, int> items;
            for (const QString &itemState : states)
                ++items[itemState];
            QVERIFY2(items.value(u"running"_s) == 0,
                qPrintable(
                    u"run %1: %2 item(s) left running"_s.arg(run).arg(items.value(u"running"_s))));
            if (!resume) // a new batch: nothing of it was sent or done
                QCOMPARE(items.value(u"pending"_s), int(states.size()));
            const QJsonArray log = requestLog(sim);
            int refused = 0;
            for (qsizetype i = logged; i < log.size(); ++i) {
                QCOMPARE(log.at(i).toObject().value(u"status"_s).toInt(), 403);
                ++refused;
            }
            QVERIFY(refused >= 1);
            ++refusedPerRun[refused];
        }
        QCOMPARE(sim.writeCount(), writesBefore);
        QCOMPARE(ranks(sim), before);
        checkEveryDoneItemHasOneRow(*store);
        if (QTest::currentTestFailed())
            return;
        QStringList spread;
        for (const auto &[refused, runs] : refusedPerRun)
            spread << u"%1 write(s) refused: %2 run(s)"_s.arg(refused).arg(runs);
        qInfo("pause in flight: 20 runs (10 resumes of a half-done batch, 10 new batches), "
              "each exit 4, batch paused, no item running; %s; slowest run %lld ms, "
              "%lld ms in all",
            qPrintable(spread.join(u", "_s)), slowest, clock.elapsed());
    }

    // A cancel from another program while the runner holds items whose write landed with its
    // answer lost (waiting for their re-check): those are re-checked and recorded as done, the
    // rest skipped as cancelled, each with its row, none sent, and the runner ends normally.
    void cancelWhileAnswersAreLost()
    {
        const std::optional<Store> store = makeStore(u"sqlite"_s);
        if (!store)
            return;
        Sandbox sim(600);
        const QList<qint64> recruits = membersAt(ranks(sim), Recruit, 200);
        auto runner = start(sim, *store,
            { u"bulk"_s, u"promote"_s, u"--users"_s, usersFile(recruits), u"--yes"_s },
            sim.ownerKey);
        QByteArray out;
        const QString id = waitForStoredBatch(*runner, &out);
        QVERIFY2(!id.isEmpty(), out.constData());
        sim.control(
            "POST", u"/_sim/faults"_s, { { u"lostReplyRate"_s, 1.0 }, { u"latencyMs"_s, 3 } });
        QTRY_VERIFY_WITH_TIMEOUT(
            requestLog(sim).size() >= 20 || runner->state() == QProcess::NotRunning, 60000);
        const Run cancel = cli(sim, *store, { u"jobs"_s, u"cancel"_s, id }, sim.ownerKey);
        QVERIFY2(cancel.exitCode == CliRunner::Ok && cancel.out.contains(u"asked it to cancel"_s),
            qPrintable(cancel.text()));
        const Run ran = finish(*runner);
        QVERIFY2(!ran.crashed && ran.exitCode == CliRunner::Ok, qPrintable(ran.text().left(2000)));
        const QJsonObject batch = job(sim, *store, id);
        QCOMPARE(batch.value(u"state"_s).toString(), u"cancelled"_s);
        QCOMPARE(batch.value(u"unknown"_s).toInt(), 0);
        QCOMPARE(batch.value(u"pending"_s).toInt(), 0);
        const QHash<qint64, QString> states = itemStates(*store, id);
        const auto byMember = requestsByMember(requestLog(sim));
        for (qint64 member : recruits)
            QCOMPARE(byMember.value(member).size(), states.value(member) == u"done" ? 1 : 0);
        checkEveryDoneItemHasOneRow(*store);
    }

    // `jobs pause` from another program: the runner stops before its next request, ends (its answers
    // recorded, its claim released), and a later resume finishes the batch with one write a member.
    void pauseFromAnotherProgramEndsTheRun()
    {
        const std::optional<Store> store = makeStore(u"sqlite"_s);
        if (!store)
            return;
        Sandbox sim(600);
        const QList<qint64> recruits = membersAt(ranks(sim), Recruit, 200);
        sim.control("POST", u"/_sim/faults"_s, { { u"latencyMs"_s, 3 } });
        MidBatch run = startMidBatch(sim, *store, recruits);
        QVERIFY2(!run.id.isEmpty(), run.out.constData());
        auto &runner = run.runner;
        const QString &id = run.id;
        QTRY_VERIFY_WITH_TIMEOUT(
            requestLog(sim).size() >= 20 || runner->state() == QProcess::NotRunning, 60000);
        const Run pause = cli(sim, *store, { u"jobs"_s, u"pause"_s, id }, sim.ownerKey);
        QVERIFY2(pause.exitCode == CliRunner::Ok, qPrintable(pause.text()));
        const Run ran = finish(*runner);
        QVERIFY2(!ran.crashed && ran.exitCode == CliRunner::Busy, qPrintable(ran.text().left(2000)));
        const qsizetype sentBeforeResume = requestLog(sim).size();
        QJsonObject batch = job(sim, *store, id);
        QCOMPARE(batch.value(u"state"_s).toString(), u"paused"_s);
        QVERIFY(batch.value(u"runBy"_s).toString().isEmpty()); // released: a resume need not wait
        QVERIFY(sentBeforeResume < recruits.size());
        qInfo("paused from another program after %lld of %lld writes", qlonglong(sentBeforeResume), qlonglong(recruits.size()));
        const Run resume = cli(sim, *store, { u"jobs"_s, u"resume"_s, id }, sim.ownerKey);
        QVERIFY2(resume.exitCode == CliRunner::Ok, qPrintable(resume.text()));
        batch = job(sim, *store, id);
        QCOMPARE(batch.value(u"state"_s).toString(), u"finished"_s);
        const auto byMember = requestsByMember(requestLog(sim));
        for (qint64 member : recruits)
            QCOMPARE(byMember.value(member).size(), 1);
        checkEveryDoneItemHasOneRow(*store);
    }

    // Retry failed of a finished batch (the CLI's jobs retry, the Jobs panel's "Retry failed",
    // enabled for it): its failed items go back to pending and are sent.
    void retryFailedOfAFinishedBatch()
    {
        const std::optional<Store> store = makeStore(u"sqlite"_s);
        if (!store)
            return;
        Sandbox sim(300);
        const QList<qint64> recruits = membersAt(ranks(sim), Recruit, 3);
        // Latency, so the 503s start before the first item's read (the key is introspected first).
        sim.control("POST", u"/_sim/faults"_s, { { u"latencyMs"_s, 30 } });
        auto runner = start(sim, *store,
            { u"bulk"_s, u"promote"_s, u"--users"_s, usersFile(recruits), u"--yes"_s },
            sim.ownerKey);
        QByteArray out;
        const QString id = waitForStoredBatch(*runner, &out);
        QVERIFY2(!id.isEmpty(), out.constData());
        sim.control("POST", u"/_sim/faults"_s, { { u"errorRate"_s, 1.0 }, { u"latencyMs"_s, 0 } });
        const Run failed = finish(*runner);
        QVERIFY2(
            !failed.crashed && failed.exitCode == CliRunner::Failure, qPrintable(failed.text()));
        QJsonObject batch = job(sim, *store, id);
        QCOMPARE(batch.value(u"state"_s).toString(), u"finished"_s);
        QCOMPARE(batch.value(u"failed"_s).toInt(), 3);
        sim.control("POST", u"/_sim/faults"_s, { { u"errorRate"_s, 0.0 } });
        const Run retried = cli(sim, *store, { u"jobs"_s, u"retry"_s, id }, sim.ownerKey);
        QVERIFY2(retried.exitCode == CliRunner::Ok, qPrintable(retried.text()));
        batch = job(sim, *store, id);
        QCOMPARE(batch.value(u"done"_s).toInt(), 3);
        QCOMPARE(batch.value(u"failed"_s).toInt(), 0);
        const Ranks after = ranks(sim);
        for (qint64 member : recruits)
            QCOMPARE(after.value(member), Private);
        checkEveryDoneItemHasOneRow(*store);
    }

    // A cancel after the runner was killed (its lease not yet expired, its process gone): nobody
    // runs the batch, so the cancel is carried out at once (pending items skipped, each with its
    // row), and a later resume sends nothing.
    void cancelAfterTheRunnerWasKilled()
    {
        const std::optional<Store> store = makeStore(u"sqlite"_s);
        if (!store)
            return;
        Sandbox sim(600);
        const QList<qint64> recruits = membersAt(ranks(sim), Recruit, 200);
        sim.control("POST", u"/_sim/faults"_s, { { u"latencyMs"_s, 3 } });
        MidBatch run = startMidBatch(sim, *store, recruits);
        QVERIFY2(!run.id.isEmpty(), run.out.constData());
        auto &runner = run.runner;
        const QString &id = run.id;
        QTRY_VERIFY_WITH_TIMEOUT(
            requestLog(sim).size() >= 20 || runner->state() == QProcess::NotRunning, 60000);
        runner->kill();
        runner->waitForFinished(30000);
        const qsizetype sent = requestLog(sim).size();
        // Writes the killed runner had out are "sent, answer lost": the cancel completes only once they
        // are known, by a run that reads those members and sends nothing.
        const int unknown = job(sim, *store, id).value(u"unknown"_s).toInt();
        const Run cancel = cli(sim, *store, { u"jobs"_s, u"cancel"_s, id }, sim.ownerKey);
        QVERIFY2(cancel.exitCode == CliRunner::Ok && cancel.out.contains(u"cancelled"_s),
            qPrintable(cancel.text()));
        qInfo("cancel after the kill: %d item(s) sent with no answer recorded", unknown);
        if (unknown > 0) {
            QCOMPARE(job(sim, *store, id).value(u"state"_s).toString(), u"paused"_s);
            const Run check = cli(sim, *store, { u"jobs"_s, u"resume"_s, id }, sim.ownerKey);
            QVERIFY2(check.exitCode == CliRunner::Ok, qPrintable(check.text()));
        }
        QCOMPARE(job(sim, *store, id).value(u"state"_s).toString(), u"cancelled"_s);
        QCOMPARE(job(sim, *store, id).value(u"unknown"_s).toInt(), 0);
        const Run resume = cli(sim, *store, { u"jobs"_s, u"resume"_s, id }, sim.ownerKey);
        QVERIFY2(resume.exitCode == CliRunner::Refused, qPrintable(resume.text()));
        QCOMPARE(requestLog(sim).size(), sent);
        checkEveryDoneItemHasOneRow(*store);
    }
};

QTEST_GUILESS_MAIN(tst_ExactlyOnce)
#include "tst_exactlyonce.moc"
