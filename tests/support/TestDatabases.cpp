#include "TestDatabases.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace TestDatabases {

namespace {

int g_counter = 0;
PostgresSettings g_lastPostgres;
QString g_lastSqlite;

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

std::optional<PostgresSettings> server()
{
    if (qEnvironmentVariableIsEmpty("TEST_PG_HOST"))
        return std::nullopt;
    PostgresSettings s;
    s.host = qEnvironmentVariable("TEST_PG_HOST");
    s.port = qEnvironmentVariableIntValue("TEST_PG_PORT");
    s.user = qEnvironmentVariable("TEST_PG_USER");
    s.database = qEnvironmentVariable("TEST_PG_DB");
    return s;
}

// CREATE DATABASE on the test server; the name is unique per process and call.
std::optional<PostgresSettings> freshPostgres()
{
    const std::optional<PostgresSettings> base = server();
    if (!base) {
        if (qEnvironmentVariable("RANKDESK_REQUIRE_PG") == u"1")
            QTest::qFail("TEST_PG_HOST is not set, but RANKDESK_REQUIRE_PG=1: the PostgreSQL server did not start", __FILE__, __LINE__);
        else
            QTest::qSkip("no PostgreSQL server for this run (TEST_PG_HOST unset)", __FILE__, __LINE__);
        return std::nullopt;
    }
    const QString name = QStringLiteral("rd_%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_counter);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        admin.setHostName(base->host);
        admin.setPort(base->port);
        admin.setUserName(base->user);
        admin.setDatabaseName(base->database);
        if (!admin.open()) {
            QTest::qFail(qPrintable(QStringLiteral("cannot reach the test PostgreSQL server: ") + admin.lastError().text()), __FILE__, __LINE__);
            return std::nullopt;
        }
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            QTest::qFail(qPrintable(create.lastError().text()), __FILE__, __LINE__);
            return std::nullopt;
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    PostgresSettings settings = *base;
    settings.database = name;
    g_lastPostgres = settings;
    return settings;
}

} // namespace

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

std::optional<Database> open(const QString &backend)
{
    const QString connection = QStringLiteral("test-db-%1").arg(++g_counter);
    Result<Database> db = ApiError::local(ApiError::Kind::Internal, QStringLiteral("test"), QStringLiteral("no backend"));
    if (backend == u"postgres") {
        const std::optional<PostgresSettings> settings = freshPostgres();
        if (!settings)
            return std::nullopt;
        db = Database::openPostgres(*settings, connection);
    } else {
        g_lastSqlite = tempDir().filePath(connection + QStringLiteral(".sqlite"));
        db = Database::openSqlite(g_lastSqlite, connection);
    }
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return std::nullopt;
    }
    return db.value();
}

std::optional<QSqlDatabase> openRaw(const QString &backend, const QString &connectionName)
{
    QSqlDatabase raw;
    if (backend == u"postgres") {
        const std::optional<PostgresSettings> settings = freshPostgres();
        if (!settings)
            return std::nullopt;
        raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        raw.setHostName(settings->host);
        raw.setPort(settings->port);
        raw.setUserName(settings->user);
        raw.setDatabaseName(settings->database);
    } else {
        g_lastSqlite = tempDir().filePath(connectionName + QStringLiteral(".sqlite"));
        raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        raw.setDatabaseName(g_lastSqlite);
    }
    if (!raw.open()) {
        QTest::qFail(qPrintable(raw.lastError().text()), __FILE__, __LINE__);
        return std::nullopt;
    }
    return raw;
}

PostgresSettings lastPostgres()
{
    return g_lastPostgres;
}

QString lastSqliteFile()
{
    return g_lastSqlite;
}

} // namespace TestDatabases
