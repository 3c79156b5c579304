#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One member's planned change inside a batch, and where it stands. Every state is stored.
struct BatchItem
{
    // Sent: the write request went out and its outcome is not recorded (the answer was lost, or
    // recording it failed). The next run re-reads the member and records what it finds.
    enum class State { Pending, Running, Sent, Done, Failed, Skipped };

    QString batchId;
    int seq = 0;
    qint64 userId = 0;
    QString username;
    qint64 expectedRoleId = 0; // the role the plan saw; another role at run time is a conflict
    qint64 targetRoleId = 0;
    State state = State::Pending;
    int attempts = 0;
    QString error; // why it failed or was skipped
    QString action; // this item's own action (a CSV import mixes them); empty: the batch's
    QString reason; // this item's own reason; empty: the batch's
    qint64 sourceLine = 0; // the import file's line, 0 when not imported
    qint64 observedRoleId = 0; // the role read right before the write was sent; 0 while never sent

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

struct Batch
{
    enum class State { Running, Paused, Cancelled, Finished };

    QString id;
    QDateTime created;
    QString profile;
    qint64 groupId = 0;
    QString writer;
    QString action; // promote, demote, set-rank
    QString target; // set-rank's target as given
    QString reason;
    QString source = QStringLiteral("bulk");
    bool applyAnyway = false; // write even when the member's role changed since the plan
    State state = State::Running;
    QString message; // why it is paused, or how it ended
    QString sourceFile; // CSV import: the file's name and SHA-256
    QString sourceChecksum;
    bool providerSteps = false; // promote/demote through the provider's own step (a single change)

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

struct BatchCounts
{
    int total = 0;
    int pending = 0;
    int running = 0;
    int done = 0;
    int failed = 0;
    int skipped = 0;
    int unknown = 0; // sent, outcome not recorded yet

    int finished() const { return done + failed + skipped; }
    int remaining() const { return pending + running + unknown; }
};

// Who runs a batch: the holder of its lease, renewed while it runs (times on the database's clock).
struct BatchLease
{
    QString token;
    QString holder; // "alice@pc-2 (pid 4121)"
    QString host;   // the machine's host name and the process, to see a holder that died here
    qint64 pid = 0;
    QDateTime since;
    QDateTime expires;
};

// What another process asked the runner of a batch to do before its next request.
enum class StopRequest { None, Pause, Cancel };
