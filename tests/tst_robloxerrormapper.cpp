#include "api/RobloxErrorMapper.h"

#include <QTest>

using Kind = ApiError::Kind;

class tst_RobloxErrorMapper : public QObject
{
    Q_OBJECT

private slots:
    void map_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("retrySeconds");

        QTest::newRow("open cloud permission") << 403 << QByteArray(R"({"code":"PERMISSION_DENIED","message":"No scope."})")
                                               << QByteArray() << int(Kind::Permission) << QStringLiteral("PERMISSION_DENIED")
                                               << QStringLiteral("No scope.") << -1;
        QTest::newRow("open cloud invalid") << 400 << QByteArray(R"({"code":"INVALID_ARGUMENT","message":"The provided filter is invalid.","details":[{}]})")
                                            << QByteArray() << int(Kind::Invalid) << QStringLiteral("INVALID_ARGUMENT")
                                            << QStringLiteral("The provided filter is invalid.") << -1;
        QTest::newRow("open cloud not found") << 404 << QByteArray(R"({"code":"NOT_FOUND","message":"Gone."})")
                                              << QByteArray() << int(Kind::NotFound) << QStringLiteral("NOT_FOUND") << QStringLiteral("Gone.") << -1;
        QTest::newRow("open cloud aborted") << 409 << QByteArray(R"({"code":"ABORTED","message":"Try again."})")
                                            << QByteArray() << int(Kind::Conflict) << QStringLiteral("ABORTED") << QStringLiteral("Try again.") << -1;
        QTest::newRow("rate limited with retry-after") << 429 << QByteArray(R"({"code":"RESOURCE_EXHAUSTED","message":"Too many requests."})")
                                                       << QByteArray("7") << int(Kind::RateLimited) << QStringLiteral("RESOURCE_EXHAUSTED")
                                                       << QStringLiteral("Too many requests.") << 7;
        QTest::newRow("open cloud unavailable") << 503 << QByteArray(R"({"code":"UNAVAILABLE","message":"Later."})")
                                                << QByteArray() << int(Kind::Unavailable) << QStringLiteral("UNAVAILABLE") << QStringLiteral("Later.") << -1;
        QTest::newRow("gateway 401") << 401 << QByteArray(R"({"errors":[{"code":0,"message":"Invalid API Key"}]})")
                                     << QByteArray() << int(Kind::Auth) << QString() << QStringLiteral("Invalid API Key") << -1;
        QTest::newRow("gateway 403") << 403 << QByteArray(R"({"errors":[{"code":0,"message":"Forbidden"}]})")
                                     << QByteArray() << int(Kind::Permission) << QString() << QStringLiteral("Forbidden") << -1;
        QTest::newRow("legacy coded") << 400 << QByteArray(R"({"errors":[{"code":3,"message":"The user is invalid or does not exist.","userFacingMessage":"Something went wrong"}]})")
                                      << QByteArray() << int(Kind::Invalid) << QStringLiteral("3")
                                      << QStringLiteral("The user is invalid or does not exist.") << -1;
        QTest::newRow("legacy flat") << 403 << QByteArray(R"({"code":0,"message":"Token Validation Failed"})")
                                     << QByteArray() << int(Kind::Permission) << QString() << QStringLiteral("Token Validation Failed") << -1;
        QTest::newRow("html 502") << 502 << QByteArray("<html>Bad gateway</html>") << QByteArray() << int(Kind::Unavailable)
                                  << QString() << QString() << -1;
        QTest::newRow("empty 500") << 500 << QByteArray() << QByteArray() << int(Kind::Unavailable) << QString() << QString() << -1;
    }
    void map()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, retrySeconds);
        HttpResponse response;
        response.status = status;
        response.body = body;
        if (!retryAfter.isEmpty())
            response.headers.insert("retry-after", retryAfter);
        const ApiError error = RobloxErrorMapper::map(response);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.providerCode, code);
        if (!message.isEmpty())
            QCOMPARE(error.message, message);
        else
            QVERIFY(!error.message.isEmpty()); // always something to show
        QCOMPARE(error.retryAfterSeconds, retrySeconds);
    }

    void flatCodeZeroIsNotShownAsCode()
    {
        HttpResponse response;
        response.status = 401;
        response.body = R"({"errors":[{"code":0,"message":"Invalid API Key"}]})";
        QVERIFY(!RobloxErrorMapper::map(response).userText().contains(QStringLiteral(", 0)")));
    }

    void network_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << QStringLiteral("refused");
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << false << QStringLiteral("closed the connection");
        QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << true << QStringLiteral("timed out");
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << false << QStringLiteral("resolved");
    }
    void network()
    {
        QFETCH(int, networkError);
        QFETCH(bool, timedOut);
        QFETCH(QString, fragment);
        HttpResponse response;
        response.networkError = QNetworkReply::NetworkError(networkError);
        response.timedOut = timedOut;
        const ApiError error = RobloxErrorMapper::map(response);
        QCOMPARE(error.kind, Kind::Network);
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
        QVERIFY(error.isRetryable());
    }
};

QTEST_GUILESS_MAIN(tst_RobloxErrorMapper)
#include "tst_robloxerrormapper.moc"
