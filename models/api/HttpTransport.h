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

#include <memory>

class QNetworkAccessManager;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // sent with Content-Type: application/json when non-empty
    QByteArray budget = {}; // "read", "write" or empty: which of the key owner's per-minute budgets it draws on
};

struct HttpResponse
{
    int status = 0; // 0 = no HTTP answer
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    int rateLimitRetries = 0; // how many 429s were waited out before this answer
    // Set when the request was never sent: not https (nor plain http to this machine). Scheme and
    // host only, for the message.
    QString refusedOrigin;

    bool isSuccess() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // retry-after (seconds), else x-ratelimit-reset; -1 when neither is present.
    int retryAfterSeconds() const;
};

// Sends requests through the one shared QNetworkAccessManager. Owns per-request timeouts and waits
// out 429 answers (retry-after, else exponential backoff) a bounded number of times, so every backend
// honours provider rate limits the same way.
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
};
