#pragma once

#include <QCoreApplication>
#include <QString>

// The one error value that crosses every boundary: backends map provider bodies into it, the rank
// rules produce it for refusals, and the UI/CLI turn it into text in exactly one place (userText).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Auth,        // key missing, invalid or expired
        Permission,  // key or its owner may not do this
        NotFound,    // user, member, role or group does not exist
        Invalid,     // request refused as malformed or by a rank rule
        Conflict,    // state changed underneath us
        RateLimited, // provider budget exhausted for now
        Quota,       // provider plan quota exhausted
        Unavailable, // provider 5xx
        Network,     // connection refused, dropped, timed out
        Storage,     // the history database refused, is damaged, full or read-only
        Internal,    // anything we cannot classify
    };

    Kind kind = Kind::Internal;
    int httpStatus = 0;       // 0 when no HTTP answer (network) or a local refusal
    QString providerCode;     // e.g. PERMISSION_DENIED, or a rankdesk.* code for local refusals
    QString message;          // provider's (or rule's) message, never containing a secret
    int retryAfterSeconds = -1; // from retry-after / x-ratelimit-reset, -1 when unknown
    QString hint;             // what to do next for this specific error; else the kind's advice

    static ApiError local(Kind kind, const QString &code, const QString &message);

    bool isRetryable() const;
    static QString kindTitle(Kind kind);
    static QString kindName(Kind kind); // stable, for --json and the history table
    // What to tell a person: the kind, the provider's message, status/code, and what to do next.
    QString userText() const;
};
