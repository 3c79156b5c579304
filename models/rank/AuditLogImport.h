#pragma once

#include "api/AuditLogReader.h"
#include "domain/RankRules.h"
#include "storage/HistoryStore.h"

#include <QObject>

// Brings the rank changes of Roblox's audit log into the history (source "audit-log", with the
// actor): newest first, page by page, until it reaches what an earlier import brought in.
// Changes Rankdesk made itself (a done history row for the same member and role within two
// minutes) are not imported twice.
class AuditLogImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogImport)

public:
    AuditLogImport(AuditLogReader *reader, HistoryStore *history, RankRules rules, QString profile, qint64 groupId,
                   QObject *parent = nullptr);

    void start();
    void cancel() { m_cancelled = true; }

    // Turns audit entries into history rows, leaving out what the history already has.
    static QList<HistoryEntry> newEntries(const QList<AuditRankChange> &changes, const QList<HistoryEntry> &ownChanges,
                                          const RankRules &rules, const QString &profile, qint64 groupId);

signals:
    void progress(int pages, int found);
    void finished(int imported, int alreadyKnown);
    void failed(const ApiError &error);

private:
    void fetch(const QString &cursor);
    void store();

    AuditLogReader *m_reader;
    HistoryStore *m_history;
    RankRules m_rules;
    QString m_profile;
    qint64 m_groupId;
    QDateTime m_since; // the newest change an earlier import brought in
    QList<AuditRankChange> m_collected;
    int m_pages = 0;
    bool m_cancelled = false;
};
