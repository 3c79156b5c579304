#pragma once

#include "Database.h"
#include "HistoryEntry.h"

#include <QList>
#include <QObject>

// Append-only record of every attempted rank change.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(Database database, QObject *parent = nullptr);

    struct Filter
    {
        qint64 groupId = 0; // 0 = any
        qint64 userId = 0;  // 0 = any
        int limit = 500;
        QString batchId;    // empty = any
    };

    // Stores the entry (id and time filled in) and announces it.
    Result<HistoryEntry> record(HistoryEntry entry);
    Result<QList<HistoryEntry>> recent(const Filter &filter) const;

signals:
    void recorded(const HistoryEntry &entry);

private:
    Database m_database;
};
