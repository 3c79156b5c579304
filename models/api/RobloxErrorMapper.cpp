#include "RobloxErrorMapper.h"

#include "HttpErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RobloxErrorMapper {

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
    return HttpErrors::kindForStatus(status);
}

ApiError map(const HttpResponse &response)
{
    ApiError error = HttpErrors::base(response);
    if (HttpErrors::isComplete(response))
        return error;

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
