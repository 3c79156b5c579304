// Profile keys: session, keychain and environment, in that order; masked for display; removed with
// the profile; and with no keychain, an error instead of any fallback.
#include "profiles/ProfileKeys.h"
#include "secrets/SecretStore.h"
#include "api/Async.h"
#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::NoKeychain;

class tst_ProfileKeys : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("RANKDESK_API_KEY");
        qunsetenv("RANKDESK_HYRA_KEY");
    }

    void mask_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("masked");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("short keys show nothing") << u"abc123"_s << u"••••"_s;
        QTest::newRow("long keys show their last four") << u"rk-live-0123456789abcdef"_s << u"••••cdef"_s;
    }
    void mask()
    {
        QFETCH(QString, key);
        QFETCH(QString, masked);
        QCOMPARE(FoundKey::mask(key), masked);
    }

    void environmentVariables_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("variable");
        QTest::newRow("open cloud") << u"opencloud"_s << u"RANKDESK_API_KEY"_s;
        QTest::newRow("hyra") << u"hyra"_s << u"RANKDESK_HYRA_KEY"_s;
        QTest::newRow("wesk") << u"wesk"_s << u"RANKDESK_WESK_KEY"_s;
    }
    void environmentVariables()
    {
        QFETCH(QString, provider);
        QFETCH(QString, variable);
        QCOMPARE(ProfileKeys::environmentVariable(provider), variable);
    }

    void order()
    {
        MemorySecretStore keychain;
        ProfileKeys keys(&keychain);
        QCOMPARE(Async::await(keys.find(u"p1"_s, u"opencloud"_s)).source, KeySource::None);
        qputenv("RANKDESK_API_KEY", "from-environment");
        FoundKey found = Async::await(keys.find(u"p1"_s, u"opencloud"_s));
        QCOMPARE(found.key, u"from-environment"_s);
        QCOMPARE(found.source, KeySource::Environment);
        QVERIFY(Async::await(keys.keep(u"p1"_s, u"opencloud"_s, u"from-keychain"_s, ProfileKeys::Keep::Keychain)));
        QCOMPARE(Async::await(keys.find(u"p1"_s, u"opencloud"_s)).source, KeySource::Keychain);
        QVERIFY(Async::await(keys.keep(u"p1"_s, u"opencloud"_s, u"for-now"_s, ProfileKeys::Keep::Session)));
        found = Async::await(keys.find(u"p1"_s, u"opencloud"_s));
        QCOMPARE(found.key, u"for-now"_s);
        QCOMPARE(found.source, KeySource::Session);
        // Keys are per profile and per provider.
        QCOMPARE(Async::await(keys.find(u"p2"_s, u"opencloud"_s)).source, KeySource::Environment);
        QCOMPARE(Async::await(keys.find(u"p1"_s, u"hyra"_s)).source, KeySource::None);
        // Removing forgets the session's and the keychain's copies; the environment remains.
        QVERIFY(Async::await(keys.remove(u"p1"_s, u"opencloud"_s)));
        QCOMPARE(Async::await(keys.find(u"p1"_s, u"opencloud"_s)).source, KeySource::Environment);
    }

    // A profile's key set: the hosted writer's key beside the Open Cloud key; none for Open Cloud.
    void findKeys_data()
    {
        QTest::addColumn<int>("writer");
        QTest::addColumn<QString>("writerKey");
        using W = ConnectionProfile::WriterKind;
        QTest::newRow("open cloud writes with the open cloud key") << int(W::OpenCloud) << QString();
        QTest::newRow("hyra") << int(W::Hyra) << u"k-hyra"_s;
        QTest::newRow("wesk, none kept") << int(W::Wesk) << QString();
    }
    void findKeys()
    {
        QFETCH(int, writer);
        QFETCH(QString, writerKey);
        MemorySecretStore keychain;
        ProfileKeys keys(&keychain);
        for (const QString &provider : {u"opencloud"_s, u"hyra"_s})
            QVERIFY(Async::await(keys.keep(u"p1"_s, provider, u"k-"_s + provider, ProfileKeys::Keep::Keychain)));
        const ProfileKeySet found = Async::await(keys.findKeys(u"p1"_s, ConnectionProfile::WriterKind(writer)));
        QCOMPARE(found.openCloud.key, u"k-opencloud"_s);
        QCOMPARE(found.writer.key, writerKey);
    }

    void removeAllForgetsEveryProvider()
    {
        MemorySecretStore keychain;
        ProfileKeys keys(&keychain);
        for (const QString &provider : {u"opencloud"_s, u"hyra"_s, u"series"_s, u"wesk"_s})
            QVERIFY(Async::await(keys.keep(u"p1"_s, provider, u"k-"_s + provider, ProfileKeys::Keep::Keychain)));
        QVERIFY(Async::await(keys.keep(u"p2"_s, u"hyra"_s, u"other"_s, ProfileKeys::Keep::Keychain)));
        keys.removeAll(u"p1"_s);
        for (const QString &provider : {u"opencloud"_s, u"hyra"_s, u"series"_s, u"wesk"_s})
            QVERIFY(!Async::await(keychain.read(ProfileKeys::secretName(u"p1"_s, provider))).value().has_value());
        QCOMPARE(Async::await(keys.find(u"p2"_s, u"hyra"_s)).key, u"other"_s);
    }

    void noKeychainMeansAnErrorNotAFallback()
    {
        NoKeychain keychain;
        ProfileKeys keys(&keychain);
        const Result<Unit> kept = Async::await(keys.keep(u"p1"_s, u"opencloud"_s, u"secret"_s, ProfileKeys::Keep::Keychain));
        QVERIFY(!kept);
        QCOMPARE(kept.error().kind, ApiError::Kind::Unavailable);
        QCOMPARE(Async::await(keys.find(u"p1"_s, u"opencloud"_s)).source, KeySource::None); // not kept anywhere
        // The user chose "this session only".
        QVERIFY(Async::await(keys.keep(u"p1"_s, u"opencloud"_s, u"secret"_s, ProfileKeys::Keep::Session)));
        QCOMPARE(Async::await(keys.find(u"p1"_s, u"opencloud"_s)).source, KeySource::Session);
        // An unreadable keychain still lets the environment serve.
        qputenv("RANKDESK_HYRA_KEY", "env-hyra");
        QCOMPARE(Async::await(keys.find(u"p1"_s, u"hyra"_s)).key, u"env-hyra"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ProfileKeys)
#include "tst_profilekeys.moc"
