// The secret-leak check: a session that uses every feature with planted, recognisable keys (an
// Open Cloud key and a Hyra key), in the desktop window and in rankdesk-cli, with verbose logging.
// Afterwards no file Rankdesk wrote (settings, history database, logs, exports, caches), no output
// of the CLI and not the clipboard holds either key, whole or in part.
#include "GuiTestSupport.h"
#include "HistoryWindow.h"
#include "MainWindow.h"
#include "ProfileManagerDialog.h"
#include "TestSupport.h"
#include "domain/Logging.h"
#include "itemmodels/MembersModel.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"
#include "storage/RosterCache.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QString plantedKey(const char *kind)
{
    return u"rk-PLANTED-%1-%2"_s.arg(QLatin1String(kind)).arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

// Every HOME-relative location of this process and its children points here.
QString &sessionRoot()
{
    static QString root;
    return root;
}

} // namespace

class tst_SecretLeak : public QObject
{
    Q_OBJECT

    const QString m_cloudKey = plantedKey("cloud");
    const QString m_weskKey = plantedKey("wesk");
    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;
    QStringList m_outputs; // everything the CLI printed

    // The key, and pieces of it long enough to identify it (a partial leak is still a leak).
    static QList<QByteArray> needles(const QString &key)
    {
        const QByteArray utf8 = key.toUtf8();
        return {utf8, utf8.right(20), utf8.mid(4, 16), utf8.toBase64(), utf8.toPercentEncoding(),
                QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2)};
    }
    QStringList leaksIn(const QByteArray &data, const QString &where) const
    {
        QStringList found;
        for (const QString &key : {m_cloudKey, m_weskKey})
            for (const QByteArray &needle : needles(key))
                if (data.contains(needle))
                    found << u"%1 holds %2"_s.arg(where, key.left(15));
        return found;
    }
    void run(const QStringList &args, int expectedExit = 0)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"RANKDESK_API_KEY"_s, m_cloudKey);
        env.insert(u"RANKDESK_WESK_KEY"_s, m_weskKey);
        env.insert(u"RANKDESK_GROUP"_s, QString::number(m_sim->groupId()));
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"})
            env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RANKDESK_CLI_PATH), QStringList{u"--verbose"_s, u"--base-url"_s, m_sim->baseUrl().toString(),
                                                                     u"--writer"_s, u"wesk"_s, u"--writer-url"_s,
                                                                     m_sim->writerUrl(ConnectionProfile::WriterKind::Wesk).toString(),
                                                                     u"--db"_s, sessionRoot() + u"/cli-history.sqlite"_s} + args);
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == expectedExit, qPrintable(args.join(u' ') + u": "_s + err));
        m_outputs << out << err;
    }
    QTableView *members(MainWindow *window) const { return window->findChild<QTableView *>(u"membersView"_s); }
    // Selects the rows of these members (of rank 5: promotable by the key's owner).
    void selectMembers(MainWindow *window, const QList<qint64> &userIds) const
    {
        QTableView *view = members(window);
        view->clearSelection();
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (userIds.contains(view->model()->index(row, MembersModel::UserIdColumn).data().toLongLong()))
                view->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->selectionModel()->selectedRows().size(), userIds.size());
    }

