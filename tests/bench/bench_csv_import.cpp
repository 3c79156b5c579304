// CSV import figures: a 100,000-row file parsed and validated against a 100,000-member roster
// (target < 2 s, < 200 MB), a 1 GB file streamed with bounded memory (peak RSS), and files of the
// same rows with LF, CRLF, CR and no line ends, each read in its own process (peak RSS, MB/s, and
// the time at a quarter of the size, so that linear time shows as a ratio of 4).
// Run from a Release build:
//   tests/bench/bench_csv_import [--rows N] [--members N] [--big-mb N] [--line-ends-mb N]
#include "exchange/CsvImport.h"
#include "exchange/ImportValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <map>

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

// One row without its line end.
QByteArray cellsFor(qint64 id, int kind, QRandomGenerator &random)
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
        + QByteArray::number(kind % 50) + '"';
}

QByteArray rowFor(qint64 id, int kind, QRandomGenerator &random)
{
    return cellsFor(id, kind, random) + "\r\n";
}

// The child of the line-ends mode: reads one file, the reader alone or the whole import, in a
// fresh process so that its peak RSS is its own. Prints "key=value" pairs for the parent.
int readOne(const QString &path, bool import)
{
    QElapsedTimer timer;
    timer.start();
    qint64 records = 0, kept = 0, errors = 0, held = 0, text = 0;
    if (import) {
        ImportMapping mapping;
        mapping.userColumn = 0;
        mapping.targetColumn = 1;
        mapping.reasonColumn = 2;
        mapping.hasHeader = true;
        const Result<ImportFile> file = CsvImport::readFile(path, std::nullopt, mapping);
        if (!file)
            return 1;
        records = file.value().records;
        kept = file.value().lines.size();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        CsvReader reader(&file);
        if (!reader.detectFormat())
            return 1;
        CsvRecord record;
        while (reader.readRecord(record)) {
            ++records;
            errors += !record.error.isEmpty();
        }
        held = reader.peakPendingBytes();
        text = reader.peakTextChars();
    }
    const qint64 ms = timer.elapsed();
    std::printf("records=%lld errors=%lld kept=%lld ms=%lld peak=%ld held=%lld text=%lld\n",
        static_cast<long long>(records), static_cast<long long>(errors), static_cast<long long>(kept),
        static_cast<long long>(ms), peakRssMb(), static_cast<long long>(held), static_cast<long long>(text));
    return 0;
}

std::map<QByteArray, qint64> runChild(const QString &path, bool import)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--read-file"), path, QStringLiteral("--read-mode"),
            import ? QStringLiteral("import") : QStringLiteral("reader") });
    child.waitForFinished(-1);
    std::map<QByteArray, qint64> values;
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "reading %s failed:\n%s\n", qPrintable(path), child.readAllStandardError().constData());
        return values;
    }
    for (const QByteArray &pair : child.readAllStandardOutput().trimmed().split(' ')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0)
            values[pair.first(eq)] = pair.mid(eq + 1).toLongLong();
    }
    return values;
}

// A file of about `bytes` with the rows ended by `lineEnd` (none: one endless line).
void writeLineEndsFile(const QString &path, qint64 bytes, const QByteArray &lineEnd, int memberCount)
{
    QRandomGenerator random(7);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray block = "user,rank,reason" + lineEnd;
    for (int i = 0; block.size() < 4 * 1024 * 1024; ++i)
        block += cellsFor(100000 + (i % memberCount), i, random).replace(';', ',') + lineEnd;
    for (qint64 written = 0; written < bytes; written += block.size())
        file.write(block.constData(), std::min<qint64>(block.size(), bytes - written));
}

