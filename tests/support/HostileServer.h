#pragma once

#include <QByteArray>
#include <QSemaphore>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace TestSupport {

// A bare HTTP/1.1 server on its own thread, as a remote server would be, for answers the simulator
// never gives. `route` (called on that thread) answers each request target (path and query); a
// route may stream a chunked body of any size instead, made as it is sent. Every answer closes.
class HostileServer final : public QThread
{
public:
    struct Answer
    {
        QByteArray body;
        QByteArray status = "200 OK";
        qint64 streamBytes = 0; // > 0: send this many bytes of spaces instead of body
    };
    using Route = std::function<Answer(const QByteArray &target)>;

    explicit HostileServer(Route route) : m_route(std::move(route))
    {
        start();
        m_ready.acquire();
    }
    ~HostileServer() override
    {
        quit();
        wait();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    int requests() const { return m_requests; }
    qint64 streamed() const { return m_streamed; }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto head = std::make_shared<QByteArray>();
                auto answered = std::make_shared<bool>(false);
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head, answered] {
                    const QByteArray data = socket->readAll();
                    if (*answered)
                        return; // a request body
                    head->append(data);
                    const qsizetype end = head->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray target = head->left(end).split(' ').value(1);
                    *answered = true;
                    ++m_requests;
                    answer(socket, m_route(target));
                });
            }
        });
        m_ready.release();
        exec();
    }

private:
    void answer(QTcpSocket *socket, const Answer &a)
    {
        if (a.streamBytes <= 0) {
            socket->write("HTTP/1.1 " + a.status + "\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n" + a.body);
            socket->disconnectFromHost();
            return;
        }
        socket->write("HTTP/1.1 " + a.status + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        constexpr qint64 Chunk = 0x10000;
        const QByteArray chunk = QByteArray::number(Chunk, 16) + "\r\n" + QByteArray(Chunk, ' ') + "\r\n";
        auto sent = std::make_shared<qint64>(0);
        const qint64 total = a.streamBytes;
        const auto pump = [this, socket, chunk, sent, total] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size()
                   && *sent < total) {
                socket->write(chunk);
                *sent += Chunk;
                m_streamed += Chunk;
            }
            if (*sent >= total && socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState) {
                socket->write("0\r\n\r\n");
                socket->disconnectFromHost();
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    Route m_route;
    QSemaphore m_ready;
    std::atomic<quint16> m_port = 0;
    std::atomic<int> m_requests = 0;
    std::atomic<qint64> m_streamed = 0;
};

// The value of one query item of a request target ("/v1/groups/7/roles?cursor=x").
QByteArray queryItem(const QByteArray &target, const QString &name);

} // namespace TestSupport
