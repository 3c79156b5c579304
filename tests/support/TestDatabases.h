#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

// The storage backends every storage test runs on: SQLite always, and PostgreSQL on the server the
// README's test command starts for the run (initdb into a temporary directory, pg_ctl on a loopback
// port; it exports TEST_PG_HOST, TEST_PG_PORT, TEST_PG_USER and TEST_PG_DB). A developer running
// one test program by hand without that server sees the PostgreSQL rows skipped; with
// RANKDESK_REQUIRE_PG=1 (the test command sets it) they fail instead.
//
// Usage, in a test class:
//   void initTestCase_data() { TestDatabases::addBackendRows(); }
//   void init() { QFETCH_GLOBAL(QString, backend); m_db = TestDatabases::open(backend); }   // fresh and migrated
namespace TestDatabases {
void addBackendRows();
// A fresh database on the backend; an empty optional after QSKIP/QFAIL was reported.
std::optional<Database> open(const QString &backend);
// A fresh, empty database (no schema) for tests that build an old schema by hand.
std::optional<QSqlDatabase> openRaw(const QString &backend, const QString &connectionName);
// The settings of the last fresh PostgreSQL database (for reopening it).
PostgresSettings lastPostgres();
QString lastSqliteFile();
} // namespace TestDatabases
