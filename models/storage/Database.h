#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

// One named SQL connection with Rankdesk's schema, brought up to date by ordered migrations, each in
// its own transaction, the version recorded in schema_version. A database written by a newer
// Rankdesk is refused untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = 4;

    // Opens (creating if needed) a SQLite file and migrates it.
    static Result<Database> openSqlite(const QString &filePath, const QString &connectionName);
    // The default history file in the app data location.
    static QString defaultSqlitePath();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName); }
    // Qt binds a null QString as SQL NULL; Rankdesk's text columns are NOT NULL, so bind "" instead.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    void close();

private:
    explicit Database(QString connectionName) : m_connectionName(std::move(connectionName)) { }
    Result<Unit> migrate();

    QString m_connectionName;
};
