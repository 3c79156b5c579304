#include "ImportExport.h"

#include "CsvWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QString rankText(const Role &role)
{
    return role.id ? QString::number(role.rank) : QString();
}

QJsonValue roleJson(const Role &role)
{
    if (!role.id)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), role.id}, {QStringLiteral("name"), role.name}, {QStringLiteral("rank"), role.rank}};
}

} // namespace

void ImportExport::writePlanCsv(const QList<ImportCheck> &checks, QIODevice *device)
{
    CsvWriter csv(device);
    csv.writeRow({tr("line"), tr("member"), tr("user_id"), tr("username"), tr("status"), tr("current_role"), tr("current_rank"),
                  tr("target_role"), tr("target_rank"), tr("action"), tr("message"), tr("reason")});
    for (const ImportCheck &c : checks)
        csv.writeRow({QString::number(c.line), c.userText, c.userId ? QString::number(c.userId) : QString(), c.username,
                      ImportCheck::statusName(c.status), c.current.name, rankText(c.current), c.target.name, rankText(c.target),
                      c.action, c.message, c.reason});
}

void ImportExport::writePlanJson(const QList<ImportCheck> &checks, const QString &sourceFile, const QString &checksum, QIODevice *device)
{
    QJsonArray rows;
    for (const ImportCheck &c : checks)
        rows.append(QJsonObject{{QStringLiteral("line"), c.line},
                                {QStringLiteral("member"), c.userText},
                                {QStringLiteral("userId"), c.userId},
                                {QStringLiteral("username"), c.username},
                                {QStringLiteral("status"), ImportCheck::statusName(c.status)},
                                {QStringLiteral("current"), roleJson(c.current)},
                                {QStringLiteral("target"), roleJson(c.target)},
                                {QStringLiteral("action"), c.action},
                                {QStringLiteral("message"), c.message},
                                {QStringLiteral("reason"), c.reason}});
    QJsonObject counts;
    const ImportSummary summary = ImportValidator::summarise(checks);
    for (ImportCheck::Status status : ImportCheck::AllStatuses)
        counts.insert(ImportCheck::statusName(status), summary.count(status));
    device->write(QJsonDocument(QJsonObject{{QStringLiteral("source"), sourceFile}, {QStringLiteral("sha256"), checksum},
                                            {QStringLiteral("counts"), counts}, {QStringLiteral("rows"), rows}})
                      .toJson(QJsonDocument::Indented));
}

void ImportExport::writeResultsCsv(const QList<BatchItem> &items, const QString &batchAction, const RankRules &rules, QIODevice *device)
{
    CsvWriter csv(device);
    csv.writeRow({tr("line"), tr("user_id"), tr("username"), tr("action"), tr("status"), tr("previous_role"), tr("new_role"),
                  tr("attempts"), tr("error")});
    for (const BatchItem &item : items) {
        const Role previous = rules.roleById(item.expectedRoleId).value_or(Role {});
        const Role target = rules.roleById(item.targetRoleId).value_or(Role {});
        csv.writeRow({item.sourceLine ? QString::number(item.sourceLine) : QString(), QString::number(item.userId), item.username,
                      item.action.isEmpty() ? batchAction : item.action, BatchItem::stateName(item.state), previous.name,
                      item.state == BatchItem::State::Done ? target.name : previous.name, QString::number(item.attempts), item.error});
    }
}

Result<Unit> ImportExport::writePlan(const QList<ImportCheck> &checks, const QString &sourceFile, const QString &checksum,
                                     const QString &path)
{
    // Written whole or not at all: a full disk leaves the previous file, not half a plan.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.export"),
                               tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        writePlanJson(checks, sourceFile, checksum, &file);
    else
        writePlanCsv(checks, &file);
    if (!file.commit())
        return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.export"),
                               tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Unit {};
}
