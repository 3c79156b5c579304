#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One attempted (or refused) rank change as kept in the history. Never holds a secret.
struct HistoryEntry
{
    enum class Outcome { Done, Failed, Skipped };

    qint64 id = 0;
    QDateTime time; // UTC
    QString profile;
    qint64 groupId = 0;
    qint64 userId = 0;
    QString username;
    QString action; // promote, demote, set-rank
    qint64 previousRoleId = 0;
    QString previousRoleName;
    int previousRank = -1;
    qint64 newRoleId = 0;
    QString newRoleName;
    int newRank = -1;
    QString backend;
    Outcome outcome = Outcome::Failed;
    QString error;
    QString reason;
    QString source = QStringLiteral("single");
    QString batchId; // the batch (a single change is a batch of one); empty for outside changes
    int batchSeq = 0; // the batch item, 0 when not from a batch
    QString actor;   // who made it, when not Rankdesk (Roblox's audit log): "name (user id)"

    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString &name);
};

Q_DECLARE_METATYPE(HistoryEntry)
