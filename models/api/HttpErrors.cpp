#include "HttpErrors.h"

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
    if (!response.refusedOrigin.isEmpty())
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

} // namespace HttpErrors
