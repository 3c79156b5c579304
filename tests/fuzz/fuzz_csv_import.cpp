// libFuzzer target for the CSV reader and the row validator: any bytes, any delimiter override.
// Checks the reader's promises on top of "no crash, no sanitizer report": records come in file
// order with sane line numbers, a record is either cells or an error, and every row the mapping
// yields gets exactly one validation result.
#include "exchange/CsvImport.h"
#include "exchange/ImportValidator.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

namespace {

const QList<Role> &roles()
{
    static const QList<Role> list{{9001, QStringLiteral("Guest"), 0, -1}, {9002, QStringLiteral("Recruit"), 1, 0},
                                  {9003, QStringLiteral("Private"), 5, 0}, {9004, QStringLiteral("Sergeant"), 30, 0},
                                  {9005, QStringLiteral("Staff Sergeant"), 40, 0}, {9006, QStringLiteral("Owner"), 255, 0}};
    return list;
}

const QList<Member> &roster()
{
    static const QList<Member> list{{1001, QStringLiteral("alpha_one"), {}, 9003, {}}, {1002, QStringLiteral("bravo"), {}, 9004, {}},
                                    {156, QStringLiteral("builderman"), {}, 9006, {}}, {20, QStringLiteral("small_id"), {}, 9002, {}}};
    return list;
}

void check(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "invariant broken: %s\n", what);
        abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // First byte: delimiter override (or none); the rest is the file.
    static constexpr char16_t delimiters[] = {0, u',', u';', u'\t', u'|'};
    const char16_t chosen = delimiters[data[0] % 5];
    const std::optional<QChar> delimiter = chosen ? std::optional<QChar>(QChar(chosen)) : std::nullopt;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        if (reader.detectFormat()) {
            if (delimiter)
                reader.setDelimiter(*delimiter);
            CsvRecord record;
            qint64 previousEnd = 0;
            while (reader.readRecord(record)) {
                check(record.line > previousEnd, "records in file order");
                check(record.lastLine >= record.line, "a record ends after it starts");
                check(record.error.isEmpty() != record.cells.isEmpty() || (!record.error.isEmpty() && record.cells.isEmpty()),
                      "a record is cells or an error");
                check(record.cells.size() <= CsvReader::MaxCells, "bounded columns");
                previousEnd = record.lastLine;
            }
            check(reader.bytesRead() == bytes.size(), "the whole input is read");
            check(reader.peakPendingBytes() <= CsvReader::MaxBufferedBytes && reader.peakTextChars() <= CsvReader::MaxBufferedBytes,
                  "bounded buffers");
        }
    }

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<ImportPreview> preview = CsvImport::preview(&buffer, delimiter);
    if (!preview || !preview.value().mapping.isComplete())
        return 0;
    buffer.seek(0);
    const Result<ImportFile> file = CsvImport::read(&buffer, delimiter, preview.value().mapping);
    if (!file)
        return 0;
    GuardRails rails;
    rails.ceiling = 40;
    rails.protectedUsers = {1002};
    ImportValidator validator(RankRules(roles()), roster(), rails);
    const QList<ImportLine> &lines = file.value().lines;
    const ImportValidator::Strangers strangers = validator.strangers(lines);
    validator.addLookups(strangers.names, strangers.ids, {{5000, QStringLiteral("outsider"), {}}});
    const QList<ImportCheck> checks = validator.validate(lines);
    check(checks.size() == lines.size(), "one result per row");
    for (qsizetype i = 0; i < checks.size(); ++i) {
        check(checks[i].line == lines[i].line, "results keep the file's lines");
        check(checks[i].status != ImportCheck::Status::Ready || (checks[i].target.rank > 0 && checks[i].target.rank < 40),
              "ready rows respect the ceiling and never target Guest or Owner");
        check(!checks[i].message.isEmpty(), "every row says why");
    }
    ImportValidator::batchItems(checks);
    return 0;
}
