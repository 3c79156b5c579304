#include "Database.h"

#include "domain/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QStandardPaths>

#include "domain/Operator.h"

#include <fcntl.h>
#include <unistd.h>

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
        {
            // Exactly once. One runner per batch: a lease (token, who, since, until, on the database's
            // clock) and the pause or cancel another process asked for. An item's observed role is
            // the role read right before its write was sent: the history's previous role when a
            // re-check later finds the write landed. A history row names its batch item, and an item
            // can have one "done" row only.
            QStringLiteral("ALTER TABLE batches ADD COLUMN lease_token TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN lease_holder TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN lease_host TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN lease_pid BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN lease_since_ms BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN lease_expires_ms BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN stop_request TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN provider_steps INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE batch_items ADD COLUMN observed_role_id BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE rank_history ADD COLUMN batch_seq INTEGER"),
            QStringLiteral("CREATE UNIQUE INDEX rank_history_done_once ON rank_history (batch_id, batch_seq)"
                           " WHERE outcome = 'done' AND batch_seq IS NOT NULL"),
        },
    };
    return steps;
}

// SQLite's primary result codes (the driver reports extended codes too: the low byte is the primary).
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, Constraint = 19, NotADb = 26 };

ApiError storageError(ApiError::Kind kind, const QString &code, const QString &message, const QString &hint = {})
{
    ApiError error = ApiError::local(kind, code, message);
    error.hint = hint;
    return error;
}

QString whichProcess(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    const QString name = comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll()).trimmed() : QString();
    return name.isEmpty() ? Database::tr("process %1").arg(pid) : Database::tr("process %1 (%2)").arg(pid).arg(name);
}

} // namespace

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Result<Unit> SqlTransaction::begin(const QString &what)
{
    QSqlDatabase db = m_database.connection();
    bool started = false;
    QSqlError failure;
    if (m_database.dialect() == Database::Dialect::Sqlite) {
        QSqlQuery query(db);
        started = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        failure = query.lastError();
    } else {
        started = db.transaction();
        failure = db.lastError();
    }
    if (!started)
        return m_database.error(what, failure);
    m_open = true;
    return Unit {};
}

Result<Unit> SqlTransaction::commit(const QString &what)
{
    QSqlDatabase db = m_database.connection();
    bool committed = false;
    QSqlError failure;
    if (m_database.dialect() == Database::Dialect::Sqlite) {
        QSqlQuery query(db);
        committed = query.exec(QStringLiteral("COMMIT"));
        failure = query.lastError();
    } else {
        committed = db.commit();
        failure = db.lastError();
    }
    if (!committed)
        return m_database.error(what, failure); // the destructor rolls back
    m_open = false;
    return Unit {};
}

void SqlTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlDatabase db = m_database.connection();
    if (m_database.dialect() == Database::Dialect::Sqlite)
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    else
        db.rollback();
}

QString Database::nowMsSql() const
{
    return m_dialect == Dialect::Sqlite ? QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)")
                                        : QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
}

