#pragma once

#include "ImportValidator.h"

#include <QCoreApplication>

class QIODevice;

// Writes an import's dry-run plan (every row: status, current and target role, message) as
// spreadsheet-safe CSV or as JSON, and an applied import's per-row results.
class ImportExport
{
    Q_DECLARE_TR_FUNCTIONS(ImportExport)

public:
    static void writePlanCsv(const QList<ImportCheck> &checks, QIODevice *device);
    static void writePlanJson(const QList<ImportCheck> &checks, const QString &sourceFile, const QString &checksum, QIODevice *device);
    // Per item of a stored batch: file line, member, action, status, previous role, new role, error.
    // batchAction stands in for items without their own (every item of a plain bulk batch).
    static void writeResultsCsv(const QList<BatchItem> &items, const QString &batchAction, const RankRules &rules, QIODevice *device);
    // By the file's extension: .json, else CSV.
    static Result<Unit> writePlan(const QList<ImportCheck> &checks, const QString &sourceFile, const QString &checksum,
                                  const QString &path);
};
