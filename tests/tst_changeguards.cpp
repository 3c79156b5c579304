// The guards in front of every rank change (issue 13, design.md "Invariants of the change engine"),
// proved with real rankdesk-cli processes against the in-process simulator: a history database that
// cannot record means nothing is sent; a stored batch is re-checked against today's rules before
// each write; a mistyped guard rail is a usage error, never "no guard rail"; the guard rails saved
// in the desktop bind the CLI; two first starts on one database both come up. Every case counts the
// rank-changing requests the simulator received (GET /_sim/requests, no-ops included), not only the
// state that came out.
#include "CliRunner.h"
#include "TestDatabases.h"
#include "TestSupport.h"
#include "jobs/Batch.h"
#include "profiles/GuardRailSettings.h"
#include "profiles/ProfileStore.h"
#include "storage/BatchStore.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1; // -1: crashed or timed out (the text says which)
    QString out;
    QString err;
    qint64 elapsedMs = 0;
    QString text() const { return out + err; }
};

// Runs in the forked child before exec. Root ignores permission bits through CAP_DAC_OVERRIDE
// (and CAP_DAC_READ_SEARCH); with both gone from the bounding set (and nothing inheritable), the
// program exec'd runs as root yet is held to a file's mode like any user: a 0444 file in a 0555
// folder is really read-only to it. For a non-root user these calls fail and change nothing.
void withoutFileOverride()
{
    ::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
    ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
    ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) == 0) {
        data[0].inheritable = data[1].inheritable = 0;
        ::syscall(SYS_capset, &header, data);
    }
}

QJsonArray array(const QJsonObject &object, const QString &key)
{
    return object.value(key).toArray();
}