QString Database::sqliteLockHolder() const
{
    // In WAL mode a writer holds byte 120 of the -shm file (SQLite's WAL_WRITE_LOCK); the kernel tells
    // who holds a POSIX lock. (A lock of our own process does not show: then it is ours anyway.)
    const QString shm = QSqlDatabase::database(m_connectionName, false).databaseName() + QStringLiteral("-shm");
    const int fd = ::open(QFile::encodeName(shm).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 120;
    lock.l_len = 1;
    const bool asked = ::fcntl(fd, F_GETLK, &lock) == 0;
    ::close(fd);
    if (!asked || lock.l_type == F_UNLCK || lock.l_pid <= 0)
        return {};
    return whichProcess(lock.l_pid);
}

ApiError Database::error(const QString &what, const QSqlError &sqlError) const
{
    using Kind = ApiError::Kind;
    const QString text = sqlError.text().trimmed();
    const QString message = text.isEmpty() ? what : tr("%1: %2").arg(what, text);
    const QString code = sqlError.nativeErrorCode();
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false); // never reopens
    if (m_dialect == Dialect::Sqlite) {
        const QString file = db.databaseName();
        switch (code.toInt() & 0xff) {
        case Busy:
        case Locked: {
            const QString holder = sqliteLockHolder();
            return storageError(Kind::Unavailable, QStringLiteral("rankdesk.storage-locked"),
                                holder.isEmpty() ? tr("%1: the history database %2 is locked by another program.").arg(what, file)
                                                 : tr("%1: the history database %2 is locked by %3.").arg(what, file, holder),
                                tr("Wait until it has finished, or close it, then try again."));
        }
        case ReadOnly:
            return storageError(Kind::Storage, QStringLiteral("rankdesk.storage-readonly"),
                                tr("%1: the history database %2 is read-only.").arg(what, file),
                                tr("Make the file and its folder writable, or open another history (--db FILE)."));
        case Full:
            return storageError(Kind::Storage, QStringLiteral("rankdesk.storage-full"),
                                tr("%1: the disk holding %2 is full.").arg(what, file), tr("Free some space on that disk, then try again."));
        case Corrupt:
        case NotADb:
            return storageError(Kind::Storage, QStringLiteral("rankdesk.storage-damaged"),
                                tr("%1: the history database %2 is damaged (%3).").arg(what, file, text),
                                tr("Keep a copy of the file; recover what it holds with \"sqlite3 %1 .recover | sqlite3 recovered.sqlite\", "
                                   "or move it away to start a new history.")
                                    .arg(file));
        case IoError:
        case CantOpen:
            return storageError(Kind::Storage, QStringLiteral("rankdesk.storage-io"), tr("%1: %2 could not be written (%3).").arg(what, file, text),
                                tr("Check the disk, its free space and the file's permissions."));
        case Constraint:
            return storageError(Kind::Storage, QStringLiteral("rankdesk.storage-constraint"), message);
        default: break;
        }
        return storageError(Kind::Storage, QStringLiteral("rankdesk.storage"), message);
    }
    // PostgreSQL: SQLSTATE classes.
    // A refused login arrives as a connection error without SQLSTATE: libpq's words tell it apart.
    const bool refusedLogin = text.contains(QStringLiteral("password authentication failed")) || text.contains(QStringLiteral("no password supplied"))
        || text.contains(QStringLiteral("authentication failed")) || text.contains(QStringLiteral("no pg_hba.conf entry"));
    if (code.startsWith(QStringLiteral("28")) || refusedLogin)
        return storageError(Kind::Auth, QStringLiteral("rankdesk.storage-auth"), message,
                            tr("Check the PostgreSQL user (--pg-user) and its password (RANKDESK_PG_PASSWORD, or the one saved in "
                               "the keychain)."));
    if (code == u"3D000" || (sqlError.type() == QSqlError::ConnectionError && text.contains(QStringLiteral("database"))
                             && text.contains(QStringLiteral("does not exist"))))
        return storageError(Kind::NotFound, QStringLiteral("rankdesk.storage-no-database"), message,
                            tr("Check the database name in --pg HOST[:PORT]/DATABASE, or ask the server's administrator to create it."));
    if (code.startsWith(QStringLiteral("08")) || code.startsWith(QStringLiteral("57P")) || (code.isEmpty() && sqlError.type() == QSqlError::ConnectionError)
        || text.contains(QStringLiteral("connection pointer is NULL")) || text.contains(QStringLiteral("server closed the connection"))
        || text.contains(QStringLiteral("no connection to the server")))
        return storageError(Kind::Network, QStringLiteral("rankdesk.storage-unreachable"),
                            tr("%1: the PostgreSQL server cannot be reached (%2).").arg(what, text),
                            tr("Check that the server at %1:%2 is running and reachable from this machine, then try again.")
                                .arg(db.hostName())
                                .arg(db.port()));
    if (code == u"25006")
        return storageError(Kind::Storage, QStringLiteral("rankdesk.storage-readonly"), message,
                            tr("The PostgreSQL server accepts no writes (a read-only replica or a read-only user)."));
    if (code == u"53100")
        return storageError(Kind::Storage, QStringLiteral("rankdesk.storage-full"), message, tr("The PostgreSQL server's disk is full."));
    if (code == u"40P01" || code == u"55P03")
        return storageError(Kind::Unavailable, QStringLiteral("rankdesk.storage-locked"), message, tr("Try again in a moment."));
    if (code.startsWith(QStringLiteral("23")))
        return storageError(Kind::Storage, QStringLiteral("rankdesk.storage-constraint"), message);
    if (code.startsWith(QStringLiteral("XX")))
        return storageError(Kind::Storage, QStringLiteral("rankdesk.storage-damaged"), message,
                            tr("The PostgreSQL server reports damaged data; ask its administrator."));
    return storageError(Kind::Storage, QStringLiteral("rankdesk.storage"), message);
}

Result<Unit> Database::checkWritable() const
{
    if (m_dialect == Dialect::Postgres) {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("SELECT 1")))
            return error(tr("Cannot use the history database"), query.lastError());
        return Unit {};
    }
    SqlTransaction transaction(*this);
    if (const auto begun = transaction.begin(tr("Cannot write to the history database")); !begun)
        return begun.error();
    transaction.rollback();
    return Unit {};
}

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

