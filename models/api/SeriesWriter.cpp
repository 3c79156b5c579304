#include "SeriesWriter.h"

#include "Endpoint.h"
#include "WriterCatalog.h"
#include "HttpErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

using Kind = ApiError::Kind;

SeriesWriter::SeriesWriter(HttpTransport *transport, QUrl baseUrl, QString apiKey, QObject *parent)
    : QObject(parent), m_transport(transport), m_base(std::move(baseUrl)), m_apiKey(std::move(apiKey))
{
}

WriterCapabilities SeriesWriter::capabilities() const
{
    return writerCapabilities(ConnectionProfile::WriterKind::Series, false);
}

ApiError SeriesWriter::mapError(const HttpResponse &response)
{
    ApiError error = HttpErrors::base(response);
    if (HttpErrors::isComplete(response))
        return error;
    error.message = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject()
                        .value(QStringLiteral("message")).toString();
    if (error.message.isEmpty())
        error.message = ApiError::tr("Series.hr answered HTTP %1 without an error description.").arg(response.status);

    struct Known
    {
        const char *fragment;
        const char *code;
        Kind kind;
        const char *hint;
    };
    // The documented messages (api-reference §5), matched by a stable part of their text.
    static const Known known[] = {
        {"already at the highest rank", "series.at-highest", Kind::Invalid, QT_TRANSLATE_NOOP("ApiError", "The member is at the top of the workspace's ladder.")},
        {"Max. Promotion Rank", "series.max-promotion-rank", Kind::Permission, QT_TRANSLATE_NOOP("ApiError", "Raise the workspace's Max Promotion Rank in Series.hr, or rank this member there.")},
        {"already at the lowest rank", "series.at-lowest", Kind::Invalid, QT_TRANSLATE_NOOP("ApiError", "The member is at the bottom of the workspace's ladder.")},
        {"No roles configured", "series.no-roles", Kind::Invalid, QT_TRANSLATE_NOOP("ApiError", "Configure the group's roles in the Series.hr workspace first.")},
        {"RankNumber must be", "series.rank-out-of-range", Kind::Invalid, QT_TRANSLATE_NOOP("ApiError", "Ranks are whole numbers from 0 to 255.")},
        {"already at the specified rank", "series.already-at-rank", Kind::Invalid, QT_TRANSLATE_NOOP("ApiError", "Nothing to change.")},
        {"Premium or Enterprise", "series.premium-required", Kind::Permission, QT_TRANSLATE_NOOP("ApiError", "Ranking through Series.hr needs a Premium or Enterprise plan.")},
        {"not a member", "series.not-a-member", Kind::NotFound, QT_TRANSLATE_NOOP("ApiError", "The user must be in the Roblox group.")},
        {"not found in workspace", "series.role-not-found", Kind::NotFound, QT_TRANSLATE_NOOP("ApiError", "Add the role to the Series.hr workspace, or choose a rank it has.")},
        {"Rate limit exceeded", "series.rate-limited", Kind::RateLimited, QT_TRANSLATE_NOOP("ApiError", "Series.hr allows 50 ranking requests per second; wait a moment.")},
    };
    for (const Known &entry : known) {
        if (error.message.contains(QLatin1String(entry.fragment), Qt::CaseInsensitive)) {
            error.providerCode = QLatin1String(entry.code);
            error.kind = entry.kind;
            error.hint = ApiError::tr(entry.hint);
            return error;
        }
    }
    if (response.status == 401)
        error.hint = ApiError::tr("Check the Series.hr API key; use Test connection to see whether it is active.");
    return error;
}

QFuture<Result<WriteReceipt>> SeriesWriter::rank(const QString &path, const QString &reason)
{
    const QByteArray body = reason.isEmpty()
        ? QByteArray()
        : QJsonDocument(QJsonObject{{QStringLiteral("comment"), reason}}).toJson(QJsonDocument::Compact);
    const HttpRequest request{"POST", endpointUrl(m_base, path), {{"apikey", m_apiKey.toUtf8()}}, body, "write"};
    return m_transport->send(request).then(this, [](const HttpResponse &response) -> Result<WriteReceipt> {
        if (!response.isSuccess())
            return mapError(response);
        const QJsonObject data = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject();
        WriteReceipt receipt;
        receipt.previousRank = data.value(QStringLiteral("PreviousRank")).toInt(-1);
        receipt.previousRoleName = data.value(QStringLiteral("PreviousRole")).toString();
        receipt.newRank = data.value(QStringLiteral("NewRank")).toInt(-1);
        receipt.newRoleName = data.value(QStringLiteral("NewRole")).toString();
        receipt.reference = data.value(QStringLiteral("WorkspaceId")).toString();
        return receipt;
    });
}

QFuture<Result<WriteReceipt>> SeriesWriter::setRole(qint64 userId, const Role &, const Role &target, const QString &reason)
{
    return rank(QStringLiteral("/ranking/set-rank/%1/%2").arg(userId).arg(target.rank), reason);
}

QFuture<Result<WriteReceipt>> SeriesWriter::step(qint64 userId, bool up, const QString &reason)
{
    return rank(QStringLiteral("/ranking/%1/%2").arg(up ? QStringLiteral("promote") : QStringLiteral("demote")).arg(userId), reason);
}

QFuture<Result<QString>> SeriesWriter::checkAccess()
{
    // The key travels in the path here (as documented); the URL is never shown or logged.
    const QString path = QStringLiteral("/basic/check-key/") + QString::fromLatin1(QUrl::toPercentEncoding(m_apiKey));
    QUrl url = endpointUrl(m_base, QString());
    url.setPath(url.path() + path, QUrl::TolerantMode);
    return m_transport->send(HttpRequest{"GET", url, {}, {}}).then(this, [](const HttpResponse &response) -> Result<QString> {
        if (!response.isSuccess())
            return mapError(response);
        const QJsonObject data = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject();
        if (!data.value(QStringLiteral("valid")).toBool()) {
            ApiError error = ApiError::local(Kind::Auth, QStringLiteral("series.key-inactive"),
                                             data.value(QStringLiteral("message")).toString(tr("API key is inactive or invalid")));
            error.hint = ApiError::tr("Create or re-activate the key in the Series.hr workspace settings.");
            return error;
        }
        return tr("Series.hr workspace %1 (%2)").arg(data.value(QStringLiteral("workspaceName")).toString(),
                                                     data.value(QStringLiteral("status")).toString());
    });
}
