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
