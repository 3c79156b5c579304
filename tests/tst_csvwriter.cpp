#include "exchange/CsvWriter.h"

#include <QBuffer>
#include <QTest>

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void cell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("builderman") << QStringLiteral("builderman");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("\"'+1\"");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("\"'-2\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("\"'\tx\"");
        QTest::newRow("unicode") << QStringLiteral("Zoë") << QStringLiteral("Zoë");
        QTest::newRow("empty") << QString() << QString();
    }
    void cell()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::cell(value), expected);
    }

    void bomAndLines()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({QStringLiteral("a"), QStringLiteral("b")});
        writer.writeRow({QStringLiteral("1"), QStringLiteral("=2")});
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "a,b\r\n1,\"'=2\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
