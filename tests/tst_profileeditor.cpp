// The profile editor: which operations each writer offers natively and which Rankdesk composes,
// what it refuses to connect with, Test connection, and how stored keys are shown.
#include "ProfileEditor.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QNetworkAccessManager>
#include <QTest>

class tst_ProfileEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::Sandbox> m_sim;

private slots:
    void initTestCase()
    {
        GuiTestSupport::useEnglish();
        m_sim = std::make_unique<TestSupport::Sandbox>(50);
    }

    void capabilities_data()
    {
        QTest::addColumn<int>("writer");
        QTest::addColumn<bool>("composeDemote");
        QTest::addColumn<QString>("promote");
        QTest::addColumn<QString>("demote");
        using W = ConnectionProfile::WriterKind;
        QTest::newRow("open cloud") << int(W::OpenCloud) << false << QStringLiteral("composed") << QStringLiteral("composed");
        QTest::newRow("hyra") << int(W::Hyra) << false << QStringLiteral("composed") << QStringLiteral("composed");
        QTest::newRow("series") << int(W::Series) << false << QStringLiteral("native") << QStringLiteral("native");
        QTest::newRow("wesk") << int(W::Wesk) << false << QStringLiteral("native") << QStringLiteral("native");
        QTest::newRow("wesk, demote composed") << int(W::Wesk) << true << QStringLiteral("native") << QStringLiteral("composed");
    }
    void capabilities()
    {
        QFETCH(int, writer);
        QFETCH(bool, composeDemote);
        QFETCH(QString, promote);
        QFETCH(QString, demote);
        ProfileEditor dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("writerCombo"));
        combo->setCurrentIndex(combo->findData(writer));
        dialog.findChild<QCheckBox *>(QStringLiteral("composeDemoteCheck"))->setChecked(composeDemote);
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("writerCapabilities"))->text();
        QVERIFY2(text.contains(QStringLiteral("<b>Promote:</b> ") + promote), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<b>Demote:</b> ") + demote), qPrintable(text));
        QCOMPARE(dialog.findChild<QCheckBox *>(QStringLiteral("composeDemoteCheck"))->isVisibleTo(&dialog), writer == int(ConnectionProfile::WriterKind::Wesk));
    }

    void validation_data()
    {
        QTest::addColumn<int>("writer");
        QTest::addColumn<QString>("writerUrl");
        QTest::addColumn<QString>("writerKey");
        QTest::addColumn<bool>("accepted");
        using W = ConnectionProfile::WriterKind;
        QTest::newRow("open cloud") << int(W::OpenCloud) << QString() << QString() << true;
        QTest::newRow("hosted without key") << int(W::Series) << QString() << QString() << false;
        QTest::newRow("hosted with key") << int(W::Series) << QString() << QStringLiteral("k") << true;
        QTest::newRow("plain http elsewhere") << int(W::Hyra) << QStringLiteral("http://api.hyra.io") << QStringLiteral("k") << false;
        QTest::newRow("loopback simulator") << int(W::Wesk) << QStringLiteral("http://127.0.0.1:8100/wesk/v1") << QStringLiteral("k") << true;
    }
    void validation()
    {
        QFETCH(int, writer);
        QFETCH(QString, writerUrl);
        QFETCH(QString, writerKey);
        QFETCH(bool, accepted);
        ProfileEditor dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("HR"));
        dialog.findChild<QLineEdit *>(QStringLiteral("groupIdEdit"))->setText(QStringLiteral("7"));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("writerCombo"));
        combo->setCurrentIndex(combo->findData(writer));
        if (!writerUrl.isEmpty())
            dialog.findChild<QLineEdit *>(QStringLiteral("writerUrlEdit"))->setText(writerUrl);
        dialog.findChild<QLineEdit *>(QStringLiteral("writerKeyEdit"))->setText(writerKey);
        QCOMPARE(dialog.isValid(), accepted);
        if (accepted) {
            const ConnectionProfile profile = dialog.profile();
            QCOMPARE(int(profile.writer), writer);
            QCOMPARE(dialog.writerKey(), writerKey);
            if (writer != int(ConnectionProfile::WriterKind::OpenCloud))
                QCOMPARE(profile.effectiveWriterUrl(), writerUrl.isEmpty() ? ConnectionProfile::defaultWriterUrl(profile.writer) : QUrl(writerUrl));
        }
    }
    // Test connection against the simulator: each check with its mark and its reason.
    void testConnection_data()
    {
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("marks");
        QTest::newRow("good key") << QStringLiteral("owner") << QStringLiteral("✔✔✔");
        QTest::newRow("wrong key") << QStringLiteral("wrong") << QStringLiteral("✘✘✘");
        QTest::newRow("read-only key") << QStringLiteral("readonly") << QStringLiteral("✔✔✘");
        QTest::newRow("expired key") << QStringLiteral("expired") << QStringLiteral("✘✘✘");
    }
    void testConnection()
    {
        QFETCH(QString, keyName);
        QFETCH(QString, marks);
        TestSupport::Sandbox &sim = *m_sim;
        QNetworkAccessManager nam;
        ProfileEditor dialog(nullptr, &nam);
        dialog.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("HR"));
        dialog.findChild<QLineEdit *>(QStringLiteral("groupIdEdit"))->setText(QString::number(sim.groupId()));
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->text().startsWith(QStringLiteral("https://")))
                edit->setText(sim.baseUrl().toString());
        const QString key = keyName == u"wrong" ? QStringLiteral("not-a-key-at-all") : sim.key(keyName);
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->accessibleName() == u"API key")
                edit->setText(key);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->isEnabled());
        QCOMPARE(GuiTestSupport::testConnection(&dialog), marks);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("connectionChecks"))->text().contains(key));
        if (const QString shots = qEnvironmentVariable("RANKDESK_SCREENSHOT_DIR"); !shots.isEmpty() && keyName == u"readonly")
            dialog.grab().save(shots + QStringLiteral("/test-connection.png"));
    }

    // Test connection through each hosted writer: its own harmless call checks the writer key.
    void hostedTestConnection_data()
    {
        QTest::addColumn<int>("writer");
        QTest::addColumn<QString>("writerKey");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("marks");
        using W = ConnectionProfile::WriterKind;
        QTest::newRow("hyra, workspace given") << int(W::Hyra) << QStringLiteral("hyra") << HostedKey::defaultHyraWorkspace() << QStringLiteral("✔✔✔");
        QTest::newRow("hyra, no workspace") << int(W::Hyra) << QStringLiteral("hyra") << QString() << QStringLiteral("✔✔✘");
        QTest::newRow("hyra, wrong key") << int(W::Hyra) << QStringLiteral("wrong") << HostedKey::defaultHyraWorkspace() << QStringLiteral("✔✔✘");
        QTest::newRow("series") << int(W::Series) << QStringLiteral("series") << QString() << QStringLiteral("✔✔✔");
        QTest::newRow("wesk") << int(W::Wesk) << QStringLiteral("wesk-pro") << QString() << QStringLiteral("✔✔✔");
    }
    void hostedTestConnection()
    {
        QFETCH(int, writer);
        QFETCH(QString, writerKey);
        QFETCH(QString, workspace);
        QFETCH(QString, marks);
        QNetworkAccessManager nam;
        ProfileEditor editor(nullptr, &nam);
        ConnectionProfile profile = m_sim->profile(ConnectionProfile::WriterKind(writer));
        profile.name = QStringLiteral("Hosted");
        profile.hyraWorkspaceId = workspace;
        editor.setProfile(profile);
        editor.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(m_sim->ownerKey);
        editor.findChild<QLineEdit *>(QStringLiteral("writerKeyEdit"))->setText(writerKey == u"wrong" ? QStringLiteral("not-a-key") : m_sim->key(writerKey));
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("hyraWorkspaceEdit"))->isVisibleTo(&editor), writer == int(ConnectionProfile::WriterKind::Hyra));
        QVERIFY(editor.isValid());
        QCOMPARE(GuiTestSupport::testConnection(&editor), marks);
    }
};

QTEST_MAIN(tst_ProfileEditor)
#include "tst_profileeditor.moc"
