#include "CsvReader.h"

#include <QIODevice>

#include <array>

CsvReader::CsvReader(QIODevice *device) : m_device(device) { }

CsvTextDecoder::Detection CsvReader::readSample()
{
    m_sample = m_device->read(SampleBytes);
    m_bytesRead = m_sample.size();
    m_hash.addData(m_sample);
    const CsvTextDecoder::Detection detection = CsvTextDecoder::detect(m_sample);
    m_format.encoding = detection.encoding;
    m_decoder.emplace(detection.encoding);
    return detection;
}

Result<CsvFormat> CsvReader::detectFormat()
{
    using Kind = ApiError::Kind;
    const CsvTextDecoder::Detection detection = readSample();
    if (detection.binary)
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.csv-binary"),
                               tr("This is not a CSV or text file: it contains binary data. Export the sheet as CSV "
                                  "(File → Download → CSV in Google Sheets; Save As → CSV in Excel or LibreOffice)."));
    const QByteArrayView body = QByteArrayView(m_sample).sliced(detection.bomLength);
    // Decode the sample on a copy of the decoder: it is decoded again, for real, by the first fill().
    CsvTextDecoder probe(detection.encoding);
    QString sampleText;
    probe.decode(body, m_device->atEnd(), sampleText);
    if (sampleText.isEmpty()) // no line end in the sample: its start is all there is to judge
        probe.decode({}, true, sampleText);
    if (sampleText.trimmed().isEmpty() && m_device->atEnd())
        return ApiError::local(Kind::Invalid, QStringLiteral("rankdesk.csv-empty"), tr("The file is empty."));
    m_sample.remove(0, detection.bomLength);
    m_format.delimiter = detectDelimiter(sampleText);
    return m_format;
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    static constexpr std::array<char16_t, 4> candidates{u',', u';', u'\t', u'|'};
    constexpr int maxLines = 50;
    QList<std::array<int, 4>> lines;
    std::array<int, 4> counts{};
    bool inQuotes = false;
    for (qsizetype i = 0; i < sample.size() && lines.size() < maxLines; ++i) {
        const QChar c = sample[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (counts != std::array<int, 4>{})
                lines.append(counts);
            counts = {};
        } else if (!inQuotes) {
            for (int k = 0; k < 4; ++k)
                counts[k] += c == QChar(candidates[k]);
        }
    }
    if (counts != std::array<int, 4>{})
        lines.append(counts);
    // Score: how many lines have the most common non-zero count of that candidate.
    int best = 0, bestScore = 0;
    for (int k = 0; k < 4; ++k) {
        QHash<int, int> frequency;
        for (const auto &line : lines)
            if (line[k] > 0)
                ++frequency[line[k]];
        int score = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            score = std::max(score, it.value());
        if (score > bestScore) {
            best = k;
            bestScore = score;
        }
    }
    return QChar(candidates[best]);
}

QString CsvReader::checksum() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Text before m_pos is parsed (copied into cells): drop it, so that the text held stays one
    // decoded piece (at most MaxBufferedBytes characters) however long the record runs.
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    if (!m_decoder) // detectFormat() was not called: the encoding still, the delimiter as set
        m_sample.remove(0, readSample().bomLength);
    const qsizetype before = m_text.size();
    if (!m_started) {
        m_started = true;
        m_decoder->decode(m_sample, m_device->atEnd(), m_text);
        m_sample = QByteArray();
        m_peakText = std::max(m_peakText, m_text.size());
        if (m_device->atEnd())
            m_eof = true;
        if (m_text.size() > before || m_eof)
            return m_text.size() > before;
    }
    while (m_text.size() == before && !m_eof) {
        const QByteArray chunk = m_device->read(ChunkBytes);
        m_bytesRead += chunk.size();
        m_hash.addData(chunk);
        m_eof = chunk.isEmpty() || m_device->atEnd();
        m_decoder->decode(chunk, m_eof, m_text);
    }
    m_peakText = std::max(m_peakText, m_text.size());
    return m_text.size() > before;
}

QChar CsvReader::peek(qsizetype offset)
{
    while (m_pos + offset >= m_text.size()) {
        if (!fill())
            return QChar();
    }
    return m_text[m_pos + offset];
}

