#include "CsvWriter.h"

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice *device) : m_device(device)
{
    if (m_device->pos() == 0)
        m_device->write("\xEF\xBB\xBF");
}

namespace {

// Appends one cell, quoted and neutralised as needed. One pass over the text decides: most cells
// (names, numbers, roles) need neither and are appended as they are.
void appendCell(QString &line, const QString &value)
{
    static constexpr char16_t formulaStarts[] = u"=+-@\t\r";
    const bool formula = !value.isEmpty() && std::char_traits<char16_t>::find(formulaStarts, 6, value.front().unicode()) != nullptr;
    bool quote = formula;
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r' || c == u'\'') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line += value;
        return;
    }
    line += u'"';
    if (formula)
        line += u'\'';
    for (const QChar c : value) {
        if (c == u'"')
            line += u'"';
        line += c;
    }
    line += u'"';
}

} // namespace

QString CsvWriter::cell(const QString &value)
{
    QString text;
    appendCell(text, value);
    return text;
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    line.reserve(256);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        appendCell(line, cells[i]);
    }
    line += QLatin1StringView("\r\n");
    m_device->write(line.toUtf8());
}
