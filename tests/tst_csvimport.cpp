#include "exchange/CsvImport.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CsvImport : public QObject
{
    Q_OBJECT

    static QString corpus(const QString &name) { return QFINDTESTDATA(u"data/csv/"_s + name); }
    // Member in the first column, target in the second, a header row.
    static ImportMapping twoColumnsWithHeader()
    {
        ImportMapping mapping;
        mapping.userColumn = 0;
        mapping.targetColumn = 1;
        mapping.hasHeader = true;
        return mapping;
    }

private slots:
    // The guessed mapping and the rows it yields, for the spreadsheet exports in the corpus.
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("lines"); // u"line:user>target#reason"_s
        QTest::newRow("Excel") << u"excel-semicolon-bom.csv"_s
                               << QStringList{u"2:alpha_one>Sergeant#Passed the exam"_s, u"3:bravo_two>30#Good; very good"_s};
        QTest::newRow("LibreOffice UTF-16") << u"libreoffice-utf16le-tab.csv"_s
                                            << QStringList{QStringLiteral("2:1001>Corporal#Café shift lead"), u"3:1002>+1#"_s};
        QTest::newRow("Google Sheets") << u"sheets-multiline.csv"_s
                                       << QStringList{u"2:alpha_one>Sergeant#Two lines:\nfirst, then \"second\""_s, u"4:bravo_two>Private#plain"_s,
                                                      u"5:charlie_3>promote#a,b"_s};
        QTest::newRow("Windows-1252 pt-BR") << u"windows1252.csv"_s
                                            << QStringList{QStringLiteral("2:alpha_one>Cabo#Promoção por mérito"),
                                                           QStringLiteral("3:bravo_two>10#Café – turno")};
        QTest::newRow("German") << u"german-header.csv"_s << QStringList{QStringLiteral("2:alpha_one>20#Befördert")};
        QTest::newRow("Spanish") << u"spanish-header.csv"_s << QStringList{u"2:alpha_one>20#Ascenso"_s};
        QTest::newRow("no header") << u"no-header.csv"_s << QStringList{u"1:156>20#"_s, u"2:1001>Sergeant#"_s, u"3:1002>promote#"_s};
        QTest::newRow("unknown header") << u"unknown-header.csv"_s << QStringList{u"2:1001>20#"_s, u"3:1002>30#"_s};
        QTest::newRow("URLs and steps") << u"urls-and-steps.csv"_s
                                        << QStringList{u"2:https://www.roblox.com/users/1001/profile>promote#"_s,
                                                       u"3:https://web.roblox.com/users/1002/profile?tab=about>demote#"_s,
                                                       u"4:roblox.com/users/1003/profile>+2#"_s, u"5:https://www.roblox.com/User.aspx?ID=1004>-1#"_s,
                                                       u"6:@alpha_one>'+1#"_s};
        QTest::newRow("unbalanced quote") << u"unbalanced-quote.csv"_s << QStringList{u"2:!"_s};
        QTest::newRow("blank lines") << u"blank-and-trailing.csv"_s << QStringList{u"3:1001>20#"_s, u"6:1002>30#x"_s};
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, lines);
        const Result<ImportPreview> preview = CsvImport::previewFile(corpus(file));
        QVERIFY2(preview, qPrintable(preview.error().message));
        QVERIFY(preview.value().mapping.isComplete());
        const Result<ImportFile> read = CsvImport::readFile(corpus(file), std::nullopt, preview.value().mapping);
        QVERIFY2(read, qPrintable(read.error().message));
        QStringList described;
        for (const ImportLine &l : read.value().lines)
            described << (l.error.isEmpty() ? QStringLiteral("%1:%2>%3#%4").arg(l.line).arg(l.user, l.target, l.reason)
                                            : QStringLiteral("%1:!").arg(l.line));
        QCOMPARE(described, lines);
        QCOMPARE(read.value().checksum.size(), 64);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << corpus(u"empty.csv"_s) << u"The file is empty."_s;
        QTest::newRow("binary") << corpus(u"binary.csv"_s) << u"binary data"_s;
        QTest::newRow("only delimiters") << corpus(u"only-delimiters.csv"_s) << u"The file has no rows."_s;
        QTest::newRow("missing") << u"/nonexistent/list.csv"_s << u"There is no file /nonexistent/list.csv."_s;
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Result<ImportPreview> preview = CsvImport::previewFile(file);
        QVERIFY(!preview);
        QVERIFY2(preview.error().message.contains(message), qPrintable(preview.error().message));
    }

    void remappingAndDelimiterOverride()
    {
        // The user says the first column is the target and the second the member.
        ImportMapping mapping;
        mapping.userColumn = 1;
        mapping.targetColumn = 0;
        const Result<ImportFile> read = CsvImport::readFile(corpus(u"no-header.csv"_s), u',', mapping);
        QVERIFY(read);
        QCOMPARE(read.value().lines.first().user, u"20"_s);
        QCOMPARE(read.value().lines.first().target, u"156"_s);
        // A wrong delimiter leaves one column: the target cell is empty, and the row says so later.
        const Result<ImportFile> semicolon = CsvImport::readFile(corpus(u"no-header.csv"_s), u';', mapping);
        QVERIFY(semicolon);
        QCOMPARE(semicolon.value().lines.first().target, u"156,20"_s);
        QCOMPARE(semicolon.value().lines.first().user, u""_s);
    }

    void incompleteMappingIsRefused()
    {
        const Result<ImportFile> read = CsvImport::readFile(corpus(u"no-header.csv"_s), std::nullopt, ImportMapping {});
        QVERIFY(!read);
        QCOMPARE(read.error().providerCode, u"rankdesk.csv-mapping"_s);
    }

    void cancel()
    {
        QByteArray bytes("user,rank\n");
        for (int i = 0; i < 20000; ++i)
            bytes += QByteArray::number(1000 + i) + ",20\n";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        int calls = 0;
        const Result<ImportFile> read = CsvImport::read(&buffer, std::nullopt, twoColumnsWithHeader(), [&calls](qint64 done, qint64 total) {
            Q_ASSERT(done <= total);
            return ++calls < 3;
        });
        QVERIFY(!read);
        QCOMPARE(read.error().providerCode, u"rankdesk.cancelled"_s);
        QCOMPARE(calls, 3);
    }

    // Past MaxRows the rows are counted, named in one invalid line, and not kept.
    void rowCap()
    {
        QByteArray bytes("user,rank\n");
        const qint64 rows = CsvImport::MaxRows + 3;
        bytes.reserve(rows * 8);
        for (qint64 i = 0; i < rows; ++i)
            bytes += "1001,20\n";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const Result<ImportFile> read = CsvImport::read(&buffer, std::nullopt, twoColumnsWithHeader());
        QVERIFY(read);
        QCOMPARE(read.value().lines.size(), CsvImport::MaxRows + 1);
        QCOMPARE(read.value().rowsNotKept, 3);
        const ImportLine &last = read.value().lines.last();
        QCOMPARE(last.line, CsvImport::MaxRows + 2);
        QVERIFY2(last.error.contains(u"(3 rows) were not read"_s), qPrintable(last.error));
        QCOMPARE(read.value().records, rows + 1);
    }
};

QTEST_GUILESS_MAIN(tst_CsvImport)
#include "tst_csvimport.moc"
