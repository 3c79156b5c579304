#include "CsvTextDecoder.h"

#include <QCoreApplication>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return allowTruncatedEnd; // a character cut by the sample's end
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

} // namespace

CsvTextDecoder::Detection CsvTextDecoder::detect(QByteArrayView head)
{
    Detection d;
    if (head.startsWith("\xEF\xBB\xBF")) {
        d.encoding = Encoding::Utf8Bom;
        d.bomLength = 3;
        return d;
    }
    if (head.startsWith("\xFF\xFE")) {
        d.encoding = Encoding::Utf16LE;
        d.bomLength = 2;
        return d;
    }
    if (head.startsWith("\xFE\xFF")) {
        d.encoding = Encoding::Utf16BE;
        d.bomLength = 2;
        return d;
    }
    // UTF-16 without a BOM: text in the Latin range has a zero in every other byte.
    qsizetype evenZeros = 0, oddZeros = 0, controls = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const auto c = static_cast<unsigned char>(head[i]);
        if (c == 0)
            ++(i % 2 ? oddZeros : evenZeros);
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C && c != 0x1A)
            ++controls;
    }
    const qsizetype pairs = head.size() / 2;
    if (pairs >= 2 && oddZeros > pairs * 6 / 10 && evenZeros < pairs / 10) {
        d.encoding = Encoding::Utf16LE;
        return d;
    }
    if (pairs >= 2 && evenZeros > pairs * 6 / 10 && oddZeros < pairs / 10) {
        d.encoding = Encoding::Utf16BE;
        return d;
    }
    if (evenZeros + oddZeros > 0 || controls > head.size() / 100) {
        d.binary = true;
        return d;
    }
    if (isValidUtf8(head, true))
        return d;
    // Not all UTF-8. If some line with non-ASCII text is UTF-8, the file mixes both (rows pasted
    // from two sources): call it UTF-8; the decoder reads the other lines as Windows-1252.
    qsizetype start = 0;
    while (start < head.size()) {
        qsizetype end = head.indexOf('\n', start);
        end = end < 0 ? head.size() : end + 1;
        const QByteArrayView line = head.sliced(start, end - start);
        const bool nonAscii = std::any_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        if (nonAscii && isValidUtf8(line, end == head.size()))
            return d;
        start = end;
    }
    d.encoding = Encoding::Windows1252;
    return d;
}

QString CsvTextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QCoreApplication::translate("CsvTextDecoder", "UTF-8");
    case Encoding::Utf8Bom: return QCoreApplication::translate("CsvTextDecoder", "UTF-8 with BOM");
    case Encoding::Utf16LE: return QCoreApplication::translate("CsvTextDecoder", "UTF-16 LE");
    case Encoding::Utf16BE: return QCoreApplication::translate("CsvTextDecoder", "UTF-16 BE");
    case Encoding::Windows1252: return QCoreApplication::translate("CsvTextDecoder", "Windows-1252");
    }
    return {};
}

QString CsvTextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        out[i] = c >= 0x80 && c < 0xA0 ? Cp1252High[c - 0x80] : char16_t(c);
    }
    return text;
}

CsvTextDecoder::CsvTextDecoder(Encoding encoding)
    : m_encoding(encoding)
    , m_utf16(encoding == Encoding::Utf16BE ? QStringConverter::Utf16BE : QStringConverter::Utf16LE)
{
}

void CsvTextDecoder::decode(QByteArrayView bytes, bool last, QString &out)
{
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        out += m_utf16.decode(bytes);
        return;
    }
    // Only whole lines are decoded, so a line's encoding is judged on the whole line.
    m_pending.append(bytes.data(), bytes.size());
    const qsizetype end = last ? m_pending.size() : m_pending.lastIndexOf('\n') + 1;
    if (end <= 0)
        return;
    decodeLines(QByteArrayView(m_pending).first(end), out);
    m_pending.remove(0, end);
}

void CsvTextDecoder::decodeLines(QByteArrayView bytes, QString &out)
{
    // Windows-1252 text is practically never valid UTF-8, so trying UTF-8 first costs nothing and
    // reads a file detected as Windows-1252 right even when some rows were pasted in as UTF-8.
    if (isValidUtf8(bytes, false)) {
        out += QString::fromUtf8(bytes);
        return;
    }
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArrayView line = bytes.sliced(start, end - start);
        if (isValidUtf8(line, false)) {
            out += QString::fromUtf8(line);
        } else {
            out += fromWindows1252(line);
            ++m_fallbackLines;
        }
        start = end;
    }
}
