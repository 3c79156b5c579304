#include "exchange/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

// The reader over the corpus in tests/data/csv: files as Excel, LibreOffice and Google Sheets export
// them, other encodings and line ends, and broken files.
using namespace Qt::StringLiterals;

class tst_CsvReader : public QObject
{
    Q_OBJECT

    using Encoding = CsvTextDecoder::Encoding;

    struct Read
    {
        Result<CsvFormat> format;
        QList<CsvRecord> records;
        qint64 fallbackLines = 0;
        QString checksum;
        qsizetype peakPendingBytes = 0;
        qsizetype peakTextChars = 0;
    };

    static Read readAll(QIODevice *device)
    {
        CsvReader reader(device);
        Read read;
        read.format = reader.detectFormat();
        if (!read.format)
            return read;
        CsvRecord record;
        while (reader.readRecord(record))
            read.records.append(record);
        read.fallbackLines = reader.fallbackLines();
        read.checksum = reader.checksum();
        read.peakPendingBytes = reader.peakPendingBytes();
        read.peakTextChars = reader.peakTextChars();
        return read;
    }

    static Read readFile(const QString &name)
    {
        QFile file(QFINDTESTDATA(u"data/csv/"_s + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test file %s", qPrintable(name));
        return readAll(&file);
    }

    static Read readBytes(const QByteArray &bytes)
    {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return readAll(&buffer);
    }

    // Records as "line:cell|cell" (or "line:!error-start") for compact expectations.
    static QStringList describe(const QList<CsvRecord> &records)
    {
        QStringList list;
        for (const CsvRecord &r : records)
            list << (r.error.isEmpty() ? QStringLiteral("%1:%2").arg(r.line).arg(r.cells.join(u'|')) : QStringLiteral("%1:!").arg(r.line));
        return list;
    }

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<qint64>("fallbackLines");
        QTest::newRow("Excel: BOM, semicolon, CRLF") << u"excel-semicolon-bom.csv"_s << int(Encoding::Utf8Bom) << QChar(u';')
            << QStringList{u"1:Username|Rank|Reason"_s, u"2:alpha_one|Sergeant|Passed the exam"_s, u"3:bravo_two|30|Good; very good"_s} << 0LL;
        QTest::newRow("LibreOffice: UTF-16 LE, tab") << u"libreoffice-utf16le-tab.csv"_s << int(Encoding::Utf16LE) << QChar(u'\t')
            << QStringList{u"1:User ID|New role|Note"_s, QStringLiteral("2:1001|Corporal|Café shift lead"), u"3:1002|+1"_s} << 0LL;
        QTest::newRow("UTF-16 BE with BOM") << u"utf16be-bom.csv"_s << int(Encoding::Utf16BE) << QChar(u',')
            << QStringList{u"1:user|rank"_s, u"2:1001|20"_s, u"3:1002|Private"_s} << 0LL;
        QTest::newRow("UTF-16 LE without BOM") << u"utf16le-nobom.csv"_s << int(Encoding::Utf16LE) << QChar(u',')
            << QStringList{u"1:user|rank"_s, u"2:1001|20"_s, u"3:1002|Private"_s} << 0LL;
        QTest::newRow("Google Sheets: multi-line quoted cells") << u"sheets-multiline.csv"_s << int(Encoding::Utf8) << QChar(u',')
            << QStringList{u"1:Roblox username|Target rank|Reason"_s, u"2:alpha_one|Sergeant|Two lines:\nfirst, then \"second\""_s,
                           u"4:bravo_two|Private|plain"_s, u"5:charlie_3|promote|a,b"_s} << 0LL;
        QTest::newRow("Windows-1252") << u"windows1252.csv"_s << int(Encoding::Windows1252) << QChar(u',')
            << QStringList{QStringLiteral("1:Usuário|Cargo|Motivo"), QStringLiteral("2:alpha_one|Cabo|Promoção por mérito"),
                           QStringLiteral("3:bravo_two|10|Café – turno")} << 3LL;
        QTest::newRow("mixed UTF-8 and Windows-1252") << u"mixed-encoding.csv"_s << int(Encoding::Utf8) << QChar(u',')
            << QStringList{u"1:user|rank|reason"_s, QStringLiteral("2:alpha_one|20|Überprüft"), QStringLiteral("3:bravo_two|30|Geprüft – gut"),
                           QStringLiteral("4:charlie_3|10|Ação")} << 1LL;
        QTest::newRow("CR line ends, pipe") << u"cr-pipe.csv"_s << int(Encoding::Utf8) << QChar(u'|')
            << QStringList{u"1:user|rank"_s, u"2:1001|20"_s, u"3:1002|30"_s} << 0LL;
        QTest::newRow("blank lines, trailing delimiters") << u"blank-and-trailing.csv"_s << int(Encoding::Utf8) << QChar(u',')
            << QStringList{u"1:user|rank|reason"_s, u"3:1001|20"_s, u"6:1002|30|x"_s} << 0LL;
        QTest::newRow("unbalanced quote") << u"unbalanced-quote.csv"_s << int(Encoding::Utf8) << QChar(u',')
            << QStringList{u"1:user|rank|reason"_s, u"2:!"_s} << 0LL;
        QTest::newRow("only delimiters") << u"only-delimiters.csv"_s << int(Encoding::Utf8) << QChar(u',') << QStringList{} << 0LL;
        QTest::newRow("LF, CRLF and CR mixed, CR in quotes, no final line end") << u"mixed-line-ends.csv"_s << int(Encoding::Utf8)
            << QChar(u';') << QStringList{u"1:user|rank|reason"_s, u"2:1001|20|two\rlines"_s, u"4:1002|30|x"_s, u"5:1003|40|y"_s} << 0LL;
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(QStringList, records);
        QFETCH(qint64, fallbackLines);
        const Read read = readFile(file);
        QVERIFY2(read.format, qPrintable(read.format.error().message));
        QCOMPARE(int(read.format.value().encoding), encoding);
        QCOMPARE(read.format.value().delimiter, delimiter);
        QCOMPARE(describe(read.records), records);
        QCOMPARE(read.fallbackLines, fallbackLines);
    }

    void unbalancedQuoteNamesTheLines()
    {
        const Read read = readFile(QStringLiteral("unbalanced-quote.csv"));
        QCOMPARE(read.records.size(), 2);
        const CsvRecord &broken = read.records.last();
        QCOMPARE(broken.line, 2);
        QCOMPARE(broken.lastLine, 5);
        QVERIFY2(broken.error.contains(QStringLiteral("2–5")) && broken.error.contains(QStringLiteral("line 2 never closes")),
                 qPrintable(broken.error));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << u"empty.csv"_s << u"rankdesk.csv-empty"_s;
        QTest::newRow("BOM only") << u"bom-only.csv"_s << u"rankdesk.csv-empty"_s;
        QTest::newRow("binary") << u"binary.csv"_s << u"rankdesk.csv-binary"_s;
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        const Read read = readFile(file);
        QVERIFY(!read.format);
        QCOMPARE(read.format.error().providerCode, code);
        QVERIFY(!read.format.error().message.isEmpty());
    }

    void quoting_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("records");
        QTest::newRow("doubled quotes") << QByteArray("a,\"say \"\"hi\"\"\"\n") << QStringList{u"1:a|say \"hi\""_s};
        QTest::newRow("quote inside unquoted cell") << QByteArray("a,5\"10\n") << QStringList{u"1:a|5\"10"_s};
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\n") << QStringList{u"1:ab|c"_s};
        QTest::newRow("empty quoted cell") << QByteArray("\"\",x\n") << QStringList{u"1:|x"_s};
        QTest::newRow("CRLF inside quotes") << QByteArray("\"a\r\nb\",c\r\nd,e\r\n") << QStringList{u"1:a\r\nb|c"_s, u"3:d|e"_s};
        QTest::newRow("no final line end") << QByteArray("a,b\nc,d") << QStringList{u"1:a|b"_s, u"2:c|d"_s};
        QTest::newRow("leading empty cells kept") << QByteArray(",,x\n") << QStringList{u"1:||x"_s};
    }
    void quoting()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, records);
        const Read read = readBytes(input);
        QVERIFY(read.format);
        QCOMPARE(describe(read.records), records);
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QChar>("expected");
        QTest::newRow("comma") << u"a,b\nc,d\n"_s << QChar(u',');
        QTest::newRow("semicolon beats comma in decimals") << u"a;1,5\nb;2,5\nc;3\n"_s << QChar(u';');
        QTest::newRow("quoted commas ignored") << u"\"x,y,z\"|1\n\"p,q\"|2\n"_s << QChar(u'|');
        QTest::newRow("tab") << u"a\tb\tc\nd\te\tf\n"_s << QChar(u'\t');
        QTest::newRow("single column") << u"1001\n1002\n"_s << QChar(u',');
    }
    void delimiterDetection()
    {
        QFETCH(QString, sample);
        QFETCH(QChar, expected);
        QCOMPARE(CsvReader::detectDelimiter(sample), expected);
    }

    void overrideDelimiter()
    {
        QByteArray bytes("a;b,c\n");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.detectFormat());
        reader.setDelimiter(u';');
        CsvRecord record;
        QVERIFY(reader.readRecord(record));
        QCOMPARE(record.cells, (QStringList{u"a"_s, u"b,c"_s}));
    }

    // Memory stays bounded: a quote that never closes is cut at MaxRecordChars and reading goes on.
    void runawayQuoteIsBounded()
    {
        QByteArray bytes("user,rank\n1001,\"");
        bytes += QByteArray(CsvReader::MaxRecordChars + 1000, 'x');
        bytes += "\n1002,20\n";
        const Read read = readBytes(bytes);
        QCOMPARE(read.records.size(), 3);
        QVERIFY(!read.records[1].error.isEmpty());
        QCOMPARE(describe({read.records[2]}), QStringList{u"3:1002|20"_s});
    }

    // Line ends of every style, and none: the same records, the decoder's held bytes and the text
    // waiting to be parsed under the cap (the 1 MiB cell cap plus one chunk) whatever the file.
    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QStringList>("records"); // "*" as the last entry: the rows that follow are not listed
        QTest::addColumn<qsizetype>("recordCount");
        QTest::addColumn<qint64>("fallbackLines");
        const auto rows = [](const QByteArray &lineEnd, qsizetype bytes) {
            QByteArray file = "user|rank" + lineEnd;
            for (int i = 0; file.size() < bytes; ++i)
                file += QByteArray::number(1000 + i) + '|' + QByteArray::number(i % 250) + lineEnd;
            return file;
        };
        const auto count = [](const QByteArray &file, const QByteArray &lineEnd) { return file.count(lineEnd); };
        const qsizetype big = 3 * CsvReader::ChunkBytes + 77;
        const QStringList firstRows{u"1:user|rank"_s, u"2:1000|0"_s, u"3:1001|1"_s, u"*"_s};

        QTest::newRow("CR only") << QByteArray("a,b\rc,d\r") << QChar(u',') << QStringList{u"1:a|b"_s, u"2:c|d"_s} << qsizetype(2) << 0LL;
        QTest::newRow("LF, CRLF, CR mixed") << QByteArray("a,b\nc,d\r\ne,f\rg,h") << QChar(u',')
            << QStringList{u"1:a|b"_s, u"2:c|d"_s, u"3:e|f"_s, u"4:g|h"_s} << qsizetype(4) << 0LL;
        QTest::newRow("no line end") << QByteArray("a,b") << QChar(u',') << QStringList{u"1:a|b"_s} << qsizetype(1) << 0LL;
        QTest::newRow("CR in quotes, CR only") << QByteArray("\"x\ry\",z\rq,\"a\rb\"\rw,v") << QChar(u',')
            << QStringList{u"1:x\ry|z"_s, u"3:q|a\rb"_s, u"5:w|v"_s} << qsizetype(3) << 0LL;
        QTest::newRow("blank CR lines") << QByteArray("\r\r\ra,b\r\r,,\rc,d\r") << QChar(u',')
            << QStringList{u"4:a|b"_s, u"7:c|d"_s} << qsizetype(2) << 0LL;
        // Bigger than the sample and a few chunks: the sample has no LF, the pipe is still found.
        const QByteArray cr = rows("\r", big);
        QTest::newRow("CR only, 3 chunks") << cr << QChar(u'|') << firstRows << qsizetype(count(cr, "\r")) << 0LL;
        const QByteArray crlf = rows("\r\n", big);
        QTest::newRow("CRLF, 3 chunks") << crlf << QChar(u'|') << firstRows << qsizetype(count(crlf, "\r\n")) << 0LL;
        const QByteArray lf = rows("\n", big);
        QTest::newRow("LF, 3 chunks") << lf << QChar(u'|') << firstRows << qsizetype(count(lf, "\n")) << 0LL;

        // One line of 5 MB and no line end at all: cut at the cap, reported, nothing else.
        QByteArray endless = "user|rank|";
        while (endless.size() < 5 * 1024 * 1024)
            endless += "1001|20|";
        QTest::newRow("no line end, 5 MB") << endless << QChar(u'|') << QStringList{u"1:!"_s} << qsizetype(1) << 0LL;
        // A quote that never closes, CR line ends, and the rows after it still read.
        const QByteArray runaway = "user,rank\r1001,\"" + QByteArray(3 * 1024 * 1024, 'x') + "\r1002,20\r";
        QTest::newRow("huge unterminated quoted cell, CR") << runaway << QChar(u',')
            << QStringList{u"1:user|rank"_s, u"2:!"_s, u"3:1002|20"_s} << qsizetype(3) << 0LL;
        // The same with no line end to the end of the file.
        const QByteArray runawayToEnd = "user,rank\n1001,\"" + QByteArray(3 * 1024 * 1024, 'x');
        QTest::newRow("huge unterminated quoted cell, to the end") << runawayToEnd << QChar(u',')
            << QStringList{u"1:user|rank"_s, u"2:!"_s} << qsizetype(2) << 0LL;
        // A quoted cell with line breaks of every kind inside, 2 MB in all: cut, and the next row read.
        QByteArray multiline = "user,rank\n1001,\"";
        while (multiline.size() < 2 * 1024 * 1024)
            multiline += "line\rline\nline\r\n";
        multiline += "\"\n1002,20\n";
        QTest::newRow("2 MB quoted cell with line breaks") << multiline << QChar(u',')
            << QStringList{u"1:user|rank"_s, u"2:!"_s, u"*"_s} << qsizetype(-1) << 0LL;
        // A line of multi-byte characters longer than what the decoder holds (1.15 MB, the first piece
        // ends inside an emoji): decoded in pieces cut between characters, one cell of 500,000
        // characters, under the record cap.
        const QString wide = QString(250'000, QChar(0x00E9)) + QString(150'000, QChar(0x20AC)) + QStringLiteral("\U0001F600").repeated(50'000);
        const QByteArray wideLine = "\"" + wide.toUtf8() + "\",x";
        QTest::newRow("1.15 MB line of multi-byte characters, no line end") << wideLine << QChar(u',')
            << QStringList{u"1:"_s + wide + u"|x"_s} << qsizetype(1) << 0LL;
        // Windows-1252 in a line too long to hold: read as Windows-1252 and counted once.
        const QByteArray latin = "\xE9t\xE9," + QByteArray(2 * 1024 * 1024, 'a') + "\xE9\nnext,row\n";
        QTest::newRow("2 MB Windows-1252 line") << latin << QChar(u',') << QStringList{u"1:!"_s, u"2:next|row"_s} << qsizetype(2) << 1LL;
    }
    void lineEnds()
    {
        QFETCH(QByteArray, input);
        QFETCH(QChar, delimiter);
        QFETCH(QStringList, records);
        QFETCH(qsizetype, recordCount);
        QFETCH(qint64, fallbackLines);
        const Read read = readBytes(input);
        QVERIFY(read.format);
        QCOMPARE(read.format.value().delimiter, delimiter);
        const QStringList described = describe(read.records);
        if (records.endsWith(u"*"_s)) {
            records.removeLast();
            QCOMPARE(described.first(std::min(described.size(), records.size())), records);
        } else {
            QCOMPARE(described, records);
        }
        if (recordCount >= 0)
            QCOMPARE(read.records.size(), recordCount);
        qint64 previousEnd = 0;
        for (const CsvRecord &record : read.records) { // in file order, each ending where it starts or later
            QVERIFY2(record.line > previousEnd && record.lastLine >= record.line,
                     qPrintable(u"%1–%2 after %3"_s.arg(record.line).arg(record.lastLine).arg(previousEnd)));
            previousEnd = record.lastLine;
        }
        QCOMPARE(read.fallbackLines, fallbackLines);
        QCOMPARE(read.checksum, QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex()));
        QVERIFY2(read.peakPendingBytes <= CsvReader::MaxBufferedBytes, qPrintable(QString::number(read.peakPendingBytes)));
        QVERIFY2(read.peakTextChars <= CsvReader::MaxBufferedBytes, qPrintable(QString::number(read.peakTextChars)));
    }

    // The decoder alone, fed in odd pieces: the text comes out whole and the held bytes stay under
    // the cap (one call's bytes above MaxHeldLineBytes at most) with no line end in sight.
    void decoderHoldsAtMostOneLine_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
        QTest::newRow("none") << QByteArray();
    }
    void decoderHoldsAtMostOneLine()
    {
        QFETCH(QByteArray, lineEnd);
        QByteArray bytes;
        while (bytes.size() < 4 * 1024 * 1024)
            bytes += QStringLiteral("Zoë – 😀,%1").arg(bytes.size()).toUtf8() + lineEnd;
        constexpr qsizetype piece = 100'003; // cuts characters and CRLF pairs
        CsvTextDecoder decoder(Encoding::Utf8);
        QString text;
        for (qsizetype at = 0; at < bytes.size(); at += piece) {
            const QByteArrayView chunk = QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at));
            decoder.decode(chunk, at + piece >= bytes.size(), text);
            QVERIFY(decoder.pendingBytes() < CsvTextDecoder::MaxHeldLineBytes);
        }
        QCOMPARE(text, QString::fromUtf8(bytes));
        QCOMPARE(decoder.fallbackLines(), 0);
        QVERIFY(decoder.peakPendingBytes() < CsvTextDecoder::MaxHeldLineBytes + piece);
        if (!lineEnd.isEmpty()) // only the start of one line is ever held
            QVERIFY2(decoder.peakPendingBytes() < 100, qPrintable(QString::number(decoder.peakPendingBytes())));
    }

    void tooManyColumns()
    {
        QByteArray bytes = QByteArray(CsvReader::MaxCells + 5, ',') + "x\n1,2\n";
        const Read read = readBytes(bytes);
        QCOMPARE(read.records.size(), 2);
        QVERIFY(read.records[0].error.contains(QStringLiteral("columns")));
        QCOMPARE(describe({read.records[1]}), QStringList{u"2:1|2"_s});
    }

    // Chunk boundaries fall everywhere in a file bigger than one chunk, including inside
    // multi-byte characters and CRLF pairs; the records and the checksum must not notice.
    void chunkBoundaries()
    {
        QByteArray bytes("user,rank,reason\r\n");
        int rows = 0;
        while (bytes.size() < 3 * CsvReader::ChunkBytes) {
            ++rows;
            bytes += QByteArray::number(1000 + rows) + u",20,\"Zoë – \"\"ok\"\"\r\nline two\"\r\n"_s.toUtf8();
        }
        const Read read = readBytes(bytes);
        QCOMPARE(read.records.size(), rows + 1);
        for (qsizetype i = 1; i < read.records.size(); ++i) {
            QCOMPARE(read.records[i].cells.value(2), QStringLiteral("Zoë – \"ok\"\r\nline two"));
            QCOMPARE(read.records[i].line, 2 * i);
        }
        QCOMPARE(read.checksum, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