// LF, CRLF, CR and no line ends side by side: each file read in its own process, at the full size
// and at a quarter of it (the time ratio is 4 when reading is linear).
bool lineEnds(qint64 megabytes, int memberCount, const QString &dir)
{
    bool ok = true;
    const qint64 full = megabytes * 1024 * 1024;
    const qint64 quarter = full / 4;
    std::printf("== line ends: %lld MB files, each read in its own process ==\n", static_cast<long long>(megabytes));
    std::printf("%-5s | %-44s | %-24s | %-20s | %s\n", "ends", "reader: records, time, MB/s, peak RSS",
        "held bytes / text chars", "import: time, peak RSS", "time ratio vs 1/4 size (linear: 4)");
    const std::pair<const char *, QByteArray> styles[]
        = { { "LF", "\n" }, { "CRLF", "\r\n" }, { "CR", "\r" }, { "none", "" } };
    for (const auto &[name, lineEnd] : styles) {
        const QString path = dir + QStringLiteral("/line-ends.csv");
        writeLineEndsFile(path, quarter, lineEnd, memberCount);
        const auto small = runChild(path, false);
        writeLineEndsFile(path, full, lineEnd, memberCount);
        const auto reader = runChild(path, false);
        const auto import = runChild(path, true);
        QFile::remove(path);
        if (reader.empty() || import.empty() || small.empty()) {
            std::printf("%-5s | failed\n", name);
            ok = false;
            continue;
        }
        const double mb = double(full) / 1048576.0;
        const qint64 ms = std::max<qint64>(reader.at("ms"), 1);
        char readerText[64], heldText[64], importText[64];
        std::snprintf(readerText, sizeof readerText, "%lld, %lld ms, %.0f MB/s, %lld MB",
            static_cast<long long>(reader.at("records")), static_cast<long long>(ms), mb * 1000.0 / double(ms),
            static_cast<long long>(reader.at("peak")));
        std::snprintf(heldText, sizeof heldText, "%lld B / %lld Ki", static_cast<long long>(reader.at("held")),
            static_cast<long long>(reader.at("text") / 1024));
        std::snprintf(importText, sizeof importText, "%lld ms, %lld MB", static_cast<long long>(import.at("ms")),
            static_cast<long long>(import.at("peak")));
        std::printf("%-5s | %-44s | %-24s | %-20s | %.1f (%lld ms at %lld MB)\n", name, readerText, heldText, importText,
            double(ms) / double(std::max<qint64>(small.at("ms"), 1)), static_cast<long long>(small.at("ms")),
            static_cast<long long>(megabytes / 4));
        std::fflush(stdout);
    }
    return ok;
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
    const QCommandLineOption lineEndsOption(QStringLiteral("line-ends-mb"),
        QStringLiteral("Size in MB of the LF, CRLF, CR and no-line-end files (0: skip; default "
                       "120, or --big-mb when smaller)."),
        QStringLiteral("mb"));
    QCommandLineOption readFileOption(QStringLiteral("read-file"),
        QStringLiteral("Internal: read one file and print its figures."), QStringLiteral("path"));
    QCommandLineOption readModeOption(QStringLiteral("read-mode"),
        QStringLiteral("Internal: reader or import."), QStringLiteral("mode"), QStringLiteral("reader"));
    readFileOption.setFlags(QCommandLineOption::HiddenFromHelp);
    readModeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ rowsOption, membersOption, bigOption, lineEndsOption, readFileOption, readModeOption });
    parser.process(app);
    if (parser.isSet(readFileOption))
        return readOne(parser.value(readFileOption), parser.value(readModeOption) == QStringLiteral("import"));
    const int rows = parser.value(rowsOption).toInt();
    const int memberCount = parser.value(membersOption).toInt();
    const qint64 bigBytes = parser.value(bigOption).toLongLong() * 1024 * 1024;
    const qint64 lineEndsMb = parser.isSet(lineEndsOption)
        ? parser.value(lineEndsOption).toLongLong()
        : std::min<qint64>(120, parser.value(bigOption).toLongLong());
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

    if (lineEndsMb > 0 && !lineEnds(lineEndsMb, memberCount, dir.path()))
        return 1;
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