Result<Database> Database::openSqlite(const QString &filePath, const QString &connectionName)
{
    // The history names members and who changed them: a new file is its owner's only (SQLite gives
    // its -wal and -shm files the same mode), and so is Rankdesk's own data folder.
    const QString folder = QFileInfo(filePath).absolutePath();
    const bool ownFolder = folder == QFileInfo(defaultSqlitePath()).absolutePath();
    QDir().mkpath(folder);
    if (ownFolder)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (QFile file(filePath); !file.exists() && file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
    } else if (ownFolder) {
        QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    Database database(connectionName, Dialect::Sqlite);
    if (!db.open()) {
        const ApiError error = database.error(tr("Cannot open the history database %1").arg(filePath), db.lastError());
        db = QSqlDatabase();
        database.close();
        return error;
    }
    // Damaged files are refused before anything (even the WAL switch) writes to them.
    if (const Result<Unit> intact = database.checkIntegrity(); !intact) {
        db = QSqlDatabase();
        database.close();
        return intact.error();
    }
    {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        // WAL + NORMAL: a commit survives a killed process; only a power cut may lose the last ones.
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        // Reading a million rows (browsing, export) through the page cache costs a system call a
        // page; mapping the file and a bigger cache make it a memory read.
        pragma.exec(QStringLiteral("PRAGMA mmap_size=268435456"));
        pragma.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    }

    qCInfo(lcStorage).noquote() << "history:" << filePath;
    if (const Result<Unit> migrated = database.migrate(); !migrated) {
        db = QSqlDatabase();
        database.close();
        return migrated.error();
    }
    return database;
}

Result<Unit> Database::checkIntegrity() const
{
    // A damaged file is refused before anything reads or writes it, so nothing is sent on the strength of
    // a history that cannot be trusted, and the file stays as it was for recovery. quick_check reads
    // every page once without checking index contents (a million-row history: see bench_history).
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")))
        return error(tr("Cannot check the history database"), query.lastError());
    const QString verdict = query.next() ? query.value(0).toString() : QString();
    if (verdict == u"ok")
        return Unit {};
    const QString file = connection().databaseName();
    ApiError damaged = ApiError::local(ApiError::Kind::Storage, QStringLiteral("rankdesk.storage-damaged"),
                                       tr("The history database %1 is damaged (%2). It was left untouched.").arg(file, verdict));
    damaged.hint = tr("Keep a copy of the file; recover what it holds with \"sqlite3 %1 .recover | sqlite3 recovered.sqlite\", "
                      "or move it away to start a new history.")
                       .arg(file);
    return damaged;
}

Result<Database> Database::openPostgres(const PostgresSettings &settings, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return ApiError::local(ApiError::Kind::Storage, QStringLiteral("rankdesk.storage"),
                               tr("PostgreSQL support is not installed (Qt's QPSQL driver; on Debian: libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    // Each connection names itself (pg_stat_activity shows who is running what). QPSQL passes options
    // unquoted, so the name keeps to characters that need no quoting.
    QString application = QStringLiteral("rankdesk:") + Operator::name();
    application.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.@:-]")), QStringLiteral("_"));
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=%1").arg(application.left(63)));
    Database database(connectionName, Dialect::Postgres);
    if (!db.open()) {
        // The driver's text names host and port, never the password.
        const ApiError error = database.error(tr("Cannot open the PostgreSQL history %1 on %2:%3")
                                                  .arg(settings.database, settings.host)
                                                  .arg(settings.port),
                                              db.lastError());
        db = QSqlDatabase();
        database.close();
        return error;
    }
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO WARNING")); // no NOTICE chatter on stderr
    qCInfo(lcStorage).noquote() << "history: PostgreSQL" << settings.database << "on" << settings.host << settings.port;
    if (const Result<Unit> migrated = database.migrate(); !migrated) {
        db = QSqlDatabase();
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
    // Up to date: nothing to write (a read-only history still opens for browsing).
    if (const int current = schemaVersion(); current == SchemaVersion)
        return Unit {};
    // Two first starts on one database: the second waits for the first, then finds the schema made.
    if (m_dialect == Dialect::Sqlite) {
        SqlTransaction transaction(*this);
        if (const auto begun = transaction.begin(tr("Cannot prepare the history database")); !begun)
            return begun.error();
        if (const auto migrated = migrateLocked(); !migrated)
            return migrated.error();
        return transaction.commit(tr("Cannot prepare the history database"));
    }
    QSqlQuery lock(connection());
    // One advisory lock key for Rankdesk's migrations; held by this session until unlocked.
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(727274001)")))
        return error(tr("Cannot prepare the history database"), lock.lastError());
    SqlTransaction transaction(*this);
    Result<Unit> migrated = transaction.begin(tr("Cannot prepare the history database"));
    if (migrated)
        migrated = migrateLocked();
    if (migrated)
        migrated = transaction.commit(tr("Cannot prepare the history database"));
    transaction.rollback();
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(727274001)"));
    return migrated;
}

Result<Unit> Database::migrateLocked()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return error(tr("Cannot prepare the history database"), query.lastError());

    const int current = schemaVersion();
    if (current > SchemaVersion) {
        return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.newer-schema"),
                               tr("The history database was written by a newer Rankdesk (schema %1; this "
                                  "version knows up to %2). It was left untouched; update Rankdesk to open it.")
                                   .arg(current)
                                   .arg(SchemaVersion));
    }
    for (int version = current; version < SchemaVersion; ++version) {
        for (QString statement : migrations().at(version)) {
            statement.replace(QStringLiteral("%AUTO_ID%"), m_dialect == Dialect::Sqlite
                                                               ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                               : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
            if (!query.exec(statement))
                return error(tr("Migration to schema %1 failed").arg(version + 1), query.lastError());
        }
        query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        query.addBindValue(version + 1);
        if (!query.exec())
            return error(tr("Migration to schema %1 failed").arg(version + 1), query.lastError());
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
