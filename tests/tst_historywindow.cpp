// The history browser in the real main window, offscreen, on the sandbox: a bulk promotion, the
// history filtered by member, that member's timeline from the members' context menu, and the
// whole batch reverted from the Jobs panel's "Show in history", checked in the simulator.
#include "HistoryChart.h"
#include "HistoryWindow.h"
#include "MainWindow.h"
#include "GuiTestSupport.h"
#include "SandboxWindow.h"
#include "TestSupport.h"
#include "domain/Translations.h"
#include "itemmodels/HistoryModel.h"
#include "itemmodels/MembersModel.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"
#include "storage/RosterCache.h"

#include <QApplication>
#include <QJsonObject>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;
using namespace Qt::StringLiterals;

class tst_HistoryWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestSupport::SandboxWindow> m_app;
    QList<qint64> m_promoted;
    QString m_batchId;

    QTableView *members() const { return m_app->window->findChild<QTableView *>(u"membersView"_s); }
    HistoryWindow *history() const { return m_app->window->findChild<HistoryWindow *>(); }
    QTableView *browser() const { return history()->findChild<QTableView *>(u"historyBrowser"_s); }

    // Runs handler on the next modal dialog or popup menu.
    void onNextPopup(std::function<void(QWidget *)> handler) { GuiTestSupport::onNext<QWidget>(this, std::move(handler)); }

