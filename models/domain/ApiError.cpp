#include "ApiError.h"

ApiError ApiError::local(Kind kind, const QString &code, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.providerCode = code;
    error.message = message;
    return error;
}

bool ApiError::isRetryable() const
{
    return kind == Kind::RateLimited || kind == Kind::Unavailable || kind == Kind::Network;
}

QString ApiError::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Auth: return tr("Authentication failed");
    case Kind::Permission: return tr("Permission denied");
    case Kind::NotFound: return tr("Not found");
    case Kind::Invalid: return tr("Refused");
    case Kind::Conflict: return tr("Conflict");
    case Kind::RateLimited: return tr("Rate limited");
    case Kind::Quota: return tr("Quota exhausted");
    case Kind::Unavailable: return tr("Service unavailable");
    case Kind::Network: return tr("Network error");
    case Kind::Storage: return tr("Database error");
    case Kind::Internal: return tr("Unexpected error");
    }
    return tr("Unexpected error");
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::Permission: return QStringLiteral("permission");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Invalid: return QStringLiteral("invalid");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Quota: return QStringLiteral("quota");
    case Kind::Unavailable: return QStringLiteral("unavailable");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Storage: return QStringLiteral("storage");
    case Kind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

static QString nextStep(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Auth:
        return ApiError::tr("Check that the API key is correct, enabled and not expired.");
    case ApiError::Kind::Permission:
        return ApiError::tr("Give the key the needed scopes (group:read, group:write) and make sure "
                            "its owner ranks above the member and the target role.");
    case ApiError::Kind::RateLimited:
        return ApiError::tr("Wait a moment and try again.");
    case ApiError::Kind::Unavailable:
    case ApiError::Kind::Network:
        return ApiError::tr("Check the connection and the base URL, then try again.");
    default:
        return {};
    }
}

QString ApiError::userText() const
{
    QString text = kindTitle(kind);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    const bool providerCodeShown = !providerCode.isEmpty() && !providerCode.startsWith(QStringLiteral("rankdesk."));
    if (httpStatus > 0 && providerCodeShown)
        text += tr(" (HTTP %1, %2)").arg(httpStatus).arg(providerCode);
    else if (httpStatus > 0)
        text += tr(" (HTTP %1)").arg(httpStatus);
    if (retryAfterSeconds >= 0 && kind == Kind::RateLimited)
        text += tr(" Retry after %n second(s).", nullptr, retryAfterSeconds);
    const QString step = hint.isEmpty() ? nextStep(kind) : hint;
    if (!step.isEmpty())
        text += QLatin1Char(' ') + step;
    return text;
}
