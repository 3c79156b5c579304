#pragma once

#include "domain/ConnectionProfile.h"
#include "domain/Result.h"
#include "domain/Roster.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

// rankdesk-cli's commands over the core: roles, members, promote, demote, set-rank, history.
// Exit codes are part of the interface (README): see ExitCode.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    enum ExitCode {
        Ok = 0,
        Failure = 1,      // storage or unclassified failure
        Usage = 2,        // bad command line or missing configuration
        Refused = 3,      // a rank rule or the provider refused the request (invalid, conflict)
        AuthFailed = 4,   // key missing/invalid/expired, or permission denied
        NotFound = 5,     // unknown user, non-member, unknown role or group
        Unreachable = 6,  // rate limited, provider unavailable, network error
        Busy = 7,         // the batch is being run, or was paused, by another program (named)
    };

    int run(const QStringList &arguments);
    static int exitCodeFor(const ApiError &error);

private:
    struct Roster
    {
        QList<Role> roles;
        QList<Member> members;
    };
    static Result<Roster> loadRoster(class Connection &connection);
    int fail(const ApiError &error);
    int bulk(class Connection &connection, class HistoryStore &history, class BatchStore &batches, const QStringList &args,
             const class QCommandLineParser &parser);
    int import(class Connection &connection, class HistoryStore &history, class BatchStore &batches, const QStringList &args,
               const class QCommandLineParser &parser);
    static Result<struct GuardRails> guardRails(const class QCommandLineParser &parser, qint64 groupId);
    int jobs(class Connection *connection, class HistoryStore &history, class BatchStore &batches, const QStringList &args,
             const class QCommandLineParser &parser);
    int submitAndRun(class BatchService &service, const struct Batch &batch, const QList<struct BatchItem> &items,
                     const struct GuardRails &rails, const class QCommandLineParser &parser);
    int runBatch(class BatchService &service, const QString &batchId, bool retryFailed, const class QCommandLineParser &parser);
    int usage(const QString &message);
    // A profile saved by rankdesk, by name (any case) or id; never the Sandbox.
    static Result<ConnectionProfile> savedProfile(const QString &nameOrId);

    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    bool m_json = false;
};
