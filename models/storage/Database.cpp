#include "Database.h"

#include "domain/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

// Each entry upgrades the schema from version (index) to (index + 1). Only append.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE rank_history ("
                           " id %AUTO_ID%,"
                           " created_ms BIGINT NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " group_id BIGINT NOT NULL,"
                           " user_id BIGINT NOT NULL,"
                           " username TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " prev_role_id BIGINT, prev_role_name TEXT, prev_rank INTEGER,"
                           " new_role_id BIGINT, new_role_name TEXT, new_rank INTEGER,"
                           " backend TEXT NOT NULL,"
                           " outcome TEXT NOT NULL,"
                           " error TEXT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " source TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX rank_history_user ON rank_history (group_id, user_id, created_ms)"),
            QStringLiteral("CREATE INDEX rank_history_time ON rank_history (created_ms)"),
        },
        {
            // Bulk changes: a batch and its items are stored before the first request is sent.
            QStringLiteral("CREATE TABLE batches ("
                           " id TEXT PRIMARY KEY,"
                           " created_ms BIGINT NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " group_id BIGINT NOT NULL,"
                           " writer TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " target TEXT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " apply_anyway INTEGER NOT NULL,"
                           " state TEXT NOT NULL,"
                           " message TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE batch_items ("
                           " batch_id TEXT NOT NULL REFERENCES batches(id),"
                           " seq INTEGER NOT NULL,"
                           " user_id BIGINT NOT NULL,"
                           " username TEXT NOT NULL,"
                           " expected_role_id BIGINT NOT NULL,"
                           " target_role_id BIGINT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL,"
                           " error TEXT NOT NULL,"
                           " updated_ms BIGINT NOT NULL,"
                           " PRIMARY KEY (batch_id, seq))"),
            QStringLiteral("CREATE INDEX batch_items_state ON batch_items (batch_id, state)"),
            QStringLiteral("ALTER TABLE rank_history ADD COLUMN batch_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX rank_history_batch ON rank_history (batch_id)"),
        },
        {
            // CSV import: items carry their own action, reason and file line; a batch its source file.
            QStringLiteral("ALTER TABLE batch_items ADD COLUMN action TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE batch_items ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE batch_items ADD COLUMN source_line BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN source_file TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN source_checksum TEXT NOT NULL DEFAULT ''"),
        },
        {
            // The last roster of each group: a profile opens offline and fills at once; a refresh
            // compares against it to find rank changes made outside Rankdesk.
            QStringLiteral("CREATE TABLE roster_cache ("
                           " group_id BIGINT PRIMARY KEY,"
                           " fetched_ms BIGINT NOT NULL,"
                           " roles TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE member_cache ("
                           " group_id BIGINT NOT NULL,"
                           " user_id BIGINT NOT NULL,"
                           " username TEXT NOT NULL,"
                           " display_name TEXT NOT NULL,"
                           " role_id BIGINT NOT NULL,"
                           " member_since_ms BIGINT,"
                           " PRIMARY KEY (group_id, user_id))"),
        },
        {
            // The browser's filters at a million rows: a batch's rows in time order, and the names of
            // the members a history mentions (a partial-name filter scans these, not every row).
            QStringLiteral("CREATE INDEX rank_history_batch_time ON rank_history (batch_id, created_ms, id)"),
            QStringLiteral("DROP INDEX rank_history_batch"),
            QStringLiteral("CREATE TABLE history_members ("
                           " group_id BIGINT NOT NULL,"
                           " user_id BIGINT NOT NULL,"
                           " username TEXT NOT NULL,"
                           " PRIMARY KEY (group_id, user_id))"),
            QStringLiteral("INSERT INTO history_members (group_id, user_id, username)"
                           " SELECT group_id, user_id, MAX(username) FROM rank_history GROUP BY group_id, user_id"),
        },
        {
            // Who made a change Rankdesk did not make (from Roblox's audit log).
            QStringLiteral("ALTER TABLE rank_history ADD COLUMN actor TEXT NOT NULL DEFAULT ''"),
        },
    };
    return steps;
}

ApiError storageError(const QString &what, const QSqlError &error)
{
    return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.storage"),
                           Database::tr("%1: %2").arg(what, error.text()));
}

} // namespace

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

