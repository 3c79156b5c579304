// The real main window, offscreen, against the sandbox simulator: filter, select, promote, check the
// row, the roles' counts, the simulator and the history panel. Modal dialogs are answered as a
// person would, by finding them and pressing their buttons.
#include "MainWindow.h"
#include "ProfileManagerDialog.h"
#include "HistoryWindow.h"
#include "GuiTestSupport.h"
#include "SandboxWindow.h"
#include "TestSupport.h"
#include "itemmodels/MembersModel.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include <QApplication>
#include <QComboBox>
#include <QTableWidget>
#include "BulkPlanDialog.h"
#include "jobs/Batch.h"
#include <QDirIterator>
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
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestSupport::SandboxWindow> m_app;

    void onNextModal(std::function<void(QWidget *)> handler) { GuiTestSupport::onNext<QWidget>(this, std::move(handler)); }
    QTableView *members() const { return m_app->window->findChild<QTableView *>(QStringLiteral("membersView")); }
    QTableView *historyView() const { return m_app->window->findChild<QTableView *>(QStringLiteral("historyView")); }
    QString username(qint64 userId) const { return m_app->sim->memberState(userId).value(QStringLiteral("username")).toString(); }

    void filterAndSelect(const QString &text)
    {
        // Offscreen has no window manager to re-activate the window after a dialog closed;
        // shortcuts only reach an active window.
        m_app->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
        auto *filter = m_app->window->findChild<QLineEdit *>(QStringLiteral("memberFilter"));
        filter->clear();
        QTest::keyClicks(filter, text);
        QTRY_COMPARE(members()->model()->rowCount(), 1);
        const QRect cell = members()->visualRect(members()->model()->index(0, MembersModel::UsernameColumn));
        QTest::mouseClick(members()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(members()->selectionModel()->selectedRows().size(), 1);
    }

    std::unique_ptr<MainWindow> openWindow(const QString &key)
    {
        auto window = std::make_unique<MainWindow>(&m_app->nam, m_app->history.get());
        QSignalSpy loaded(window.get(), &MainWindow::rosterLoaded);
        window->openProfile(m_app->sim->profile(), key);
        window->show();
        if (!loaded.wait(30000))
            qFatal("the roster did not load");
        return window;
    }
    int historyRows() const { return m_app->history->recent({}).value().size(); }

private slots:
    // Column widths survive closing and reopening the window.
    void columnLayoutIsRemembered()
    {
        auto *header = members()->horizontalHeader();
        header->resizeSection(MembersModel::UsernameColumn, 311);
        m_app->window->close();
        MainWindow again(&m_app->nam, m_app->history.get(), nullptr, m_app->batches.get());
        QCOMPARE(again.findChild<QTableView *>(QStringLiteral("membersView"))->horizontalHeader()->sectionSize(MembersModel::UsernameColumn), 311);
        m_app->window->show();
    }

    void initTestCase()
    {
        GuiTestSupport::useEnglish();
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<GuiTestSupport::SandboxWindow>(2000);
        QCOMPARE(m_app->open(), 2000);
    }

    void showsRolesAndMembers()
    {
        auto *roles = m_app->window->findChild<QTableView *>(QStringLiteral("rolesView"));
        QCOMPARE(roles->model()->rowCount(), m_app->sim->state().value(QStringLiteral("roles")).toArray().size());
        QCOMPARE(members()->model()->rowCount(), 2000);
        QVERIFY(!m_app->window->findChild<QAction *>(QStringLiteral("actionPromote"))->isEnabled()); // nothing selected
    }

    void filterAsYouType()
    {
        auto *filter = m_app->window->findChild<QLineEdit *>(QStringLiteral("memberFilter"));
        const QString name = username(m_app->sim->memberWithRank(30));
        QTest::keyClicks(filter, name.left(3));
        const int afterThree = members()->model()->rowCount();
        QVERIFY(afterThree < 2000 && afterThree >= 1);
        QTest::keyClicks(filter, name.mid(3));
        QVERIFY(members()->model()->rowCount() <= afterThree);
        QVERIFY(m_app->window->findChild<QLabel *>(QStringLiteral("memberCount"))->text().contains(QStringLiteral("of 2,000")));
        filter->clear();
        QCOMPARE(members()->model()->rowCount(), 2000);
    }

    void roleSelectionFilters()
    {
        auto *roles = m_app->window->findChild<QTableView *>(QStringLiteral("rolesView"));
        roles->selectRow(0); // Owner, highest first
        QCOMPARE(members()->model()->rowCount(), 1);
        QTest::mouseClick(m_app->window->findChild<QPushButton *>(QStringLiteral("allRolesButton")), Qt::LeftButton);
        QCOMPARE(members()->model()->rowCount(), 2000);
    }

    void promoteThroughShortcutAndConfirmation()
    {
        const qint64 user = m_app->sim->memberWithRank(1);
        const QString name = username(user);
        filterAndSelect(QString::number(user));
        QSignalSpy finished(m_app->window.get(), &MainWindow::changeFinished);
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
        QCOMPARE(m_app->sim->memberState(user).value(QStringLiteral("rank")).toInt(), 5);
        QVERIFY(m_app->window->statusBar()->currentMessage().contains(name));
        QAbstractItemModel *history = historyView()->model();
        QCOMPARE(history->rowCount(), 1);
        QVERIFY(history->index(0, 1).data().toString().contains(name));
        QCOMPARE(history->index(0, 5).data().toString(), QStringLiteral("Done"));
        QCOMPARE(history->index(0, 6).data().toString(), QStringLiteral("passed training"));

        if (const QString dir = qEnvironmentVariable("RANKDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_app->window->grab().save(dir + QStringLiteral("/main-window-after-promote.png"));
    }

    void refusalIsShownAndRecorded()
    {
        const qint64 user = m_app->sim->memberWithRank(254);
        filterAndSelect(QString::number(user));
        QSignalSpy finished(m_app->window.get(), &MainWindow::changeFinished);
        QString shown;
        onNextModal([&shown](QWidget *box) {
            shown = qobject_cast<QMessageBox *>(box)->text();
            qobject_cast<QMessageBox *>(box)->accept();
        });
        m_app->window->findChild<QAction *>(QStringLiteral("actionPromote"))->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(shown.contains(QStringLiteral("highest assignable")), qPrintable(shown));
        QCOMPARE(historyView()->model()->rowCount(), 2);
        QCOMPARE(historyView()->model()->index(0, 5).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(m_app->sim->memberState(user).value(QStringLiteral("rank")).toInt(), 254);
    }

    void cancellingSendsNothing()
    {
        const qint64 user = m_app->sim->memberWithRank(5);
        filterAndSelect(QString::number(user));
        const int writes = m_app->sim->control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray().size();
        QSignalSpy finished(m_app->window.get(), &MainWindow::changeFinished);
        onNextModal([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->reject(); });
        m_app->window->findChild<QAction *>(QStringLiteral("actionDemote"))->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_app->sim->control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray().size(), writes);
        QCOMPARE(historyView()->model()->rowCount(), 2);
    }

    void setRankDialog()
    {
        const qint64 user = m_app->sim->memberWithRank(10);
        filterAndSelect(QString::number(user));
        QSignalSpy finished(m_app->window.get(), &MainWindow::changeFinished);
        onNextModal([this](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("setRankDialog"));
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            combo->setCurrentIndex(combo->findText(QStringLiteral("Major"), Qt::MatchContains));
            qobject_cast<QDialog *>(dialog)->accept();
            onNextModal([](QWidget *confirm) { qobject_cast<QDialog *>(confirm)->accept(); });
        });
        QVERIFY(m_app->window->findChild<QAction *>(QStringLiteral("actionSetRank"))->isEnabled());
        QTest::keyClick(members(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(m_app->sim->memberState(user).value(QStringLiteral("rank")).toInt(), 100);
        QCOMPARE(members()->model()->index(0, MembersModel::RoleColumn).data().toString(), QStringLiteral("Major"));
    }

    // Esc during a roster load stops it: nothing more arrives, the table keeps its rows, F5 loads again.
    void stopLoading()
    {
        m_app->sim->control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("latencyMs"), 150}});
        const auto noLatency = qScopeGuard([this] { m_app->sim->control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("latencyMs"), 0}}); });
        m_app->window->findChild<QLineEdit *>(QStringLiteral("memberFilter"))->clear();
        QSignalSpy loaded(m_app->window.get(), &MainWindow::rosterLoaded);
        m_app->window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QVERIFY(m_app->window->isLoading());
        auto *stop = m_app->window->findChild<QAction *>(QStringLiteral("actionStopLoading"));
        QVERIFY(stop->isEnabled());
        QCOMPARE(stop->shortcut(), QKeySequence(Qt::Key_Escape));
        m_app->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
        QTest::keyClick(members(), Qt::Key_Escape);
        QVERIFY(!m_app->window->isLoading());
        QVERIFY(!stop->isEnabled());
        QVERIFY(m_app->window->statusBar()->currentMessage().contains(QStringLiteral("Loading stopped")));
        QVERIFY(!loaded.wait(1500)); // the cancelled load delivers nothing
        QCOMPARE(members()->model()->rowCount(), 2000);
        QVERIFY(m_app->window->findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
    }

    // A dark system palette reaches every part of the window (nothing paints its own light colors).
    void followsADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
        const auto restore = qScopeGuard([light] { QApplication::setPalette(light); });
        QTest::qWait(50);
        for (QWidget *widget : m_app->window->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            QVERIFY2(widget->palette().color(QPalette::Window).lightness() < 100 && widget->palette().color(QPalette::Base).lightness() < 100,
                     qPrintable(widget->objectName() + QStringLiteral(" keeps a light palette")));
            QVERIFY2(widget->styleSheet().isEmpty() || !widget->styleSheet().contains(QStringLiteral("background")),
                     qPrintable(widget->objectName() + QStringLiteral(" paints its own background")));
        }
        if (const QString shots = qEnvironmentVariable("RANKDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            m_app->window->grab().save(shots + QStringLiteral("/main-window-dark.png"));
    }

    // Every control has a name a screen reader can say.
    void accessibleNames()
    {
        QStringList unnamed = GuiTestSupport::unnamedControls(m_app->window.get());
        HistoryWindow *history = m_app->window->historyWindow();
        history->show();
        unnamed += GuiTestSupport::unnamedControls(history);
        history->close();
        auto *profiles = m_app->window->showProfileManager();
        unnamed += GuiTestSupport::unnamedControls(profiles);
        profiles->close();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void errorsAreShown_data();
    void errorsAreShown();
    void wrongKeyShowsLoadError();
    void bulkGuardRails();
    void bulkPromoteSelection();
    void bulkDemoteAllShownAndExport();
    void resumeOfferAtStart();
    void sandboxWriterSeriesFollowsItsLadder();
    void keysNeverWritten(); // last: it closes the window
};

void tst_MainWindow::errorsAreShown_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("memberRank");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("role"); // for Set rank: the combo entry to pick
    QTest::addColumn<QString>("fragment");
    QTest::newRow("read-only key writing (403)") << QStringLiteral("readonly") << 1 << QStringLiteral("actionPromote") << QString() << QStringLiteral("group:write");
    QTest::newRow("key owner too low (403)") << QStringLiteral("officer") << 100 << QStringLiteral("actionSetRank") << QStringLiteral("High Command") << QStringLiteral("at or above the highest rank you may assign");
    QTest::newRow("promote at the top") << QStringLiteral("owner") << 254 << QStringLiteral("actionPromote") << QString() << QStringLiteral("highest assignable");
    QTest::newRow("demote at the bottom") << QStringLiteral("owner") << 1 << QStringLiteral("actionDemote") << QString() << QStringLiteral("lowest assignable");
    QTest::newRow("set rank to Guest") << QStringLiteral("owner") << 5 << QStringLiteral("actionSetRank") << QStringLiteral("Guest") << QStringLiteral("cannot be set to Guest");
    QTest::newRow("set rank to Owner") << QStringLiteral("owner") << 5 << QStringLiteral("actionSetRank") << QStringLiteral("Owner") << QStringLiteral("Owner role");
    QTest::newRow("member left the group") << QStringLiteral("owner") << 10 << QStringLiteral("actionPromote") << QStringLiteral("LEAVE") << QStringLiteral("not a member");
}

