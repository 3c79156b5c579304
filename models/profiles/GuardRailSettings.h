#pragma once

#include <QSet>
#include <QtGlobal>

// The guard rails of bulk work for one group, kept in the settings: the rank ceiling and the members
// bulk actions never touch. They belong to the group, so every profile of that group shares them.
namespace GuardRailSettings {
// Bulk actions refuse target ranks at or above this (0: only Owner is refused).
int ceiling(qint64 groupId);
void setCeiling(qint64 groupId, int rank);
QSet<qint64> protectedUsers(qint64 groupId);
void setProtectedUsers(qint64 groupId, const QSet<qint64> &userIds);
} // namespace GuardRailSettings
