#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

// Bytes of a spreadsheet export to text, chunk by chunk. Encodings: UTF-8 with or without a BOM,
// UTF-16 LE/BE (with a BOM, or recognised by its zero bytes), and Windows-1252. Without a BOM
// every line is tried as UTF-8 first and read as Windows-1252 only when it is not valid UTF-8, so a
// file that mixes both (rows pasted from two sources) still reads right; such lines are counted.
class CsvTextDecoder
{
public:
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

private:
    void decodeLines(QByteArrayView bytes, QString &out);

    Encoding m_encoding;
    QStringDecoder m_utf16;
    QByteArray m_pending;
    qint64 m_fallbackLines = 0;
};
