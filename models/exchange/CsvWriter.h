#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Writes CSV that is safe to open in a spreadsheet: UTF-8 with a BOM (so Excel reads it as UTF-8),
// RFC 4180 quoting, and cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
// start) neutralised with a leading apostrophe.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);
    void writeRow(const QStringList &cells);
    static QString cell(const QString &value);

private:
    QIODevice *m_device;
};