QString sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// A history months of use leave: rows of changes, each with a short reason (no overflow pages, so
// every page of the file is a b-tree page that quick_check reads).
bool populate(const QSqlDatabase &db, int rows, int reasonLength = 40)
{
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN"_s))
        return false;
    query.prepare(u"INSERT INTO rank_history (created_ms, profile, group_id, user_id, username, "
                  u"action, backend,"
                  " outcome, error, reason, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s);
    QVariantList created, profile, group, user, name, action, backend, outcome, error, reason,
        source;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(rows) * 60'000;
    for (int i = 0; i < rows; ++i) {
        created << start + qint64(i) * 60'000;
        profile << u"Regiment"_s;
        group << 5402173;
        user << 1'000'000 + i;
        name << u"member%1"_s.arg(i);
        action << u"promote"_s;
        backend << u"opencloud"_s;
        outcome << u"done"_s;
        error << u""_s;
        reason << QString(reasonLength, u'r');
        source << u"bulk"_s;
    }
    for (const QVariantList &column :
        { created, profile, group, user, name, action, backend, outcome, error, reason, source })
        query.addBindValue(column);
    if (!query.execBatch())
        return false;
    return query.exec(u"COMMIT"_s);
}

// One in-process connection to a history file, closed when it goes.
class OpenHistory
{
public:
    explicit OpenHistory(const QString &path)
    {
        static int counter = 0;
        Result<Database> opened = Database::openSqlite(path, u"guards-%1"_s.arg(++counter));
        if (opened)
            m_db = opened.value();
        else
            m_error = opened.error().userText();
    }
    ~OpenHistory() { close(); }
    Q_DISABLE_COPY_MOVE(OpenHistory)

    bool isOpen() const { return m_db.has_value(); }
    const QString &error() const { return m_error; }
    const Database &database() const { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    void close()
    {
        if (m_db)
            m_db->close();
        m_db.reset();
    }
    // A single value of a query, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &bound = {}) const
    {
        QSqlQuery query(connection());
        query.prepare(sql);
        for (const QVariant &v : bound)
            query.addBindValue(v);
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }

private:
    std::optional<Database> m_db;
    QString m_error;
};

} // namespace

class tst_ChangeGuards : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sim;
    QString m_db; // this row's history file
    int m_counter = 0;

    // The CLI as a fresh user on this machine runs it: English, and a home, settings and data
    // location of the test's own (where the test saves the desktop's guard rails and profiles).
    QProcessEnvironment environment(const QString &apiKey) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys())
            if (name.startsWith(u"RANKDESK_"_s))
                env.remove(name);
        env.remove(u"LANGUAGE"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        if (!apiKey.isEmpty())
            env.insert(u"RANKDESK_API_KEY"_s, apiKey);
        return env;
    }

    static Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        const std::function<void()> &inChild = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        if (inChild)
            process.setChildProcessModifier(inChild);
        QElapsedTimer clock;
        clock.start();
        process.start(program, args);
        Run result;
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished(10'000);
            result.err = u"[timed out after 120 s] "_s;
        }
        result.elapsedMs = clock.elapsed();
        if (process.exitStatus() == QProcess::NormalExit && result.err.isEmpty())
            result.exitCode = process.exitCode();
        else if (process.exitStatus() == QProcess::CrashExit)
            result.err += u"[crashed] "_s;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err += QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // rankdesk-cli on this row's simulator (the group from RANKDESK_GROUP, so a --group given wins)
    // and this row's history file.
    Run cli(const QStringList &args, const QString &apiKey,
        const std::function<void()> &inChild = {}) const
    {
        QProcessEnvironment env = environment(apiKey);
        env.insert(u"RANKDESK_GROUP"_s, QString::number(m_sim->groupId()));
        return run(QStringLiteral(RANKDESK_CLI_PATH),
            QStringList { u"--base-url"_s, m_sim->baseUrl().toString(), u"--db"_s, m_db } + args,
            env, inChild);
    }

    // rankdesk-cli with a profile saved as the desktop saves it: group and addresses come from it.
    Run cliWithProfile(const QStringList &args, const QString &apiKey) const
    {
        return run(QStringLiteral(RANKDESK_CLI_PATH), QStringList { u"--db"_s, m_db } + args,
            environment(apiKey));
    }

    // Every rank-changing request the simulator received, no-ops and refusals included.
    QJsonArray requests() const
    {
        return array(m_sim->control("GET", u"/_sim/requests"_s), u"requests"_s);
    }
    QList<qint64> requestedUsers() const
    {
        QList<qint64> users;
        for (const QJsonValue &r : requests())
            users << r.toObject().value(u"userId"_s).toInteger();
        return users;
    }
    QJsonObject roleWithRank(int rank) const
    {
        for (const QJsonValue &r : array(m_sim->state(), u"roles"_s))
            if (r.toObject().value(u"rank"_s).toInt() == rank)
                return r.toObject();
        return {};
    }
    int rankOf(qint64 userId) const { return m_sim->memberState(userId).value(u"rank"_s).toInt(); }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static QByteArray idLines(const QList<qint64> &ids)
    {
        QByteArray bytes;
        for (qint64 id : ids)
            bytes += QByteArray::number(id) + '\n';
        return bytes;
    }
    void clearGuardRails() const
    {
        GuardRailSettings::setCeiling(m_sim->groupId(), 0);
        GuardRailSettings::setProtectedUsers(m_sim->groupId(), {});
    }

    // A batch written straight into the database, as anyone who can write to a shared history
    // could: each member planned from its current role to the target.
    QString plantBatch(Batch batch, const QList<qint64> &members, const QList<int> &targetRanks)
    {
        OpenHistory history(m_db);
        if (!history.isOpen())
            return {};
        QList<BatchItem> items;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QJsonObject member = m_sim->memberState(members.at(i));
            BatchItem item;
            item.seq = int(i) + 1;
            item.userId = members.at(i);
            item.username = member.value(u"username"_s).toString();
            item.expectedRoleId
                = member.value(u"roleId"_s).toInteger(); // as planned: no conflict to hide behind
            item.targetRoleId
                = roleWithRank(targetRanks.at(i % targetRanks.size())).value(u"id"_s).toInteger();
            items << item;
        }
        BatchStore store(history.database());
        const Result<Batch> stored = store.create(batch, items);
        return stored ? stored.value().id : QString();
    }
    Batch plannedBatch() const
    {
        Batch batch;
        batch.profile = u"Regiment"_s;
        batch.groupId = m_sim->groupId();
        batch.writer = u"opencloud"_s;
        batch.action = u"set-rank"_s;
        batch.reason = u"planted"_s;
        batch.source = u"bulk"_s;
        return batch;
    }

    // design.md invariant 4, checked after each case that stored batches: every item that reached
    // an outcome has exactly one history row naming it, with that outcome, and no other item has
    // one.
    void checkOneHistoryRowPerOutcome() const
    {
        OpenHistory history(m_db);
        QVERIFY2(history.isOpen(), qPrintable(history.error()));
        QSqlQuery wrong(history.connection());
        QVERIFY(
            wrong.exec(u"SELECT i.batch_id, i.seq, i.state, (SELECT COUNT(*) FROM rank_history h"
                       "  WHERE h.batch_id = i.batch_id AND h.batch_seq = i.seq) AS all_rows,"
                       " (SELECT COUNT(*) FROM rank_history h WHERE h.batch_id = i.batch_id AND "
                       "h.batch_seq = i.seq"
                       "  AND h.outcome = i.state) AS matching"
                       " FROM batch_items i"_s));
        int settled = 0;
        while (wrong.next()) {
            const QString state = wrong.value(2).toString();
            const bool outcome = state == u"done" || state == u"failed" || state == u"skipped";
            settled += outcome;
            const QString where
                = u"batch %1 item %2 (%3): %4 history row(s), %5 with its outcome"_s.arg(
                    wrong.value(0).toString(), wrong.value(1).toString(), state,
                    wrong.value(3).toString(), wrong.value(4).toString());
            QVERIFY2(wrong.value(3).toInt() == (outcome ? 1 : 0)
                    && wrong.value(4).toInt() == (outcome ? 1 : 0),
                qPrintable(where));
        }
        qInfo().noquote() << settled << "settled item(s), each with exactly one history row";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *sub : { "home", "config", "data", "cache" })
            QVERIFY(QDir().mkpath(m_dir.filePath(QString::fromLatin1(sub))));
        // This process saves the desktop's settings (guard rails, profiles) where the CLI reads
        // them: the native format under XDG_CONFIG_HOME, as Rankdesk/rankdesk (app/cli/main.cpp).
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        QCoreApplication::setOrganizationName(u"Rankdesk"_s);
        QCoreApplication::setApplicationName(u"rankdesk"_s);
        // This process's own history connections need not announce themselves on every row.
        QLoggingCategory::setFilterRules(u"rankdesk.storage.info=false"_s);
    }

    void init()
    {
        // A fresh group per row: a row's writes cannot satisfy or spoil another's counts.
        m_sim = std::make_unique<Sandbox>(200, 0.0);
        clearGuardRails();
        QString tag = QString::fromLatin1(QTest::currentDataTag());
        tag.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
        m_db = m_dir.filePath(
            u"%1-%2-%3.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()), tag)
                .arg(++m_counter));
    }

    void cleanup()
    {
        clearGuardRails();
        m_sim.reset();
    }

    // A single promote whose intent cannot be stored first sends nothing, says why and what to do,
    // and exits with the documented code. The history file is broken four ways a user meets.
    void singleChangeWithBrokenDatabase_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("read-only")
            << u"read-only"_s << int(CliRunner::Failure)
            << QStringList { u"is read-only"_s, u"Make the file and its folder writable"_s };
        // RLIMIT_FSIZE fails the write with EFBIG, which SQLite 3.40 reports as an I/O error (only
        // ENOSPC, or a short write in older versions, is SQLITE_FULL): either message will do.
        // ("a|b": one of them.)
        QTest::newRow("full") << u"full"_s << int(CliRunner::Failure)
                              << QStringList { u"Nothing was sent"_s,
                                     u"Could not store the batch"_s,
                                     u"could not be written|is full"_s,
                                     u"free space|Free some space"_s };
        QTest::newRow("locked") << u"locked"_s << int(CliRunner::Unreachable)
                                << QStringList { u"is locked by process %1"_s.arg(
                                                     QCoreApplication::applicationPid()),
                                       u"Wait until it has finished"_s };
        QTest::newRow("damaged") << u"damaged"_s << int(CliRunner::Failure)
                                 << QStringList { u"is damaged"_s, u"left untouched"_s,
                                        u".recover"_s, u"move it away"_s };
    }
    void singleChangeWithBrokenDatabase()
    {
        QFETCH(QString, fault);
        QFETCH(int, exitCode);
        QFETCH(QStringList, says);
        const qint64 recruit = m_sim->memberWithRank(1);
        QVERIFY(recruit > 0);

        // A history of 3,000 changes (a few hundred KiB) on which the fault is made.
        OpenHistory history(m_db);
        QVERIFY2(history.isOpen(), qPrintable(history.error()));
        const QString folder = QFileInfo(m_db).absolutePath();
        std::function<void()> inChild;
        auto restore = qScopeGuard([&] {
            ::chmod(QFile::encodeName(folder).constData(), 0700);
            ::chmod(QFile::encodeName(m_db).constData(), 0600);
        });
        QString checksum;
        if (fault == u"full") {
            // The file's size limit falls inside the first page the batch's intent would append to
            // the write-ahead log. This connection keeps the log from being checkpointed and reset
            // (no automatic checkpoint, and it stays open), so that append starts at the log's end.
            QSqlQuery pragma(history.connection());
            QVERIFY(pragma.exec(u"PRAGMA wal_autocheckpoint=0"_s));
            QVERIFY(populate(history.connection(), 3000, 120));
            const qint64 wal = QFileInfo(m_db + u"-wal"_s).size();
            QVERIFY2(wal > 256 * 1024, qPrintable(QString::number(wal)));
            const rlim_t limit = rlim_t(wal + 24 + 1024); // past the frame header, inside the page
            qInfo().noquote() << "write-ahead log" << wal << "bytes; file size limit" << limit;
            inChild = [limit] {
                const rlimit fsize { limit, limit };
                ::setrlimit(RLIMIT_FSIZE, &fsize);
                // Ignored, SIGXFSZ no longer kills the process: the write fails with EFBIG instead.
                ::signal(SIGXFSZ, SIG_IGN);
            };
        } else {
            QVERIFY(populate(history.connection(), 3000));
        }
        const qint64 pageSize = history.value(u"PRAGMA page_size"_s).toLongLong();
        if (fault == u"read-only" || fault == u"damaged") {
            history.close();
            QVERIFY2(!QFile::exists(m_db + u"-wal"_s), "the history was not checkpointed");
        }
        if (fault == u"read-only") {
            QCOMPARE(::chmod(QFile::encodeName(m_db).constData(), 0444), 0);
            QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0555), 0);
            inChild = withoutFileOverride;
            // Proof that the CLI will meet a read-only file (as root too): a shell given the same
            // start cannot open it for writing (appending nothing changes nothing if it could).
            const Run probe
                = run(u"/bin/sh"_s, { u"-c"_s, u": >> \"$0\""_s, m_db }, environment({}), inChild);
            if (probe.exitCode == 0)
                QSKIP("a child of this process writes a 0444 file in a 0555 folder even without "
                      "CAP_DAC_OVERRIDE (no CAP_SETPCAP to drop it?): no read-only history here");
        }
        if (fault == u"damaged") {
            // Garbage over three pages in the middle of the file: b-tree pages of the history,
            // which PRAGMA quick_check reads.
            QFile file(m_db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / pageSize;
            QVERIFY2(pages > 20, qPrintable(QString::number(pages)));
            QRandomGenerator garbage(13);
            for (qint64 page = pages / 2; page < pages / 2 + 3; ++page) {
                QByteArray bytes(pageSize, Qt::Uninitialized);
                garbage.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
                QVERIFY(file.seek(page * pageSize));
                QCOMPARE(file.write(bytes), pageSize);
            }
            file.close();
            checksum = sha256(m_db);
        }
        if (fault == u"locked") {
            // Another program's write transaction, held for as long as the CLI runs (over its 5 s
            // busy timeout): this process, which the message must name.
            QSqlQuery begin(history.connection());
            QVERIFY2(begin.exec(u"BEGIN IMMEDIATE"_s), qPrintable(begin.lastError().text()));
        }

        const Run promote
            = cli({ u"promote"_s, QString::number(recruit) }, m_sim->ownerKey, inChild);
        qInfo().noquote() << fault << "exit" << promote.exitCode << "after" << promote.elapsedMs
                          << "ms:" << promote.err.trimmed();

        if (fault == u"locked")
            QSqlQuery(history.connection()).exec(u"ROLLBACK"_s);
        QCOMPARE(requests().size(), 0);
        QCOMPARE(m_sim->writeCount(), 0);
        QCOMPARE(rankOf(recruit), 1);
        QVERIFY2(promote.exitCode == exitCode,
            qPrintable(u"exit %1: %2"_s.arg(promote.exitCode).arg(promote.text())));
        for (const QString &text : says) {
            const QStringList any = text.split(u'|');
            QVERIFY2(std::any_of(any.cbegin(), any.cend(),
                         [&](const QString &t) { return promote.err.contains(t); }),
                qPrintable(u"no \"%1\" in: %2"_s.arg(text, promote.text())));
        }
        QVERIFY2(!promote.err.contains(u"Unexpected error"_s), qPrintable(promote.err));
        if (fault == u"damaged")
            QCOMPARE(sha256(m_db), checksum); // refused untouched, for recovery
        // full, locked: no intent was stored.
        if (history.isOpen())
            QCOMPARE(history.value(u"SELECT COUNT(*) FROM batches"_s).toInt(), 0);
    }

    // A batch written straight into the database (as anyone who can write to a shared history, or
    // an old batch resumed under today's rules) is checked again before each write: every item is
    // skipped with the reason, with its history row, and nothing reaches the simulator.
    void plantedBatch_data()
    {
        QTest::addColumn<QString>("plant");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("reason");
        QTest::newRow("targets Owner") << u"owner"_s << u"owner"_s << QStringList()
                                       << u"The Owner role (rank 255) cannot be assigned."_s;
        QTest::newRow("protected members (bulk)") << u"protected"_s << u"owner"_s << QStringList()
                                                  << u"Protected: bulk actions skip this member."_s;
        QTest::newRow("another group")
            << u"other-group"_s << u"owner"_s << QStringList() << u"This batch is for group %1"_s;
        QTest::newRow("hyra writer, Open Cloud connection")
            << u"hyra"_s << u"owner"_s << QStringList()
            << u"This batch was planned for the hyra writer"_s;
        QTest::newRow("at or above the key owner (officer key, rank 200)")
            << u"above-owner"_s << u"officer"_s << QStringList()
            << u"is at or above the highest rank you may assign (199)"_s;
        // The case: a batch resumed with --ceiling and --protected. Flags given to the
        // resume tighten its run like a bulk command's.
        QTest::newRow("resumed with --ceiling 60")
            << u"flag-ceiling"_s << u"owner"_s << QStringList { u"--ceiling"_s, u"60"_s }
            << u"is at or above the highest rank you may assign (59)"_s;
        QTest::newRow("resumed with --protected")
            << u"flag-protected"_s << u"owner"_s << QStringList { u"--protected"_s, u"FILE"_s }
            << u"Protected: bulk actions skip this member."_s;
    }
    void plantedBatch()
    {
        QFETCH(QString, plant);
        QFETCH(QString, key);
        QFETCH(QStringList, flags);
        QFETCH(QString, reason);
        const QList<qint64> members = m_sim->membersWithRank(1, 3);
        QCOMPARE(members.size(), 3);
        Batch batch = plannedBatch();
        QList<int> targets { 5 }; // Recruit -> Private: allowed by every rule but the row's
        if (plant == u"owner") {
            targets = { 255 };
        } else if (plant == u"protected") {
            GuardRailSettings::setProtectedUsers(
                m_sim->groupId(), QSet<qint64>(members.cbegin(), members.cend()));
        } else if (plant == u"other-group") {
            batch.groupId = m_sim->groupId() + 1;
            reason = reason.arg(batch.groupId);
        } else if (plant == u"hyra") {
            batch.writer = u"hyra"_s;
        } else if (plant == u"above-owner") {
            targets = { 200, 254 };
        } else if (plant == u"flag-ceiling") {
            targets = { 80 };
        } else if (plant == u"flag-protected") {
            flags.replace(1, writeFile(u"protected-%1.txt"_s.arg(m_counter), idLines(members)));
        }
        const QString id = plantBatch(batch, members, targets);
        QVERIFY(!id.isEmpty());

        const Run resume = cli(QStringList { u"jobs"_s, u"resume"_s, id } + flags, m_sim->key(key));
        qInfo().noquote() << plant << "exit" << resume.exitCode << ":" << resume.out.trimmed()
                          << resume.err.trimmed();

        const QList<qint64> requested = requestedUsers();
        QVERIFY2(requested.isEmpty(),
            qPrintable(u"%1 request(s) sent for users %2"_s.arg(requested.size())
                           .arg(QString::fromUtf8(
                               QJsonDocument(requests()).toJson(QJsonDocument::Compact)))));
        for (qint64 member : members)
            QCOMPARE(rankOf(member), 1);
        QVERIFY2(resume.exitCode == int(CliRunner::Ok), qPrintable(resume.text()));
        QVERIFY2(resume.out.contains(u"0 done, 0 failed, 3 skipped, 0 pending"_s),
            qPrintable(resume.text()));

        {
            // The items and their history rows, each skipped with the reason.
            OpenHistory history(m_db);
            QVERIFY(history.isOpen());
            QSqlQuery items(history.connection());
            items.prepare(
                u"SELECT seq, state, error FROM batch_items WHERE batch_id = ? ORDER BY seq"_s);
            items.addBindValue(id);
            QVERIFY(items.exec());
            int skipped = 0;
            while (items.next()) {
                QCOMPARE(items.value(1).toString(), u"skipped"_s);
                QVERIFY2(items.value(2).toString().contains(reason),
                    qPrintable(items.value(2).toString()));
                ++skipped;
            }
            QCOMPARE(skipped, 3);
            QSqlQuery rows(history.connection());
            rows.prepare(
                u"SELECT batch_seq, outcome, error FROM rank_history WHERE batch_id = ? ORDER BY batch_seq"_s);
            rows.addBindValue(id);
            QVERIFY(rows.exec());
            int recorded = 0;
            while (rows.next()) {
                QCOMPARE(rows.value(0).toInt(), ++recorded); // one row per item
                QCOMPARE(rows.value(1).toString(), u"skipped"_s);
                QVERIFY2(rows.value(2).toString().contains(reason),
                    qPrintable(rows.value(2).toString()));
            }
            QCOMPARE(recorded, 3);
            QCOMPARE(history.value(u"SELECT state FROM batches WHERE id = ?"_s, { id }).toString(),
                u"finished"_s);
        }
        checkOneHistoryRowPerOutcome();
    }

    // A mistyped number given to a guard rail, pacing or a filter is a usage error naming the
    // option and its range; nothing is read as "none", nothing is sent.
    void malformedNumbersAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QStringList bulk { u"bulk"_s, u"promote"_s, u"--role"_s, u"Recruit"_s, u"--yes"_s,
            u"--rate-scale"_s, u"1000"_s };
        const QString ceiling = u"--ceiling takes a rank from 1 to 255"_s;
        for (const QString &value : { u"abc"_s, u"-5"_s, u"1e3"_s, u"0"_s, u"256"_s, u"5.5"_s })
            QTest::addRow("bulk --ceiling %s", qPrintable(value))
                << bulk + QStringList { u"--ceiling"_s, value } << ceiling;
        QTest::newRow("bulk --protected, a line not an id")
            << bulk + QStringList { u"--protected"_s, u"PROTECTED"_s }
            << u"--protected: line 3 of"_s;
        const QString scale = u"--rate-scale takes a number above 0 and up to 1000"_s;
        for (const QString &value : { u"abc"_s, u"0"_s, u"-1"_s, u"nan"_s, u"inf"_s })
            QTest::addRow("promote --rate-scale %s", qPrintable(value))
                << QStringList { u"promote"_s, u"RECRUIT"_s, u"--rate-scale"_s, value } << scale;
        QTest::newRow("bulk --rate-scale abc") << QStringList { u"bulk"_s, u"promote"_s,
            u"--role"_s, u"Recruit"_s, u"--yes"_s, u"--rate-scale"_s, u"abc"_s }
                                               << scale;
        QTest::newRow("history --limit x") << QStringList { u"history"_s, u"--limit"_s, u"x"_s }
                                           << u"--limit takes a number of rows from 1 to 1000000"_s;
        QTest::newRow("history --limit 0") << QStringList { u"history"_s, u"--limit"_s, u"0"_s }
                                           << u"--limit takes a number of rows from 1 to 1000000"_s;
        const QString group = u"--group (or RANKDESK_GROUP) takes a group id"_s;
        QTest::newRow("promote --group abc")
            << QStringList { u"promote"_s, u"RECRUIT"_s, u"--group"_s, u"abc"_s } << group;
        QTest::newRow("promote --group -3")
            << QStringList { u"promote"_s, u"RECRUIT"_s, u"--group"_s, u"-3"_s } << group;
        QTest::newRow("bulk --group 12ab")
            << bulk + QStringList { u"--group"_s, u"12ab"_s } << group;
        QTest::newRow("history --user 12ab")
            << QStringList { u"history"_s, u"--user"_s, u"12ab"_s } << u"--user takes a user id"_s;
        // The guard-rail flags of a resume and of a single change are refused the same way when
        // mistyped (the resume runs a stored batch: with "no ceiling" it would send it).
        QTest::newRow("jobs resume --ceiling abc") << QStringList { u"jobs"_s, u"resume"_s,
            u"BATCH"_s, u"--ceiling"_s, u"abc"_s } << ceiling;
        QTest::newRow("promote --ceiling abc")
            << QStringList { u"promote"_s, u"RECRUIT"_s, u"--ceiling"_s, u"abc"_s } << ceiling;
    }
    void malformedNumbersAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const qint64 recruit = m_sim->memberWithRank(1);
        bool planted = false;
        for (QString &arg : args) {
            if (arg == u"RECRUIT")
                arg = QString::number(recruit);
            else if (arg == u"PROTECTED")
                arg = writeFile(u"protected-%1.txt"_s.arg(m_counter),
                    "# officers\n" + QByteArray::number(recruit) + "\nabc\n");
            else if (arg == u"BATCH") {
                // A stored batch, which would be sent if the flag were ignored.
                arg = plantBatch(plannedBatch(), m_sim->membersWithRank(1, 3), { 5 });
                planted = true;
            }
        }
        const Run run = cli(args, m_sim->ownerKey);
        qInfo().noquote() << args.join(u' ') << "-> exit" << run.exitCode << ":"
                          << run.err.trimmed().split(u'\n').value(0);
        QVERIFY2(requests().isEmpty(),
            qPrintable(u"%1 request(s) sent: %2"_s.arg(requests().size()).arg(run.text())));
        QCOMPARE(rankOf(recruit), 1);
        QVERIFY2(run.exitCode == int(CliRunner::Usage),
            qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.text())));
        QVERIFY2(run.err.contains(says), qPrintable(run.text()));
        if (planted)
            checkOneHistoryRowPerOutcome();
    }

    // The protected members and the ceiling saved for the group in the desktop bind the CLI, with
    // or without --profile; a flag can only tighten them.
    void savedGuardRailsApplyToTheCli_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("saved protected, no flags") << u"plain"_s;
        QTest::newRow("saved protected, --profile") << u"profile"_s;
    }
    void savedGuardRailsApplyToTheCli()
    {
        QFETCH(QString, how);
        QList<qint64> recruits;
        for (const QJsonValue &m : array(m_sim->state(), u"members"_s))
            if (m.toObject().value(u"rank"_s).toInt() == 1)
                recruits << m.toObject().value(u"userId"_s).toInteger();
        QVERIFY(recruits.size() > 10);
        const QList<qint64> guarded = recruits.mid(2, 4);
        GuardRailSettings::setProtectedUsers(
            m_sim->groupId(), QSet<qint64>(guarded.cbegin(), guarded.cend()));
        GuardRailSettings::setCeiling(m_sim->groupId(), 20); // Recruit -> Private (5) stays allowed

        const QStringList bulk { u"bulk"_s, u"promote"_s, u"--role"_s, u"Recruit"_s, u"--yes"_s,
            u"--rate-scale"_s, u"1000"_s };
        Run run;
        if (how == u"profile") {
            // Saved as the desktop saves it; the CLI finds the group and addresses by name only.
            ProfileStore store;
            for (const ConnectionProfile &p : store.profiles())
                if (p.name == u"Regiment")
                    store.remove(p.id);
            ConnectionProfile regiment = m_sim->profile();
            regiment.name = u"Regiment"_s;
            store.add(regiment);
            run = cliWithProfile(
                QStringList { u"--profile"_s, u"regiment"_s } + bulk, m_sim->ownerKey);
        } else {
            run = cli(bulk, m_sim->ownerKey);
        }
        qInfo().noquote() << how << "exit" << run.exitCode << ":"
                          << run.out.trimmed().split(u'\n').mid(0, 3).join(u" | ");
        QVERIFY2(run.exitCode == int(CliRunner::Ok), qPrintable(run.text()));

        QHash<qint64, int> sent;
        for (qint64 user : requestedUsers())
            ++sent[user];
        for (qint64 user : guarded) {
            QCOMPARE(sent.value(user), 0);
            QCOMPARE(rankOf(user), 1);
        }
        for (qint64 user : recruits) {
            if (guarded.contains(user))
                continue;
            QCOMPARE(sent.value(user), 1);
            QCOMPARE(rankOf(user), 5);
        }
        QCOMPARE(sent.size(), recruits.size() - guarded.size());
        QVERIFY2(run.out.contains(u"unchanged (%1)"_s.arg(guarded.size())), qPrintable(run.out));
        checkOneHistoryRowPerOutcome();
    }

    // The stricter ceiling wins, saved or given: Private -> Private First Class (rank 10) with a
    // ceiling of 10 on either side is refused whatever the other side says.
    void stricterCeilingWins_data()
    {
        QTest::addColumn<int>("saved");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<bool>("refused");
        QTest::newRow("saved 10, --ceiling 200") << 10 << u"200"_s << true;
        QTest::newRow("saved 200, --ceiling 10") << 200 << u"10"_s << true;
        QTest::newRow("saved 10, no flag") << 10 << QString() << true;
        QTest::newRow("saved 200, --ceiling 250 (control)") << 200 << u"250"_s << false;
    }
    void stricterCeilingWins()
    {
        QFETCH(int, saved);
        QFETCH(QString, flag);
        QFETCH(bool, refused);
        GuardRailSettings::setCeiling(m_sim->groupId(), saved);
        const QList<qint64> privates = m_sim->membersWithRank(5, 1000);
        QVERIFY(privates.size() > 10);
        QStringList args { u"bulk"_s, u"promote"_s, u"--role"_s, u"Private"_s, u"--yes"_s,
            u"--rate-scale"_s, u"1000"_s };
        if (!flag.isEmpty())
            args << u"--ceiling"_s << flag;
        const Run run = cli(args, m_sim->ownerKey);
        qInfo().noquote() << "saved" << saved << "flag" << flag << "-> exit" << run.exitCode
                          << "requests" << requests().size();
        QVERIFY2(run.exitCode == int(CliRunner::Ok), qPrintable(run.text()));
        QCOMPARE(requests().size(), refused ? 0 : privates.size());
        for (qint64 user : privates)
            QCOMPARE(rankOf(user), refused ? 5 : 10);
        checkOneHistoryRowPerOutcome();
    }

    // Two first starts on one empty database: migrations run under a lock, so both come up and
    // each schema step is recorded once.
    void twoFirstStartsOnOneDatabase_data() { TestDatabases::addBackendRows(); }
    void twoFirstStartsOnOneDatabase()
    {
        QFETCH(QString, backend);
        constexpr int Rounds = 4;
        for (int round = 0; round < Rounds; ++round) {
            QStringList where;
            const QString rawName = u"first-start-%1-%2"_s.arg(backend).arg(round);
            if (backend == u"postgres") {
                // A fresh, empty database (no schema) on the test server.
                {
                    std::optional<QSqlDatabase> raw = TestDatabases::openRaw(backend, rawName);
                    if (!raw)
                        return; // skipped or failed, reported
                    raw->close();
                }
                QSqlDatabase::removeDatabase(rawName);
                const PostgresSettings pg = TestDatabases::lastPostgres();
                where = QStringList { u"--pg"_s,
                    u"%1:%2/%3"_s.arg(pg.host).arg(pg.port).arg(pg.database), u"--pg-user"_s,
                    pg.user };
            } else {
                where = QStringList { u"--db"_s, m_dir.filePath(u"%1.sqlite"_s.arg(rawName)) };
            }
            // Both started before either is waited for: they reach the migrations together.
            QProcess first, second;
            for (QProcess *p : { &first, &second }) {
                p->setProcessEnvironment(environment({}));
                p->start(QStringLiteral(RANKDESK_CLI_PATH),
                    QStringList { u"jobs"_s, u"list"_s, u"--json"_s } + where);
            }
            for (QProcess *p : { &first, &second }) {
                QVERIFY(p->waitForFinished(60'000));
                const QString err = QString::fromUtf8(p->readAllStandardError());
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                    qPrintable(u"round %1: exit %2: %3"_s.arg(round).arg(p->exitCode()).arg(err)));
                QCOMPARE(QString::fromUtf8(p->readAllStandardOutput()).trimmed(), u"[]"_s);
            }
            // Reopened: every step 1..SchemaVersion once, nothing else.
            Result<Database> db = backend == u"postgres"
                ? Database::openPostgres(TestDatabases::lastPostgres(), rawName)
                : Database::openSqlite(where.at(1), rawName);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().userText()));
            {
                QSqlQuery steps(db.value().connection());
                QVERIFY(steps.exec(
                    u"SELECT version, COUNT(*) FROM schema_version GROUP BY version ORDER BY version"_s));
                int expected = 0;
                while (steps.next()) {
                    QCOMPARE(steps.value(0).toInt(), ++expected);
                    QCOMPARE(steps.value(1).toInt(), 1);
                }
                QCOMPARE(expected, Database::SchemaVersion);
            }
            db.value().close();
        }
    }
};

QTEST_GUILESS_MAIN(tst_ChangeGuards)
#include "tst_changeguards.moc"