void tst_MainWindow::errorsAreShown()
{
    QFETCH(QString, key);
    QFETCH(int, memberRank);
    QFETCH(QString, action);
    QFETCH(QString, role);
    QFETCH(QString, fragment);
    const QString secret = m_app->sim->key(key);
    std::unique_ptr<MainWindow> window = openWindow(secret);
    std::swap(window, m_app->window); // the helpers work on m_app->window
    const qint64 user = m_app->sim->memberWithRank(memberRank);
    filterAndSelect(QString::number(user));
    if (role == u"LEAVE")
        m_app->sim->control("POST", QStringLiteral("/_sim/members/%1/leave").arg(user));
    const int rowsBefore = historyRows();
    QSignalSpy finished(m_app->window.get(), &MainWindow::changeFinished);
    QString shown;
    // Refusals by the rules come before any confirmation; refusals by the provider after it.
    std::function<void(QWidget *)> answerError = [this, &shown, &answerError](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            shown = box->text();
            box->accept();
            return;
        }
        QCOMPARE(modal->objectName(), QStringLiteral("confirmChangeDialog"));
        qobject_cast<QDialog *>(modal)->accept();
        onNextModal(answerError);
    };
    if (action == u"actionSetRank") {
        onNextModal([this, role, &answerError](QWidget *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            combo->setCurrentIndex(combo->findText(role, Qt::MatchEndsWith));
            qobject_cast<QDialog *>(dialog)->accept();
            onNextModal(answerError);
        });
    } else {
        onNextModal(answerError);
    }
    m_app->window->findChild<QAction *>(action)->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(shown.contains(fragment), qPrintable(shown));
    QVERIFY(!shown.contains(secret));
    QCOMPARE(historyRows(), rowsBefore + 1);
    QCOMPARE(m_app->history->recent({}).value().first().outcome, HistoryEntry::Outcome::Failed);
    if (role == u"LEAVE")
        QCOMPARE(members()->model()->rowCount(), 0); // the member is gone from the table too
    std::swap(window, m_app->window);
}

