// The real main window, offscreen, against the sandbox simulator: filter, select, promote, check the
// row, the roles' counts, the simulator and the history panel. Modal dialogs are answered as a
// person would, by finding them and pressing their buttons.
#include "MainWindow.h"
#include "TestSupport.h"
#include "itemmodels/MembersModel.h"
#include "storage/HistoryStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;

    // Calls handler with the next modal dialog as soon as it is shown.
    void onNextModal(std::function<void(QWidget *)> handler)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, handler] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                handler(modal);
            }
        });
        timer->start();
    }
    QTableView *members() const { return m_window->findChild<QTableView *>(QStringLiteral("membersView")); }
    QTableView *historyView() const { return m_window->findChild<QTableView *>(QStringLiteral("historyView")); }
    QString username(qint64 userId) const { return m_sim->memberState(userId).value(QStringLiteral("username")).toString(); }

    void filterAndSelect(const QString &text)
    {
        // Offscreen has no window manager to re-activate the window after a dialog closed;
        // shortcuts only reach an active window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("memberFilter"));
        filter->clear();
        QTest::keyClicks(filter, text);
        QTRY_COMPARE(members()->model()->rowCount(), 1);
        const QRect cell = members()->visualRect(members()->model()->index(0, MembersModel::UsernameColumn));
        QTest::mouseClick(members()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(members()->selectionModel()->selectedRows().size(), 1);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // stable number formats
        m_sim = std::make_unique<Sandbox>(2000);
        Result<Database> db = Database::openSqlite(m_dir.filePath(QStringLiteral("history.sqlite")), QStringLiteral("gui"));
        QVERIFY(db.ok());
        m_history = std::make_unique<HistoryStore>(db.value());
        m_window = std::make_unique<MainWindow>(&m_nam, m_history.get());
        QSignalSpy loaded(m_window.get(), &MainWindow::rosterLoaded);
        ConnectionProfile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.groupId = m_sim->groupId();
        profile.setAllBaseUrls(m_sim->baseUrl());
        m_window->openProfile(profile, m_sim->ownerKey);
        m_window->show();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toInt(), 2000);
    }

    void showsRolesAndMembers()
    {
        auto *roles = m_window->findChild<QTableView *>(QStringLiteral("rolesView"));
        QCOMPARE(roles->model()->rowCount(), m_sim->state().value(QStringLiteral("roles")).toArray().size());
        QCOMPARE(members()->model()->rowCount(), 2000);
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionPromote"))->isEnabled()); // nothing selected
    }

    void filterAsYouType()
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("memberFilter"));
        const QString name = username(m_sim->memberWithRank(30));
        QTest::keyClicks(filter, name.left(3));
        const int afterThree = members()->model()->rowCount();
        QVERIFY(afterThree < 2000 && afterThree >= 1);
        QTest::keyClicks(filter, name.mid(3));
        QVERIFY(members()->model()->rowCount() <= afterThree);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("memberCount"))->text().contains(QStringLiteral("of 2,000")));
        filter->clear();
        QCOMPARE(members()->model()->rowCount(), 2000);
    }

    void roleSelectionFilters()
    {
        auto *roles = m_window->findChild<QTableView *>(QStringLiteral("rolesView"));
        roles->selectRow(0); // Owner, highest first
        QCOMPARE(members()->model()->rowCount(), 1);
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("allRolesButton")), Qt::LeftButton);
        QCOMPARE(members()->model()->rowCount(), 2000);
    }

    void promoteThroughShortcutAndConfirmation()
    {
        const qint64 user = m_sim->memberWithRank(1);
        const QString name = username(user);
        filterAndSelect(QString::number(user));
        QSignalSpy finished(m_window.get(), &MainWindow::changeFinished);
        QString confirmation;
        onNextModal([&confirmation](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("confirmChangeDialog"));
            confirmation = dialog->findChild<QLabel *>(QStringLiteral("confirmText"))->text();
            dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("passed training"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::keyClick(members(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        // The confirmation named the member, the current and the target role.
        QVERIFY2(confirmation.contains(name) && confirmation.contains(QStringLiteral("Recruit")) && confirmation.contains(QStringLiteral("Private")),
                 qPrintable(confirmation));
        // The row changed in place, the simulator agrees, history shows it.
        QCOMPARE(members()->model()->rowCount(), 1);
        QCOMPARE(members()->model()->index(0, MembersModel::RoleColumn).data().toString(), QStringLiteral("Private"));
        QCOMPARE(members()->model()->index(0, MembersModel::RankColumn).data().toInt(), 5);
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), 5);
        QVERIFY(m_window->statusBar()->currentMessage().contains(name));
        QAbstractItemModel *history = historyView()->model();
        QCOMPARE(history->rowCount(), 1);
        QVERIFY(history->index(0, 1).data().toString().contains(name));
        QCOMPARE(history->index(0, 5).data().toString(), QStringLiteral("Done"));
        QCOMPARE(history->index(0, 6).data().toString(), QStringLiteral("passed training"));

        if (const QString dir = qEnvironmentVariable("RANKDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/main-window-after-promote.png"));
    }

    void refusalIsShownAndRecorded()
    {
        const qint64 user = m_sim->memberWithRank(254);
        filterAndSelect(QString::number(user));
        QSignalSpy finished(m_window.get(), &MainWindow::changeFinished);
        QString shown;
        onNextModal([&shown](QWidget *box) {
            shown = qobject_cast<QMessageBox *>(box)->text();
            qobject_cast<QMessageBox *>(box)->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("actionPromote"))->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(shown.contains(QStringLiteral("highest assignable")), qPrintable(shown));
        QCOMPARE(historyView()->model()->rowCount(), 2);
        QCOMPARE(historyView()->model()->index(0, 5).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), 254);
    }

    void cancellingSendsNothing()
    {
        const qint64 user = m_sim->memberWithRank(5);
        filterAndSelect(QString::number(user));
        const int writes = m_sim->control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray().size();
        QSignalSpy finished(m_window.get(), &MainWindow::changeFinished);
        onNextModal([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->reject(); });
        m_window->findChild<QAction *>(QStringLiteral("actionDemote"))->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_sim->control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray().size(), writes);
        QCOMPARE(historyView()->model()->rowCount(), 2);
    }

    void setRankDialog()
    {
        const qint64 user = m_sim->memberWithRank(10);
        filterAndSelect(QString::number(user));
        QSignalSpy finished(m_window.get(), &MainWindow::changeFinished);
        onNextModal([this](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("setRankDialog"));
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            combo->setCurrentIndex(combo->findText(QStringLiteral("Major"), Qt::MatchContains));
            qobject_cast<QDialog *>(dialog)->accept();
            onNextModal([](QWidget *confirm) { qobject_cast<QDialog *>(confirm)->accept(); });
        });
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSetRank"))->isEnabled());
        QTest::keyClick(members(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), 100);
        QCOMPARE(members()->model()->index(0, MembersModel::RoleColumn).data().toString(), QStringLiteral("Major"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
