#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlError;

// Where a shared PostgreSQL history lives. The password comes from the key store or the
// environment, never from settings.
struct PostgresSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("rankdesk");
    QString user;
    QString password;
};

// One named SQL connection with Rankdesk's schema, brought up to date by ordered migrations under a
// lock (two first starts on one database queue, they do not collide), the version recorded in
// schema_version. A damaged SQLite file is refused untouched. A database written by a newer
// Rankdesk is refused untouched. SQLite (a local file) and PostgreSQL (a team's shared history)
// get the same schema and the same queries; the one difference, the id column, is spelled per
// dialect.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = 7;
    enum class Dialect { Sqlite, Postgres };

    // Opens (creating if needed) a SQLite file and migrates it.
    static Result<Database> openSqlite(const QString &filePath, const QString &connectionName);
    // Connects to a PostgreSQL database (it must exist) and migrates it.
    static Result<Database> openPostgres(const PostgresSettings &settings, const QString &connectionName);
    // "HOST[:PORT]/DATABASE" (the --pg option); the user and password come separately.
    static Result<PostgresSettings> parsePostgres(const QString &spec);
    // The history the programs open: PostgreSQL when pgSpec is given, else the SQLite file (the
    // default location when sqliteFile is empty). The password is RANKDESK_PG_PASSWORD, else what
    // `password` finds (the key store, a prompt), else none.
    using PasswordLookup = std::function<QString(const PostgresSettings &)>;
    static Result<Database> openConfigured(const QString &pgSpec, const QString &pgUser, const QString &sqliteFile,
                                           const QString &connectionName, const PasswordLookup &password = {});
    // The key-store name of a PostgreSQL password: one per user, server and database.
    static QString secretName(const PostgresSettings &settings);
    Dialect dialect() const { return m_dialect; }
    // The default history file in the app data location.
    static QString defaultSqlitePath();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName); }
    // Qt binds a null QString as SQL NULL; Rankdesk's text columns are NOT NULL, so bind "" instead.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    void close();

    // The database's own clock, in ms since the epoch, as an SQL expression: a lease written from
    // one machine and read on another compares against one clock, not two.
    QString nowMsSql() const;
    // A failed statement as the one error type: locked (and by which process), read-only, full,
    // damaged, authentication or an unreachable server each get their kind, code and advice.
    ApiError error(const QString &what, const QSqlError &sqlError) const;
    // Whether a write could start now (SQLite: read-only file, or locked beyond the busy timeout):
    // asked before anything is sent, so a change that could not be recorded is never started.
    Result<Unit> checkWritable() const;

private:
    friend class SqlTransaction;
    Database(QString connectionName, Dialect dialect) : m_connectionName(std::move(connectionName)), m_dialect(dialect) { }
    Result<Unit> migrate();
    Result<Unit> migrateLocked();
    Result<Unit> checkIntegrity() const;
    // SQLite: the process holding the write lock ("pid 4121, rankdesk-cli"), empty when unknown.
    QString sqliteLockHolder() const;

    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
};

// One transaction on a database's connection, rolled back unless committed. On SQLite it takes the
// write lock at once (BEGIN IMMEDIATE): two processes queue on the busy timeout instead of one failing
// half way through when it upgrades a read lock.
class SqlTransaction
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(const Database &database) : m_database(database) { }
    ~SqlTransaction();
    Result<Unit> begin(const QString &what);
    Result<Unit> commit(const QString &what);
    void rollback();

private:
    const Database &m_database;
    bool m_open = false;
};
