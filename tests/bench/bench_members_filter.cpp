// Benchmark: the members table (MembersModel + MembersViewModel) with a large roster.
// Prints load time, memory per member and filter-as-you-type time per keystroke, and the same
// keystrokes through Qt's stock QSortFilterProxyModel for comparison.
// Targets (issue 3): < 20 ms per keystroke, < 250 bytes per member, at 1,000,000 members.
#include "itemmodels/MembersModel.h"
#include "itemmodels/MembersViewModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cstdio>
#include <malloc.h>

namespace {

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

QList<Member> makeRoster(int count, const QList<Role> &roles)
{
    static const char *const parts[] = {"blox", "nova", "pixel", "shadow", "frost", "crimson", "zen", "turbo", "echo",
                                        "lunar", "storm", "ember", "vex", "kai", "rift", "sol", "byte", "jade"};
    static const char *const given[] = {"Alex", "Sam", "Jordan", "Zoë", "Mateo", "Ana", "Kenji", "Noah", "Léa"};
    QRandomGenerator rng(42);
    QList<Member> members;
    members.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString name;
        for (int p = 0; p < 2 + int(rng.bounded(2)); ++p) {
            QString part = QString::fromLatin1(parts[rng.bounded(int(std::size(parts)))]);
            part[0] = part[0].toUpper();
            name += part;
        }
        name += QString::number(rng.bounded(100000));
        members.append({1'000'000 + qint64(i) * 37, name,
                        QStringLiteral("%1 %2").arg(QString::fromUtf8(given[rng.bounded(int(std::size(given)))]), name.left(5)),
                        roles.at(1 + int(rng.bounded(int(roles.size()) - 2))).id,
                        QDateTime::fromSecsSinceEpoch(1'546'300'800 + qint64(rng.bounded(250'000'000)), Qt::UTC)});
    }
    return members;
}

struct Timing
{
    double maxMs = 0;
    double meanMs = 0;
    QString slowest;
};

template<typename Apply>
Timing typeKeystrokes(const QStringList &keystrokes, Apply apply)
{
    Timing timing;
    for (const QString &text : keystrokes) {
        QElapsedTimer clock;
        clock.start();
        apply(text);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (ms > timing.maxMs) {
            timing.maxMs = ms;
            timing.slowest = text;
        }
        timing.meanMs += ms / double(keystrokes.size());
    }
    return timing;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Roster size."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption stockOption(QStringLiteral("stock-keystrokes"), QStringLiteral("Keystrokes to time through QSortFilterProxyModel (0 = skip)."), QStringLiteral("n"), QStringLiteral("4"));
    parser.addOptions({membersOption, stockOption});
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(membersOption).toInt();

    const QList<Role> roles{{1, QStringLiteral("Guest"), 0, -1},        {2, QStringLiteral("Recruit"), 1, 0},
                            {3, QStringLiteral("Private"), 5, 0},        {4, QStringLiteral("Corporal"), 20, 0},
                            {5, QStringLiteral("Sergeant"), 30, 0},      {6, QStringLiteral("Staff Sergeant"), 40, 0},
                            {7, QStringLiteral("Lieutenant"), 60, 0},    {8, QStringLiteral("Captain"), 80, 0},
                            {9, QStringLiteral("High Command"), 254, 0}, {10, QStringLiteral("Owner"), 255, 1}};
    QList<Member> roster = makeRoster(count, roles);

    const size_t before = heapInUse();
    QElapsedTimer clock;
    clock.start();
    MembersModel model;
    model.setRoster(roles, roster);
    MembersViewModel view;
    view.setMembersModel(&model);
    view.sort(MembersModel::RankColumn, Qt::DescendingOrder);
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;
    const size_t after = heapInUse();
    const double bytesPerMember = double(after - before) / count;
    roster.clear();
    roster.squeeze();

    // A person typing a name, a typo fixed with backspace, and clearing the field.
    const QStringList typing{QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("nov"), QStringLiteral("nova"),
                             QStringLiteral("novaf"), QStringLiteral("novafr"), QStringLiteral("novafro"),
                             QStringLiteral("novafrx"), QStringLiteral("novafr"), QStringLiteral("novafro"),
                             QStringLiteral("novafros"), QStringLiteral("novafrost"), QStringLiteral("novafrost1"),
                             QStringLiteral("k"), QStringLiteral("ke"), QStringLiteral("kenji"), QString()};
    const Timing ours = typeKeystrokes(typing, [&view](const QString &text) { view.setFilterText(text); });
    // The worst case: every keystroke a full scan (no narrowing possible).
    const QStringList unrelated{QStringLiteral("zen"), QStringLiteral("byte"), QStringLiteral("léa"), QStringLiteral("1337"), QStringLiteral("qq")};
    const Timing fullScans = typeKeystrokes(unrelated, [&view](const QString &text) {
        view.setFilterText(QString());
        view.setFilterText(text);
    });
    clock.restart();
    view.sort(MembersModel::UsernameColumn, Qt::AscendingOrder);
    const double sortMs = double(clock.nsecsElapsed()) / 1e6;

    std::printf("members:                    %d\n", count);
    std::printf("load (model + view + sort): %.1f ms\n", loadMs);
    std::printf("memory per member:          %.0f bytes (target < 250)\n", bytesPerMember);
    std::printf("filter per keystroke:       max %.2f ms (\"%s\"), mean %.2f ms over %lld keystrokes (target < 20 ms)\n",
                ours.maxMs, qPrintable(ours.slowest), ours.meanMs, static_cast<long long>(typing.size()));
    std::printf("full scan per keystroke:    max %.2f ms, mean %.2f ms\n", fullScans.maxMs, fullScans.meanMs);
    std::printf("sort by username:           %.1f ms\n", sortMs);

    const int stockKeystrokes = std::min(int(typing.size()), parser.value(stockOption).toInt());
    if (stockKeystrokes > 0) {
        QSortFilterProxyModel stock;
        stock.setSourceModel(&model);
        stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
        stock.setFilterKeyColumn(-1);
        const Timing theirs = typeKeystrokes(typing.mid(0, stockKeystrokes),
                                             [&stock](const QString &text) { stock.setFilterFixedString(text); });
        std::printf("QSortFilterProxyModel:      mean %.1f ms per keystroke over %d keystrokes\n", theirs.meanMs, stockKeystrokes);
        std::printf("speed-up (mean, same keystrokes): %.0fx\n",
                    theirs.meanMs / std::max(0.001, typeKeystrokes(typing.mid(0, stockKeystrokes), [&view](const QString &text) {
                                                         view.setFilterText(text);
                                                     }).meanMs));
    }
    return 0;
}
