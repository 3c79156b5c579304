#pragma once

#include "CsvReader.h"
#include "ImportMapping.h"
#include "ImportRow.h"

#include <functional>
#include <memory>

class QFile;
class QIODevice;

// The first look at a file, for choosing the mapping.
struct ImportPreview
{
    CsvFormat format;
    QList<CsvRecord> records; // the first records, header included
    ImportMapping mapping;    // guessed
    int columnCount = 0;
    QString layoutKey;
};

// A whole file read through a mapping: the data rows reduced to their mapped cells.
struct ImportFile
{
    CsvFormat format;
    QList<ImportLine> lines;
    qint64 records = 0;       // every record read, header included
    qint64 bytes = 0;
    QString checksum;         // SHA-256 of the whole file
    qint64 fallbackLines = 0; // lines read as Windows-1252 in a UTF-8 file
    qint64 rowsNotKept = 0;   // rows past MaxRows: counted, reported, not kept
};

// Reads import files with CsvReader. Bounded memory: rows past MaxRows are counted (and reported
// as one invalid line naming them) but not kept, so a 1 GB file is streamed to its end for its
// checksum and counts without holding it.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    static constexpr qint64 MaxRows = 1'000'000;
    static constexpr int PreviewRecords = 200;

    // Called with bytes read and the file's size; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<ImportPreview> preview(QIODevice *device, std::optional<QChar> delimiter = std::nullopt);
    static Result<ImportFile> read(QIODevice *device, std::optional<QChar> delimiter, const ImportMapping &mapping,
                                   const Progress &progress = {});
    // The same for a path, with clear messages for missing or unreadable files.
    static Result<ImportPreview> previewFile(const QString &path, std::optional<QChar> delimiter = std::nullopt);
    static Result<ImportFile> readFile(const QString &path, std::optional<QChar> delimiter, const ImportMapping &mapping,
                                       const Progress &progress = {});
    static QString describeDelimiter(QChar delimiter);

private:
    static Result<std::unique_ptr<QFile>> open(const QString &path);
};
