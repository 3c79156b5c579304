#include "CsvTextDecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

// The index just past the first CR or LF at or after `from`, or the size when there is none.
qsizetype lineEndAfter(QByteArrayView bytes, qsizetype from)
{
    const char *begin = bytes.data();
    const char *end = begin + bytes.size();
    const char *found = std::find_if(begin + from, end, isLineEnd);
    return found == end ? bytes.size() : found - begin + 1;
}

// The index just past the last CR or LF, or 0 when there is none.
qsizetype lastLineEnd(QByteArrayView bytes)
{
    for (qsizetype i = bytes.size(); i > 0; --i)
        if (isLineEnd(bytes[i - 1]))
            return i;
    return 0;
}

bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII, the bulk of any CSV, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
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

// Bytes at the end of valid UTF-8 that start a character the bytes do not finish (0 to 3).
qsizetype truncatedUtf8Tail(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, bytes.size()); ++back) {
        const auto c = static_cast<unsigned char>(bytes[bytes.size() - back]);
        if (c < 0x80)
            return 0;
        if (c >= 0xC0) {
            const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            return back < length ? back : 0;
        }
    }
    return 0;
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
        const qsizetype end = lineEndAfter(head, start);
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
    // Only whole lines are decoded, so a line's encoding is judged on the whole line. The held
    // bytes have no line end, so only the new ones are searched: linear time.
    if (const qsizetype cut = lastLineEnd(bytes); cut > 0) {
        qsizetype from = 0;
        if (!m_pending.isEmpty()) { // the held line, finished by the new bytes' first line end
            from = lineEndAfter(bytes, 0);
            m_pending.append(bytes.first(from));
            m_peakPending = std::max(m_peakPending, m_pending.size());
            decodeLines(m_pending, out);
            m_pending.truncate(0);
        }
        decodeLines(bytes.sliced(from, cut - from), out);
        bytes = bytes.sliced(cut);
    }
    m_pending.append(bytes);
    m_peakPending = std::max(m_peakPending, m_pending.size());
    if (last) {
        if (!m_pending.isEmpty())
            decodeLines(m_pending, out);
        m_pending.truncate(0);
        m_longLine = LongLine::None;
    } else if (m_pending.size() >= MaxHeldLineBytes) {
        decodeLongLinePiece(out);
    }
}

void CsvTextDecoder::decodeLongLinePiece(QString &out)
{
    // A line too long to hold: decode what there is, up to the last whole character.
    const QByteArrayView piece(m_pending);
    qsizetype done = piece.size();
    if (m_longLine != LongLine::Windows1252 && isValidUtf8(piece, true)) {
        done -= truncatedUtf8Tail(piece);
        out += QString::fromUtf8(piece.first(done));
        m_longLine = LongLine::Utf8;
    } else {
        out += fromWindows1252(piece);
        if (m_longLine != LongLine::Windows1252)
            ++m_fallbackLines;
        m_longLine = LongLine::Windows1252;
    }
    m_pending.remove(0, done);
}

void CsvTextDecoder::decodeLine(QByteArrayView line, QString &out)
{
    const LongLine before = std::exchange(m_longLine, LongLine::None);
    if (before != LongLine::Windows1252 && isValidUtf8(line, false)) {
        out += QString::fromUtf8(line);
        return;
    }
    out += fromWindows1252(line);
    if (before != LongLine::Windows1252) // a line decoded in pieces counts once
        ++m_fallbackLines;
}

void CsvTextDecoder::decodeLines(QByteArrayView bytes, QString &out)
{
    if (m_longLine != LongLine::None) {
        // The rest of a line decoded in pieces.
        const qsizetype end = lineEndAfter(bytes, 0);
        decodeLine(bytes.first(end), out);
        bytes = bytes.sliced(end);
    }
    // Windows-1252 text is practically never valid UTF-8, so trying UTF-8 first costs nothing and
    // reads a file detected as Windows-1252 right even when some rows were pasted in as UTF-8.
    if (isValidUtf8(bytes, false)) {
        out += QString::fromUtf8(bytes);
        return;
    }
    // Line by line; CRLF is two lines here, which changes nothing.
    for (qsizetype start = 0; start < bytes.size();) {
        const qsizetype end = lineEndAfter(bytes, start);
        decodeLine(bytes.sliced(start, end - start), out);
        start = end;
    }
}
