#include "HttpTransport.h"

#include <cstring>

#include "domain/ConnectionProfile.h"
#include "domain/Logging.h"

#include <QElapsedTimer>

#include <QNetworkAccessManager>
#include <QPromise>
#include <QTimer>

#include <cmath>

std::optional<qint64> HttpResponse::headerNumber(const QByteArray &lowerName, qint64 lowest, qint64 highest) const
{
    const QByteArray text = header(lowerName).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok); // accepts "inf" and "nan"; fails on overflow (1e400)
    if (!ok || std::isnan(value))
        return std::nullopt;
    const double rounded = std::ceil(value);
    if (rounded <= static_cast<double>(lowest))
        return lowest;
    if (rounded >= static_cast<double>(highest))
        return highest;
    return static_cast<qint64>(rounded);
}

int HttpResponse::retryAfterSeconds() const
{
    // -1 as the lower bound keeps "negative" apart from 0, so a negative retry-after falls through
    // to x-ratelimit-reset as an absent one does.
    for (const QByteArray &name : {QByteArray("retry-after"), QByteArray("x-ratelimit-reset")}) {
        if (const std::optional<qint64> seconds = headerNumber(name, -1, MaxAdvisedWaitSeconds); seconds && *seconds >= 0)
            return int(*seconds);
    }
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
    HttpRequest conditioned = request;
    if (!conditioned.stillWanted)
        conditioned.stillWanted = m_condition;
    schedule(conditioned, promise);
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

namespace {

// A request body that can be read once and never rewound. Qt's HTTP layer re-sends a request by itself
// when the connection closes before the answer (and a rank change may well have been carried out
// by then); it must rewind the body to do so, and this refuses, so the reply fails with
// ContentReSendError instead: the change engine then re-reads the member before anything else.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 position) override
    {
        if (m_started && position != pos())
            return false;
        return QIODevice::seek(position);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, qint64(m_data.size()) - pos());
        if (count <= 0)
            return count == 0 ? 0 : -1;
        std::memcpy(data, m_data.constData() + pos(), size_t(count));
        m_started = true;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_started = false;
};

} // namespace

void HttpTransport::attempt(const HttpRequest &request, std::shared_ptr<QPromise<HttpResponse>> promise,
                            int retries)
{
    if (request.stillWanted && !request.stillWanted()) {
        HttpResponse withdrawn;
        withdrawn.withdrawn = true;
        withdrawn.networkError = QNetworkReply::OperationCanceledError;
        withdrawn.rateLimitRetries = retries;
        qCInfo(lcHttp).noquote() << "withdrawn before sending:" << request.method << request.url.host() + request.url.path();
        promise->addResult(withdrawn);
        promise->finish();
        return;
    }
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

    // Reads may be repeated freely; a write goes out once or fails (see OneShotBody).
    const bool write = request.method != "GET" && request.method != "HEAD";
    OneShotBody *body = write ? new OneShotBody(request.body) : nullptr;
    // A GET goes out without a body: Qt then starts it at once, with the read-buffer limit below in
    // force from its first byte (a request with a body, even an empty one, starts a turn later).
    QNetworkReply *reply = body                                                ? m_nam->sendCustomRequest(networkRequest, request.method, body)
        : request.method == "GET" && request.body.isEmpty()                    ? m_nam->get(networkRequest)
                                                                               : m_nam->sendCustomRequest(networkRequest, request.method, request.body);
    if (body)
        body->setParent(reply);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();

    // The answer is taken as it arrives, never more than the cap: Qt holds at most ReadBufferBytes
    // unread (it stops reading the socket beyond that), and a declared Content-Length over the cap
    // ends the read before the body. Past the cap the reply is aborted and what was read dropped.
    const qint64 cap = request.maxResponseBytes > 0 ? request.maxResponseBytes : HttpRequest::DefaultMaxResponseBytes;
    constexpr qint64 ReadBufferBytes = 256 * 1024;
    // Qt hands the size to its HTTP thread only once the request has started there, which for a
    // request with a body (even an empty one) is a turn of the event loop later: so again then.
    reply->setReadBufferSize(ReadBufferBytes);
    QMetaObject::invokeMethod(reply, [reply] { reply->setReadBufferSize(ReadBufferBytes); }, Qt::QueuedConnection);
    struct Received
    {
        QByteArray body;
        bool overCap = false;
    };
    auto received = std::make_shared<Received>();
    const auto take = [reply, received, cap] {
        if (received->overCap)
            return;
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        bool overCap = declared.isValid() && declared.toLongLong() > cap;
        while (!overCap && reply->bytesAvailable() > 0) {
            // One byte beyond the cap is enough to know.
            received->body.append(reply->read(std::min(reply->bytesAvailable(), cap - received->body.size() + 1)));
            overCap = received->body.size() > cap;
        }
        if (overCap) {
            received->overCap = true;
            received->body = QByteArray();
            reply->abort(); // finishes the reply (OperationCanceledError), here and now
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, take);
    connect(reply, &QNetworkReply::readyRead, this, take);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, promise, retries, started, received, cap, take] {
        reply->deleteLater();
        take(); // whatever came with the end
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.networkError = reply->error();
        response.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        response.body = std::move(received->body);
        response.rateLimitRetries = retries;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        if (received->overCap) {
            // Not an answer to act on: a write's outcome is as unknown as with a lost answer.
            response.status = 0;
            response.timedOut = false;
            response.exceededBodyCap = cap;
            qCWarning(lcHttp).noquote() << request.method << request.url.host() + request.url.path()
                                        << "answer longer than" << cap << "bytes; read stopped";
        }
        // Host and path only: queries and bodies are not logged, and key-bearing paths are masked.
        qCDebug(lcHttp).noquote() << request.method << request.url.host() + request.url.path() << "->" << response.status
                                  << QStringLiteral("%1 ms").arg(started->elapsed());
        if (response.status == 0 && !received->overCap)
            qCWarning(lcHttp).noquote() << request.method << request.url.host() + request.url.path() << "failed:" << reply->errorString();

        const int advised = response.retryAfterSeconds(); // at most MaxAdvisedWaitSeconds
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
