#include "HttpTransport.h"

#include "domain/ConnectionProfile.h"
#include "domain/Logging.h"

#include <QElapsedTimer>

#include <QNetworkAccessManager>
#include <QPromise>
#include <QTimer>

#include <cmath>

int HttpResponse::retryAfterSeconds() const
{
    bool ok = false;
    const int retryAfter = header("retry-after").trimmed().toInt(&ok);
    if (ok && retryAfter >= 0)
        return retryAfter;
    const QByteArray reset = header("x-ratelimit-reset").trimmed();
    const double resetSeconds = reset.toDouble(&ok);
    if (ok && resetSeconds >= 0)
        return int(std::ceil(resetSeconds));
    return -1;
}

HttpTransport::HttpTransport(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    m_clock.start();
}

void HttpTransport::setBudget(const QByteArray &name, int perMinute, qint64 windowMs)
{
    m_budgets[name].reset(perMinute, windowMs);
}

QFuture<HttpResponse> HttpTransport::send(const HttpRequest &request)
{
    auto promise = std::make_shared<QPromise<HttpResponse>>();
    promise->start();
    QFuture<HttpResponse> future = promise->future();
    // Keys ride in headers, so nothing goes out in the clear except to a simulator on this machine.
    if (!ConnectionProfile::isAllowedBaseUrl(request.url)) {
        HttpResponse refused;
        refused.refusedOrigin = request.url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        qCWarning(lcHttp).noquote() << "refused to send" << request.method << "to" << refused.refusedOrigin;
        promise->addResult(refused);
        promise->finish();
        return future;
    }
    schedule(request, promise);
    return future;
}

void HttpTransport::schedule(const HttpRequest &request, std::shared_ptr<QPromise<HttpResponse>> promise)
{
    const auto budget = m_budgets.find(request.budget);
    if (!request.budget.isEmpty() && budget != m_budgets.end()) {
        const qint64 now = m_clock.elapsed();
        if (const qint64 wait = budget->msUntilAvailable(now); wait > 0) {
            QTimer::singleShot(int(wait), Qt::PreciseTimer, this, [this, request, promise] { schedule(request, promise); });
            return;
        }
        budget->take(now);
    }
    attempt(request, promise, 0);
}

void HttpTransport::attempt(const HttpRequest &request, std::shared_ptr<QPromise<HttpResponse>> promise,
                            int retries)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(m_timeoutMs);
    // Never follow redirects: a redirect to another host must not carry the key.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Rankdesk/" RANKDESK_VERSION));
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty() || request.method != "GET")
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    QNetworkReply *reply = m_nam->sendCustomRequest(networkRequest, request.method, request.body);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, promise, retries, started] {
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.networkError = reply->error();
        response.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        response.body = reply->readAll();
        response.rateLimitRetries = retries;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        // Host and path only: queries and bodies are not logged, and key-bearing paths are masked.
        qCDebug(lcHttp).noquote() << request.method << request.url.host() + request.url.path() << "->" << response.status
                                  << QStringLiteral("%1 ms").arg(started->elapsed());
        if (response.status == 0)
            qCWarning(lcHttp).noquote() << request.method << request.url.host() + request.url.path() << "failed:" << reply->errorString();

        const int advised = response.retryAfterSeconds();
        const qint64 waitMs = advised >= 0 ? qint64(std::max(advised, 1)) * 1000 : qint64(1000) << std::min(retries, 6);
        // A wait beyond the cap (a monthly quota, a hostile header) is not waited out: the 429 is the answer.
        if (response.status == 429 && retries < m_maxRateLimitRetries && waitMs <= m_maxRetryWaitMs) {
            emit rateLimited(int(waitMs));
            QTimer::singleShot(int(waitMs), this, [this, request, promise, retries] {
                attempt(request, promise, retries + 1);
            });
            return;
        }
        promise->addResult(response);
        promise->finish();
    });
}
