#include "CsvWriter.h"

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice *device) : m_device(device)
{
    if (m_device->pos() == 0)
        m_device->write("\xEF\xBB\xBF");
}

QString CsvWriter::cell(const QString &value)
{
    QString text = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r') || text.contains(u'\''))
        text = u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &value : cells)
        escaped.append(cell(value));
    m_device->write((escaped.join(u',') + QStringLiteral("\r\n")).toUtf8());
}
