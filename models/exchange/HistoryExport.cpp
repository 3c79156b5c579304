#include "HistoryExport.h"

#include "CsvWriter.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QJsonValue roleJson(qint64 id, const QString &name, int rank)
{
    if (id == 0 && name.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("rank"), rank}};
}

// ISO 8601 UTC ("2026-11-23T18:04:05Z") for a million rows: the date part is formatted once a day.
class IsoTime
{
public:
    QString operator()(const QDateTime &time)
    {
        const qint64 ms = time.toMSecsSinceEpoch();
        const qint64 day = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
        if (day != m_day || m_date.isEmpty()) {
            m_day = day;
            m_date = QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate) + u'T';
        }
        const int second = int((ms - day * 86400000) / 1000);
        const char16_t clock[] = {char16_t(u'0' + second / 36000), char16_t(u'0' + second / 3600 % 10), u':',
                                  char16_t(u'0' + second % 3600 / 600), char16_t(u'0' + second % 600 / 60), u':',
                                  char16_t(u'0' + second % 60 / 10), char16_t(u'0' + second % 10), u'Z'};
        QString text = m_date;
        text.append(QStringView(clock, 9));
        return text;
    }

private:
    qint64 m_day = 0;
    QString m_date;
};

} // namespace

QJsonObject HistoryExport::toJson(const HistoryEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("profile"), e.profile},
                       {QStringLiteral("groupId"), e.groupId},
                       {QStringLiteral("userId"), e.userId},
                       {QStringLiteral("username"), e.username},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("from"), roleJson(e.previousRoleId, e.previousRoleName, e.previousRank)},
                       {QStringLiteral("to"), roleJson(e.newRoleId, e.newRoleName, e.newRank)},
                       {QStringLiteral("backend"), e.backend},
                       {QStringLiteral("outcome"), HistoryEntry::outcomeName(e.outcome)},
                       {QStringLiteral("error"), e.error},
                       {QStringLiteral("reason"), e.reason},
                       {QStringLiteral("source"), e.source},
                       {QStringLiteral("batchId"), e.batchId},
                       {QStringLiteral("actor"), e.actor}};
}

Result<qint64> HistoryExport::writeCsv(const HistoryStore &store, const HistoryStore::Filter &filter, QIODevice *device)
{
    CsvWriter csv(device);
    csv.writeRow({tr("time_utc"), tr("profile"), tr("group_id"), tr("user_id"), tr("username"), tr("action"), tr("from_role"),
                  tr("from_rank"), tr("to_role"), tr("to_rank"), tr("backend"), tr("outcome"), tr("error"), tr("reason"),
                  tr("source"), tr("batch_id"), tr("actor")});
    const auto rank = [](int r) { return r >= 0 ? QString::number(r) : QString(); };
    IsoTime iso;
    return store.forEach(filter, [&](const HistoryEntry &e) {
        csv.writeRow({iso(e.time), e.profile, QString::number(e.groupId), QString::number(e.userId), e.username,
                      e.action, e.previousRoleName, rank(e.previousRank), e.newRoleName, rank(e.newRank), e.backend,
                      HistoryEntry::outcomeName(e.outcome), e.error, e.reason, e.source, e.batchId, e.actor});
        return true;
    });
}

Result<qint64> HistoryExport::writeJson(const HistoryStore &store, const HistoryStore::Filter &filter, QIODevice *device)
{
    // A JSON array written row by row: the document is never built whole.
    device->write("[\n");
    bool first = true;
    const Result<qint64> rows = store.forEach(filter, [&](const HistoryEntry &e) {
        if (!first)
            device->write(",\n");
        first = false;
        device->write(QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact));
        return true;
    });
    device->write("\n]\n");
    return rows;
}

Result<qint64> HistoryExport::writeFile(const HistoryStore &store, const HistoryStore::Filter &filter, const QString &path)
{
    QSaveFile file(path);
    const auto cannot = [&file, &path] {
        return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.export"),
                               tr("Cannot write %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannot();
    const Result<qint64> rows = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? writeJson(store, filter, &file)
                                                                                            : writeCsv(store, filter, &file);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return cannot();
    return rows;
}
