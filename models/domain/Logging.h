#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcBatch)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

// Rankdesk's log: categorized messages (rankdesk.http, .storage, .batch, .app) written to a file in
// the app data location that rotates at MaxBytes (rankdesk.log, .1, .2, .3), and to stderr.
// Info and above by default, everything with --verbose. Every secret the program holds is
// registered (addSecret) and masked in every line; URL paths that carry a key are cut.
namespace Logging {
inline constexpr qint64 MaxBytes = 1024 * 1024;
inline constexpr int KeptFiles = 3;

// Starts writing to directory/rankdesk.log (and to stderr when echo). Returns the file's path.
QString install(const QString &directory, bool verbose, bool echo);
void uninstall();
// A value that must never appear in a log line (an API key, a password).
void addSecret(const QString &secret);
// What a line becomes before it is written (masks the registered secrets).
QString redact(QString text);
// The default directory: <app data>/logs.
QString defaultDirectory();
} // namespace Logging
