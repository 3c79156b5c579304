#include "RosterCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

ApiError storageError(const QString &what, const QString &detail)
{
    return ApiError::local(ApiError::Kind::Storage, QStringLiteral("rankdesk.storage"), RosterCache::tr("%1: %2").arg(what, detail));
}

} // namespace

Result<Unit> RosterCache::save(qint64 groupId, const QList<Role> &roles, const QList<Member> &members, const QDateTime &fetched)
{
    QJsonArray roleArray;
    for (const Role &r : roles)
        roleArray.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}, {QStringLiteral("rank"), r.rank},
                                     {QStringLiteral("memberCount"), r.memberCount}});
    QSqlDatabase db = m_database.connection();
    const QString what = tr("Could not cache the roster");
    if (!db.transaction())
        return storageError(what, db.lastError().text());
    QSqlQuery query(db);
    const auto fail = [&](const QSqlQuery &failed) {
        const QString detail = failed.lastError().text();
        db.rollback();
        return storageError(what, detail);
    };
    query.prepare(QStringLiteral("DELETE FROM member_cache WHERE group_id = ?"));
    query.addBindValue(groupId);
    if (!query.exec())
        return fail(query);
    query.prepare(QStringLiteral("DELETE FROM roster_cache WHERE group_id = ?"));
    query.addBindValue(groupId);
    if (!query.exec())
        return fail(query);
    query.prepare(QStringLiteral("INSERT INTO roster_cache (group_id, fetched_ms, roles) VALUES (?, ?, ?)"));
    query.addBindValue(groupId);
    query.addBindValue(fetched.toMSecsSinceEpoch());
    query.addBindValue(QString::fromUtf8(QJsonDocument(roleArray).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail(query);
    QVariantList groups, users, names, displayNames, roleIds, since;
    for (const Member &m : members) {
        groups << groupId;
        users << m.userId;
        names << Database::text(m.username);
        displayNames << Database::text(m.displayName);
        roleIds << m.roleId;
        since << (m.memberSince.isValid() ? QVariant(m.memberSince.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)));
    }
    query.prepare(QStringLiteral("INSERT INTO member_cache (group_id, user_id, username, display_name, role_id, member_since_ms)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariantList &column : {groups, users, names, displayNames, roleIds, since})
        query.addBindValue(column);
    if (!members.isEmpty() && !query.execBatch())
        return fail(query);
    if (!db.commit())
        return storageError(what, db.lastError().text());
    return Unit {};
}

Result<std::optional<CachedRoster>> RosterCache::load(qint64 groupId) const
{
    const QString what = tr("Could not read the cached roster");
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT fetched_ms, roles FROM roster_cache WHERE group_id = ?"));
    query.addBindValue(groupId);
    if (!query.exec())
        return storageError(what, query.lastError().text());
    if (!query.next())
        return std::optional<CachedRoster>();
    CachedRoster roster;
    roster.fetched = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    roster.roles = parseRoles(query.value(1).toString());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT user_id, username, display_name, role_id, member_since_ms FROM member_cache WHERE group_id = ?"));
    query.addBindValue(groupId);
    if (!query.exec())
        return storageError(what, query.lastError().text());
    while (query.next()) {
        roster.members.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toLongLong(),
                               query.value(4).isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC)});
    }
    return std::optional<CachedRoster>(std::move(roster));
}

QList<Role> RosterCache::parseRoles(const QString &json)
{
    QList<Role> roles;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject r = value.toObject();
        roles.append({r.value(QStringLiteral("id")).toInteger(), r.value(QStringLiteral("name")).toString(),
                      r.value(QStringLiteral("rank")).toInt(), r.value(QStringLiteral("memberCount")).toInteger()});
    }
    return roles;
}

Result<QList<Role>> RosterCache::roles(qint64 groupId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT roles FROM roster_cache WHERE group_id = ?"));
    query.addBindValue(groupId);
    if (!query.exec())
        return storageError(tr("Could not read the cached roster"), query.lastError().text());
    return query.next() ? parseRoles(query.value(0).toString()) : QList<Role>();
}
