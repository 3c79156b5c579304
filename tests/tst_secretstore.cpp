// Secret stores: memory for the session, and the system keychain, which this test machine does not
// have (no Secret Service on the session bus): it must say so quickly and clearly, and never fall
// back to writing the secret anywhere.
#include "TestSupport.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace TestSupport;
using namespace Qt::StringLiterals;

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void memoryRoundTrip()
    {
        MemorySecretStore store;
        QVERIFY(!await(store.read(u"postgres:a@b:1/c"_s)).value().has_value());
        QVERIFY(await(store.write(u"postgres:a@b:1/c"_s, u"s3cret"_s)));
        QCOMPARE(*await(store.read(u"postgres:a@b:1/c"_s)).value(), u"s3cret"_s);
        QVERIFY(await(store.remove(u"postgres:a@b:1/c"_s)));
        QVERIFY(!await(store.read(u"postgres:a@b:1/c"_s)).value().has_value());
    }

    // With a keychain the secret goes there and comes back; without one (this CI machine has no
    // Secret Service) the store says so quickly. Either way no file gets the secret.
    void keychainStoresOrSaysWhyNot()
    {
        const QString planted = u"planted-pg-secret-51f3"_s;
        const QString name = u"postgres:rankdesk@127.0.0.1:5432/history"_s;
        KeychainSecretStore store(u"Rankdesk-test"_s);
        store.setTimeoutMs(5000);
        QElapsedTimer timer;
        timer.start();
        const Result<Unit> written = await(store.write(name, planted));
        QVERIFY(timer.elapsed() < 6000);
        if (written) {
            const auto read = await(store.read(name));
            QVERIFY(read && read.value());
            QCOMPARE(*read.value(), planted);
            QVERIFY(await(store.remove(name)));
            QVERIFY(!await(store.read(name)).value().has_value());
        } else {
            QCOMPARE(int(written.error().kind), int(ApiError::Kind::Unavailable));
            QVERIFY2(written.error().userText().contains(u"system keychain"_s), qPrintable(written.error().userText()));
            QVERIFY(!written.error().userText().contains(planted));
            QVERIFY(!await(store.read(name)));
        }
        // No plaintext fallback: no file under the config and data locations holds the secret.
        for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.size() < 10'000'000 && file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(planted.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
