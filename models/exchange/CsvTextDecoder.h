#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

// Bytes of a spreadsheet export to text, chunk by chunk. Encodings: UTF-8 with or without a BOM,
// UTF-16 LE/BE (with a BOM, or recognised by its zero bytes), and Windows-1252. Without a BOM
// every line is tried as UTF-8 first and read as Windows-1252 only when it is not valid UTF-8, so a
// file that mixes both (rows pasted from two sources) still reads right; such lines are counted.
//
// Lines end at LF or CR (so CRLF, LF and old Mac CR files alike). Bounded memory and linear time
// whatever the line ends: only the bytes after the last line end are held back, and a line that
// reaches MaxHeldLineBytes without its end (a file with no line end at all) is decoded in pieces of
// about that size, cut between characters; such a line is read as Windows-1252 from the piece
// where it first fails UTF-8 on, and counts once. So the held bytes stay under MaxHeldLineBytes
// plus one call's bytes, and one call's text under as many characters.
class CsvTextDecoder
{
public:
    // The reader's record cap (1 Mi characters): a longer line is cut by the reader anyway.
    static constexpr qsizetype MaxHeldLineBytes = 1024 * 1024;

    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    struct Detection
    {
        Encoding encoding = Encoding::Utf8;
        qsizetype bomLength = 0;
        bool binary = false; // NUL or control bytes that no text export contains
    };
    static Detection detect(QByteArrayView head);
    static QString encodingName(Encoding encoding);
    static QString fromWindows1252(QByteArrayView bytes);

    explicit CsvTextDecoder(Encoding encoding);
    // Appends the text of `bytes` to `out`. Bytes of an unfinished line (or character) are held
    // back until the next call; `last` flushes them.
    void decode(QByteArrayView bytes, bool last, QString &out);
    // Lines that were not valid UTF-8 and were read as Windows-1252.
    qint64 fallbackLines() const { return m_fallbackLines; }
    // Bytes held back now, and the most ever held (for tests and benchmarks of the bound).
    qsizetype pendingBytes() const { return m_pending.size(); }
    qsizetype peakPendingBytes() const { return m_peakPending; }

private:
    // How the line being decoded in pieces was read so far.
    enum class LongLine { None, Utf8, Windows1252 };

    void decodeLines(QByteArrayView bytes, QString &out);
    void decodeLongLinePiece(QString &out);
    void decodeLine(QByteArrayView line, QString &out);

    Encoding m_encoding;
    QStringDecoder m_utf16;
    QByteArray m_pending; // the start of an unfinished line: no CR or LF in it
    qsizetype m_peakPending = 0;
    LongLine m_longLine = LongLine::None;
    qint64 m_fallbackLines = 0;
};
