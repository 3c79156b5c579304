#include "CsvImport.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

using Kind = ApiError::Kind;

namespace {


Result<CsvFormat> start(CsvReader &reader, std::optional<QChar> delimiter)
{
    const Result<CsvFormat> format = reader.detectFormat();
    if (format && delimiter)
        reader.setDelimiter(*delimiter);
    return format ? Result<CsvFormat>(reader.format()) : format;
}

QString cellAt(const QStringList &cells, int column)
{
    return column >= 0 && column < cells.size() ? cells[column] : QString();
}

// One shared copy per distinct value, up to a bound (unique values gain nothing from sharing).
QString interned(QSet<QString> &pool, const QString &value)
{
    constexpr qsizetype MaxPool = 4096;
    if (const auto it = pool.constFind(value); it != pool.cend())
        return *it;
    if (pool.size() < MaxPool)
        pool.insert(value);
    return value;
}

} // namespace

Result<std::unique_ptr<QFile>> CsvImport::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!QFileInfo(path).isFile())
        return ApiError::local(Kind::NotFound, QStringLiteral("rankdesk.csv-missing"), tr("There is no file %1.").arg(path));
    if (!file->open(QIODevice::ReadOnly))
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.csv-unreadable"),
                               tr("Cannot read %1: %2").arg(path, file->errorString()));
    return file;
}

Result<ImportPreview> CsvImport::preview(QIODevice *device, std::optional<QChar> delimiter)
{
    CsvReader reader(device);
    const Result<CsvFormat> format = start(reader, delimiter);
    if (!format)
        return format.error();
    ImportPreview result;
    result.format = format.value();
    CsvRecord record;
    while (result.records.size() < PreviewRecords && reader.readRecord(record)) {
        result.columnCount = std::max(result.columnCount, int(record.cells.size()));
        result.records.append(record);
    }
    QList<QStringList> cells;
    for (const CsvRecord &r : result.records)
        if (r.error.isEmpty())
            cells.append(r.cells);
    if (cells.isEmpty())
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.csv-empty"),
                               result.records.isEmpty() ? tr("The file has no rows.")
                                                        : tr("No row of the file could be read: %1").arg(result.records.first().error));
    result.mapping = ImportMapping::guess(cells);
    result.layoutKey = ImportMapping::layoutKey(cells.first(), result.mapping.hasHeader, result.columnCount);
    return result;
}

Result<ImportFile> CsvImport::read(QIODevice *device, std::optional<QChar> delimiter, const ImportMapping &mapping, const Progress &progress)
{
    if (!mapping.isComplete())
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.csv-mapping"),
                               tr("Choose the column with the members and the column with the targets."));
    CsvReader reader(device);
    const Result<CsvFormat> format = start(reader, delimiter);
    if (!format)
        return format.error();
    ImportFile file;
    file.format = format.value();
    const qint64 total = device->size();
    QSet<QString> targets, reasons;
    CsvRecord record;
    bool first = true;
    qint64 firstLineNotKept = 0, lastLineNotKept = 0;
    while (reader.readRecord(record)) {
        ++file.records;
        if (progress && (file.records & 0x3FF) == 0 && !progress(reader.bytesRead(), total))
            return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.cancelled"), tr("The import was cancelled."));
        const bool header = first && mapping.hasHeader && record.error.isEmpty();
        first = false;
        if (header)
            continue;
        if (file.lines.size() >= MaxRows) {
            if (file.rowsNotKept++ == 0)
                firstLineNotKept = record.line;
            lastLineNotKept = record.lastLine;
            continue;
        }
        ImportLine line;
        line.line = record.line;
        line.error = record.error;
        line.user = cellAt(record.cells, mapping.userColumn);
        // Targets and reasons repeat ("Sergeant", "Monthly review"): share one copy of each.
        line.target = interned(targets, cellAt(record.cells, mapping.targetColumn));
        line.reason = interned(reasons, cellAt(record.cells, mapping.reasonColumn));
        file.lines.append(std::move(line));
    }
    if (file.rowsNotKept > 0) {
        ImportLine notKept;
        notKept.line = firstLineNotKept;
        notKept.error = tr("Lines %1–%2 (%3 rows) were not read: one import takes at most %4 rows. Split the file.")
                            .arg(firstLineNotKept).arg(lastLineNotKept).arg(file.rowsNotKept).arg(MaxRows);
        file.lines.append(notKept);
    }
    if (progress)
        progress(reader.bytesRead(), total);
    file.bytes = reader.bytesRead();
    file.checksum = reader.checksum();
    file.fallbackLines = reader.fallbackLines();
    return file;
}

Result<ImportPreview> CsvImport::previewFile(const QString &path, std::optional<QChar> delimiter)
{
    auto file = open(path);
    if (!file)
        return file.error();
    return preview(file.value().get(), delimiter);
}

Result<ImportFile> CsvImport::readFile(const QString &path, std::optional<QChar> delimiter, const ImportMapping &mapping, const Progress &progress)
{
    auto file = open(path);
    if (!file)
        return file.error();
    return read(file.value().get(), delimiter, mapping, progress);
}

QString CsvImport::describeDelimiter(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return tr("comma");
    case u';': return tr("semicolon");
    case u'\t': return tr("tab");
    case u'|': return tr("pipe");
    }
    return QString(delimiter);
}
