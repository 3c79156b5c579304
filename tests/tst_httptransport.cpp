#include "TestSupport.h"
#include "api/HttpErrors.h"
#include "api/HttpTransport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;

class tst_HttpTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;

    HttpRequest groupRequest() const
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(QStringLiteral("/cloud/v2/groups/%1").arg(m_sim->groupId()));
        return HttpRequest{"GET", url, {{"x-api-key", m_sim->ownerKey.toUtf8()}}, {}};
    }
    void faults(const QJsonObject &settings) { m_sim->control("POST", QStringLiteral("/_sim/faults"), settings); }

private slots:
    void initTestCase() { m_sim = std::make_unique<Sandbox>(100, 1.0); }
    void cleanup()
    {
        faults({{QStringLiteral("errorRate"), 0}, {QStringLiteral("dropRate"), 0}, {QStringLiteral("lostReplyRate"), 0},
                {QStringLiteral("latencyMs"), 0}, {QStringLiteral("force429"), 0}});
    }

    void success()
    {
        HttpTransport transport(&m_nam);
        const HttpResponse response = await(transport.send(groupRequest()));
        QCOMPARE(response.status, 200);
        QVERIFY(response.isSuccess());
        QVERIFY(!response.header("x-ratelimit-limit").isEmpty()); // names are lower-cased
        QCOMPARE(response.rateLimitRetries, 0);
    }

    void waitsOutRetryAfter()
    {
        faults({{QStringLiteral("force429"), 1}});
        HttpTransport transport(&m_nam);
        QSignalSpy waits(&transport, &HttpTransport::rateLimited);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = await(transport.send(groupRequest()));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.rateLimitRetries, 1);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().first().toInt(), 1000); // the simulator said retry-after: 1
        QVERIFY2(clock.elapsed() >= 950, "the retry must wait for retry-after");
    }

    void givesUpAfterMaxRetries()
    {
        faults({{QStringLiteral("force429"), 3}});
        HttpTransport transport(&m_nam);
        transport.setMaxRateLimitRetries(0);
        const HttpResponse response = await(transport.send(groupRequest()));
        QCOMPARE(response.status, 429);
        QCOMPARE(response.retryAfterSeconds(), 1);
    }

    void droppedConnection()
    {
        faults({{QStringLiteral("dropRate"), 1.0}});
        HttpTransport transport(&m_nam);
        const HttpResponse response = await(transport.send(groupRequest()));
        QCOMPARE(response.status, 0);
        QVERIFY(response.networkError != QNetworkReply::NoError);
    }

    // The server carried the write out and the answer was lost: Qt would send it again by itself;
    // the transport must not (a second promote would move the member twice).
    void lostAnswerIsNotResent()
    {
        const qint64 user = m_sim->memberWithRank(1);
        const QJsonArray roles = m_sim->state().value(QStringLiteral("roles")).toArray();
        qint64 privateRole = 0;
        for (const QJsonValue &r : roles)
            if (r.toObject().value(QStringLiteral("rank")).toInt() == 5)
                privateRole = r.toObject().value(QStringLiteral("id")).toInteger();
        m_sim->control("POST", QStringLiteral("/_sim/requests/clear"));
        faults({{QStringLiteral("lostReplyRate"), 1.0}});
        HttpTransport transport(&m_nam);
        HttpRequest request;
        request.method = "PATCH";
        request.url = m_sim->baseUrl().resolved(QUrl(QStringLiteral("/cloud/v2/groups/%1/memberships/%2").arg(m_sim->groupId()).arg(user)));
        request.headers.append({"x-api-key", m_sim->ownerKey.toUtf8()});
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("role"), QStringLiteral("groups/%1/roles/%2").arg(m_sim->groupId()).arg(privateRole)}})
                           .toJson(QJsonDocument::Compact);
        // Twice: the second goes over a kept-alive connection, where Qt's own re-send would happen.
        for (int round = 0; round < 2; ++round) {
            const HttpResponse response = await(transport.send(request));
            QCOMPARE(response.status, 0);
        }
        faults({{QStringLiteral("lostReplyRate"), 0}});
        QCOMPARE(m_sim->control("GET", QStringLiteral("/_sim/requests")).value(QStringLiteral("requests")).toArray().size(), 2);
    }

    void timeout()
    {
        faults({{QStringLiteral("latencyMs"), 1500}});
        HttpTransport transport(&m_nam);
        transport.setTimeoutMs(200);
        const HttpResponse response = await(transport.send(groupRequest()));
        QCOMPARE(response.status, 0);
        QVERIFY(response.timedOut);
    }

    void budgetPacesTaggedRequests()
    {
        // Two requests per 400 ms window: the third of three waits for the window to slide.
        HttpTransport transport(&m_nam);
        transport.setBudget("read", 2, 400);
        HttpRequest request = groupRequest();
        request.budget = "read";
        QElapsedTimer clock;
        clock.start();
        QList<QFuture<HttpResponse>> answers;
        for (int i = 0; i < 3; ++i)
            answers.append(transport.send(request));
        QCOMPARE(await(answers.at(0)).status, 200);
        QCOMPARE(await(answers.at(1)).status, 200);
        QVERIFY(clock.elapsed() < 400);
        QCOMPARE(await(answers.at(2)).status, 200);
        QVERIFY2(clock.elapsed() >= 395, qPrintable(QString::number(clock.elapsed())));
        // Untagged requests are not held back.
        clock.restart();
        QCOMPARE(await(transport.send(groupRequest())).status, 200);
        QVERIFY(clock.elapsed() < 300);
    }

    void connectionRefused()
    {
        HttpTransport transport(&m_nam);
        HttpRequest request = groupRequest();
        request.url.setPort(1); // nothing listens there
        const HttpResponse response = await(transport.send(request));
        QCOMPARE(response.status, 0);
        QCOMPARE(response.networkError, QNetworkReply::ConnectionRefusedError);
    }

    // A server that redirects elsewhere: the redirect is not followed, so the other host never sees
    // a request (nor the key), and the error says what happened.
    void redirectIsNotFollowed()
    {
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        int elsewhereConnections = 0;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] { ++elsewhereConnections; });
        QTcpServer moved;
        QVERIFY(moved.listen(QHostAddress::LocalHost));
        const QByteArray location = "http://localhost:" + QByteArray::number(elsewhere.serverPort()) + "/steal";
        connect(&moved, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = moved.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, location] {
                socket->readAll();
                socket->write("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        HttpTransport transport(&m_nam);
        HttpRequest request = groupRequest();
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/cloud/v2/groups/7").arg(moved.serverPort()));
        const HttpResponse response = await(transport.send(request));
        QCOMPARE(response.status, 302);
        const ApiError error = HttpErrors::base(response);
        QCOMPARE(error.kind, ApiError::Kind::Invalid);
        QVERIFY2(error.message.contains(QString::fromLatin1(location)) && error.message.contains(QStringLiteral("not sent")), qPrintable(error.message));
        QTest::qWait(200); // time for a followed redirect to arrive, were it followed
        QCOMPARE(elsewhereConnections, 0);
    }

    // Keys travel over https only, except to this machine: the request is not even sent.
    void refusesPlainHttpElsewhere_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("sent");
        QTest::newRow("http to a remote host") << QStringLiteral("http://apis.roblox.com/cloud/v2/groups/7") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x") << false;
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:1/x") << true;
        QTest::newRow("localhost http") << QStringLiteral("http://localhost:1/x") << true;
    }
    void refusesPlainHttpElsewhere()
    {
        QFETCH(QString, url);
        QFETCH(bool, sent);
        HttpTransport transport(&m_nam);
        HttpRequest request = groupRequest();
        request.url = QUrl(url);
        const HttpResponse response = await(transport.send(request));
        QCOMPARE(response.status, 0);
        QCOMPARE(response.refusedOrigin.isEmpty(), sent);
        if (!sent) {
            const QString message = HttpErrors::base(response).message;
            QVERIFY2(message.contains(QStringLiteral("https://")) && !message.contains(QStringLiteral("/cloud")), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(tst_HttpTransport)
#include "tst_httptransport.moc"
