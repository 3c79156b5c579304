// CSV import figures: a 100,000-row file parsed and validated against a 100,000-member roster
// (target < 2 s, < 200 MB), and a 1 GB file streamed with bounded memory (peak RSS).
// Run from a Release build:  tests/bench/bench_csv_import [--rows N] [--members N] [--big-mb N]
#include "exchange/CsvImport.h"
#include "exchange/ImportValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// Peak resident memory since the last reset (VmHWM), in MB.
long peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    return -1;
}

long currentRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    return -1;
}

// Linux: writing 5 to clear_refs resets VmHWM, so each phase reports its own peak.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

QList<Role> ladder()
{
    return { { 9001, QStringLiteral("Guest"), 0, -1 }, { 9002, QStringLiteral("Recruit"), 1, 0 },
        { 9003, QStringLiteral("Private"), 5, 0 },
        { 9004, QStringLiteral("Private First Class"), 10, 0 },
        { 9005, QStringLiteral("Corporal"), 20, 0 }, { 9006, QStringLiteral("Sergeant"), 30, 0 },
        { 9007, QStringLiteral("Staff Sergeant"), 40, 0 },
        { 9008, QStringLiteral("Lieutenant"), 60, 0 }, { 9009, QStringLiteral("Captain"), 80, 0 },
        { 9010, QStringLiteral("Owner"), 255, 0 } };
}

QByteArray rowFor(qint64 id, int kind, QRandomGenerator &random)
{
    static const char *targets[]
        = { "Corporal", "20", "promote", "+1", "Sergeant", "demote", "9006", "-1" };
    QByteArray member;
    switch (kind % 3) {
    case 0:
        member = QByteArray::number(id);
        break;
    case 1:
        member = "user_" + QByteArray::number(id);
        break;
    default:
        member = "https://www.roblox.com/users/" + QByteArray::number(id) + "/profile";
        break;
    }
    return member + ';' + targets[random.bounded(8)] + ";\"Monthly review; batch "
        + QByteArray::number(kind % 50) + "\"\r\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the file."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption membersOption(QStringLiteral("members"),
        QStringLiteral("Members in the roster."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption bigOption(QStringLiteral("big-mb"),
        QStringLiteral("Size of the streamed file in MB (0: skip)."), QStringLiteral("mb"),
        QStringLiteral("1024"));
    parser.addOptions({ rowsOption, membersOption, bigOption });
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int memberCount = parser.value(membersOption).toInt();
    const qint64 bigBytes = parser.value(bigOption).toLongLong() * 1024 * 1024;
    QTemporaryDir dir;
    QRandomGenerator random(42);
    QElapsedTimer timer;

    {
        // Roster: members spread over the assignable ladder.
        QList<Member> members;
        members.reserve(memberCount);
        for (int i = 0; i < memberCount; ++i)
            members.append(
                { 100000 + i, QStringLiteral("user_%1").arg(100000 + i), {}, 9002 + (i % 7), {} });

        // A 100k-row file as Excel exports it (BOM, semicolons, CRLF, quoted reasons); 2%
        // strangers.
        const QString path = dir.filePath(QStringLiteral("changes.csv"));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            file.write("\xEF\xBB\xBFUsername;Rank;Reason\r\n");
            for (int i = 0; i < rows; ++i) {
                const qint64 id = random.bounded(100) < 2 ? 900000000 + i
                                                          : 100000 + random.bounded(memberCount);
                file.write(rowFor(id, i, random));
            }
        }
        resetPeakRss();
        const long baseRss = currentRssMb();
        timer.start();
        const Result<ImportPreview> preview = CsvImport::previewFile(path);
        const Result<ImportFile> file
            = CsvImport::readFile(path, std::nullopt, preview.value().mapping);
        const qint64 parseMs = timer.elapsed();
        const ImportValidator validator(RankRules(ladder()), members, GuardRails {});
        ImportValidator lookedUp = validator;
        const auto [names, ids] = lookedUp.strangers(file.value().lines);
        lookedUp.addLookups(names, ids, {}); // strangers: as if the directory knew none of them
        const QList<ImportCheck> checks = lookedUp.validate(file.value().lines);
        const qint64 totalMs = timer.elapsed();
        const ImportSummary summary = ImportValidator::summarise(checks);
        std::printf("== %d rows against a %d-member roster ==\n", rows, memberCount);
        std::printf("file size:             %.1f MB\n", double(file.value().bytes) / 1048576.0);
        std::printf("parse:                 %lld ms\n", static_cast<long long>(parseMs));
        std::printf("validate:              %lld ms (%lld lookups prepared)\n",
            static_cast<long long>(totalMs - parseMs),
            static_cast<long long>(names.size() + ids.size()));
        std::printf("parse + validate:      %lld ms (target < 2000 ms: %.2f of the target)\n",
            static_cast<long long>(totalMs), double(totalMs) / 2000.0);
        std::printf("peak RSS:              %ld MB (%ld MB above the start; target < 200 MB)\n",
            peakRssMb(), peakRssMb() - baseRss);
        std::printf("rows: %d ready, %d no change, %d duplicate, %d conflict, %d invalid\n",
            summary.count(ImportCheck::Status::Ready), summary.count(ImportCheck::Status::NoChange),
            summary.count(ImportCheck::Status::Duplicate),
            summary.count(ImportCheck::Status::Conflict),
            summary.count(ImportCheck::Status::Invalid));
    }

    if (bigBytes <= 0)
        return 0;
    // A file of bigBytes, streamed: the reader alone, then the import with its row cap.
    const QString bigPath = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile big(bigPath);
        if (!big.open(QIODevice::WriteOnly))
            return 1;
        big.write("user,rank,reason\n");
        QByteArray block;
        for (int i = 0; block.size() < 4 * 1024 * 1024; ++i)
            block += rowFor(100000 + (i % memberCount), i, random).replace(';', ',');
        for (qint64 written = 0; written < bigBytes; written += block.size())
            big.write(block);
    }
    const double bigMb = double(QFileInfo(bigPath).size()) / 1048576.0;
    std::printf("== %.0f MB file, streamed ==\n", bigMb);
    resetPeakRss();
    timer.restart();
    {
        QFile big(bigPath);
        big.open(QIODevice::ReadOnly);
        CsvReader reader(&big);
        reader.detectFormat();
        CsvRecord record;
        qint64 records = 0;
        while (reader.readRecord(record))
            ++records;
        const qint64 ms = timer.elapsed();
        std::printf("reader:                %lld records in %lld ms (%.0f MB/s), peak RSS %ld MB\n",
            static_cast<long long>(records), static_cast<long long>(ms),
            bigMb * 1000.0 / double(std::max<qint64>(ms, 1)), peakRssMb());
    }
    resetPeakRss();
    timer.restart();
    ImportMapping mapping;
    mapping.userColumn = 0;
    mapping.targetColumn = 1;
    mapping.reasonColumn = 2;
    mapping.hasHeader = true;
    const Result<ImportFile> whole = CsvImport::readFile(bigPath, std::nullopt, mapping);
    const qint64 ms = timer.elapsed();
    std::printf("import read:           %lld ms, %lld rows kept, %lld counted past the cap, peak "
                "RSS %ld MB\n",
        static_cast<long long>(ms), static_cast<long long>(whole.value().lines.size()),
        static_cast<long long>(whole.value().rowsNotKept), peakRssMb());
    return 0;
}
