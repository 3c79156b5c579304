#include "RobloxErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RobloxErrorMapper {

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
    return Kind::Internal;
}

static ApiError::Kind kindForOpenCloudCode(const QString &code, int status)
{
    using Kind = ApiError::Kind;
    if (code == u"INVALID_ARGUMENT") return Kind::Invalid;
    if (code == u"PERMISSION_DENIED") return Kind::Permission;
    if (code == u"UNAUTHENTICATED") return Kind::Auth;
    if (code == u"NOT_FOUND") return Kind::NotFound;
    if (code == u"ABORTED") return Kind::Conflict;
    if (code == u"RESOURCE_EXHAUSTED") return Kind::RateLimited;
    if (code == u"UNAVAILABLE" || code == u"INTERNAL") return Kind::Unavailable;
    return kindForStatus(status);
}

ApiError networkError(const HttpResponse &response)
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    if (response.timedOut)
        error.message = ApiError::tr("The request timed out.");
    else if (response.networkError == QNetworkReply::ConnectionRefusedError)
        error.message = ApiError::tr("The connection was refused.");
    else if (response.networkError == QNetworkReply::RemoteHostClosedError)
        error.message = ApiError::tr("The server closed the connection before answering.");
    else if (response.networkError == QNetworkReply::HostNotFoundError)
        error.message = ApiError::tr("The server's host name could not be resolved.");
    else
        error.message = ApiError::tr("The request failed before the server answered (error %1).")
                            .arg(int(response.networkError));
    return error;
}

ApiError map(const HttpResponse &response)
{
    if (response.status == 0)
        return networkError(response);

    ApiError error;
    error.httpStatus = response.status;
    error.kind = kindForStatus(response.status);
    error.retryAfterSeconds = response.retryAfterSeconds();

    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (body.value(QStringLiteral("code")).isString()) { // Open Cloud v2
        error.providerCode = body.value(QStringLiteral("code")).toString();
        error.kind = kindForOpenCloudCode(error.providerCode, response.status);
        error.message = body.value(QStringLiteral("message")).toString();
    } else if (body.value(QStringLiteral("errors")).isArray()) { // gateway and legacy
        const QJsonObject first = body.value(QStringLiteral("errors")).toArray().first().toObject();
        const int code = first.value(QStringLiteral("code")).toInt();
        if (code != 0) // 0 is the gateway's "no specific code"
            error.providerCode = QString::number(code);
        error.message = first.value(QStringLiteral("message")).toString();
    } else if (body.contains(QStringLiteral("message"))) { // flat legacy form
        error.message = body.value(QStringLiteral("message")).toString();
    } else {
        error.message = ApiError::tr("The server answered HTTP %1 without an error description.")
                            .arg(response.status);
    }
    return error;
}

} // namespace RobloxErrorMapper