void tst_MainWindow::wrongKeyShowsLoadError()
{
    MainWindow window(&m_app->nam, m_app->history.get());
    QString shown;
    onNextModal([&shown](QWidget *box) {
        shown = qobject_cast<QMessageBox *>(box)->text();
        qobject_cast<QMessageBox *>(box)->accept();
    });
    window.openProfile(m_app->sim->profile(), m_app->sim->key(QStringLiteral("wrong")));
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QVERIFY2(shown.contains(QStringLiteral("Invalid API Key")), qPrintable(shown));
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("membersView"))->model()->rowCount(), 0);
}

// Shows the members of one role (roles are listed highest rank first).
static void showRole(MainWindow *window, const QString &name)
{
    auto *roles = window->findChild<QTableView *>(QStringLiteral("rolesView"));
    for (int row = 0; row < roles->model()->rowCount(); ++row)
        if (roles->model()->index(row, 1).data().toString() == name)
            roles->selectRow(row);
}

void tst_MainWindow::bulkGuardRails()
{
    // A ceiling and a protected member: the plan shows both as not changing, and nothing is sent.
    m_app->window->findChild<QLineEdit *>(QStringLiteral("memberFilter"))->clear();
    showRole(m_app->window.get(), QStringLiteral("Colonel"));
    const qint64 guarded = members()->model()->index(0, MembersModel::UserIdColumn).data().toLongLong();
    m_app->window->setProtected(guarded, true);
    m_app->window->setBulkCeiling(200); // Colonel (150) -> General Staff (200) is refused
    QStringList reasons;
    bool applyDisabled = false;
    onNextModal([&reasons, &applyDisabled](QWidget *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("unchangedTable"));
        for (int row = 0; row < table->rowCount(); ++row)
            reasons << table->item(row, 2)->text();
        applyDisabled = !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    const int writes = m_app->sim->writeCount();
    m_app->window->findChild<QAction *>(QStringLiteral("actionBulkPromote"))->trigger();
    QTRY_VERIFY(!reasons.isEmpty());
    QVERIFY(applyDisabled); // nothing would change
    QCOMPARE(reasons.count(QStringLiteral("Protected: bulk actions skip this member.")), 1);
    QVERIFY(reasons.filter(QStringLiteral("highest assignable")).size() == members()->model()->rowCount() - 1);
    QCOMPARE(m_app->sim->writeCount(), writes);
    m_app->window->setProtected(guarded, false);
    m_app->window->setBulkCeiling(0);
}

void tst_MainWindow::bulkPromoteSelection()
{
    m_app->window->findChild<QLineEdit *>(QStringLiteral("memberFilter"))->clear();
    showRole(m_app->window.get(), QStringLiteral("Captain"));
    QVERIFY(members()->model()->rowCount() >= 3);
    QList<qint64> chosen;
    for (int row = 0; row < 3; ++row)
        chosen.append(members()->model()->index(row, MembersModel::UserIdColumn).data().toLongLong());
    members()->selectionModel()->select(QItemSelection(members()->model()->index(0, 0), members()->model()->index(2, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy finished(m_app->window.get(), &MainWindow::batchFinished);
    QString targets;
    onNextModal([&targets](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("bulkPlanDialog"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("targetsTable"));
        targets = table->item(0, 0)->text() + QLatin1Char('=') + table->item(0, 1)->text();
        qobject_cast<QDialog *>(dialog)->accept();
    });
    m_app->window->findChild<QAction *>(QStringLiteral("actionPromote"))->trigger(); // three rows: a bulk change
    QVERIFY(finished.wait(30000));
    QCOMPARE(targets, QStringLiteral("Major (rank 100)=3"));
    for (qint64 id : chosen)
        QCOMPARE(m_app->sim->memberState(id).value(QStringLiteral("rank")).toInt(), 100);
    // The rows changed in place as the items landed.
    QCOMPARE(members()->model()->index(0, MembersModel::RoleColumn).data().toString(), QStringLiteral("Major"));
    auto *jobs = m_app->window->findChild<QTableWidget *>(QStringLiteral("jobsTable"));
    QCOMPARE(jobs->item(0, 3)->text(), QStringLiteral("Finished"));
    QCOMPARE(jobs->item(0, 4)->text(), QStringLiteral("3/3"));
    // The finished batch is the selected one; only what makes sense for it can be pressed.
    QCOMPARE(jobs->selectionModel()->selectedRows().value(0).row(), 0);
    QVERIFY(!m_app->window->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
    QVERIFY(!m_app->window->findChild<QPushButton *>(QStringLiteral("resumeButton"))->isEnabled());
    QVERIFY(!m_app->window->findChild<QPushButton *>(QStringLiteral("retryButton"))->isEnabled());
    QVERIFY(m_app->window->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
}

void tst_MainWindow::bulkDemoteAllShownAndExport()
{
    showRole(m_app->window.get(), QStringLiteral("Lieutenant"));
    const int shown = members()->model()->rowCount();
    QVERIFY(shown >= BulkPlanDialog::TypedConfirmationThreshold);
    QSignalSpy finished(m_app->window.get(), &MainWindow::batchFinished);
    bool applyWasDisabled = false;
    onNextModal([&applyWasDisabled, shown](QWidget *dialog) {
        auto *apply = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        applyWasDisabled = !apply->isEnabled(); // until the number is typed
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("typedCount")), QString::number(shown));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
    });
    // A picture of the batch under way, a third of the way through.
    int recorded = 0;
    QString doneMidway; // what the running batch's row said then
    const QString shots = qEnvironmentVariable("RANKDESK_SCREENSHOT_DIR");
    const auto midway = connect(m_app->history.get(), &HistoryStore::recorded, this, [&recorded, &doneMidway, &shots, shown, this] {
        if (++recorded != shown / 3)
            return;
        doneMidway = m_app->window->findChild<QTableWidget *>(QStringLiteral("jobsTable"))->item(0, 4)->text();
        if (!shots.isEmpty())
            m_app->window->grab().save(shots + QStringLiteral("/bulk-batch-running.png"));
    });
    m_app->window->findChild<QAction *>(QStringLiteral("actionBulkDemote"))->trigger();
    QVERIFY(finished.wait(60000));
    disconnect(midway);
    QCOMPARE(recorded, shown);
    QVERIFY2(doneMidway.section(u'/', 0, 0).toInt() >= shown / 3 - 2 && doneMidway.endsWith(QStringLiteral("/%1").arg(shown)), qPrintable(doneMidway));
    QVERIFY(applyWasDisabled);
    const QString batchId = finished.first().first().toString();
    const BatchCounts counts = m_app->batches->counts(batchId).value();
    QCOMPARE(counts.total, shown);
    QCOMPARE(counts.done, shown);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(m_app->window->exportBatch(batchId, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFline,user_id,username,action,status,previous_role,new_role,attempts,error\r\n"));
    QCOMPARE(csv.count("\r\n"), shown + 1);
    QVERIFY(csv.contains(",demote,done,Lieutenant,Staff Sergeant,1,"));
    if (!shots.isEmpty())
        m_app->window->grab().save(shots + QStringLiteral("/bulk-batch.png"));
    QTest::mouseClick(m_app->window->findChild<QPushButton *>(QStringLiteral("allRolesButton")), Qt::LeftButton);
}

void tst_MainWindow::resumeOfferAtStart()
{
    // A batch left behind by a crash: stored, nothing sent.
    const qint64 a = m_app->sim->memberWithRank(1);
    const qint64 b = m_app->sim->outsiderUserId(); // not a member: must end skipped, not failed
    qint64 recruitRole = 0, privateRole = 0;
    for (const QJsonValue &r : m_app->sim->state().value(QStringLiteral("roles")).toArray()) {
        if (r.toObject().value(QStringLiteral("rank")).toInt() == 1)
            recruitRole = r.toObject().value(QStringLiteral("id")).toInteger();
        if (r.toObject().value(QStringLiteral("rank")).toInt() == 5)
            privateRole = r.toObject().value(QStringLiteral("id")).toInteger();
    }
    Batch batch;
    batch.profile = QStringLiteral("Sandbox");
    batch.groupId = m_app->sim->groupId();
    batch.writer = QStringLiteral("opencloud");
    batch.action = QStringLiteral("promote");
    const QString id = m_app->batches->create(batch, {{QString(), 1, a, QStringLiteral("a"), recruitRole, privateRole, BatchItem::State::Running, 1, QString(), QString(), QString(), 0},
                                                 {QString(), 2, b, QStringLiteral("b"), recruitRole, privateRole, BatchItem::State::Pending, 0, QString(), QString(), QString(), 0}})
                           .value().id;
    QSignalSpy finished(m_app->window.get(), &MainWindow::batchFinished);
    QString offer;
    onNextModal([&offer](QWidget *box) {
        QCOMPARE(box->objectName(), QStringLiteral("resumeBox"));
        offer = qobject_cast<QMessageBox *>(box)->text();
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes), Qt::LeftButton);
    });
    m_app->window->openProfile(m_app->sim->profile(), m_app->sim->ownerKey); // as at the next start
    QVERIFY(finished.wait(30000));
    QVERIFY2(offer.contains(QStringLiteral("2 of 2")), qPrintable(offer));
    QCOMPARE(finished.first().first().toString(), id);
    QCOMPARE(m_app->sim->memberState(a).value(QStringLiteral("rank")).toInt(), 5);
    const BatchCounts counts = m_app->batches->counts(id).value();
    QCOMPARE(counts.done, 1);
    QCOMPARE(counts.skipped, 1);
}

void tst_MainWindow::sandboxWriterSeriesFollowsItsLadder()
{
    m_app->window->setSandbox(m_app->sim->profile(), m_app->sim->ownerKey,
                         {{ConnectionProfile::WriterKind::Hyra, m_app->sim->hyraKey},
                          {ConnectionProfile::WriterKind::Series, m_app->sim->seriesKey},
                          {ConnectionProfile::WriterKind::Wesk, m_app->sim->weskProKey}});
    QSignalSpy loaded(m_app->window.get(), &MainWindow::rosterLoaded);
    m_app->window->findChild<QAction *>(QStringLiteral("actionSandboxWriter_series"))->trigger();
    QVERIFY(loaded.wait(30000));
    QVERIFY(m_app->window->findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(QStringLiteral("Series.hr")));
    const qint64 user = m_app->sim->memberWithRank(5);
    filterAndSelect(QString::number(user));
    QSignalSpy finished(m_app->window.get(), &MainWindow::changeFinished);
    QString confirmation;
    onNextModal([&confirmation](QWidget *dialog) {
        confirmation = dialog->findChild<QLabel *>(QStringLiteral("confirmText"))->text();
        qobject_cast<QDialog *>(dialog)->accept();
    });
    m_app->window->findChild<QAction *>(QStringLiteral("actionPromote"))->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    // Series decides the step: the dialog said so, and the row shows where the member landed.
    QVERIFY2(confirmation.contains(QStringLiteral("Series.hr")) && confirmation.contains(QStringLiteral("expects")), qPrintable(confirmation));
    QCOMPARE(members()->model()->index(0, MembersModel::RankColumn).data().toInt(), 20);
    QCOMPARE(m_app->sim->rankViaOpenCloud(user), 20);
    QCOMPARE(m_app->history->recent({}).value().first().backend, QStringLiteral("series"));
}

void tst_MainWindow::keysNeverWritten()
{
    m_app->window->close(); // writes the settings
    QStringList roots{m_app->dir.path()};
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::GenericConfigLocation,
                          QStandardPaths::CacheLocation})
        roots << QStandardPaths::writableLocation(location);
    int filesRead = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            ++filesRead;
            for (const QString &key : {m_app->sim->ownerKey, m_app->sim->readOnlyKey, m_app->sim->officerKey, m_app->sim->hyraKey, m_app->sim->seriesKey, m_app->sim->weskProKey}) {
                QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(file.fileName()));
                QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2)), qPrintable(file.fileName()));
            }
        }
    }
    QVERIFY(filesRead >= 2); // at least the history database and the settings file
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
