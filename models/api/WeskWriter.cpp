#include "WeskWriter.h"

#include "Endpoint.h"
#include "WriterCatalog.h"
#include "HttpErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

using Kind = ApiError::Kind;

WeskWriter::WeskWriter(HttpTransport *transport, QUrl baseUrl, QString apiKey, qint64 groupId, bool composeDemote,
                       QObject *parent)
    : QObject(parent), m_transport(transport), m_base(std::move(baseUrl)), m_apiKey(std::move(apiKey)), m_groupId(groupId),
      m_composeDemote(composeDemote)
{
}

WriterCapabilities WeskWriter::capabilities() const
{
    return writerCapabilities(ConnectionProfile::WriterKind::Wesk, m_composeDemote);
}

QString WeskWriter::quotaText(const HttpResponse &response)
{
    // Both numbers are clamped before any conversion: a plan has far fewer than a billion requests,
    // and a reset further off than MaxAdvisedWaitSeconds (a year) is shown as that.
    const std::optional<qint64> remaining = response.headerNumber("x-ratelimit-remaining", 0, 1'000'000'000);
    if (!remaining)
        return {};
    const qint64 resetSeconds = response.headerNumber("x-ratelimit-reset", 0, HttpResponse::MaxAdvisedWaitSeconds).value_or(0);
    return tr("%1 requests left this period; resets in %2.")
        .arg(*remaining)
        .arg(resetSeconds >= 86400 ? tr("%n day(s)", nullptr, int(resetSeconds / 86400))
                                   : tr("%n second(s)", nullptr, int(resetSeconds)));
}

ApiError WeskWriter::mapError(const HttpResponse &response)
{
    ApiError error = HttpErrors::base(response);
    if (HttpErrors::isComplete(response))
        return error;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    error.providerCode = body.value(QStringLiteral("error")).toString();
    error.message = body.value(QStringLiteral("message")).toString();
    if (error.message.isEmpty())
        error.message = ApiError::tr("WESK RankBot answered HTTP %1 without an error description.").arg(response.status);
    switch (response.status) {
    case 401:
        error.hint = ApiError::tr("Check the WESK RankBot API key.");
        break;
    case 403:
        if (error.providerCode == u"PLAN_REQUIRED")
            error.hint = ApiError::tr("Demote needs a Pro or Max plan. On Starter, turn on \"Demote through set-rank\" in the profile.");
        else
            error.hint = ApiError::tr("The key is not authorized for this group or action.");
        break;
    case 404:
        error.hint = ApiError::tr("The user must be in the Roblox group.");
        break;
    case 429:
        // WESK's 429 is the plan's monthly quota, not a short burst limit.
        error.kind = Kind::Quota;
        error.hint = ApiError::tr("The plan's monthly request quota is used up. %1").arg(quotaText(response));
        break;
    case 502:
        error.hint = ApiError::tr("Roblox's API failed behind WESK RankBot; try again later.");
        break;
    default:
        break;
    }
    return error;
}

QFuture<Result<WriteReceipt>> WeskWriter::post(const QString &path, const QJsonObject &body)
{
    const HttpRequest request{"POST", endpointUrl(m_base, path), {{"Authorization", "Bearer " + m_apiKey.toUtf8()}},
                              QJsonDocument(body).toJson(QJsonDocument::Compact), "write"};
    return m_transport->send(request).then(this, [this](const HttpResponse &response) -> Result<WriteReceipt> {
        if (const QString quota = quotaText(response); !quota.isEmpty())
            emit quotaChanged(quota);
        if (!response.isSuccess())
            return mapError(response);
        const QJsonObject json = QJsonDocument::fromJson(response.body).object();
        WriteReceipt receipt;
        receipt.previousRank = json.value(QStringLiteral("fromRank")).toInt(-1);
        receipt.newRank = json.value(QStringLiteral("toRank")).toInt(-1);
        receipt.quota = quotaText(response);
        return receipt;
    });
}

QFuture<Result<WriteReceipt>> WeskWriter::setRole(qint64 userId, const Role &, const Role &target, const QString &)
{
    return post(QStringLiteral("/setRank"), {{QStringLiteral("groupId"), m_groupId}, {QStringLiteral("userId"), userId},
                                             {QStringLiteral("action"), QStringLiteral("setRank")},
                                             {QStringLiteral("targetRank"), target.rank}});
}

QFuture<Result<WriteReceipt>> WeskWriter::step(qint64 userId, bool up, const QString &)
{
    return post(QStringLiteral("/rank"), {{QStringLiteral("groupId"), m_groupId}, {QStringLiteral("userId"), userId},
                                          {QStringLiteral("action"), up ? QStringLiteral("promote") : QStringLiteral("demote")}});
}

QFuture<Result<QString>> WeskWriter::checkAccess()
{
    const HttpRequest request{"GET", endpointUrl(m_base, GroupInfoPath.arg(m_groupId)),
                              {{"Authorization", "Bearer " + m_apiKey.toUtf8()}}, {}};
    return m_transport->send(request).then(this, [this](const HttpResponse &response) -> Result<QString> {
        if (!response.isSuccess())
            return mapError(response);
        const QJsonObject json = QJsonDocument::fromJson(response.body).object();
        QString text = tr("WESK RankBot: group %1 (%2)").arg(json.value(QStringLiteral("name")).toString()).arg(m_groupId);
        if (const QString quota = quotaText(response); !quota.isEmpty())
            text += QLatin1Char(' ') + quota;
        return text;
    });
}