private slots:
    void initTestCase()
    {
        GuiTestSupport::useEnglish();
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<GuiTestSupport::SandboxWindow>(400);
        QCOMPARE(m_app->open(), 400);

        // Three recruits promoted in one bulk change.
        auto *roles = m_app->window->findChild<QTableView *>(u"rolesView"_s);
        for (int row = 0; row < roles->model()->rowCount(); ++row)
            if (roles->model()->index(row, 1).data().toString() == u"Recruit"_s)
                roles->selectRow(row);
        QTRY_VERIFY(members()->model()->rowCount() >= 3);
        for (int row = 0; row < 3; ++row)
            m_promoted.append(members()->model()->index(row, MembersModel::UserIdColumn).data().toLongLong());
        members()->selectionModel()->select(QItemSelection(members()->model()->index(0, 0), members()->model()->index(2, 0)),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy finished(m_app->window.get(), &MainWindow::batchFinished);
        onNextPopup([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->accept(); });
        m_app->window->findChild<QAction *>(u"actionPromote"_s)->trigger();
        QVERIFY(finished.wait(30000));
        m_batchId = finished.first().first().toString();
        for (qint64 id : m_promoted)
            QCOMPARE(m_app->sim->rankViaOpenCloud(id), 5);
    }

    void filterByMember()
    {
        m_app->window->findChild<QAction *>(u"actionHistory"_s)->trigger();
        QVERIFY(history() && history()->isVisible());
        QTRY_COMPARE(browser()->model()->rowCount(), 3);
        const QString name = m_app->sim->memberState(m_promoted[1]).value(u"username"_s).toString();
        auto *member = history()->findChild<QLineEdit *>(u"historyMemberFilter"_s);
        QTest::keyClicks(member, name.mid(1, name.size() - 2).toUpper()); // part of the name, any case
        QTRY_COMPARE(browser()->model()->rowCount(), 1);
        QCOMPARE(history()->findChild<QLabel *>(u"historyCount"_s)->text(), u"1 matching change"_s);
        browser()->selectRow(0);
        const QString detail = history()->findChild<QLabel *>(u"historyDetail"_s)->text();
        QVERIFY2(detail.contains(name) && detail.contains(m_batchId) && detail.contains(u"Recruit (rank 1)"_s), qPrintable(detail));
        if (const QString shots = qEnvironmentVariable("RANKDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            history()->grab().save(shots + u"/history.png"_s);
    }

    void memberTimelineFromTheMembersTable()
    {
        QTest::mouseClick(m_app->window->findChild<QPushButton *>(u"allRolesButton"_s), Qt::LeftButton);
        m_app->window->findChild<QLineEdit *>(u"memberFilter"_s)->setText(QString::number(m_promoted[0]));
        QTRY_COMPARE(members()->model()->rowCount(), 1);
        members()->selectRow(0);
        bool chosen = false;
        onNextPopup([&chosen](QWidget *popup) {
            auto *menu = qobject_cast<QMenu *>(popup);
            QVERIFY(menu);
            QAction *show = menu->findChild<QAction *>(u"actionShowMemberHistory"_s);
            QVERIFY(show);
            chosen = true;
            menu->close();
            show->trigger();
        });
        emit members()->customContextMenuRequested(members()->visualRect(members()->model()->index(0, 1)).center());
        QVERIFY(chosen);
        const QString name = m_app->sim->memberState(m_promoted[0]).value(u"username"_s).toString();
        QCOMPARE(history()->windowTitle(), u"History of %1"_s.arg(name));
        QTRY_COMPARE(browser()->model()->rowCount(), 1);
        QCOMPARE(history()->model()->entryAt(0).userId, m_promoted[0]);
        m_app->window->findChild<QLineEdit *>(u"memberFilter"_s)->clear();
    }

    void revertTheBatch()
    {
        auto *jobs = m_app->window->findChild<QTableWidget *>(u"jobsTable"_s);
        jobs->selectRow(0);
        QTest::mouseClick(m_app->window->findChild<QPushButton *>(u"historyButton"_s), Qt::LeftButton);
        QTRY_COMPARE(browser()->model()->rowCount(), 3);
        QCOMPARE(history()->findChild<QLabel *>(u"historyCount"_s)->text(), u"3 matching changes: 3 done, 0 failed, 0 skipped"_s);
        QSignalSpy finished(m_app->window.get(), &MainWindow::batchFinished);
        QString summary;
        onNextPopup([&summary](QWidget *dialog) {
            summary = dialog->findChild<QLabel *>(u"planSummary"_s)->text();
            qobject_cast<QDialog *>(dialog)->accept();
        });
        QTest::mouseClick(history()->findChild<QPushButton *>(u"historyRevertShown"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(summary.contains(u"3 members change"_s), qPrintable(summary));
        for (qint64 id : m_promoted)
            QCOMPARE(m_app->sim->rankViaOpenCloud(id), 1);
        const QString revertId = finished.first().first().toString();
        const Batch revert = m_app->batches->batch(revertId).value();
        QCOMPARE(revert.source, u"revert"_s);
        HistoryStore::Filter f;
        f.batchId = revertId;
        const QList<HistoryEntry> rows = m_app->history->recent(f).value();
        QCOMPARE(rows.size(), 3);
        for (const HistoryEntry &row : rows) {
            QCOMPARE(row.action, u"demote"_s);
            QCOMPARE(row.source, u"revert"_s);
            QCOMPARE(row.newRank, 1);
        }
        // Reverting the same batch again changes nobody: every member's role changed since.
        history()->showBatch(m_batchId);
        QString again;
        onNextPopup([&again](QWidget *dialog) {
            again = dialog->findChild<QLabel *>(u"planSummary"_s)->text();
            qobject_cast<QDialog *>(dialog)->reject();
        });
        QTest::mouseClick(history()->findChild<QPushButton *>(u"historyRevertShown"_s), Qt::LeftButton);
        QTRY_VERIFY(!again.isEmpty());
        QVERIFY2(again.contains(u"0 members change"_s), qPrintable(again));
    }

    void chartCountsPerDay()
    {
        history()->showBatch(QString()); // every change of the group
        auto *tabs = history()->findChild<QTabWidget *>(u"historyTabs"_s);
        tabs->setCurrentIndex(1);
        auto *chart = history()->findChild<HistoryChart *>(u"historyChart"_s);
        const QString today = QLocale().toString(QDateTime::currentDateTimeUtc().date(), u"MMM d"_s);
        QCOMPARE(chart->barsText(), QStringList{u"%1: 3/3/0/0"_s.arg(today)}); // three promotions, three reverts
        if (const QString shots = qEnvironmentVariable("RANKDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(300); // the chart's scene lays out its axes and legend on the next paint
            history()->grab().save(shots + u"/history-chart.png"_s);
        }
        tabs->setCurrentIndex(0);
    }
    // With the roster cache: a change made outside Rankdesk is found on refresh and recorded; a
    // profile that cannot be reached opens on the cached roster, labelled as such.
    void outsideChangesAndOfflineCache()
    {
        RosterCache cache(m_app->history->database());
        m_app->window->setRosterCache(&cache);
        QSignalSpy loaded(m_app->window.get(), &MainWindow::rosterLoaded);
        m_app->window->openProfile(m_app->sim->profile(), m_app->sim->ownerKey); // nothing cached yet: saved after the load
        QVERIFY(loaded.wait(30000));
        QVERIFY(cache.load(m_app->sim->groupId()).value().has_value());

        const qint64 changed = m_app->sim->memberWithRank(20);
        m_app->sim->control("POST", u"/_sim/members/%1/role"_s.arg(changed), QJsonObject{{u"rank"_s, 30}});
        m_app->window->openProfile(m_app->sim->profile(), m_app->sim->ownerKey); // opens on the cache, then refreshes
        QCOMPARE(m_app->window->findChild<QTableView *>(u"membersView"_s)->model()->rowCount(), 400);
        QVERIFY(m_app->window->findChild<QLabel *>(u"rosterCacheLabel"_s)->text().startsWith(u"Cached roster from"_s));
        QVERIFY(loaded.wait(30000));
        HistoryStore::Filter f;
        f.source = u"outside"_s;
        const QList<HistoryEntry> outside = m_app->history->recent(f).value();
        QCOMPARE(outside.size(), 1);
        QCOMPARE(outside.first().userId, changed);
        QCOMPARE(outside.first().previousRank, 20);
        QCOMPARE(outside.first().newRank, 30);
        QCOMPARE(outside.first().action, u"promote"_s);
        QVERIFY(m_app->window->findChild<QLabel *>(u"rosterCacheLabel"_s)->text().isEmpty());

        // Unreachable: the cached roster, said to be cached; nothing is recorded.
        ConnectionProfile offline = m_app->sim->profile();
        offline.setAllBaseUrls(QUrl(u"http://127.0.0.1:1"_s));
        auto *answer = new QTimer(this);
        connect(answer, &QTimer::timeout, this, [answer] {
            if (auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                answer->stop();
                answer->deleteLater();
                box->accept();
            }
        });
        answer->start(10);
        m_app->window->openProfile(offline, m_app->sim->ownerKey);
        QCOMPARE(m_app->window->findChild<QTableView *>(u"membersView"_s)->model()->rowCount(), 400);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window->findChild<QLabel *>(u"rosterCacheLabel"_s)->text().startsWith(u"Offline: showing the roster cached"_s), 30000);
        QCOMPARE(m_app->history->recent(f).value().size(), 1);
        m_app->window->setRosterCache(nullptr);
        m_app->window->openProfile(m_app->sim->profile(), m_app->sim->ownerKey);
        QVERIFY(loaded.wait(30000));
    }
    // The audit log brings the one change made outside Rankdesk, with who made it; Rankdesk's own
    // six writes (three promotions, three reverts) are not doubled.
    void importAuditLog()
    {
        m_app->window->findChild<QAction *>(u"actionHistory"_s)->trigger();
        QSignalSpy imported(m_app->window.get(), &MainWindow::auditLogImported);
        QTest::mouseClick(history()->findChild<QPushButton *>(u"historyImportAudit"_s), Qt::LeftButton);
        QVERIFY(imported.wait(30000));
        QCOMPARE(imported.first().first().toInt(), 1);
        HistoryStore::Filter f;
        f.source = u"audit-log"_s;
        const QList<HistoryEntry> rows = m_app->history->recent(f).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().newRank, 30);
        QVERIFY(!rows.first().actor.isEmpty());
        history()->showMember(rows.first().userId, rows.first().username);
        QTRY_VERIFY(browser()->model()->rowCount() >= 2); // the outside row found on refresh, and the audit row
        for (int row = 0; row < browser()->model()->rowCount(); ++row)
            if (history()->model()->entryAt(row).source == u"audit-log"_s)
                browser()->selectRow(row);
        QVERIFY(history()->findChild<QLabel *>(u"historyDetail"_s)->text().contains(rows.first().actor.toHtmlEscaped()));
    }
};

QTEST_MAIN(tst_HistoryWindow)
#include "tst_historywindow.moc"
