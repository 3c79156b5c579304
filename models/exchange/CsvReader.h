#pragma once

#include "CsvTextDecoder.h"
#include "domain/Result.h"

#include <QCryptographicHash>
#include <QStringList>

class QIODevice;

struct CsvFormat
{
    CsvTextDecoder::Encoding encoding = CsvTextDecoder::Encoding::Utf8;
    QChar delimiter = u',';
};

// One record of a CSV file. `line` is the physical line it starts on (1-based); a record with a
// quoted multi-line cell ends on `lastLine`. A record that could not be read has `error` set and no
// cells: the lines it covers are named in the error, never dropped silently.
struct CsvRecord
{
    qint64 line = 0;
    qint64 lastLine = 0;
    QStringList cells;
    QString error;
};

// Streams records out of a CSV file as spreadsheets export them: RFC 4180 quoting (delimiters,
// doubled quotes and line breaks inside quotes), CRLF, LF or CR line ends, blank lines skipped,
// trailing empty cells dropped. Memory stays bounded and time linear whatever the input and its
// line ends (LF, CRLF, CR or none): a record longer than MaxRecordChars (a quote that never closes
// in a 1 GB file) is reported and skipped to the next line end, and neither the decoder's held
// bytes nor the decoded text waiting to be parsed exceed MaxBufferedBytes. The SHA-256 of every
// byte read is kept for the batch that remembers its source.
//
// Usage:
//   CsvReader reader(&file);
//   Result<CsvFormat> format = reader.detectFormat();   // encoding, delimiter (reads a sample)
//   reader.setDelimiter(u';');                           // optional manual override
//   CsvRecord record;
//   while (reader.readRecord(record)) { ... }
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype SampleBytes = 64 * 1024;
    static constexpr qsizetype ChunkBytes = 256 * 1024;
    static constexpr qsizetype MaxRecordChars = 1024 * 1024;
    static constexpr qsizetype MaxCells = 1024;
    // The cell cap plus one chunk: the bound on the bytes the decoder holds back (a line without
    // its end) and on the characters of decoded text waiting to be parsed.
    static constexpr qsizetype MaxBufferedBytes = MaxRecordChars + ChunkBytes;
    static_assert(CsvTextDecoder::MaxHeldLineBytes == MaxRecordChars);

    explicit CsvReader(QIODevice *device);

    // Reads the first SampleBytes: refuses empty and binary files, detects encoding and delimiter.
    Result<CsvFormat> detectFormat();
    void setDelimiter(QChar delimiter) { m_format.delimiter = delimiter; }
    const CsvFormat &format() const { return m_format; }

    // The next non-blank record; false at the end of the file.
    bool readRecord(CsvRecord &record);

    qint64 bytesRead() const { return m_bytesRead; }
    // Hex SHA-256 of the bytes read so far (of the whole file once readRecord returned false).
    QString checksum() const;
    qint64 fallbackLines() const { return m_decoder ? m_decoder->fallbackLines() : 0; }
    // The most bytes the decoder held back, and the most decoded characters waiting to be parsed
    // (both at most MaxBufferedBytes; for tests and benchmarks).
    qsizetype peakPendingBytes() const { return m_decoder ? m_decoder->peakPendingBytes() : 0; }
    qsizetype peakTextChars() const { return m_peakText; }

    // The delimiter that splits the sample's lines most consistently (comma, semicolon, tab, pipe).
    static QChar detectDelimiter(QStringView sample);

private:
    // Reads the first SampleBytes and sets up the decoder for their encoding.
    CsvTextDecoder::Detection readSample();
    bool fill();
    QChar peek(qsizetype offset);
    void skipToLineEnd(CsvRecord &record, qint64 startLine, const QString &why);

    QIODevice *m_device;
    CsvFormat m_format;
    std::optional<CsvTextDecoder> m_decoder;
    QByteArray m_sample; // read by detectFormat, decoded first
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qsizetype m_peakText = 0;
    bool m_eof = false;
    bool m_started = false;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};
