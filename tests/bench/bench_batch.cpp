// Benchmark: the bulk engine against the simulator at a scaled Open Cloud limit.
// Prints achieved write throughput as a ratio of the limit (target >= 0.95), the 429s received
// (target: none after the first window), peak memory, and the time to plan and store a
// 100,000-item batch.
#include "SimulatorHost.h"
#include "api/Connection.h"
#include "api/HttpTransport.h"
#include "jobs/BatchPlanner.h"
#include "jobs/BatchRunner.h"
#include "rank/RosterLoader.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

template<typename Sender, typename Signal>
void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&loop] { loop.quit(); });
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Batch size."), QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption scaleOption(QStringLiteral("rate-scale"), QStringLiteral("Open Cloud limits x this (10: 3,000 writes/min)."), QStringLiteral("x"), QStringLiteral("10"));
    const QCommandLineOption planOption(QStringLiteral("plan-items"), QStringLiteral("Size of the plan + persistence run."), QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({itemsOption, scaleOption, planOption});
    parser.addHelpOption();
    parser.process(app);
    const int items = parser.value(itemsOption).toInt();
    const double scale = parser.value(scaleOption).toDouble();

    QTemporaryDir dir;
    Result<Database> db = Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("bench"));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().userText()));
        return 1;
    }
    BatchStore batches(db.value());
    HistoryStore history(db.value());

    // 1. Throughput against the simulator.
    SimConfig config;
    config.members = int(items * 1.15) + 50;
    config.rateScale = scale;
    const QString key = QStringLiteral("bench-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    config.keys.append(SimKey{key, 255, true, true, false});
    SimulatorHost sim(config);
    if (!sim.start())
        return 1;
    ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.groupId = config.groupId;
    profile.setAllBaseUrls(sim.baseUrl());
    profile.rateScale = scale;
    QNetworkAccessManager nam;
    Connection connection(profile, key, &nam);

    RosterLoader loader(connection.reader());
    QList<Role> roles;
    QList<Member> members;
    QObject::connect(&loader, &RosterLoader::rolesLoaded, &app, [&roles](const QList<Role> &r) { roles = r; });
    QObject::connect(&loader, &RosterLoader::finished, &app, [&members](const QList<Member> &m) { members = m; });
    loader.start();
    waitFor(&loader, &RosterLoader::finished);
    BatchPlan plan = BatchPlanner::plan(RankRules(roles), members, RankAction::SetRank, QStringLiteral("Corporal"), {});
    plan.changes = plan.changes.mid(0, items);
    Batch batch;
    batch.profile = profile.name;
    batch.groupId = profile.groupId;
    batch.writer = QStringLiteral("opencloud");
    batch.action = QStringLiteral("set-rank");
    batch.target = QStringLiteral("Corporal");
    const QString id = batches.create(batch, BatchPlanner::items(plan)).value().id;

    BatchRunner runner(&connection, &batches, &history);
    QElapsedTimer clock;
    clock.start();
    // When each write landed (client side), to judge the pace window by window.
    QList<qint64> landed;
    QObject::connect(&history, &HistoryStore::recorded, &app, [&clock, &landed](const HistoryEntry &entry) {
        if (entry.outcome == HistoryEntry::Outcome::Done)
            landed.append(clock.elapsed());
    });
    // When each 429 came, relative to the start: the first window also holds the roster load's reads.
    int lateRateLimits = 0;
    QObject::connect(connection.transport(), &HttpTransport::rateLimited, &app, [&clock, &lateRateLimits] {
        if (clock.elapsed() > 60'000)
            ++lateRateLimits;
    });
    if (!runner.start(id))
        return 1;
    waitFor(&runner, &BatchRunner::finished);
    const double minutes = double(clock.elapsed()) / 60'000.0;
    const BatchCounts counts = batches.counts(id).value();
    const double limit = profile.writesPerMinute();
    const double achieved = counts.done / minutes;
    std::printf("batch:                 %d items, %d done, %d failed, %d skipped\n", counts.total, counts.done, counts.failed, counts.skipped);
    std::printf("elapsed:               %.1f s\n", minutes * 60);
    std::printf("write limit:           %.0f per minute (Open Cloud 300/min x %.0f)\n", limit, scale);
    // Providers count in fixed windows: the useful figures are how full the first minute was and
    // that no 60 s interval ever held more than the limit.
    const auto inFirstMinute = std::count_if(landed.cbegin(), landed.cend(), [](qint64 t) { return t < 60'000; });
    qsizetype busiest = 0;
    for (qsizetype i = 0, j = 0; i < landed.size(); ++i) {
        while (landed.at(i) - landed.at(j) >= 60'000)
            ++j;
        busiest = std::max(busiest, i - j + 1);
    }
    std::printf("first minute:          %lld writes, ratio %.3f of the limit (target >= 0.95)\n",
                static_cast<long long>(inFirstMinute), double(inFirstMinute) / limit);
    std::printf("busiest 60 s:          %lld writes (never above the limit of %.0f)\n", static_cast<long long>(busiest), limit);
    std::printf("overall:               %.0f writes per minute over %.1f s\n", achieved, minutes * 60);
    std::printf("429 responses waited:  %d in all, %d after the first minute (target: none after the first window)\n",
                runner.rateLimitWaits(), lateRateLimits);
    std::printf("peak RSS:              %ld MB\n", peakRssMb());

    // 2. Planning and storing a 100,000-item batch (no network).
    const int planItems = parser.value(planOption).toInt();
    QList<Member> many;
    many.reserve(planItems);
    for (int i = 0; i < planItems; ++i)
        many.append({10'000'000 + qint64(i), QStringLiteral("member%1").arg(i), {}, roles.at(1 + i % 5).id, {}});
    clock.restart();
    const BatchPlan bigPlan = BatchPlanner::plan(RankRules(roles), many, RankAction::Promote, QString(), {});
    const qint64 planMs = clock.elapsed();
    clock.restart();
    const auto stored = batches.create(batch, BatchPlanner::items(bigPlan));
    const qint64 storeMs = clock.elapsed();
    std::printf("plan %d items:      %lld ms; store them: %lld ms (%s)\n", planItems, static_cast<long long>(planMs),
                static_cast<long long>(storeMs), stored ? "ok" : qPrintable(stored.error().message));
    std::printf("peak RSS:              %ld MB\n", peakRssMb());
    return counts.done == counts.total && stored ? 0 : 1;
}
