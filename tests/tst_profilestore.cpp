// Saved connection profiles: add, duplicate, update, delete, reorder, kept across restarts, and
// the Sandbox always there with this session's simulator address.
#include "profiles/ProfileStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ProfileStore : public QObject
{
    Q_OBJECT

    static ConnectionProfile hyraProfile()
    {
        ConnectionProfile profile;
        profile.name = u"Café HR"_s;
        profile.groupId = 4242;
        profile.writer = ConnectionProfile::WriterKind::Hyra;
        profile.writerBaseUrl = QUrl(u"https://api.hyra.io"_s);
        profile.reader = ConnectionProfile::ReaderKind::Public;
        return profile;
    }
    static QStringList names(const ProfileStore &store)
    {
        QStringList names;
        for (const ConnectionProfile &profile : store.profiles())
            names << profile.name;
        return names;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RankdeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_profilestore"_s);
    }
    void init() { QSettings().clear(); }

    void sandboxIsAlwaysThere()
    {
        ProfileStore store;
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().id, ProfileStore::sandboxId());
        QVERIFY(!store.remove(ProfileStore::sandboxId()));
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!store.hasRunningSandbox());
    }

    void sandboxTakesTheRunningSimulator_data()
    {
        QTest::addColumn<int>("writer");
        QTest::addColumn<QString>("writerUrl");
        using W = ConnectionProfile::WriterKind;
        QTest::newRow("open cloud") << int(W::OpenCloud) << QString();
        QTest::newRow("hyra") << int(W::Hyra) << u"http://127.0.0.1:8123/hyra"_s;
        QTest::newRow("wesk") << int(W::Wesk) << u"http://127.0.0.1:8123/wesk/v1"_s;
    }
    void sandboxTakesTheRunningSimulator()
    {
        QFETCH(int, writer);
        QFETCH(QString, writerUrl);
        ProfileStore store;
        ConnectionProfile runtime;
        runtime.groupId = 7;
        runtime.setAllBaseUrls(QUrl(u"http://127.0.0.1:8123"_s));
        store.setSandbox(runtime);
        ConnectionProfile sandbox = *store.find(ProfileStore::sandboxId());
        sandbox.writer = ConnectionProfile::WriterKind(writer);
        sandbox.groupId = 99; // not the user's to change
        QVERIFY(store.update(sandbox));
        const ConnectionProfile stored = *store.find(ProfileStore::sandboxId());
        QCOMPARE(stored.groupId, 7);
        QCOMPARE(stored.groupsBaseUrl, QUrl(u"http://127.0.0.1:8123"_s));
        QCOMPARE(stored.writerBaseUrl, QUrl(writerUrl));
        // The writer is remembered; the address is not (the next session's simulator has another port).
        ProfileStore reloaded;
        QCOMPARE(int(reloaded.find(ProfileStore::sandboxId())->writer), writer);
        QCOMPARE(reloaded.find(ProfileStore::sandboxId())->groupId, 0);
    }

    void addDuplicateUpdateRemove()
    {
        ProfileStore store;
        const ConnectionProfile added = store.add(hyraProfile());
        QVERIFY(!added.id.isEmpty());
        const auto copy = store.duplicate(added.id);
        QVERIFY(copy && copy->id != added.id);
        QCOMPARE(names(store), (QStringList{u"Sandbox"_s, u"Café HR"_s, u"Café HR (copy)"_s}));
        QCOMPARE(copy->groupId, 4242);
        // Names stay unique, whatever the case.
        ConnectionProfile renamed = *copy;
        renamed.name = u"café hr"_s;
        QVERIFY(store.update(renamed));
        QCOMPARE(store.find(copy->id)->name, u"café hr 2"_s);
        QVERIFY(store.remove(added.id));
        QVERIFY(!store.remove(added.id));
        QCOMPARE(names(store), (QStringList{u"Sandbox"_s, u"café hr 2"_s}));
    }

    void keptAcrossRestarts()
    {
        QString id;
        {
            ProfileStore store;
            id = store.add(hyraProfile()).id;
            store.setLastOpened(id);
        }
        ProfileStore reloaded;
        const auto profile = reloaded.find(id);
        QVERIFY(profile);
        QCOMPARE(profile->name, u"Café HR"_s);
        QCOMPARE(profile->groupId, 4242);
        QCOMPARE(profile->reader, ConnectionProfile::ReaderKind::Public);
        QCOMPARE(profile->writer, ConnectionProfile::WriterKind::Hyra);
        QCOMPARE(profile->effectiveWriterUrl(), QUrl(u"https://api.hyra.io"_s));
        QCOMPARE(profile->cloudBaseUrl, QUrl(u"https://apis.roblox.com"_s));
        QCOMPARE(reloaded.lastOpened(), id);
        QVERIFY(reloaded.remove(id));
        QCOMPARE(reloaded.lastOpened(), ProfileStore::sandboxId());
    }

    void reorder_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("last to first") << 3 << 0 << QStringList{u"C"_s, u"Sandbox"_s, u"A"_s, u"B"_s};
        QTest::newRow("first to last") << 0 << 3 << QStringList{u"A"_s, u"B"_s, u"C"_s, u"Sandbox"_s};
        QTest::newRow("past the end") << 1 << 99 << QStringList{u"Sandbox"_s, u"B"_s, u"C"_s, u"A"_s};
        QTest::newRow("nowhere") << 2 << 2 << QStringList{u"Sandbox"_s, u"A"_s, u"B"_s, u"C"_s};
    }
    void reorder()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, order);
        {
            ProfileStore store;
            for (const QString &name : {u"A"_s, u"B"_s, u"C"_s}) {
                ConnectionProfile profile = hyraProfile();
                profile.name = name;
                store.add(profile);
            }
            store.move(store.profiles().at(from).id, to);
            QCOMPARE(names(store), order);
        }
        QCOMPARE(names(ProfileStore()), order); // the order is kept
    }

    // The settings hold addresses and choices only: there is no key field to leak into.
    void settingsHoldNoKeyField()
    {
        ProfileStore store;
        store.add(hyraProfile());
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(u"key"_s, Qt::CaseInsensitive) && !key.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
