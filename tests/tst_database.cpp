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

    void upgradesVersionOneInPlace()
    {
        // A database as Rankdesk 0.1 (schema 1) left it, with a history row in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE rank_history (id INTEGER PRIMARY KEY AUTOINCREMENT, created_ms BIGINT NOT NULL,"
                                          " profile TEXT NOT NULL, group_id BIGINT NOT NULL, user_id BIGINT NOT NULL, username TEXT NOT NULL,"
                                          " action TEXT NOT NULL, prev_role_id BIGINT, prev_role_name TEXT, prev_rank INTEGER,"
                                          " new_role_id BIGINT, new_role_name TEXT, new_rank INTEGER, backend TEXT NOT NULL,"
                                          " outcome TEXT NOT NULL, error TEXT NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO rank_history (created_ms, profile, group_id, user_id, username, action, backend,"
                                          " outcome, error, reason, source) VALUES (5, 'p', 7, 156, 'builderman', 'promote', 'opencloud',"
                                          " 'done', '', 'kept', 'single')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Result<Database> db = Database::openSqlite(path, QStringLiteral("upgraded"));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value().schemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.value().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT username, reason, batch_id FROM rank_history")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("builderman"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("kept"));
        QVERIFY(q.value(2).toString().isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM batches")) && q.next());
        db.value().close();
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