void CsvReader::skipToLineEnd(CsvRecord &record, qint64 startLine, const QString &why)
{
    // Discard up to the next line end, unquoted; the text is not kept, so memory stays bounded.
    bool ended = false; // or the file ended first: the record ends on the current line
    for (;;) {
        if (m_pos >= m_text.size()) {
            m_text.clear();
            m_pos = 0;
            if (!fill())
                break;
        }
        const QChar *text = m_text.constData();
        const qsizetype size = m_text.size();
        while (m_pos < size && text[m_pos] != u'\n' && text[m_pos] != u'\r')
            ++m_pos;
        if (m_pos == size)
            continue;
        const QChar c = m_text[m_pos++];
        if (c == u'\n' || (c == u'\r' && peek(0) != u'\n')) {
            ++m_line;
            ended = true;
            break;
        }
    }
    record.cells.clear();
    record.lastLine = ended ? m_line - 1 : m_line;
    record.error = record.lastLine > startLine ? tr("Lines %1–%2 skipped: %3").arg(startLine).arg(record.lastLine).arg(why)
                                               : tr("Line %1 skipped: %2").arg(startLine).arg(why);
}

bool CsvReader::readRecord(CsvRecord &record)
{
    const QChar delimiter = m_format.delimiter;
    for (;;) {
        // Drop what earlier records used; positions inside one record stay valid.
        if (m_pos > 0) {
            m_text.remove(0, m_pos);
            m_pos = 0;
        }
        if (peek(0).isNull())
            return false;
        record = CsvRecord {};
        record.line = m_line;
        QString cell;
        bool inQuotes = false;
        bool quotedCell = false; // the current cell began with a quote
        qint64 quoteLine = 0;
        qsizetype recordChars = 0;
        bool ended = false;
        bool tooManyCells = false;
        while (!ended) {
            const QChar c = peek(0);
            if (c.isNull()) { // end of file
                if (inQuotes) {
                    record.cells.clear();
                    record.lastLine = m_line;
                    record.error = tr("Lines %1–%2 could not be read: the quote opened on line %3 never closes.")
                                       .arg(record.line).arg(m_line).arg(quoteLine);
                    return true;
                }
                break;
            }
            // Fast path: a run of ordinary characters is appended at once.
            const QChar *text = m_text.constData();
            qsizetype run = m_pos;
            if (inQuotes) {
                while (run < m_text.size() && text[run] != u'"' && text[run] != u'\n' && text[run] != u'\r')
                    ++run;
            } else {
                while (run < m_text.size() && text[run] != delimiter && text[run] != u'"' && text[run] != u'\n' && text[run] != u'\r')
                    ++run;
            }
            const qsizetype ordinary = std::max<qsizetype>(run - m_pos, 1);
            if ((recordChars += ordinary) > MaxRecordChars) {
                skipToLineEnd(record, record.line,
                              inQuotes ? tr("a quoted cell opened on line %1 runs on for more than %2 characters "
                                            "(a quote that never closes?).").arg(quoteLine).arg(MaxRecordChars)
                                       : tr("the row is longer than %1 characters.").arg(MaxRecordChars));
                return true;
            }
            if (run > m_pos) {
                cell.append(QStringView(text + m_pos, run - m_pos));
                m_pos = run;
                continue;
            }
            if (inQuotes) {
                if (c == u'"') {
                    if (peek(1) == u'"') {
                        cell += u'"';
                        m_pos += 2;
                    } else {
                        inQuotes = false;
                        ++m_pos;
                    }
                    continue;
                }
                if (c == u'\n' || (c == u'\r' && peek(1) != u'\n'))
                    ++m_line;
                cell += c;
                ++m_pos;
                continue;
            }
            if (c == delimiter) {
                if (record.cells.size() < MaxCells)
                    record.cells.append(cell);
                else
                    tooManyCells = true;
                cell.clear();
                quotedCell = false;
                ++m_pos;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                const qsizetype length = (c == u'\r' && peek(1) == u'\n') ? 2 : 1; // peek may move m_pos
                m_pos += length;
                ++m_line;
                ended = true;
                continue;
            }
            if (c == u'"' && cell.isEmpty() && !quotedCell) {
                inQuotes = true;
                quotedCell = true;
                quoteLine = m_line;
                ++m_pos;
                continue;
            }
            // A quote inside an unquoted cell, or text after a closing quote: kept as written.
            cell += c;
            ++m_pos;
        }
        if (record.cells.size() < MaxCells)
            record.cells.append(cell);
        record.lastLine = ended ? m_line - 1 : m_line;
        if (tooManyCells) {
            record.cells.clear();
            record.error = tr("Line %1 skipped: it has more than %2 columns.").arg(record.line).arg(MaxCells);
            return true;
        }
        while (!record.cells.isEmpty() && record.cells.last().trimmed().isEmpty())
            record.cells.removeLast();
        if (!record.cells.isEmpty())
            return true;
        // A blank line (or only delimiters): skipped, as spreadsheets leave them.
    }
}
