#include "SimGroup.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

SimKey SimKey::parse(const QString &text, QString *error)
{
    const QStringList parts = text.split(u':');
    SimKey key;
    key.secret = parts.value(0);
    if (key.secret.isEmpty() && error)
        *error = QStringLiteral("empty key secret");
    if (parts.size() > 1) {
        const QString scopes = parts.at(1);
        key.canRead = scopes.contains(u"read");
        key.canWrite = scopes.contains(u"write");
        key.canReadAuditLog = scopes.contains(u"audit");
    }
    if (parts.size() > 2)
        key.ownerRank = parts.at(2).toInt();
    if (parts.size() > 3)
        key.expired = parts.at(3) == u"expired";
    return key;
}

namespace {

bool isScopeWord(const QString &word)
{
    return word == u"read" || word == u"write" || word == u"none" || word == u"audit";
}

} // namespace

QStringList SimKey::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s;]+"));
    QStringList specs;
    for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype first = specs.size();
        for (const QString &part : piece.split(u',', Qt::SkipEmptyParts)) {
            // Still in the previous spec's SCOPES ("SECRET:read" followed by "write:255").
            const bool continuesScopes = specs.size() > first && specs.last().count(u':') == 1
                && isScopeWord(part.section(u':', 0, 0));
            if (continuesScopes)
                specs.last() += u',' + part;
            else
                specs.append(part);
        }
    }
    return specs;
}

QList<SimKey> SimKey::parseList(const QString &text, QString *error)
{
    QList<SimKey> keys;
    for (const QString &spec : splitList(text)) {
        keys.append(parse(spec, error));
        if (error && !error->isEmpty())
            break;
    }
    return keys;
}

QList<SimKey> SimKey::fromEnvironment(const QString &variable, QString *error)
{
    const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (value.trimmed().isEmpty()) {
        // Said, not ignored: a typo in the name would otherwise start a simulator with no key.
        if (error)
            *error = QStringLiteral("environment variable %1 is unset or empty").arg(variable);
        return {};
    }
    return parseList(value, error);
}

HostedKey HostedKey::parse(const QString &text, QString *error)
{
    const QStringList parts = text.split(u':');
    HostedKey key{parts.value(0), parts.value(1), parts.value(2)};
    static const QStringList services{QStringLiteral("hyra"), QStringLiteral("series"), QStringLiteral("wesk")};
    if (!services.contains(key.service) || key.secret.isEmpty()) {
        if (error)
            *error = QStringLiteral("hosted keys are SERVICE:SECRET[:PLAN] with SERVICE hyra, series or wesk");
    }
    if (key.plan.isEmpty())
        key.plan = key.service == u"series" ? QStringLiteral("premium") : key.service == u"wesk" ? QStringLiteral("pro") : QString();
    return key;
}

namespace {

struct LadderStep
{
    const char *name;
    int rank;
    int weight; // share of the roster, per mille
};

// A realistic military-style ladder with gaps between ranks; two names share "Staff".
const LadderStep Ladder[] = {
    {"Guest", 0, 0},           {"Recruit", 1, 430},      {"Private", 5, 200},
    {"Private First Class", 10, 120}, {"Corporal", 20, 80}, {"Sergeant", 30, 55},
    {"Staff Sergeant", 40, 40}, {"Lieutenant", 60, 28},  {"Captain", 80, 18},
    {"Major", 100, 12},        {"Colonel", 150, 8},      {"General Staff", 200, 5},
    {"High Command", 254, 4},  {"Owner", 255, 0},
};

const char *const Syllables[] = {"blox", "nova", "pixel", "shadow", "frost", "crimson", "zen", "turbo", "echo",
                                 "lunar", "storm", "ember", "vex", "kai", "rift", "sol", "byte", "jade",
                                 "onyx", "quill", "rook", "sage", "tide", "volt", "wren", "axel", "blaze"};
const char *const GivenNames[] = {"Alex", "Sam", "Jordan", "Zoë", "Łukasz", "Mateo", "Ana", "Kenji", "Noah",
                                  "Léa", "Ivan", "Sofía", "Aarav", "Maya", "Emil", "João", "Chloé", "Omar"};

QString capitalised(const char *syllable)
{
    QString text = QString::fromLatin1(syllable);
    text[0] = text[0].toUpper();
    return text;
}

} // namespace

SimGroup::SimGroup(const SimConfig &config) : m_groupId(config.groupId), m_name(config.groupName)
{
    seed(config);
}

