#include "HttpErrors.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace HttpErrors {

ApiError::Kind kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    switch (status) {
    case 400: return Kind::Invalid;
    case 401: return Kind::Auth;
    case 403: return Kind::Permission;
    case 404: return Kind::NotFound;
    case 409: return Kind::Conflict;
    case 429: return Kind::RateLimited;
    default: break;
    }
    if (status >= 500)
        return Kind::Unavailable;
    if (status >= 300 && status < 400)
        return Kind::Invalid; // a base URL that moved: a profile to correct, not a retry
    return Kind::Internal;
}

ApiError networkError(const HttpResponse &response)
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    if (response.withdrawn) {
        error.providerCode = QStringLiteral("rankdesk.withdrawn");
        error.message = ApiError::tr("Not sent: the batch was paused, cancelled or taken over before this request's turn came.");
        return error;
    }
    if (response.exceededBodyCap > 0)
        error.message = ApiError::tr("The server's answer was longer than %1 MB, more than Rankdesk reads for one request, "
                                     "so reading it was stopped.")
                            .arg(response.exceededBodyCap / (1024 * 1024));
    else if (!response.refusedOrigin.isEmpty())
        error.message = ApiError::tr("Rankdesk did not send the request to %1: keys travel only over https:// "
                                     "(plain http:// only to this machine). Correct the base URL in the profile.")
                            .arg(response.refusedOrigin);
    else if (response.timedOut)
        error.message = ApiError::tr("The request timed out.");
    else if (response.networkError == QNetworkReply::ConnectionRefusedError)
        error.message = ApiError::tr("The connection was refused.");
    else if (response.networkError == QNetworkReply::RemoteHostClosedError)
        error.message = ApiError::tr("The server closed the connection before answering.");
    else if (response.networkError == QNetworkReply::ContentReSendError)
        error.message = ApiError::tr("The connection closed before the answer came; the request may have been carried out.");
    else if (response.networkError == QNetworkReply::HostNotFoundError)
        error.message = ApiError::tr("The server's host name could not be resolved.");
    else
        error.message = ApiError::tr("The request failed before the server answered (error %1).")
                            .arg(int(response.networkError));
    return error;
}

ApiError base(const HttpResponse &response)
{
    if (response.status == 0)
        return networkError(response);
    ApiError error;
    error.httpStatus = response.status;
    error.kind = kindForStatus(response.status);
    error.retryAfterSeconds = response.retryAfterSeconds();
    if (response.status >= 300 && response.status < 400) {
        // Redirects are never followed (HttpTransport), so the key did not go to the new address.
        const QUrl target = QUrl::fromEncoded(response.header("location"));
        error.message = ApiError::tr("The server answered with a redirect (HTTP %1) to %2. Rankdesk does not follow "
                                     "redirects, so your key was not sent there; check the profile's base URL.")
                            .arg(response.status)
                            .arg(target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    }
    return error;
}

ApiError badAnswer(const QString &problem, int httpStatus)
{
    ApiError error = ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.bad-answer"),
                                     ApiError::tr("The server's answer could not be used: %1").arg(problem));
    error.httpStatus = httpStatus;
    error.hint = ApiError::tr("Check that the profile's base URL points at the provider; if it does, the provider "
                              "answered wrongly, so try again later.");
    return error;
}

std::optional<QJsonObject> jsonObject(const HttpResponse &response, ApiError *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        *error = badAnswer(ApiError::tr("it is not a JSON object."), response.status);
        return std::nullopt;
    }
    return document.object();
}

std::optional<qint64> countField(const QJsonObject &json, const QString &key, qint64 absent)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return absent;
    qint64 count = -1;
    if (value.isDouble()) {
        // toInteger() takes only a whole number within qint64 (else -1, refused below with the negatives).
        count = value.toInteger(-1);
    } else if (value.isString()) {
        bool ok = false;
        const QString text = value.toString();
        count = text.toLongLong(&ok);
        if (!ok || text.isEmpty() || !text.front().isDigit()) // no sign, no space
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (count < 0 || count > MaxMemberCount)
        return std::nullopt;
    return count;
}

ApiError badCount(const QString &whose, const QJsonValue &value, int httpStatus)
{
    QString shown;
    if (value.isDouble())
        shown = QString::number(value.toDouble(), 'g', 17);
    else if (value.isString())
        shown = QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    else if (value.isBool())
        shown = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        shown = value.isArray() ? QStringLiteral("an array") : QStringLiteral("an object");
    return badAnswer(ApiError::tr("the member count of %1 is %2, not a whole number from 0 to %3.")
                         .arg(whose, shown).arg(MaxMemberCount),
                     httpStatus);
}

std::optional<QString> pageToken(const QJsonObject &json, const QString &key, int httpStatus, ApiError *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString() || value.toString().size() > MaxPageTokenLength) {
        *error = badAnswer(value.isString() ? ApiError::tr("its %1 is %2 characters long (at most %3 are expected).")
                                                  .arg(key).arg(value.toString().size()).arg(MaxPageTokenLength)
                                            : ApiError::tr("its %1 is not a string.").arg(key),
                           httpStatus);
        return std::nullopt;
    }
    return value.toString();
}

} // namespace HttpErrors
