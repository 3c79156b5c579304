#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void createsSchemaOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            Result<Database> db = Database::openSqlite(path, QStringLiteral("a"));
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            QCOMPARE(db.value().schemaVersion(), Database::SchemaVersion);
            QSqlQuery insert(db.value().connection());
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO rank_history (created_ms, profile, group_id, user_id, username, action,"
                                               " backend, outcome, error, reason, source) VALUES (1,'p',7,156,'b','promote','opencloud','done','','','single')")));
            db.value().close();
        }
        Result<Database> again = Database::openSqlite(path, QStringLiteral("b"));
        QVERIFY(again.ok());
        QSqlQuery count(again.value().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*), (SELECT COUNT(*) FROM schema_version) FROM rank_history")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1); // reopening keeps rows
        QCOMPARE(count.value(1).toInt(), Database::SchemaVersion); // and runs no migration twice
        again.value().close();
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            Result<Database> db = Database::openSqlite(path, QStringLiteral("c"));
            QSqlQuery query(db.value().connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
            db.value().close();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Result<Database> db = Database::openSqlite(path, QStringLiteral("d"));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("newer Rankdesk")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("99")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void unwritableLocationIsAClearError()
    {
        const Result<Database> db = Database::openSqlite(QStringLiteral("/proc/rankdesk/h.sqlite"), QStringLiteral("e"));
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("/proc/rankdesk/h.sqlite")));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
