// The profile manager against the simulator: create a profile, test its key (good, wrong,
// read-only, expired), save the key in the keychain or, with no keychain, for this session only;
// duplicate, delete, reorder; open a profile; and each profile keeps its own window state.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProfileEditor.h"
#include "ProfileManagerDialog.h"
#include "TestSupport.h"
#include "api/Async.h"
#include "profiles/GuardRailSettings.h"
#include "profiles/ProfileKeys.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "storage/HistoryStore.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class tst_ProfileManagerDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HistoryStore> m_history;

    template<typename W>
    static W *child(QObject *parent, const QString &name)
    {
        W *found = parent->findChild<W *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    static void type(QWidget *parent, const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(parent, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    // Fills the editor with a profile reading and writing through Open Cloud on the simulator.
    void fillSimulatorProfile(ProfileManagerDialog *dialog, const QString &name, const QString &key)
    {
        type(dialog, u"profileNameEdit"_s, name);
        type(dialog, u"groupIdEdit"_s, QString::number(m_sim->groupId()));
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->text().startsWith(u"https://"_s)) {
                edit->clear();
                QTest::keyClicks(edit, m_sim->baseUrl().toString());
            }
        type(dialog, u"apiKeyEdit"_s, key);
    }
    QStringList listed(ProfileManagerDialog *dialog) const
    {
        QStringList names;
        auto *list = child<QListWidget>(dialog, u"profileList"_s);
        for (int row = 0; row < list->count(); ++row)
            names << list->item(row)->text();
        return names;
    }
    // A saved profile on the simulator, its Open Cloud key in the keychain (none when key is empty).
    QString addProfile(MainWindow *main, SecretStore *keychain, ConnectionProfile profile, const QString &name, const QString &key)
    {
        profile.name = name;
        const QString id = main->profiles()->add(profile).id;
        if (!key.isEmpty() && !Async::await(keychain->write(ProfileKeys::secretName(id, u"opencloud"_s), key)))
            qFatal("the test keychain refused a key");
        return id;
    }
    std::unique_ptr<MainWindow> window(SecretStore *keychain)
    {
        auto main = std::make_unique<MainWindow>(&m_nam, m_history.get());
        main->setKeychain(keychain);
        main->setSandbox(m_sim->profile(), m_sim->ownerKey);
        return main;
    }

private slots:
    void initTestCase()
    {
        GuiTestSupport::useEnglish();
        QStandardPaths::setTestModeEnabled(true);
        m_sim = std::make_unique<Sandbox>(300);
        Result<Database> db = Database::openSqlite(m_dir.filePath(u"history.sqlite"_s), u"profiles"_s);
        QVERIFY(db.ok());
        m_history = std::make_unique<HistoryStore>(db.value());
    }
    void init()
    {
        QSettings().clear();
        qunsetenv("RANKDESK_API_KEY");
    }

    // Test connection in the manager, for each kind of key: each check with its own mark.
    void testConnection_data()
    {
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("marks");
        QTest::newRow("good key") << u"owner"_s << u"✔✔✔"_s;
        QTest::newRow("wrong key") << u"wrong"_s << u"✘✘✘"_s;
        QTest::newRow("read-only key") << u"readonly"_s << u"✔✔✘"_s;
        QTest::newRow("expired key") << u"expired"_s << u"✘✘✘"_s;
    }
    void testConnection()
    {
        QFETCH(QString, keyName);
        QFETCH(QString, marks);
        MemorySecretStore keychain;
        auto main = window(&keychain);
        ProfileManagerDialog *dialog = main->showProfileManager();
        QTest::mouseClick(child<QPushButton>(dialog, u"newProfileButton"_s), Qt::LeftButton);
        const QString key = keyName == u"wrong" ? u"not-a-key-at-all"_s : m_sim->key(keyName);
        fillSimulatorProfile(dialog, u"Army HR"_s, key);
        QVERIFY(child<QPushButton>(dialog, u"testConnectionButton"_s)->isEnabled());
        QCOMPARE(GuiTestSupport::testConnection(dialog), marks);
        QVERIFY(!child<QLabel>(dialog, u"connectionChecks"_s)->text().contains(key));
        dialog->findChild<ProfileEditor *>()->setModified(false);
        dialog->close();
    }

    // A new profile saved with its key in the keychain; the key is then shown masked, never in the
    // settings, and the profile opens from File → Open profile.
    void createSaveAndOpen()
    {
        MemorySecretStore keychain;
        auto main = window(&keychain);
        ProfileManagerDialog *dialog = main->showProfileManager();
        QCOMPARE(listed(dialog), QStringList{u"Sandbox"_s});
        QVERIFY(!child<QPushButton>(dialog, u"deleteProfileButton"_s)->isEnabled()); // the Sandbox stays
        QTest::mouseClick(child<QPushButton>(dialog, u"newProfileButton"_s), Qt::LeftButton);
        fillSimulatorProfile(dialog, u"Army HR"_s, m_sim->ownerKey);
        child<QSpinBox>(dialog, u"ceilingSpin"_s)->setValue(200);
        type(dialog, u"protectedEdit"_s, u"11, 22"_s);
        QSignalSpy saved(dialog, &ProfileManagerDialog::saved);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveProfileButton"_s), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toBool(), true);
        QCOMPARE(listed(dialog), (QStringList{u"Sandbox"_s, u"Army HR"_s}));
        const QString id = main->profiles()->profiles().last().id;
        QCOMPARE(*Async::await(keychain.read(ProfileKeys::secretName(id, u"opencloud"_s))).value(), m_sim->ownerKey);
        QCOMPARE(GuardRailSettings::ceiling(m_sim->groupId()), 200);
        QCOMPARE(GuardRailSettings::protectedUsers(m_sim->groupId()), (QSet<qint64>{11, 22}));
        // Shown masked; the field itself is empty, ready for a replacement.
        auto *state = child<QLabel>(dialog, u"apiKeyState"_s);
        QTRY_VERIFY(state->text().contains(u"system keychain"_s));
        QVERIFY2(state->text().endsWith(m_sim->ownerKey.right(4)) && !state->text().contains(m_sim->ownerKey), qPrintable(state->text()));
        QVERIFY(child<QLineEdit>(dialog, u"apiKeyEdit"_s)->text().isEmpty());
        if (const QString shots = qEnvironmentVariable("RANKDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(100); // the scroll area settles its layout
            dialog->grab().save(shots + u"/profile-manager.png"_s);
        }
        dialog->close();

        QSignalSpy loaded(main.get(), &MainWindow::rosterLoaded);
        main->show();
        main->findChild<QAction *>(u"actionProfile_2"_s)->trigger();
        QVERIFY(loaded.wait(30000));
        QVERIFY(main->windowTitle().startsWith(u"Army HR"_s));
        QCOMPARE(main->profiles()->lastOpened(), id);
        main->close();
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("Army HR"));
        QVERIFY(!written.contains(m_sim->ownerKey.toUtf8()));
    }

    // No keychain: Rankdesk says so and offers this session only; nothing reaches a file.
    void noKeychainOffersSessionOnly_data()
    {
        QTest::addColumn<bool>("acceptSession");
        QTest::newRow("use for this session") << true;
        QTest::newRow("cancel") << false;
    }
    void noKeychainOffersSessionOnly()
    {
        QFETCH(bool, acceptSession);
        NoKeychain keychain;
        auto main = window(&keychain);
        ProfileManagerDialog *dialog = main->showProfileManager();
        QTest::mouseClick(child<QPushButton>(dialog, u"newProfileButton"_s), Qt::LeftButton);
        fillSimulatorProfile(dialog, u"Cafe staff"_s, m_sim->ownerKey);
        QString message;
        GuiTestSupport::onNext<QMessageBox>(this, [&](QMessageBox *box) {
            QCOMPARE(box->objectName(), u"keychainUnavailable"_s);
            message = box->text();
            if (acceptSession)
                box->findChild<QPushButton *>(u"sessionOnlyButton"_s)->click();
            else
                box->reject();
        });
        QSignalSpy saved(dialog, &ProfileManagerDialog::saved);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveProfileButton"_s), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toBool(), acceptSession);
        QVERIFY2(message.contains(u"no Secret Service"_s) && message.contains(u"RANKDESK_API_KEY"_s) && !message.contains(m_sim->ownerKey),
                 qPrintable(message));
        auto *state = child<QLabel>(dialog, u"apiKeyState"_s);
        if (acceptSession)
            QTRY_VERIFY2(state->text().contains(u"this session only"_s), qPrintable(state->text()));
        else
            QVERIFY(state->text().isEmpty());
        dialog->close();
        if (!acceptSession)
            return;
        QSignalSpy loaded(main.get(), &MainWindow::rosterLoaded);
        main->openStoredProfile(main->profiles()->profiles().last().id);
        QVERIFY(loaded.wait(30000));
    }

    void duplicateDeleteReorder()
    {
        MemorySecretStore keychain;
        auto main = window(&keychain);
        const QString policeId = addProfile(main.get(), &keychain, m_sim->profile(), u"Police"_s, m_sim->ownerKey);
        ProfileManagerDialog *dialog = main->showProfileManager();
        dialog->selectProfile(policeId);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateProfileButton"_s), Qt::LeftButton);
        QCOMPARE(listed(dialog), (QStringList{u"Sandbox"_s, u"Police"_s, u"Police (copy)"_s}));
        QCOMPARE(dialog->selectedId(), main->profiles()->profiles().last().id);
        QTRY_VERIFY(child<QLabel>(dialog, u"apiKeyState"_s)->text().isEmpty()); // keys are not copied
        QTest::mouseClick(child<QPushButton>(dialog, u"moveUpButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, u"moveUpButton"_s), Qt::LeftButton);
        QCOMPARE(listed(dialog), (QStringList{u"Police (copy)"_s, u"Sandbox"_s, u"Police"_s}));
        QVERIFY(!child<QPushButton>(dialog, u"moveUpButton"_s)->isEnabled());
        QCOMPARE(main->findChild<QAction *>(u"actionProfile_1"_s)->text(), u"Police (copy)"_s); // the menu follows
        dialog->selectProfile(policeId);
        GuiTestSupport::onNext<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(child<QPushButton>(dialog, u"deleteProfileButton"_s), Qt::LeftButton);
        QTRY_COMPARE(listed(dialog), (QStringList{u"Police (copy)"_s, u"Sandbox"_s}));
        QVERIFY(!Async::await(keychain.read(ProfileKeys::secretName(policeId, u"opencloud"_s))).value().has_value()); // its key is gone
        dialog->close();
    }

    // A profile without its key opens the manager on it instead of failing with 401s.
    void missingKeyOpensTheManager()
    {
        MemorySecretStore keychain;
        auto main = window(&keychain);
        const QString id = addProfile(main.get(), &keychain, m_sim->profile(), u"Keyless"_s, QString());
        main->show();
        main->openStoredProfile(id);
        ProfileManagerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = main->findChild<ProfileManagerDialog *>()) != nullptr);
        QCOMPARE(dialog->selectedId(), id);
        QVERIFY(main->statusBar()->currentMessage().contains(u"RANKDESK_API_KEY"_s));
        dialog->close();
        // With the environment variable, it opens.
        qputenv("RANKDESK_API_KEY", m_sim->ownerKey.toUtf8());
        QSignalSpy loaded(main.get(), &MainWindow::rosterLoaded);
        main->openStoredProfile(id);
        QVERIFY(loaded.wait(30000));
    }

    // Switching profiles keeps each one's filter and selected role.
    void eachProfileKeepsItsWindowState()
    {
        MemorySecretStore keychain;
        auto main = window(&keychain);
        const QString publicId = addProfile(main.get(), &keychain, m_sim->profile(ConnectionProfile::ReaderKind::Public), u"Public"_s,
                                            m_sim->ownerKey);
        main->show();
        auto *filter = main->findChild<QLineEdit *>(u"memberFilter"_s);
        QSignalSpy loaded(main.get(), &MainWindow::rosterLoaded);
        main->openStoredProfile(ProfileStore::sandboxId());
        QVERIFY(loaded.wait(30000));
        filter->setText(u"abc"_s);
        main->openStoredProfile(publicId);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(filter->text(), QString());
        filter->setText(u"xyz"_s);
        auto *roles = main->findChild<QTableView *>(u"rolesView"_s);
        roles->setCurrentIndex(roles->model()->index(2, 0));
        main->openStoredProfile(ProfileStore::sandboxId());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(filter->text(), u"abc"_s);
        main->openStoredProfile(publicId);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(filter->text(), u"xyz"_s);
        QCOMPARE(roles->currentIndex().row(), 2);
    }
};

QTEST_MAIN(tst_ProfileManagerDialog)
#include "tst_profilemanagerdialog.moc"
