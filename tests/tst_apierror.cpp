#include "domain/ApiError.h"

#include <QTest>

using Kind = ApiError::Kind;

class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void userText_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("permission with code") << int(Kind::Permission) << 403 << QStringLiteral("PERMISSION_DENIED")
                                              << QStringList{QStringLiteral("Permission denied"), QStringLiteral("HTTP 403, PERMISSION_DENIED"), QStringLiteral("scopes")};
        QTest::newRow("auth without code") << int(Kind::Auth) << 401 << QString()
                                           << QStringList{QStringLiteral("Authentication failed"), QStringLiteral("(HTTP 401)"), QStringLiteral("expired")};
        QTest::newRow("local refusal hides internal code") << int(Kind::Invalid) << 0 << QStringLiteral("rankdesk.at-highest")
                                                           << QStringList{QStringLiteral("Refused")};
        QTest::newRow("network") << int(Kind::Network) << 0 << QString() << QStringList{QStringLiteral("Network error"), QStringLiteral("base URL")};
    }
    void userText()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QStringList, mustContain);
        ApiError error;
        error.kind = Kind(kind);
        error.httpStatus = status;
        error.providerCode = code;
        error.message = QStringLiteral("the provider's words");
        const QString text = error.userText();
        QVERIFY(text.contains(QStringLiteral("the provider's words")));
        for (const QString &part : mustContain)
            QVERIFY2(text.contains(part), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("rankdesk.")));
    }

    void retryAfterShownWhenRateLimited()
    {
        ApiError error;
        error.kind = Kind::RateLimited;
        error.httpStatus = 429;
        error.retryAfterSeconds = 12;
        QVERIFY(error.userText().contains(QStringLiteral("12")));
        QVERIFY(error.isRetryable());
    }

    void kindNamesAreStable()
    {
        QCOMPARE(ApiError::kindName(Kind::NotFound), QStringLiteral("not-found"));
        QCOMPARE(ApiError::kindName(Kind::RateLimited), QStringLiteral("rate-limited"));
    }
};

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
