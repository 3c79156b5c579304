// rankdesk-cli as a user runs it: a real process against the simulator, checked by exit code,
// output and the simulator's state.
#include "TestDatabases.h"
#include "TestSupport.h"
#include "CliRunner.h"
#include "profiles/ProfileStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using namespace Qt::StringLiterals;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class tst_CliRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QTemporaryDir m_dir;

    Run cli(const QStringList &args, const QString &key, const QHash<QString, QString> &extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = isolatedEnvironment();
        env.insert(QStringLiteral("RANKDESK_API_KEY"), key);
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(QStringLiteral("RANKDESK_GROUP"), QString::number(m_sim->groupId()));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RANKDESK_CLI_PATH),
                      QStringList{QStringLiteral("--base-url"), m_sim->baseUrl().toString(), QStringLiteral("--db"),
                                  m_dir.filePath(QStringLiteral("history.sqlite"))} + args);
        if (!process.waitForFinished(60000))
            qFatal("rankdesk-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }
    QString username(qint64 userId) { return m_sim->memberState(userId).value(QStringLiteral("username")).toString(); }

private slots:
    // The CLI as a fresh user runs it: English, and settings (profiles, language) of the test's own.
    QProcessEnvironment isolatedEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        for (const QString &name : {u"RANKDESK_API_KEY"_s, u"RANKDESK_HYRA_KEY"_s, u"RANKDESK_SERIES_KEY"_s, u"RANKDESK_WESK_KEY"_s, u"RANKDESK_GROUP"_s})
            env.remove(name);
        return env;
    }
    Run cliWithProfile(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = isolatedEnvironment();
        env.insert(u"RANKDESK_API_KEY"_s, m_sim->ownerKey);
        env.insert(u"RANKDESK_SERIES_KEY"_s, m_sim->seriesKey);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RANKDESK_CLI_PATH), QStringList{u"--db"_s, m_dir.filePath(u"history.sqlite"_s)} + args);
        if (!process.waitForFinished(60000))
            qFatal("rankdesk-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    void initTestCase()
    {
        m_sim = std::make_unique<Sandbox>(2000);
        // This process writes the profiles where the CLI reads them.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        QCoreApplication::setOrganizationName(u"Rankdesk"_s);
        QCoreApplication::setApplicationName(u"rankdesk"_s);
    }

    // --profile takes the group, providers and base URLs of a profile saved in rankdesk; options
    // given as well override it; the Sandbox and unknown names are refused with the saved names.
    void savedProfile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("roles by name, any case") << QStringList{u"--profile"_s, u"army hr"_s, u"roles"_s} << 0 << u"High Command"_s;
        QTest::newRow("its writer's check") << QStringList{u"--profile"_s, u"Army HR"_s, u"check"_s} << 0 << u"Series.hr"_s;
        QTest::newRow("an option overrides it") << QStringList{u"--profile"_s, u"Army HR"_s, u"--group"_s, u"99999"_s, u"roles"_s} << 5 << QString();
        QTest::newRow("unknown profile") << QStringList{u"--profile"_s, u"Navy"_s, u"roles"_s} << 2 << u"saved: Army HR"_s;
        QTest::newRow("the sandbox") << QStringList{u"--profile"_s, u"Sandbox"_s, u"roles"_s} << 2 << u"rankdesk-sim"_s;
    }
    void savedProfile()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        {
            ProfileStore store;
            if (store.profiles().size() == 1) {
                ConnectionProfile army = m_sim->profile(ConnectionProfile::WriterKind::Series);
                army.name = u"Army HR"_s;
                store.add(army);
            }
        }
        const Run run = cliWithProfile(args);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        QVERIFY2((run.out + run.err).contains(says), qPrintable(run.out + run.err));
    }

    void roles()
    {
        const Run run = cli({QStringLiteral("roles")}, m_sim->ownerKey);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("High Command")));
        const Run json = cli({QStringLiteral("roles"), QStringLiteral("--json")}, m_sim->ownerKey);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), m_sim->state().value(QStringLiteral("roles")).toArray().size());
    }

    void membersWithFilter()
    {
        const QString name = username(m_sim->memberWithRank(80));
        const Run run = cli({QStringLiteral("members"), QStringLiteral("--filter"), name.toLower(), QStringLiteral("--json")}, m_sim->ownerKey);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value(QStringLiteral("username")).toString(), name);
        const Run all = cli({QStringLiteral("members"), QStringLiteral("--reader"), QStringLiteral("public"), QStringLiteral("--json")}, QString());
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 2000);
    }

    void promoteDemoteSetRank()
    {
        const qint64 user = m_sim->memberWithRank(1);
        Run run = cli({QStringLiteral("promote"), username(user), QStringLiteral("--reason"), QStringLiteral("event host")}, m_sim->ownerKey);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Recruit (rank 1) -> Private (rank 5)")), qPrintable(run.out));
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), 5);
        run = cli({QStringLiteral("set-rank"), QString::number(user), QStringLiteral("Captain"), QStringLiteral("--json")}, m_sim->ownerKey);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(answer.value(QStringLiteral("to")).toObject().value(QStringLiteral("rank")).toInt(), 80);
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), 80);
        run = cli({QStringLiteral("demote"), QString::number(user)}, m_sim->ownerKey);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), 60);

        const Run history = cli({QStringLiteral("history"), QStringLiteral("--user"), QString::number(user), QStringLiteral("--json")}, QString());
        QCOMPARE(history.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.last().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("event host"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("kind");
        const QString recruit = QStringLiteral("RANK1");
        QTest::newRow("wrong key") << QStringLiteral("wrong") << QStringList{QStringLiteral("promote"), recruit} << int(CliRunner::AuthFailed) << QStringLiteral("Invalid API Key") << QStringLiteral("auth");
        QTest::newRow("read-only key") << QStringLiteral("readonly") << QStringList{QStringLiteral("promote"), recruit} << int(CliRunner::AuthFailed) << QStringLiteral("group:write") << QStringLiteral("permission");
        QTest::newRow("non-member") << QStringLiteral("owner") << QStringList{QStringLiteral("promote"), QStringLiteral("OUTSIDER")} << int(CliRunner::NotFound) << QStringLiteral("not a member") << QStringLiteral("not-found");
        QTest::newRow("unknown user") << QStringLiteral("owner") << QStringList{QStringLiteral("demote"), QStringLiteral("NoSuchPlayer123")} << int(CliRunner::NotFound) << QStringLiteral("no Roblox user") << QStringLiteral("not-found");
        QTest::newRow("at the top") << QStringLiteral("owner") << QStringList{QStringLiteral("promote"), QStringLiteral("RANK254")} << int(CliRunner::Refused) << QStringLiteral("highest assignable") << QStringLiteral("invalid");
        QTest::newRow("at the bottom") << QStringLiteral("owner") << QStringList{QStringLiteral("demote"), recruit} << int(CliRunner::Refused) << QStringLiteral("lowest assignable") << QStringLiteral("invalid");
        QTest::newRow("set-rank 0") << QStringLiteral("owner") << QStringList{QStringLiteral("set-rank"), recruit, QStringLiteral("0")} << int(CliRunner::Refused) << QStringLiteral("Guest") << QStringLiteral("invalid");
        QTest::newRow("set-rank 255") << QStringLiteral("owner") << QStringList{QStringLiteral("set-rank"), recruit, QStringLiteral("255")} << int(CliRunner::Refused) << QStringLiteral("Owner role") << QStringLiteral("invalid");
        QTest::newRow("missing rank") << QStringLiteral("owner") << QStringList{QStringLiteral("set-rank"), recruit, QStringLiteral("42")} << int(CliRunner::NotFound) << QStringLiteral("no role with rank 42") << QStringLiteral("not-found");
        QTest::newRow("ambiguous name") << QStringLiteral("owner") << QStringList{QStringLiteral("set-rank"), recruit, QStringLiteral("staff")} << int(CliRunner::Refused) << QStringLiteral("several roles") << QStringLiteral("invalid");
        QTest::newRow("no key") << QString() << QStringList{QStringLiteral("roles")} << int(CliRunner::Usage) << QStringLiteral("RANKDESK_API_KEY") << QString();
        QTest::newRow("unknown command") << QStringLiteral("owner") << QStringList{QStringLiteral("fly")} << int(CliRunner::Usage) << QStringLiteral("unknown command") << QString();
    }
    void errors()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(QString, kind);
        for (QString &arg : args) {
            if (arg.startsWith(u"RANK"))
                arg = QString::number(m_sim->memberWithRank(arg.mid(4).toInt()));
            else if (arg == u"OUTSIDER")
                arg = QString::number(m_sim->outsiderUserId());
        }
        const QString secret = key.isEmpty() ? QString() : m_sim->key(key);
        const Run run = cli(args, secret);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.err));
        if (!secret.isEmpty())
            QVERIFY(!run.err.contains(secret) && !run.out.contains(secret));
        if (!kind.isEmpty()) {
            const Run json = cli(args + QStringList{QStringLiteral("--json")}, secret);
            QCOMPARE(json.exitCode, exitCode);
            const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
            QCOMPARE(answer.value(QStringLiteral("ok")).toBool(true), false);
            QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), kind);
            QVERIFY(!json.out.contains(secret));
        }
    }

    void hostedWriters_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("fromRank");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("landedRank");
        QTest::addColumn<QString>("message");
        QTest::newRow("hyra promote") << QStringLiteral("hyra") << QStringLiteral("hyra") << QStringList{QStringLiteral("promote")} << 1 << 0 << 5 << QString();
        QTest::newRow("series promote follows the workspace") << QStringLiteral("series") << QStringLiteral("series") << QStringList{QStringLiteral("promote")} << 5 << 0 << 20 << QString();
        QTest::newRow("series free plan") << QStringLiteral("series") << QStringLiteral("series-free") << QStringList{QStringLiteral("demote")} << 5 << int(CliRunner::AuthFailed) << -1 << QStringLiteral("Premium or Enterprise");
        QTest::newRow("series role not in workspace") << QStringLiteral("series") << QStringLiteral("series") << QStringList{QStringLiteral("set-rank"), QStringLiteral("USER"), QStringLiteral("10")} << 5 << int(CliRunner::NotFound) << -1 << QStringLiteral("not found in workspace");
        QTest::newRow("wesk demote on starter") << QStringLiteral("wesk") << QStringLiteral("wesk-starter") << QStringList{QStringLiteral("demote")} << 40 << int(CliRunner::AuthFailed) << -1 << QStringLiteral("Pro or Max");
        QTest::newRow("wesk demote on starter, composed") << QStringLiteral("wesk") << QStringLiteral("wesk-starter") << QStringList{QStringLiteral("demote"), QStringLiteral("--compose-demote")} << 40 << 0 << 30 << QString();
        QTest::newRow("wesk bad key") << QStringLiteral("wesk") << QStringLiteral("nope") << QStringList{QStringLiteral("promote")} << 1 << int(CliRunner::AuthFailed) << -1 << QStringLiteral("API key missing or invalid");
    }
    void hostedWriters()
    {
        QFETCH(QString, writer);
        QFETCH(QString, key);
        QFETCH(QStringList, args);
        QFETCH(int, fromRank);
        QFETCH(int, exitCode);
        QFETCH(int, landedRank);
        QFETCH(QString, message);
        const qint64 user = m_sim->memberWithRank(fromRank);
        if (args.size() == 1 || args.value(1).startsWith(u"--"))
            args.insert(1, QString::number(user));
        else
            args.replace(1, QString::number(user));
        const auto kind = ConnectionProfile::writerKindFromName(writer).value();
        args << QStringLiteral("--writer") << writer << QStringLiteral("--writer-url") << m_sim->writerUrl(kind).toString()
             << QStringLiteral("--json");
        const QString writerKey = m_sim->key(key);
        const QHash<QString, QString> env{{QStringLiteral("RANKDESK_%1_KEY").arg(writer.toUpper()), writerKey}};
        const Run run = cli(args, m_sim->ownerKey, env);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.out.contains(writerKey) && !run.err.contains(writerKey));
        const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
        if (exitCode == 0) {
            QCOMPARE(answer.value(QStringLiteral("to")).toObject().value(QStringLiteral("rank")).toInt(), landedRank);
            QCOMPARE(answer.value(QStringLiteral("writer")).toString(), writer);
            QCOMPARE(m_sim->rankViaOpenCloud(user), landedRank);
        } else {
            QVERIFY2(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("text")).toString().contains(message), qPrintable(run.out));
        }
        // Nothing the CLI stored or printed holds a key.
        const Run history = cli({QStringLiteral("history"), QStringLiteral("--json")}, QString());
        QVERIFY(!history.out.contains(writerKey) && !history.out.contains(m_sim->ownerKey));
    }

    void checkCommand()
    {
        const QHash<QString, QString> env{{QStringLiteral("RANKDESK_SERIES_KEY"), m_sim->seriesKey}};
        const QStringList writerArgs{QStringLiteral("--writer"), QStringLiteral("series"), QStringLiteral("--writer-url"),
                                     m_sim->writerUrl(ConnectionProfile::WriterKind::Series).toString()};
        Run run = cli(QStringList{QStringLiteral("check")} + writerArgs, m_sim->ownerKey, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("active")));
        run = cli(QStringList{QStringLiteral("check")} + writerArgs, m_sim->ownerKey, {{QStringLiteral("RANKDESK_SERIES_KEY"), QStringLiteral("stale-key")}});
        QCOMPARE(run.exitCode, int(CliRunner::AuthFailed));
        QVERIFY(run.err.contains(QStringLiteral("inactive or invalid")));
        QVERIFY(!run.err.contains(QStringLiteral("stale-key")));
    }

    void bulkSurvivesSigkill()
    {
        // A real rankdesk-cli process is killed mid-batch several times and resumed each time.
        Sandbox sim(1500, 20.0); // Open Cloud limits x20
        sim.control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("latencyMs"), 15}}); // the batch takes seconds
        const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        const QStringList common{QStringLiteral("--base-url"), sim.baseUrl().toString(), QStringLiteral("--group"),
                                 QString::number(sim.groupId()), QStringLiteral("--db"), db, QStringLiteral("--rate-scale"), QStringLiteral("20")};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RANKDESK_API_KEY"), sim.ownerKey);
        QHash<qint64, int> planned; // recruits -> Private (5)
        for (const QJsonValue &m : sim.state().value(QStringLiteral("members")).toArray())
            if (m.toObject().value(QStringLiteral("rank")).toInt() == 1)
                planned.insert(m.toObject().value(QStringLiteral("userId")).toInteger(), 5);
        const int writesBefore = sim.writeCount();
        auto runAndKill = [&](const QStringList &args, int killAfterMs, const QByteArray &after = {}) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(RANKDESK_CLI_PATH), args + common);
            QVERIFY(process.waitForStarted());
            if (!after.isEmpty()) { // count the delay from a line the CLI prints (slow under sanitizers)
                QByteArray out;
                while (!out.contains(after) && process.waitForReadyRead(60000))
                    out += process.readAllStandardOutput();
                QVERIFY2(out.contains(after), out.constData());
            }
            if (killAfterMs > 0) {
                QTest::qWait(killAfterMs); // a random point in the run: the crash is the test
                process.kill();            // SIGKILL
            }
            if (process.state() != QProcess::NotRunning)
                QVERIFY(process.waitForFinished(120000));
        };
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        runAndKill({QStringLiteral("bulk"), QStringLiteral("promote"), QStringLiteral("--role"), QStringLiteral("Recruit"), QStringLiteral("--yes")},
                   200 + int(rng.bounded(800)), "stored; sending.");
        const auto batchId = [&]() {
            QProcess list;
            list.setProcessEnvironment(env);
            list.start(QStringLiteral(RANKDESK_CLI_PATH), QStringList{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")} + common);
            list.waitForFinished(30000);
            return QJsonDocument::fromJson(list.readAllStandardOutput()).array().first().toObject();
        };
        QJsonObject batch = batchId();
        QCOMPARE(batch.value(QStringLiteral("state")).toString(), QStringLiteral("running")); // interrupted, resumable
        QVERIFY(batch.value(QStringLiteral("done")).toInt() < planned.size());
        const QString id = batch.value(QStringLiteral("id")).toString();
        for (int round = 0; round < 3; ++round)
            runAndKill({QStringLiteral("jobs"), QStringLiteral("resume"), id}, 300 + int(rng.bounded(1000)));
        runAndKill({QStringLiteral("jobs"), QStringLiteral("resume"), id}, 0); // to the end
        batch = batchId();
        QCOMPARE(batch.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
        QCOMPARE(batch.value(QStringLiteral("done")).toInt(), planned.size());
        // The simulator: final state equals the plan, and no member was written twice.
        for (const QJsonValue &m : sim.state().value(QStringLiteral("members")).toArray()) {
            const QJsonObject o = m.toObject();
            if (planned.contains(o.value(QStringLiteral("userId")).toInteger()))
                QCOMPARE(o.value(QStringLiteral("rank")).toInt(), 5);
        }
        QHash<qint64, int> writes;
        const QJsonArray log = sim.control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray();
        for (qsizetype i = writesBefore; i < log.size(); ++i)
            ++writes[log.at(i).toObject().value(QStringLiteral("userId")).toInteger()];
        QCOMPARE(writes.size(), planned.size());
        for (auto it = writes.cbegin(); it != writes.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void bulkNeedsYesWithoutATerminal()
    {
        const Run run = cli({QStringLiteral("bulk"), QStringLiteral("demote"), QStringLiteral("--role"), QStringLiteral("Private")}, m_sim->ownerKey);
        QCOMPARE(run.exitCode, int(CliRunner::Usage));
        QVERIFY(run.err.contains(QStringLiteral("--yes")));
    }

    void failedAttemptsAreInHistory()
    {
        const QString user = QString::number(m_sim->memberWithRank(254));
        cli({QStringLiteral("promote"), user}, m_sim->ownerKey);
        const Run history = cli({QStringLiteral("history"), QStringLiteral("--user"), user, QStringLiteral("--json")}, QString());
        const QJsonArray rows = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY(rows.first().toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("highest")));
    }

    // A spreadsheet export with good and bad rows: the dry run lists every refused row with its
    // line and changes nothing; --apply refuses while rows are invalid; --skip-invalid applies the
    // valid rows as one batch and the roster shows them.
    void importFromSpreadsheet()
    {
        const QList<qint64> recruits = m_sim->membersWithRank(1, 4);
        const qint64 outsider = m_sim->outsiderUserId();
        const qint64 conflicted = m_sim->membersWithRank(5, 1).first();
        QByteArray csv = "\xEF\xBB\xBFUsername;Rank;Reason\r\n";
        csv += username(recruits[0]).toUtf8() + ";Private;Passed basic training\r\n";
        csv += "https://www.roblox.com/users/" + QByteArray::number(recruits[1]) + "/profile;5;\r\n";
        csv += QByteArray::number(recruits[2]) + ";+2;\"Two ranks; well earned\"\r\n";
        csv += "no_such_user_zz;Private;\r\n";
        csv += QByteArray::number(outsider) + ";Private;\r\n";
        csv += QByteArray::number(recruits[3]) + ";Owner;\r\n";
        csv += QByteArray::number(conflicted) + ";Private First Class;\r\n";
        csv += QByteArray::number(conflicted) + ";Corporal;\r\n";
        csv += username(recruits[0]).toUtf8() + ";5;\r\n";
        const QString path = m_dir.filePath(u"promotions.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const int writesBefore = m_sim->writeCount();

        const QString plan = m_dir.filePath(u"plan.csv"_s);
        const Run dry = cli({u"import"_s, path, u"--export"_s, plan}, m_sim->ownerKey);
        QCOMPARE(dry.exitCode, int(CliRunner::Refused));
        QVERIFY2(dry.out.contains(u"UTF-8 with BOM, semicolon-separated, 9 data rows"_s), qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"No Roblox user is named \"no_such_user_zz\"."_s));
        QVERIFY(dry.out.contains(u"is not a member of the group."_s));
        QVERIFY(dry.out.contains(u"The Owner role (rank 255) cannot be assigned."_s));
        QVERIFY(dry.out.contains(u"line 9 asks for Corporal (rank 20)"_s));
        QVERIFY(dry.out.contains(u"Same change as line 2."_s));
        QVERIFY(dry.out.contains(u"3 ready, 0 no-change, 1 duplicate, 2 conflict, 3 invalid"_s));
        QCOMPARE(m_sim->writeCount(), writesBefore);
        QFile exported(plan);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray planText = exported.readAll();
        QVERIFY(planText.startsWith("\xEF\xBB\xBF" "line,member,user_id"));
        QCOMPARE(planText.count("\r\n"), 10);

        const Run json = cli({u"import"_s, path, u"--json"_s, u"--dry-run"_s}, m_sim->ownerKey);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report.value(u"counts"_s).toObject().value(u"ready"_s).toInt(), 3);
        QCOMPARE(report.value(u"rows"_s).toArray().size(), 9);
        QCOMPARE(report.value(u"sha256"_s).toString().size(), 64);

        const Run refused = cli({u"import"_s, path, u"--apply"_s}, m_sim->ownerKey);
        QCOMPARE(refused.exitCode, int(CliRunner::Refused));
        QVERIFY(refused.err.contains(u"--skip-invalid"_s));
        QCOMPARE(m_sim->writeCount(), writesBefore);

        const Run applied = cli({u"import"_s, path, u"--apply"_s, u"--skip-invalid"_s}, m_sim->ownerKey);
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
        QCOMPARE(m_sim->writeCount(), writesBefore + 3);
        QCOMPARE(m_sim->rankViaOpenCloud(recruits[0]), 5);
        QCOMPARE(m_sim->rankViaOpenCloud(recruits[1]), 5);
        QCOMPARE(m_sim->rankViaOpenCloud(recruits[2]), 10);
        QCOMPARE(m_sim->rankViaOpenCloud(recruits[3]), 1);
        QCOMPARE(m_sim->rankViaOpenCloud(conflicted), 5);

        // The history has each row's own action and reason; the batch remembers its file.
        const Run history = cli({u"history"_s, u"--user"_s, QString::number(recruits[2]), u"--json"_s}, QString());
        const QJsonObject row = QJsonDocument::fromJson(history.out.toUtf8()).array().first().toObject();
        QCOMPARE(row.value(u"source"_s).toString(), u"csv-import"_s);
        QCOMPARE(row.value(u"action"_s).toString(), u"promote"_s);
        QCOMPARE(row.value(u"reason"_s).toString(), u"Two ranks; well earned"_s);
        const Run jobs = cli({u"jobs"_s, u"list"_s, u"--json"_s}, QString());
        const QJsonObject batch = QJsonDocument::fromJson(jobs.out.toUtf8()).array().first().toObject();
        QCOMPARE(batch.value(u"sourceFile"_s).toString(), u"promotions.csv"_s);
        QCOMPARE(batch.value(u"sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));

        // Per-row results of the applied import.
        const QString results = m_dir.filePath(u"results.csv"_s);
        const Run exportRun = cli({u"jobs"_s, u"export"_s, batch.value(u"id"_s).toString(), results}, QString());
        QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
        QFile resultsFile(results);
        QVERIFY(resultsFile.open(QIODevice::ReadOnly));
        const QString resultsText = QString::fromUtf8(resultsFile.readAll());
        QVERIFY(resultsText.contains(u"4,"_s + QString::number(recruits[2])));
        QVERIFY2(resultsText.contains(u",promote,done,Recruit,Private First Class,"_s), qPrintable(resultsText));
    }

    void historyFiltersAndExport()
    {
        // The import above left three csv-import rows in this database.
        const Run imported = cli({u"history"_s, u"--source"_s, u"csv-import"_s, u"--json"_s}, QString());
        const QJsonArray rows = QJsonDocument::fromJson(imported.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        const QString name = rows.first().toObject().value(u"username"_s).toString();
        const Run byMember = cli({u"history"_s, u"--member"_s, name.mid(1, 4).toLower(), u"--source"_s, u"csv-import"_s, u"--json"_s}, QString());
        QVERIFY(!QJsonDocument::fromJson(byMember.out.toUtf8()).array().isEmpty());
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QString path = m_dir.filePath(u"history.json"_s);
        const Run exported = cli({u"history"_s, u"--source"_s, u"csv-import"_s, u"--action"_s, u"promote"_s, u"--outcome"_s, u"done"_s,
                                  u"--from"_s, today, u"--to"_s, today, u"--export"_s, path}, QString());
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(u"1 change written"_s), qPrintable(exported.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 1);
        const Run yesterday = cli({u"history"_s, u"--to"_s, QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate),
                                   u"--json"_s}, QString());
        QVERIFY(QJsonDocument::fromJson(yesterday.out.toUtf8()).array().isEmpty());
        QCOMPARE(cli({u"history"_s, u"--outcome"_s, u"maybe"_s}, QString()).exitCode, int(CliRunner::Usage));
        QCOMPARE(cli({u"history"_s, u"--from"_s, u"yesterday"_s}, QString()).exitCode, int(CliRunner::Usage));
    }

    // The same commands against a shared PostgreSQL history (the test command's own server).
    void historyOnPostgres()
    {
        std::optional<Database> fresh = TestDatabases::open(u"postgres"_s);
        if (!fresh)
            return;
        fresh->close();
        const PostgresSettings pg = TestDatabases::lastPostgres();
        const QStringList where{u"--pg"_s, u"%1:%2/%3"_s.arg(pg.host).arg(pg.port).arg(pg.database), u"--pg-user"_s, pg.user};
        const qint64 member = m_sim->memberWithRank(5);
        const Run promoted = cli(QStringList{u"promote"_s, QString::number(member)} + where, m_sim->ownerKey);
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
        const Run history = cli(QStringList{u"history"_s, u"--user"_s, QString::number(member), u"--json"_s} + where, QString());
        const QJsonArray rows = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(u"to"_s).toObject().value(u"rank"_s).toInt(), 10);
        const Run bad = cli({u"history"_s, u"--pg"_s, u"not a location"_s}, QString());
        QCOMPARE(bad.exitCode, int(CliRunner::Refused));
        QVERIFY(bad.err.contains(u"HOST[:PORT]/DATABASE"_s));
    }

    void auditImport()
    {
        const qint64 member = m_sim->memberWithRank(20);
        m_sim->control("POST", u"/_sim/members/%1/role"_s.arg(member), QJsonObject{{u"rank"_s, 30}});
        const Run run = cli({u"audit-import"_s, u"--json"_s}, m_sim->ownerKey);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(result.value(u"imported"_s).toInt() >= 1);
        const Run history = cli({u"history"_s, u"--source"_s, u"audit-log"_s, u"--user"_s, QString::number(member), u"--json"_s}, QString());
        const QJsonArray rows = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().toObject().value(u"actor"_s).toString().isEmpty());
        const Run refused = cli({u"audit-import"_s}, m_sim->readOnlyKey);
        QCOMPARE(refused.exitCode, int(CliRunner::AuthFailed));
        QVERIFY(refused.err.contains(u"legacy-group:manage"_s));
    }

    void importRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << int(CliRunner::Refused) << u"The file is empty."_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(CliRunner::Refused) << u"binary data"_s;
        QTest::newRow("no usable columns") << QByteArray("just one column\nanother\n") << int(CliRunner::Usage) << u"--map"_s;
    }
    void importRefusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(u"bad.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const Run run = cli({u"import"_s, path}, m_sim->ownerKey);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void help()
    {
        const Run run = cli({QStringLiteral("--help")}, QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Exit codes")));
    }
};

QTEST_GUILESS_MAIN(tst_CliRunner)
#include "tst_clirunner.moc"
