#include "GuardRailSettings.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace GuardRailSettings {

int ceiling(qint64 groupId)
{
    return QSettings().value(QStringLiteral("ceiling/%1").arg(groupId), 0).toInt();
}

void setCeiling(qint64 groupId, int rank)
{
    QSettings settings;
    if (rank > 0)
        settings.setValue(QStringLiteral("ceiling/%1").arg(groupId), rank);
    else
        settings.remove(QStringLiteral("ceiling/%1").arg(groupId));
}

QSet<qint64> protectedUsers(qint64 groupId)
{
    QSet<qint64> ids;
    for (const QString &id : QSettings().value(QStringLiteral("protected/%1").arg(groupId)).toStringList())
        ids.insert(id.toLongLong());
    return ids;
}

void setProtectedUsers(qint64 groupId, const QSet<qint64> &userIds)
{
    QList<qint64> sorted(userIds.cbegin(), userIds.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList stored;
    for (qint64 id : sorted)
        stored << QString::number(id);
    QSettings settings;
    if (stored.isEmpty())
        settings.remove(QStringLiteral("protected/%1").arg(groupId));
    else
        settings.setValue(QStringLiteral("protected/%1").arg(groupId), stored);
}

} // namespace GuardRailSettings