public:
    // Before QApplication: the session's files go to a fresh directory, found again by the scan.
    static void initMain()
    {
        sessionRoot() = QDir::tempPath() + u"/rankdesk-leak-%1"_s.arg(QCoreApplication::applicationPid());
        QDir(sessionRoot()).removeRecursively();
        QDir().mkpath(sessionRoot() + u"/tmp"_s);
        qputenv("HOME", sessionRoot().toUtf8());
        qputenv("XDG_CONFIG_HOME", (sessionRoot() + u"/config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", (sessionRoot() + u"/data"_s).toUtf8());
        qputenv("XDG_CACHE_HOME", (sessionRoot() + u"/cache"_s).toUtf8());
        qputenv("XDG_STATE_HOME", (sessionRoot() + u"/state"_s).toUtf8());
        qputenv("TMPDIR", (sessionRoot() + u"/tmp"_s).toUtf8());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Rankdesk"_s);
        QCoreApplication::setApplicationName(u"rankdesk"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_sim = std::make_unique<Sandbox>(200, 0.0, [this](SimConfig &config) {
            config.keys.append(SimKey{m_cloudKey, 255, true, true, false});
            config.hostedKeys.append({u"wesk"_s, m_weskKey, u"pro"_s});
        });
    }

    void desktopSession()
    {
        Logging::install(Logging::defaultDirectory(), true, false); // every request logged
        Result<Database> db = Database::openSqlite(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s,
                                                   u"leak"_s);
        QVERIFY(db.ok());
        HistoryStore history(db.value());
        BatchStore batches(db.value());
        RosterCache cache(db.value());
        KeychainSecretStore keychain; // the real one: on a machine without a keyring, "session only"
        keychain.setTimeoutMs(2000);
        MainWindow window(&m_nam, &history, nullptr, &batches);
        window.setRosterCache(&cache);
        window.setKeychain(&keychain);
        window.setSandbox(m_sim->profile(), m_sim->ownerKey);
        window.show();

        // A profile with both planted keys, tested and saved.
        ProfileManagerDialog *dialog = window.showProfileManager();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"newProfileButton"_s), Qt::LeftButton);
        dialog->findChild<QLineEdit *>(u"profileNameEdit"_s)->setText(u"Leak check"_s);
        dialog->findChild<QLineEdit *>(u"groupIdEdit"_s)->setText(QString::number(m_sim->groupId()));
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->text().startsWith(u"https://"_s))
                edit->setText(m_sim->baseUrl().toString());
        dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s)->setText(m_cloudKey);
        auto *writer = dialog->findChild<QComboBox *>(u"writerCombo"_s);
        writer->setCurrentIndex(writer->findData(int(ConnectionProfile::WriterKind::Wesk)));
        dialog->findChild<QLineEdit *>(u"writerUrlEdit"_s)->setText(m_sim->writerUrl(ConnectionProfile::WriterKind::Wesk).toString());
        dialog->findChild<QLineEdit *>(u"writerKeyEdit"_s)->setText(m_weskKey);
        dialog->findChild<QLineEdit *>(u"writerKeyEdit"_s)->setFocus();
        // The clipboard: copying from a key field copies nothing.
        QApplication::clipboard()->setText(u"before"_s);
        dialog->findChild<QLineEdit *>(u"writerKeyEdit"_s)->selectAll();
        QTest::keySequence(dialog->findChild<QLineEdit *>(u"writerKeyEdit"_s), QKeySequence::Copy);
        QTest::keySequence(dialog->findChild<QLineEdit *>(u"writerKeyEdit"_s), QKeySequence::Cut);
        QCOMPARE(QApplication::clipboard()->text(), u"before"_s);
        dialog->findChild<QLineEdit *>(u"writerKeyEdit"_s)->setText(m_weskKey); // a cut only deleted it
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
        auto *checks = dialog->findChild<QLabel *>(u"connectionChecks"_s);
        QTRY_VERIFY_WITH_TIMEOUT(checks->text().count(u"<div"_s) == 3, 20000);
        QVERIFY2(checks->text().count(u"✔"_s) == 3, qPrintable(checks->text()));
        GuiTestSupport::onNext<QMessageBox>(this, [](QMessageBox *box) {
            if (auto *sessionOnly = box->findChild<QPushButton *>(u"sessionOnlyButton"_s))
                sessionOnly->click();
        });
        QSignalSpy loaded(&window, &MainWindow::rosterLoaded);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"openProfileButton"_s), Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.windowTitle().startsWith(u"Leak check"_s));

        // One promotion, then a bulk promotion of three, through WESK.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy changed(&window, &MainWindow::changeFinished);
        GuiTestSupport::onNext<QDialog>(this, [](QDialog *confirm) { confirm->accept(); });
        const QList<qint64> rankFive = m_sim->membersWithRank(5, 4);
        selectMembers(&window, {rankFive.first()});
        window.findChild<QAction *>(u"actionPromote"_s)->trigger();
        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.first().first().toBool(), true);
        QSignalSpy batchDone(&window, &MainWindow::batchFinished);
        QString planShown;
        GuiTestSupport::onNext<QDialog>(this, [&planShown](QDialog *plan) {
            planShown = plan->objectName();
            plan->accept();
        });
        selectMembers(&window, rankFive.mid(1));
        window.findChild<QAction *>(u"actionPromote"_s)->trigger();
        QVERIFY2(batchDone.wait(30000), qPrintable(planShown + u" / "_s + window.statusBar()->currentMessage()));
        QVERIFY(QDir().mkpath(sessionRoot() + u"/exports"_s));
        QVERIFY(window.exportBatch(batchDone.first().first().toString(), sessionRoot() + u"/exports/batch.csv"_s));

        // The audit log, and the history window with its chart.
        QSignalSpy imported(&window, &MainWindow::auditLogImported);
        window.importAuditLog();
        QVERIFY(imported.wait(30000));
        HistoryWindow *historyWindow = window.historyWindow();
        historyWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(historyWindow));
        // Copying member rows puts no key on the clipboard either.
        members(&window)->setFocus();
        members(&window)->selectAll();
        QTest::keySequence(members(&window), QKeySequence::Copy);
        QVERIFY(leaksIn(QApplication::clipboard()->text().toUtf8(), u"the clipboard"_s).isEmpty());
        window.close(); // writes the settings and the window state
    }

    void cliSession()
    {
        const qint64 someone = m_sim->memberWithRank(1);
        QDir().mkpath(sessionRoot() + u"/exports"_s);
        QFile csv(sessionRoot() + u"/exports/changes.csv"_s);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("user,rank\n" + QByteArray::number(m_sim->memberWithRank(5)) + ",20\n");
        csv.close();
        run({u"roles"_s});
        run({u"members"_s, u"--json"_s});
        run({u"check"_s});
        run({u"promote"_s, QString::number(someone), u"--reason"_s, u"leak check"_s});
        run({u"bulk"_s, u"promote"_s, u"--role"_s, u"Private"_s, u"--yes"_s});
        run({u"import"_s, csv.fileName(), u"--apply"_s});
        run({u"jobs"_s, u"list"_s});
        run({u"audit-import"_s});
        run({u"history"_s, u"--export"_s, sessionRoot() + u"/exports/history.csv"_s});
        run({u"history"_s, u"--export"_s, sessionRoot() + u"/exports/history.json"_s});
        run({u"promote"_s, u"no_such_user_anywhere"_s}, 5); // an error message too
    }

    // The scan: every file under the session's root, and every line the CLI printed.
    void noFileHoldsAKey()
    {
        QStringList leaks;
        int files = 0;
        QDirIterator it(sessionRoot(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        QStringList kinds;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            leaks += leaksIn(file.readAll(), file.fileName());
            ++files;
            kinds << it.fileInfo().suffix();
        }
        for (const QString &output : std::as_const(m_outputs))
            leaks += leaksIn(output.toUtf8(), u"the CLI's output"_s);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        // The scan saw what the session wrote: settings, databases, logs and every export.
        for (const QString &kind : {u"conf"_s, u"sqlite"_s, u"log"_s, u"csv"_s, u"json"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(u"no .%1 file among %2"_s.arg(kind, kinds.join(u' '))));
        qInfo("%d files and %lld outputs scanned", files, qlonglong(m_outputs.size()));
    }

    void cleanupTestCase()
    {
        if (!QTest::currentTestFailed())
            QDir(sessionRoot()).removeRecursively();
    }
};

QTEST_MAIN(tst_SecretLeak)
#include "tst_secretleak.moc"
