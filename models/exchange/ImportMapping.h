#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

// Which columns of an import file hold the member, the target and the reason (0-based; -1: none),
// and whether the first record is a header. Guessed from header names in English and the shipped
// languages (pt-BR, es, de), or from the cells when there is no header; the user can correct it.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    int userColumn = -1;
    int targetColumn = -1;
    int reasonColumn = -1;
    bool hasHeader = false;

    bool isComplete() const { return userColumn >= 0 && targetColumn >= 0 && userColumn != targetColumn; }
    bool operator==(const ImportMapping &) const = default;

    // From the first records of a file (header or not).
    static ImportMapping guess(const QList<QStringList> &firstRecords);
    // "user=COL,target=COL,reason=COL": COL is a 1-based column number or a header name.
    static Result<ImportMapping> parse(const QString &spec, const QStringList &header, bool hasHeader);
    // Identifies a file layout (its header, or its column count) so a mapping can be remembered.
    static QString layoutKey(const QStringList &firstRecord, bool hasHeader, int columnCount);
    QString toString() const;
    static std::optional<ImportMapping> fromString(const QString &text);

    enum class Field { User, Target, Reason };
    static std::optional<Field> headerField(const QString &headerCell);
};
