#pragma once

#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;

// The history rows a filter matches, streamed from the store to spreadsheet-safe CSV or to JSON
// (newest first) without holding them in memory. Never writes a secret: history rows hold none.
class HistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExport)

public:
    static Result<qint64> writeCsv(const HistoryStore &store, const HistoryStore::Filter &filter, QIODevice *device);
    static Result<qint64> writeJson(const HistoryStore &store, const HistoryStore::Filter &filter, QIODevice *device);
    // By the file's extension (.json, else CSV), written whole or not at all.
    static Result<qint64> writeFile(const HistoryStore &store, const HistoryStore::Filter &filter, const QString &path);
    static QJsonObject toJson(const HistoryEntry &entry);
};
