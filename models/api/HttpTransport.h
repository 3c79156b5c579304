#pragma once

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPromise>
#include <QUrl>
#include <QElapsedTimer>

#include "RequestWindow.h"

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

struct HttpRequest
{
    // The most of an answer's body the transport reads; past it the read stops and the call fails
    // (HttpResponse::exceededBodyCap). Nothing Rankdesk asks for comes near: a group, a user or a
    // write answer is under 10 KB and an error page from a proxy rarely passes 100 KB, so 4 MiB
    // is some 400 times the usual; a listing page (100 members, 100 audit entries, 20 roles) is
    // 10-100 KB, so pages get 16 MiB, over 150 times the largest seen. A body is held whole in
    // memory to be parsed (and roughly tripled by the JSON parser), so the caps keep one hostile
    // or broken answer from taking hundreds of MB.
    static constexpr qint64 DefaultMaxResponseBytes = qint64(4) << 20;
    static constexpr qint64 PageMaxResponseBytes = qint64(16) << 20;

    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // sent with Content-Type: application/json when non-empty
    QByteArray budget = {}; // "read", "write" or empty: which of the key owner's per-minute budgets it draws on
    qint64 maxResponseBytes = DefaultMaxResponseBytes; // see above; <= 0 means the default
    // Asked right before the request goes out (after any pacing or 429 wait); false withdraws it
    // unsent (HttpResponse::withdrawn). Set through HttpTransport::SendCondition.
    std::function<bool()> stillWanted = {};
};

struct HttpResponse
{
    int status = 0; // 0 = no HTTP answer
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    int rateLimitRetries = 0; // how many 429s were waited out before this answer
    // Non-zero when the answer's body was longer than this cap (the request's maxResponseBytes):
    // the read was stopped there, nothing of it is kept and status is 0, as for no answer.
    qint64 exceededBodyCap = 0;
    // Set when the request was never sent: not https (nor plain http to this machine). Scheme and
    // host only, for the message.
    QString refusedOrigin;
    // Never sent: its sender no longer wanted it when its turn came (a paused, cancelled or taken-over batch).
    bool withdrawn = false;

    bool isSuccess() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }

    // The longest wait an answer may advise that is kept as said: a year, beyond any provider's
    // period (WESK's monthly quota resets within 31 days). Larger values count as this, so every
    // wait fits an int in seconds and a qint64 in milliseconds.
    static constexpr qint64 MaxAdvisedWaitSeconds = qint64(366) * 24 * 3600;
    // A header's number, rounded up and clamped to [lowest, highest] while still a double, so no
    // value a server sends (1e300, inf, -5) reaches an integer conversion out of range.
    // std::nullopt when the header is absent or not a decimal number (nan, "soon", a date).
    // Bounds must be exact as doubles (|x| <= 2^53).
    std::optional<qint64> headerNumber(const QByteArray &lowerName, qint64 lowest, qint64 highest) const;
    // retry-after (seconds), else x-ratelimit-reset; -1 when neither is present (or negative, or not
    // a number); at most MaxAdvisedWaitSeconds.
    int retryAfterSeconds() const;
};

// Sends requests through the one shared QNetworkAccessManager. Owns per-request timeouts and waits
// out 429 answers (retry-after, else exponential backoff) a bounded number of times, so every backend
// honours provider rate limits the same way. Reads each answer as it arrives and stops at the
// request's maxResponseBytes (a declared Content-Length over it stops before the body), so memory
// stays bounded whatever a server sends.
//
// Usage:
//   HttpTransport transport(&nam);
//   transport.send({"GET", url, {{"x-api-key", key}}, {}}).then(this, [](HttpResponse r) { ... });
class HttpTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    explicit HttpTransport(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxRateLimitRetries(int retries) { m_maxRateLimitRetries = retries; }
    // Upper bound on one wait, so a hostile retry-after cannot freeze the console.
    void setMaxRetryWaitMs(int ms) { m_maxRetryWaitMs = ms; }

    // Requests tagged with a budget never exceed `perMinute` in any minute (0: unlimited). Every
    // user of this transport shares them: roster loads, re-checks and writes alike.
    void setBudget(const QByteArray &name, int perMinute, qint64 windowMs = 60'000);

    QFuture<HttpResponse> send(const HttpRequest &request);

    // While one lives, every request sent through this transport goes out only if `stillWanted`
    // still says so when its turn comes: a batch's write that waited for budget is not sent after
    // the batch was paused, cancelled or taken over by another program.
    class SendCondition
    {
        Q_DISABLE_COPY_MOVE(SendCondition)

    public:
        SendCondition(HttpTransport *transport, std::function<bool()> stillWanted) : m_transport(transport)
        {
            m_transport->m_condition = std::move(stillWanted);
        }
        ~SendCondition() { m_transport->m_condition = {}; }

    private:
        HttpTransport *m_transport;
    };

signals:
    void rateLimited(int waitMs);

private:
    void schedule(const HttpRequest &request, std::shared_ptr<QPromise<HttpResponse>> promise);
    void attempt(const HttpRequest &request, std::shared_ptr<QPromise<HttpResponse>> promise, int retries);

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 30000;
    int m_maxRateLimitRetries = 5;
    int m_maxRetryWaitMs = 120000;
    QHash<QByteArray, RequestWindow> m_budgets;
    QElapsedTimer m_clock;
    std::function<bool()> m_condition;
};
