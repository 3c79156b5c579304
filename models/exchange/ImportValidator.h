#pragma once

#include "ImportRow.h"
#include "api/UserDirectory.h"
#include "domain/RankRules.h"
#include "jobs/BatchPlanner.h"

#include <QHash>
#include <QMap>

// What one import row would do against the live roster.
struct ImportCheck
{
    enum class Status { Ready, NoChange, Duplicate, Conflict, Invalid };

    qint64 line = 0;
    Status status = Status::Invalid;
    QString userText; // the member cell as written
    qint64 userId = 0;
    QString username;
    Role current;
    Role target;
    QString action; // promote, demote or set-rank
    QString reason;
    QString message; // why it is not Ready, or what it does

    bool isApplicable() const { return status == Status::Ready; }
    static QString statusName(Status status); // stable: ready, no-change, duplicate, conflict, invalid
    static QString statusText(Status status); // translated
    static constexpr std::array<Status, 5> AllStatuses{Status::Ready, Status::NoChange, Status::Duplicate,
                                                       Status::Conflict, Status::Invalid};
};

struct ImportSummary
{
    QMap<ImportCheck::Status, int> perStatus;
    QMap<int, int> readyPerTargetRank;
    int count(ImportCheck::Status status) const { return perStatus.value(status); }
};

// Checks import rows against the roster with the shared rank rules and guard rails: unknown users,
// non-members, unknown or ambiguous roles, Guest/Owner or above the ceiling, protected members,
// no-ops, and several rows for one member (the same change twice is a duplicate; different targets
// conflict and none of them is applied). Members the roster does not know are looked up first (see
// namesToLookUp/idsToLookUp) so an unknown user is told apart from a user outside the group.
class ImportValidator
{
    Q_DECLARE_TR_FUNCTIONS(ImportValidator)

public:
    ImportValidator(const RankRules &rules, const QList<Member> &roster, const GuardRails &guardRails);

    // The usernames and user ids the roster does not know (each once), in one pass over the lines.
    struct Strangers
    {
        QStringList names;
        QList<qint64> ids;
    };
    Strangers strangers(const QList<ImportLine> &lines) const;
    // The answers of those lookups: queried names/ids absent from `found` do not exist.
    void addLookups(const QStringList &queriedNames, const QList<qint64> &queriedIds, const QList<UserIdentity> &found);

    QList<ImportCheck> validate(const QList<ImportLine> &lines) const;
    static ImportSummary summarise(const QList<ImportCheck> &checks);
    // The Ready rows as batch items (per-row action, reason and source line).
    static QList<BatchItem> batchItems(const QList<ImportCheck> &checks);

private:
    ImportCheck checkLine(const ImportLine &line) const;
    void resolveRepeats(QList<ImportCheck> &checks) const;

    RankRules m_rules;
    GuardRails m_guardRails;
    QHash<qint64, qint64> m_roleOf;      // member id -> role id
    QHash<QString, qint64> m_idOfName;   // lower-case username -> id (members and looked-up users)
    QHash<qint64, QString> m_nameOf;     // id -> username
    QSet<QString> m_missingNames;        // looked up: no such user
    QSet<qint64> m_missingIds;
    QSet<qint64> m_knownOutsiders;       // looked up: exists, not a member
};
