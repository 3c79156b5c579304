// History figures with 1,000,000 rows, on SQLite and on PostgreSQL: the browser's first page, a
// query by member id and by batch, a partial-name member filter, export of every row, and the
// insert rate a bulk job needs. Rows are generated inside the database (a recursive CTE in
// SQLite, generate_series in PostgreSQL): this measures reading, not loading.
//   bench_history [--rows N] [--pg HOST:PORT/DB --pg-user USER]
#include "exchange/HistoryExport.h"
#include "storage/HistoryStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// Median of several runs, in milliseconds.
template<typename F>
double medianMs(F &&f, int runs = 7)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[runs / 2];
}

bool fill(const Database &db, qint64 rows)
{
    // 1M rows over 200 days, 50,000 members (username "member<id>"), a batch every 5,000 rows.
    const QString select = QStringLiteral(
        "SELECT 1700000000000 + n * 17280, 'Bench', 7, 1000000 + (n * 7919) % 50000, 'member' || ((n * 7919) % 50000),"
        " CASE n % 3 WHEN 0 THEN 'promote' WHEN 1 THEN 'demote' ELSE 'set-rank' END,"
        " 11, 'Recruit', 1, 12, 'Private', 5, 'opencloud', CASE WHEN n % 50 = 0 THEN 'failed' ELSE 'done' END, '', '',"
        " CASE WHEN n % 4 = 0 THEN 'single' ELSE 'bulk' END, CASE WHEN n % 4 = 0 THEN '' ELSE 'batch-' || (n / 5000) END");
    const QString columns = QStringLiteral(
        "INSERT INTO rank_history (created_ms, profile, group_id, user_id, username, action, prev_role_id, prev_role_name, prev_rank,"
        " new_role_id, new_role_name, new_rank, backend, outcome, error, reason, source, batch_id) ");
    const QString sql = db.dialect() == Database::Dialect::Postgres
        ? columns + select + QStringLiteral(" FROM generate_series(1::bigint, %1) AS n").arg(rows)
        : columns + QStringLiteral("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < %1) ").arg(rows) + select
              + QStringLiteral(" FROM seq");
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        std::fprintf(stderr, "fill failed: %s\n", qPrintable(query.lastError().text()));
        return false;
    }
    // Rows written behind HistoryStore's back: list their members for the name filter, as the
    // schema migration does for an old database.
    if (!query.exec(QStringLiteral("INSERT INTO history_members (group_id, user_id, username)"
                                   " SELECT group_id, user_id, MAX(username) FROM rank_history GROUP BY group_id, user_id"))) {
        std::fprintf(stderr, "fill failed: %s\n", qPrintable(query.lastError().text()));
        return false;
    }
    if (db.dialect() == Database::Dialect::Postgres)
        query.exec(QStringLiteral("ANALYZE"));
    else
        query.exec(QStringLiteral("ANALYZE"));
    return true;
}

void run(const char *name, const Database &db, qint64 rows)
{
    QElapsedTimer timer;
    timer.start();
    if (!fill(db, rows))
        return;
    std::printf("== %s: %lld rows (generated in %.1f s) ==\n", name, static_cast<long long>(rows), double(timer.elapsed()) / 1000.0);
    HistoryStore store(db);
    HistoryStore::Filter group;
    group.groupId = 7;
    int n = 0;
    const double firstPage = medianMs([&] { n = int(store.page(group, std::nullopt, 200).value().size()); });
    std::printf("first page (200 rows):          %7.2f ms  (target < 5 ms: %.2f)  [%d rows]\n", firstPage, firstPage / 5.0, n);
    HistoryStore::Filter member = group;
    member.userId = 1012345;
    const double byMember = medianMs([&] { n = int(store.page(member, std::nullopt, 200).value().size()); });
    std::printf("by member id:                   %7.2f ms  (target < 5 ms: %.2f)  [%d rows]\n", byMember, byMember / 5.0, n);
    HistoryStore::Filter batch = group;
    batch.batchId = QStringLiteral("batch-77");
    const double byBatch = medianMs([&] { n = int(store.page(batch, std::nullopt, 200).value().size()); });
    std::printf("by batch:                       %7.2f ms  (target < 5 ms: %.2f)  [%d rows]\n", byBatch, byBatch / 5.0, n);
    HistoryStore::Filter partial = group;
    partial.member = QStringLiteral("ER4242"); // any case, inside the name: member4242x
    const double byName = medianMs([&] { n = int(store.page(partial, std::nullopt, 200).value().size()); });
    std::printf("partial name filter:            %7.2f ms  (target < 30 ms: %.2f)  [%d rows]\n", byName, byName / 30.0, n);
    const double deepPage = medianMs([&] {
        std::optional<HistoryStore::PageKey> after;
        for (int pages = 0; pages < 50; ++pages) {
            const QList<HistoryEntry> page = store.page(group, after, 200).value();
            after = HistoryStore::PageKey{page.last().time.toMSecsSinceEpoch(), page.last().id};
        }
    }, 3);
    std::printf("scroll 50 pages (10,000 rows):  %7.2f ms  (%.2f ms a page)\n", deepPage, deepPage / 50.0);
    timer.restart();
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    const qint64 exported = HistoryExport::writeCsv(store, group, &sink).value();
    const double exportS = double(timer.elapsed()) / 1000.0;
    std::printf("export CSV, all rows:           %7.2f s   (target < 4 s: %.2f)  [%lld rows, %.0f MB]\n", exportS, exportS / 4.0,
                static_cast<long long>(exported), double(sink.size()) / 1048576.0);
    // Inserts one at a time, as a bulk job records its items.
    HistoryEntry e;
    e.profile = QStringLiteral("Bench");
    e.groupId = 7;
    e.username = QStringLiteral("inserted");
    e.action = QStringLiteral("promote");
    e.backend = QStringLiteral("opencloud");
    e.outcome = HistoryEntry::Outcome::Done;
    e.source = QStringLiteral("bulk");
    timer.restart();
    const int inserts = 2000;
    for (int i = 0; i < inserts; ++i) {
        e.userId = 5000000 + i;
        e.time = QDateTime();
        store.record(e);
    }
    const double perSecond = inserts * 1000.0 / double(std::max<qint64>(timer.elapsed(), 1));
    // The fastest documented writer: Series.hr, 50 writes a second (Open Cloud allows 5).
    std::printf("insert rate (one at a time):    %7.0f rows/s (%.0fx the 50 writes/s of the fastest writer, Series.hr)\n", perSecond,
                perSecond / 50.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("History rows."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption pgOption(QStringLiteral("pg"), QStringLiteral("Also PostgreSQL: HOST:PORT/DATABASE (an empty database)."), QStringLiteral("location"));
    const QCommandLineOption pgUser(QStringLiteral("pg-user"), QStringLiteral("PostgreSQL user."), QStringLiteral("user"));
    parser.addOptions({rowsOption, pgOption, pgUser});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();

    QTemporaryDir dir;
    {
        const Result<Database> sqlite = Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("sqlite"));
        if (!sqlite)
            return 1;
        run("SQLite", sqlite.value(), rows);
    }
    if (parser.isSet(pgOption)) {
        const Result<Database> pg = Database::openConfigured(parser.value(pgOption), parser.value(pgUser), {}, QStringLiteral("pg"));
        if (!pg) {
            std::fprintf(stderr, "%s\n", qPrintable(pg.error().message));
            return 1;
        }
        run("PostgreSQL", pg.value(), rows);
    }
    return 0;
}
