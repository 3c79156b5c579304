// Start-up to an interactive window with a 100,000-member cached roster (target < 1 s): the
// QApplication, the history database, the main window, and the cached roster in the members table,
// shown and painted. The live refresh then runs in the background against the simulator.
//   bench_startup [--members N]
#include "MainWindow.h"
#include "SimulatorHost.h"
#include "itemmodels/MembersModel.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"
#include "storage/RosterCache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    const qint64 appMs = sinceStart.elapsed();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Cached members."), QStringLiteral("n"),
                                           QStringLiteral("100000"));
    parser.addOption(membersOption);
    parser.process(app);
    const int members = parser.value(membersOption).toInt();

    // Not timed: a simulator for the refresh, and a database whose cache holds the roster.
    QTemporaryDir dir;
    SimConfig config;
    config.members = std::min(members, 2000);
    config.keys.append(SimKey{QStringLiteral("bench-key"), 255, true, true, false});
    SimulatorHost sim(config);
    if (!sim.start())
        return 1;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        Result<Database> db = Database::openSqlite(path, QStringLiteral("prepare"));
        QList<Role> roles{{1, QStringLiteral("Guest"), 0, -1}, {2, QStringLiteral("Recruit"), 1, 0}, {3, QStringLiteral("Private"), 5, 0},
                          {4, QStringLiteral("Corporal"), 20, 0}, {5, QStringLiteral("Owner"), 255, 1}};
        QList<Member> roster;
        roster.reserve(members);
        for (int i = 0; i < members; ++i)
            roster.append({1000000 + i, QStringLiteral("member_%1").arg(i), QStringLiteral("Member %1").arg(i), 2 + i % 3,
                           QDateTime::fromMSecsSinceEpoch(1600000000000LL + i * 1000LL, Qt::UTC)});
        RosterCache(db.value()).save(config.groupId, roles, roster, QDateTime::currentDateTimeUtc());
        db.value().close();
    }

    QElapsedTimer timer;
    timer.start();
    Result<Database> db = Database::openSqlite(path, QStringLiteral("history"));
    HistoryStore history(db.value());
    BatchStore batches(db.value());
    RosterCache cache(db.value());
    QNetworkAccessManager nam;
    MainWindow window(&nam, &history, nullptr, &batches);
    window.setRosterCache(&cache);
    const qint64 windowMs = timer.elapsed();
    ConnectionProfile profile;
    profile.name = QStringLiteral("Bench");
    profile.groupId = config.groupId;
    profile.setAllBaseUrls(sim.baseUrl());
    window.openProfile(profile, QStringLiteral("bench-key"));
    const qint64 cachedMs = timer.elapsed();
    window.show();
    QApplication::processEvents(); // the first paint
    window.repaint();
    const qint64 shownMs = timer.elapsed();
    const int rows = window.findChild<QTableView *>(QStringLiteral("membersView"))->model()->rowCount();

    std::printf("== start-up with a %d-member cached roster ==\n", members);
    std::printf("QApplication:                   %5lld ms\n", static_cast<long long>(appMs));
    std::printf("database + main window:         %5lld ms\n", static_cast<long long>(windowMs));
    std::printf("cached roster in the table:     %5lld ms  [%d rows]\n", static_cast<long long>(cachedMs - windowMs), rows);
    std::printf("shown and painted:              %5lld ms\n", static_cast<long long>(shownMs - cachedMs));
    const qint64 total = appMs + shownMs;
    std::printf("start-up to interactive window: %5lld ms  (target < 1000 ms: %.2f)\n", static_cast<long long>(total), double(total) / 1000.0);
    return rows == members ? 0 : 1;
}
