#include "ImportValidator.h"

using Status = ImportCheck::Status;

QString ImportCheck::statusName(Status status)
{
    switch (status) {
    case Status::Ready: return QStringLiteral("ready");
    case Status::NoChange: return QStringLiteral("no-change");
    case Status::Duplicate: return QStringLiteral("duplicate");
    case Status::Conflict: return QStringLiteral("conflict");
    case Status::Invalid: return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

QString ImportCheck::statusText(Status status)
{
    switch (status) {
    case Status::Ready: return ImportValidator::tr("Ready");
    case Status::NoChange: return ImportValidator::tr("No change");
    case Status::Duplicate: return ImportValidator::tr("Duplicate");
    case Status::Conflict: return ImportValidator::tr("Conflict");
    case Status::Invalid: return ImportValidator::tr("Invalid");
    }
    return {};
}

ImportValidator::ImportValidator(const RankRules &rules, const QList<Member> &roster, const GuardRails &guardRails)
    : m_rules(rules), m_guardRails(guardRails)
{
    if (guardRails.ceiling > 0)
        m_rules.setCeiling(guardRails.ceiling);
    m_roleOf.reserve(roster.size());
    m_idOfName.reserve(roster.size());
    m_nameOf.reserve(roster.size());
    for (const Member &member : roster) {
        m_roleOf.insert(member.userId, member.roleId);
        m_idOfName.insert(member.username.toLower(), member.userId);
        m_nameOf.insert(member.userId, member.username);
    }
}

ImportValidator::Strangers ImportValidator::strangers(const QList<ImportLine> &lines) const
{
    Strangers found;
    QSet<QString> seenNames;
    QSet<qint64> seenIds;
    for (const ImportLine &line : lines) {
        const UserRef ref = UserRef::parse(line.user);
        if (ref.kind == UserRef::Kind::Name) {
            const QString key = ref.name.toLower();
            if (!m_idOfName.contains(key) && !m_missingNames.contains(key) && !seenNames.contains(key)) {
                seenNames.insert(key);
                found.names.append(ref.name);
            }
        } else if (ref.kind == UserRef::Kind::Id && !m_roleOf.contains(ref.id) && !m_knownOutsiders.contains(ref.id)
                   && !m_missingIds.contains(ref.id) && !seenIds.contains(ref.id)) {
            seenIds.insert(ref.id);
            found.ids.append(ref.id);
        }
    }
    return found;
}

void ImportValidator::addLookups(const QStringList &queriedNames, const QList<qint64> &queriedIds, const QList<UserIdentity> &found)
{
    QSet<QString> foundNames;
    QSet<qint64> foundIds;
    for (const UserIdentity &user : found) {
        foundNames.insert(user.name.toLower());
        foundIds.insert(user.id);
        m_idOfName.insert(user.name.toLower(), user.id);
        m_nameOf.insert(user.id, user.name);
        if (!m_roleOf.contains(user.id))
            m_knownOutsiders.insert(user.id);
    }
    // Usernames answer with the requested name too; match case-insensitively.
    for (const QString &name : queriedNames)
        if (!foundNames.contains(name.toLower()))
            m_missingNames.insert(name.toLower());
    for (qint64 id : queriedIds)
        if (!foundIds.contains(id))
            m_missingIds.insert(id);
}

ImportCheck ImportValidator::checkLine(const ImportLine &line) const
{
    ImportCheck check;
    check.line = line.line;
    check.userText = line.user.trimmed();
    check.reason = line.reason.trimmed();
    const auto invalid = [&check](const QString &message) {
        check.status = Status::Invalid;
        check.message = message;
        return check;
    };
    if (!line.error.isEmpty())
        return invalid(line.error);
    if (check.userText.isEmpty())
        return invalid(tr("The member cell is empty."));
    const UserRef user = UserRef::parse(line.user);
    if (user.kind == UserRef::Kind::Invalid)
        return invalid(tr("\"%1\" is not a user id, a username or a roblox.com profile URL.").arg(check.userText));
    if (user.kind == UserRef::Kind::Name) {
        const QString key = user.name.toLower();
        if (m_missingNames.contains(key))
            return invalid(tr("No Roblox user is named \"%1\".").arg(user.name));
        check.userId = m_idOfName.value(key);
        if (check.userId == 0)
            return invalid(tr("\"%1\" is not a member of the group.").arg(user.name));
    } else {
        check.userId = user.id;
        if (m_missingIds.contains(user.id))
            return invalid(tr("No Roblox user has the id %1.").arg(user.id));
    }
    check.username = m_nameOf.value(check.userId);
    const auto role = m_roleOf.constFind(check.userId);
    if (role == m_roleOf.cend())
        return invalid(tr("%1 is not a member of the group.")
                           .arg(check.username.isEmpty() ? tr("User %1").arg(check.userId) : check.username));
    check.current = m_rules.roleById(*role).value_or(Role {});
    if (m_guardRails.protectedUsers.contains(check.userId))
        return invalid(tr("Protected: bulk actions skip this member."));

    const TargetRef target = TargetRef::parse(line.target);
    if (line.target.trimmed().isEmpty())
        return invalid(tr("The target cell is empty."));
    if (target.kind == TargetRef::Kind::Invalid)
        return invalid(tr("\"%1\" is not a rank, a role, promote, demote or a +N/-N step.").arg(line.target.trimmed()));
    Result<Role> next;
    if (target.isStep()) {
        next = m_rules.stepTarget(check.current.id, target.steps);
        check.action = target.steps > 0 ? QStringLiteral("promote") : QStringLiteral("demote");
    } else {
        const Result<Role> wanted = m_rules.resolve(target.text);
        check.action = QStringLiteral("set-rank");
        if (wanted && wanted.value().id == check.current.id) {
            check.target = wanted.value();
            check.status = Status::NoChange;
            check.message = tr("Already %1 (rank %2).").arg(check.current.name).arg(check.current.rank);
            return check;
        }
        next = wanted ? m_rules.validateTarget(check.current.id, wanted.value()) : wanted;
    }
    if (!next)
        return invalid(next.error().message);
    check.target = next.value();
    check.status = Status::Ready;
    check.message = tr("%1 (rank %2) → %3 (rank %4)").arg(check.current.name).arg(check.current.rank).arg(check.target.name).arg(check.target.rank);
    return check;
}

void ImportValidator::resolveRepeats(QList<ImportCheck> &checks) const
{
    // Rows per member, in file order.
    QHash<qint64, QList<qsizetype>> rows;
    for (qsizetype i = 0; i < checks.size(); ++i)
        if (checks[i].status == Status::Ready || checks[i].status == Status::NoChange)
            rows[checks[i].userId].append(i);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QList<qsizetype> &same = it.value();
        if (same.size() < 2)
            continue;
        const ImportCheck &first = checks[same.first()];
        bool agree = true;
        for (qsizetype i : same)
            agree = agree && checks[i].target.id == first.target.id;
        for (qsizetype k = 1; k < same.size() && agree; ++k) {
            checks[same[k]].status = Status::Duplicate;
            checks[same[k]].message = tr("Same change as line %1.").arg(first.line);
        }
        if (agree)
            continue;
        // Different targets for one member: which one was meant is unknowable, so none is applied.
        for (qsizetype i : same) {
            QStringList others;
            for (qsizetype j : same)
                if (j != i && checks[j].target.id != checks[i].target.id)
                    others << tr("line %1 asks for %2 (rank %3)").arg(checks[j].line).arg(checks[j].target.name).arg(checks[j].target.rank);
            checks[i].status = Status::Conflict;
            checks[i].message = tr("Conflicting rows for this member: %1.").arg(others.join(QStringLiteral("; ")));
        }
    }
}

QList<ImportCheck> ImportValidator::validate(const QList<ImportLine> &lines) const
{
    QList<ImportCheck> checks;
    checks.reserve(lines.size());
    for (const ImportLine &line : lines)
        checks.append(checkLine(line));
    resolveRepeats(checks);
    return checks;
}

ImportSummary ImportValidator::summarise(const QList<ImportCheck> &checks)
{
    ImportSummary summary;
    for (const ImportCheck &check : checks) {
        ++summary.perStatus[check.status];
        if (check.status == Status::Ready)
            ++summary.readyPerTargetRank[check.target.rank];
    }
    return summary;
}

QList<BatchItem> ImportValidator::batchItems(const QList<ImportCheck> &checks)
{
    QList<BatchItem> items;
    int seq = 0;
    for (const ImportCheck &check : checks) {
        if (!check.isApplicable())
            continue;
        BatchItem item;
        item.seq = ++seq;
        item.userId = check.userId;
        item.username = check.username;
        item.expectedRoleId = check.current.id;
        item.targetRoleId = check.target.id;
        item.action = check.action;
        item.reason = check.reason;
        item.sourceLine = check.line;
        items.append(item);
    }
    return items;
}