Result<Database> Database::openSqlite(const QString &filePath, const QString &connectionName)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const ApiError error = storageError(tr("Cannot open the history database %1").arg(filePath), db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return error;
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // WAL + NORMAL: a commit survives a killed process; only a power cut may lose the last ones.
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Reading a million rows (browsing, export) through the page cache costs a system call a
    // page; mapping the file and a bigger cache make it a memory read.
    pragma.exec(QStringLiteral("PRAGMA mmap_size=268435456"));
    pragma.exec(QStringLiteral("PRAGMA cache_size=-32768"));

    qCInfo(lcStorage).noquote() << "history:" << filePath;
    Database database(connectionName, Dialect::Sqlite);
    if (const Result<Unit> migrated = database.migrate(); !migrated) {
        database.close();
        return migrated.error();
    }
    return database;
}

Result<Database> Database::openPostgres(const PostgresSettings &settings, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.storage"),
                               tr("PostgreSQL support is not installed (Qt's QPSQL driver; on Debian: libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        // The driver's text names host and port, never the password.
        const ApiError error = storageError(tr("Cannot open the PostgreSQL history %1 on %2:%3")
                                                .arg(settings.database, settings.host)
                                                .arg(settings.port),
                                            db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return error;
    }
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO WARNING")); // no NOTICE chatter on stderr
    qCInfo(lcStorage).noquote() << "history: PostgreSQL" << settings.database << "on" << settings.host << settings.port;
    Database database(connectionName, Dialect::Postgres);
    if (const Result<Unit> migrated = database.migrate(); !migrated) {
        database.close();
        return migrated.error();
    }
    return database;
}

Result<PostgresSettings> Database::parsePostgres(const QString &spec)
{
    static const QRegularExpression pattern(QStringLiteral("^([^/:\\s]+)(?::(\\d{1,5}))?/([A-Za-z0-9_\\-]+)$"));
    const QRegularExpressionMatch match = pattern.match(spec.trimmed());
    if (!match.hasMatch())
        return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.storage"),
                               tr("\"%1\" is not a PostgreSQL location; write HOST[:PORT]/DATABASE, e.g. db.example.org:5432/rankdesk.")
                                   .arg(spec));
    PostgresSettings settings;
    settings.host = match.captured(1);
    if (!match.captured(2).isEmpty())
        settings.port = match.captured(2).toInt();
    settings.database = match.captured(3);
    return settings;
}

QString Database::secretName(const PostgresSettings &settings)
{
    return QStringLiteral("postgres:%1@%2:%3/%4").arg(settings.user, settings.host).arg(settings.port).arg(settings.database);
}

Result<Database> Database::openConfigured(const QString &pgSpec, const QString &pgUser, const QString &sqliteFile,
                                          const QString &connectionName, const PasswordLookup &password)
{
    if (pgSpec.isEmpty())
        return openSqlite(sqliteFile.isEmpty() ? defaultSqlitePath() : sqliteFile, connectionName);
    Result<PostgresSettings> settings = parsePostgres(pgSpec);
    if (!settings)
        return settings.error();
    PostgresSettings pg = settings.value();
    pg.user = pgUser.isEmpty() ? qEnvironmentVariable("USER") : pgUser;
    pg.password = qEnvironmentVariable("RANKDESK_PG_PASSWORD");
    if (pg.password.isEmpty() && password)
        pg.password = password(pg);
    return openPostgres(pg, connectionName);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<Unit> Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return storageError(tr("Cannot prepare the history database"), query.lastError());

    const int current = schemaVersion();
    if (current > SchemaVersion) {
        return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.newer-schema"),
                               tr("The history database was written by a newer Rankdesk (schema %1; this "
                                  "version knows up to %2). It was left untouched; update Rankdesk to open it.")
                                   .arg(current)
                                   .arg(SchemaVersion));
    }
    for (int version = current; version < SchemaVersion; ++version) {
        if (!db.transaction())
            return storageError(tr("Cannot start a migration"), db.lastError());
        for (QString statement : migrations().at(version)) {
            statement.replace(QStringLiteral("%AUTO_ID%"), m_dialect == Dialect::Sqlite
                                                               ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                               : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
            if (!query.exec(statement)) {
                const ApiError error = storageError(tr("Migration to schema %1 failed").arg(version + 1), query.lastError());
                db.rollback();
                return error;
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        query.addBindValue(version + 1);
        if (!query.exec() || !db.commit()) {
            const ApiError error = storageError(tr("Migration to schema %1 failed").arg(version + 1), query.lastError());
            db.rollback();
            return error;
        }
    }
    return Unit {};
}

void Database::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}