void SimGroup::seed(const SimConfig &config)
{
    QRandomGenerator rng(config.seed);
    std::set<qint64> usedRoleIds;
    for (const LadderStep &step : Ladder) {
        qint64 id = 0;
        do {
            id = 10'000'000 + qint64(rng.bounded(989'999'999));
        } while (!usedRoleIds.insert(id).second);
        m_roles.append({id, QString::fromUtf8(step.name), step.rank,
                        QStringLiteral("%1 of %2").arg(QString::fromUtf8(step.name), m_name), 0});
    }
    m_roleMembers.resize(size_t(m_roles.size()));

    const qint64 nowMs = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 earliestMs = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    std::set<qint64> usedUserIds;
    QSet<QString> usedNames;
    auto makeUser = [&]() {
        SimUser user;
        do {
            user.id = 1'000'000 + qint64(rng.bounded(4'999'000'000.0));
        } while (!usedUserIds.insert(user.id).second);
        QString name;
        do {
            const int parts = 2 + int(rng.bounded(2));
            name.clear();
            for (int i = 0; i < parts; ++i)
                name += capitalised(Syllables[rng.bounded(int(std::size(Syllables)))]);
            // Roblox's rules: 3-20 letters, digits and at most one underscore, never first or last.
            const bool underscore = rng.bounded(3) == 0;
            if (rng.bounded(2) == 0)
                name += (underscore ? QStringLiteral("_") : QString()) + QString::number(rng.bounded(10000));
        } while (name.size() > 20 || usedNames.contains(name.toLower()));
        usedNames.insert(name.toLower());
        user.name = name;
        const int style = int(rng.bounded(4));
        user.displayName = style == 0 ? name
            : style == 1 ? QString::fromUtf8(GivenNames[rng.bounded(int(std::size(GivenNames)))])
                         : QStringLiteral("%1 %2").arg(QString::fromUtf8(GivenNames[rng.bounded(int(std::size(GivenNames)))]),
                                                       capitalised(Syllables[rng.bounded(int(std::size(Syllables)))]));
        user.createdMs = earliestMs - qint64(rng.bounded(3000.0)) * 86'400'000LL;
        return user;
    };

    const int total = std::clamp(config.members, 10, 1'000'000);
    m_members.reserve(size_t(total));
    m_users.reserve(size_t(total) + 50);
    // The owner first, then one member per role so every role can be exercised, then a weighted mix.
    SimUser owner = makeUser();
    m_ownerUserId = owner.id;
    addMember(owner, int(m_roles.size()) - 1, earliestMs);
    for (int roleIndex = int(m_roles.size()) - 2; roleIndex >= 1 && int(m_members.size()) < total; --roleIndex)
        addMember(makeUser(), roleIndex, earliestMs + qint64(rng.bounded(30.0)) * 86'400'000LL);
    while (int(m_members.size()) < total) {
        int pick = int(rng.bounded(1000));
        int roleIndex = 1;
        for (int i = 1; i < int(m_roles.size()) - 1; ++i) {
            pick -= Ladder[i].weight;
            if (pick < 0) {
                roleIndex = i;
                break;
            }
        }
        addMember(makeUser(), roleIndex, earliestMs + qint64(rng.bounded(double(nowMs - earliestMs))));
    }
    m_seededMembers = m_members.size();
    // Users who exist on Roblox but are not in the group.
    for (int i = 0; i < 50; ++i) {
        const SimUser outsider = makeUser();
        m_userIndex.insert(outsider.id, int(m_users.size()));
        m_userByLowerName.insert(outsider.name.toLower(), int(m_users.size()));
        m_users.push_back(outsider);
    }
}

void SimGroup::addMember(const SimUser &user, int roleIndex, qint64 joinedMs)
{
    m_userIndex.insert(user.id, int(m_users.size()));
    m_userByLowerName.insert(user.name.toLower(), int(m_users.size()));
    m_users.push_back(user);
    SimMember member;
    member.userId = user.id;
    member.roleIndex = roleIndex;
    member.joinedMs = joinedMs;
    member.updatedMs = joinedMs;
    m_memberIndex.insert(user.id, int(m_members.size()));
    m_members.push_back(member);
    m_roleMembers[size_t(roleIndex)].insert(user.id);
    ++m_roles[roleIndex].memberCount;
}

int SimGroup::roleIndexById(qint64 roleId) const
{
    for (int i = 0; i < int(m_roles.size()); ++i) {
        if (m_roles.at(i).id == roleId)
            return i;
    }
    return -1;
}

int SimGroup::roleIndexByRank(int rank) const
{
    for (int i = 0; i < int(m_roles.size()); ++i) {
        if (m_roles.at(i).rank == rank)
            return i;
    }
    return -1;
}

const SimMember *SimGroup::member(qint64 userId) const
{
    const auto it = m_memberIndex.constFind(userId);
    return it == m_memberIndex.cend() ? nullptr : &m_members[size_t(*it)];
}

const SimUser *SimGroup::user(qint64 userId) const
{
    const auto it = m_userIndex.constFind(userId);
    return it == m_userIndex.cend() ? nullptr : &m_users[size_t(*it)];
}

const SimUser *SimGroup::userByName(const QString &name) const
{
    const auto it = m_userByLowerName.constFind(name.toLower());
    return it == m_userByLowerName.cend() ? nullptr : &m_users[size_t(*it)];
}

qint64 SimGroup::firstMemberWithRank(int rank) const
{
    const int roleIndex = roleIndexByRank(rank);
    if (roleIndex < 0 || m_roleMembers[size_t(roleIndex)].empty())
        return 0;
    if (rank == 255)
        return m_ownerUserId;
    return *m_roleMembers[size_t(roleIndex)].begin();
}

void SimGroup::moveIndex(SimMember &member, int newRoleIndex)
{
    m_roleMembers[size_t(member.roleIndex)].erase(member.userId);
    --m_roles[member.roleIndex].memberCount;
    member.roleIndex = newRoleIndex;
    m_roleMembers[size_t(newRoleIndex)].insert(member.userId);
    ++m_roles[newRoleIndex].memberCount;
}

void SimGroup::setRole(qint64 userId, int roleIndex, const QString &via)
{
    SimMember &member = m_members[size_t(m_memberIndex.value(userId))];
    const qint64 fromRoleId = m_roles.at(member.roleIndex).id;
    member.extraRoles.clear();
    moveIndex(member, roleIndex);
    member.updatedMs = QDateTime::currentMSecsSinceEpoch();
    m_writes.append({m_writes.size() + 1, member.updatedMs, userId, fromRoleId, m_roles.at(roleIndex).id, via});
}

void SimGroup::assignExtraRole(qint64 userId, int roleIndex, const QString &via)
{
    SimMember &member = m_members[size_t(m_memberIndex.value(userId))];
    if (member.roleIndex == roleIndex
        || std::find(member.extraRoles.begin(), member.extraRoles.end(), roleIndex) != member.extraRoles.end())
        return; // documented no-op
    const qint64 fromRoleId = m_roles.at(member.roleIndex).id;
    if (m_roles.at(roleIndex).rank > m_roles.at(member.roleIndex).rank) {
        member.extraRoles.push_back(member.roleIndex);
        moveIndex(member, roleIndex);
    } else {
        member.extraRoles.push_back(roleIndex);
    }
    member.updatedMs = QDateTime::currentMSecsSinceEpoch();
    m_writes.append({m_writes.size() + 1, member.updatedMs, userId, fromRoleId, m_roles.at(member.roleIndex).id, via});
}

bool SimGroup::unassignRole(qint64 userId, int roleIndex, const QString &via)
{
    SimMember &member = m_members[size_t(m_memberIndex.value(userId))];
    const qint64 fromRoleId = m_roles.at(member.roleIndex).id;
    if (member.roleIndex == roleIndex) {
        if (member.extraRoles.empty())
            return false; // a member cannot be left without a role
        const auto highest = std::max_element(member.extraRoles.begin(), member.extraRoles.end(),
                                              [this](int a, int b) { return m_roles.at(a).rank < m_roles.at(b).rank; });
        const int next = *highest;
        member.extraRoles.erase(highest);
        moveIndex(member, next);
    } else {
        const auto it = std::find(member.extraRoles.begin(), member.extraRoles.end(), roleIndex);
        if (it == member.extraRoles.end())
            return true; // documented no-op
        member.extraRoles.erase(it);
    }
    member.updatedMs = QDateTime::currentMSecsSinceEpoch();
    m_writes.append({m_writes.size() + 1, member.updatedMs, userId, fromRoleId, m_roles.at(member.roleIndex).id, via});
    return true;
}

QList<SimUser> SimGroup::outsiders() const
{
    // The seeded outsiders first (they follow the seeded members), then members who left.
    QList<SimUser> users;
    for (size_t i = m_seededMembers; i < m_users.size(); ++i)
        users.append(m_users[i]);
    for (size_t i = 0; i < m_seededMembers; ++i) {
        if (!m_memberIndex.contains(m_users[i].id))
            users.append(m_users[i]);
    }
    return users;
}

bool SimGroup::removeMember(qint64 userId)
{
    const auto it = m_memberIndex.constFind(userId);
    if (it == m_memberIndex.cend())
        return false;
    const size_t index = size_t(*it);
    SimMember &member = m_members[index];
    m_roleMembers[size_t(member.roleIndex)].erase(userId);
    --m_roles[member.roleIndex].memberCount;
    m_members.erase(m_members.begin() + qsizetype(index));
    m_memberIndex.clear();
    for (size_t i = 0; i < m_members.size(); ++i)
        m_memberIndex.insert(m_members[i].userId, int(i));
    return true;
}
