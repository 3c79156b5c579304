#include "exchange/HistoryExport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_HistoryExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;

private slots:
    void initTestCase()
    {
        Result<Database> db = Database::openSqlite(m_dir.filePath(u"h.sqlite"_s), u"export"_s);
        QVERIFY(db);
        m_store = std::make_unique<HistoryStore>(db.value());
        for (int i = 0; i < 30; ++i) {
            HistoryEntry e;
            e.groupId = 7;
            e.userId = 100 + i;
            e.username = i == 0 ? u"=cmd|' /C calc'!A0"_s : u"member%1"_s.arg(i);
            e.action = i % 2 ? u"promote"_s : u"demote"_s;
            e.previousRoleName = u"Recruit"_s;
            e.previousRank = 1;
            e.newRoleName = u"Private, First"_s;
            e.newRank = 5;
            e.outcome = HistoryEntry::Outcome::Done;
            e.reason = i == 1 ? u"line one\nline two"_s : QString();
            e.time = QDateTime(QDate(2026, 5, 1), QTime(23, 59, 58), Qt::UTC).addSecs(i); // across midnight
            QVERIFY(m_store->record(e));
        }
    }

    void csvIsSpreadsheetSafe()
    {
        const QString path = m_dir.filePath(u"history.csv"_s);
        HistoryStore::Filter filter;
        filter.action = u"promote"_s;
        QCOMPARE(HistoryExport::writeFile(*m_store, filter, path).value(), 15);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBFtime_utc,profile,group_id,user_id,username,action,"));
        QVERIFY(csv.contains("\"Private, First\""));
        QVERIFY(csv.contains("\"line one\nline two\""));
        QVERIFY(!csv.contains("=cmd")); // a demote row: filtered out
        QCOMPARE(csv.count("\r\n"), 16);

        file.close();
        QVERIFY(HistoryExport::writeFile(*m_store, {}, path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        QVERIFY(all.contains("\"'=cmd|' /C calc'!A0\"")); // neutralised: a spreadsheet shows it as text
        QVERIFY(all.contains("\r\n2026-05-01T23:59:59Z,"));
        QVERIFY(all.contains("\r\n2026-05-02T00:00:27Z,"));
    }

    void jsonStreams()
    {
        const QString path = m_dir.filePath(u"history.json"_s);
        QCOMPARE(HistoryExport::writeFile(*m_store, {}, path).value(), 30);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 30);
        QCOMPARE(rows.first().toObject().value(u"username"_s).toString(), u"member29"_s); // newest first
        QCOMPARE(rows.first().toObject().value(u"to"_s).toObject().value(u"rank"_s).toInt(), 5);
    }

    void unwritablePathKeepsNothingHalfWritten()
    {
        const Result<qint64> written = HistoryExport::writeFile(*m_store, {}, u"/nonexistent/dir/history.csv"_s);
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(u"/nonexistent/dir/history.csv"_s));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryExport)
#include "tst_historyexport.moc"
