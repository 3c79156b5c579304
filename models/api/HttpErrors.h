#pragma once

#include "HttpTransport.h"
#include "domain/ApiError.h"

// What every provider's error mapper starts from: transport failures, the kind an HTTP status
// implies, and the advised wait. Each mapper then reads its provider's body.
namespace HttpErrors {
ApiError::Kind kindForStatus(int status);
ApiError networkError(const HttpResponse &response);
// A network error when there was no answer; otherwise status, kind and retry-after filled in.
ApiError base(const HttpResponse &response);
// True when base() already says all there is (no answer, or a redirect): the body is not the provider's.
inline bool isComplete(const HttpResponse &response)
{
    return response.status == 0 || (response.status >= 300 && response.status < 400);
}
} // namespace HttpErrors
