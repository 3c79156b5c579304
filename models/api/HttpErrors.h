#pragma once

#include "HttpTransport.h"
#include "domain/ApiError.h"

#include <QJsonObject>

#include <optional>

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

// Successful answers that cannot be used (not JSON, a count no group has, a listing that never
// ends): Kind::Internal with the code rankdesk.bad-answer, `problem` as the message and the
// advice to check the base URL. httpStatus is the answer's (0 when the problem spans answers).
ApiError badAnswer(const QString &problem, int httpStatus = 0);
// The answer's body as a JSON object, or badAnswer when it is not one.
std::optional<QJsonObject> jsonObject(const HttpResponse &response, ApiError *error);

// The largest count of members (of a group, of a role) an answer may give: far more than any
// Roblox group has, and within an int, so every count shown, converted or summed stays in range.
// Rankdesk cannot load a roster anywhere near it (see RosterLoader's page bound).
inline constexpr qint64 MaxMemberCount = 1'000'000'000;
// A count field: a whole number 0..MaxMemberCount, as a JSON number or a decimal string (Open
// Cloud's int64 fields may come as strings); `absent` when the field is missing or null;
// std::nullopt for anything else (1e15, -3, 1.5, "NaN", true).
std::optional<qint64> countField(const QJsonObject &json, const QString &key, qint64 absent);
// badAnswer for a count countField refused: "the member count of <whose> is <value>, …".
ApiError badCount(const QString &whose, const QJsonValue &value, int httpStatus);

// Longest page token or cursor taken from an answer. Roblox's are well under 1 KB; a token goes
// back in the next request's URL, where servers commonly refuse lines over 8 KB.
inline constexpr qsizetype MaxPageTokenLength = 4096;
// The answer's page token (`key`, a string or absent/null for the last page), or badAnswer when it
// is another type or longer than MaxPageTokenLength.
std::optional<QString> pageToken(const QJsonObject &json, const QString &key, int httpStatus, ApiError *error);
} // namespace HttpErrors
