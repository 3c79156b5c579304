// The import wizard end to end in the real main window, offscreen, on the sandbox: a file dropped on
// the window, a wrong column guess fixed by hand, a dry run that changes nothing, then an apply
// whose batch lands in the simulator's roster and the history.
#include "ImportWizard.h"
#include "MainWindow.h"
#include "GuiTestSupport.h"
#include "SandboxWindow.h"
#include "TestSupport.h"
#include "domain/Translations.h"
#include "itemmodels/ImportChecksModel.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>

using namespace TestSupport;
using namespace Qt::StringLiterals;

class tst_ImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestSupport::SandboxWindow> m_app;
    QList<qint64> m_recruits;
    QString m_path;

    // Runs handler on the wizard once it is shown (it is modal: exec() does not return until then).
    void onWizard(std::function<void(ImportWizard *)> handler) { GuiTestSupport::onNext<ImportWizard>(this, std::move(handler)); }
    void dropFile(const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = m_app->window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_app->window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_app->window.get(), &drop);
        QVERIFY(drop.isAccepted());
    }
    // Every control on the page shown has a name a screen reader can say.
    static void assertNamed(ImportWizard *wizard)
    {
        const QStringList unnamed = GuiTestSupport::unnamedControls(wizard->currentPage());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }
    // Read and map pages, with the member column set by hand to the second column.
    static void readAndMap(ImportWizard *wizard, bool expectRemembered)
    {
        QCOMPARE(wizard->currentId(), int(ImportWizard::ReadPageId));
        const QString format = wizard->findChild<QLabel *>(u"importFormat"_s)->text();
        QVERIFY2(format.contains(u"UTF-8"_s) && format.contains(u"comma"_s), qPrintable(format));
        assertNamed(wizard);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        auto *user = wizard->findChild<QComboBox *>(u"importUserColumn"_s);
        auto *target = wizard->findChild<QComboBox *>(u"importTargetColumn"_s);
        QCOMPARE(target->currentData().toInt(), 2);
        // "Member" is a header word, but the column holds display names; the usernames are under "Player".
        QCOMPARE(user->currentData().toInt(), expectRemembered ? 1 : 0);
        user->setCurrentIndex(user->findData(1));
        assertNamed(wizard);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
    }

private slots:
    void initTestCase()
    {
        GuiTestSupport::useEnglish();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"import/layouts"_s); // start with no remembered mapping
        m_app = std::make_unique<GuiTestSupport::SandboxWindow>(500);
        QCOMPARE(m_app->open(), 500);

        m_recruits = m_app->sim->membersWithRank(1, 3);
        QCOMPARE(m_recruits.size(), 3);
        QByteArray csv = "Member,Player,Rank,Reason\n";
        for (qint64 id : m_recruits)
            csv += "Some Display Name," + m_app->sim->memberState(id).value(u"username"_s).toString().toUtf8() + ",Private,Finished training\n";
        csv += "Nobody,no_such_user_q,Private,\n";
        csv += "Boss," + QByteArray::number(m_app->sim->memberWithRank(100)) + ",Owner,\n";
        m_path = m_app->dir.filePath(u"roster-changes.csv"_s);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }

    void dryRunChangesNothing()
    {
        const int writes = m_app->sim->writeCount();
        bool checked = false;
        onWizard([this, &checked](ImportWizard *wizard) {
            readAndMap(wizard, false);
            const QString summary = wizard->findChild<QLabel *>(u"importSummary"_s)->text();
            QVERIFY2(summary.contains(u"Ready: 3"_s) && summary.contains(u"Invalid: 2"_s), qPrintable(summary));
            QVERIFY2(summary.contains(u"3 → Private"_s), qPrintable(summary));
            // The table opens on the problems, each with its line and reason.
            auto *table = wizard->findChild<QTableView *>(u"importChecks"_s);
            QCOMPARE(table->model()->rowCount(), 2);
            QCOMPARE(table->model()->index(0, ImportChecksModel::LineColumn).data().toInt(), 5);
            QCOMPARE(table->model()->index(0, ImportChecksModel::MessageColumn).data().toString(),
                     u"No Roblox user is named \"no_such_user_q\"."_s);
            QCOMPARE(table->model()->index(1, ImportChecksModel::MessageColumn).data().toString(),
                     u"The Owner role (rank 255) cannot be assigned."_s);
            auto *filter = wizard->findChild<QComboBox *>(u"importStatusFilter"_s);
            filter->setCurrentIndex(0); // all rows
            QCOMPARE(table->model()->rowCount(), 5);
            assertNamed(wizard);
            wizard->next();
            QVERIFY(wizard->findChild<QRadioButton *>(u"importDryRun"_s)->isChecked());
            assertNamed(wizard);
            if (const QString shots = qEnvironmentVariable("RANKDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
                wizard->back();
                wizard->grab().save(shots + u"/import-wizard.png"_s);
                wizard->next();
            }
            checked = true;
            wizard->button(QWizard::FinishButton)->click();
        });
        dropFile(m_path);
        QTRY_VERIFY_WITH_TIMEOUT(checked, 60000);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_app->sim->writeCount(), writes);
        QVERIFY(m_app->batches->batches().value().isEmpty());
    }

    void applyLandsInTheRoster()
    {
        const int writes = m_app->sim->writeCount();
        QSignalSpy finished(m_app->window.get(), &MainWindow::batchFinished);
        onWizard([](ImportWizard *wizard) {
            readAndMap(wizard, true); // the mapping fixed last time is remembered for this layout
            wizard->next();
            auto *apply = wizard->findChild<QRadioButton *>(u"importApply"_s);
            QCOMPARE(apply->text(), u"&Apply 3 changes now"_s);
            apply->setChecked(true);
            QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
            wizard->button(QWizard::FinishButton)->click();
        });
        m_app->window->importCsv(m_path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(m_app->sim->writeCount(), writes + 3);
        for (qint64 id : m_recruits)
            QCOMPARE(m_app->sim->rankViaOpenCloud(id), 5);
        const QString batchId = finished.first().first().toString();
        const Batch batch = m_app->batches->batch(batchId).value();
        QCOMPARE(batch.source, u"csv-import"_s);
        QCOMPARE(batch.sourceFile, u"roster-changes.csv"_s);
        QCOMPARE(batch.sourceChecksum.size(), 64);
        HistoryStore::Filter filter;
        filter.batchId = batchId;
        const QList<HistoryEntry> rows = m_app->history->recent(filter).value();
        QCOMPARE(rows.size(), 3);
        for (const HistoryEntry &row : rows) {
            QCOMPARE(row.source, u"csv-import"_s);
            QCOMPARE(row.reason, u"Finished training"_s);
            QCOMPARE(row.newRank, 5);
        }
        // Per-row results, with the file's line numbers.
        const QString results = m_app->dir.filePath(u"results.csv"_s);
        QVERIFY(m_app->window->exportBatch(batchId, results).ok());
        QFile file(results);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\r\n2," + QByteArray::number(m_recruits[0]) + ","));
        QCOMPARE(text.count(",set-rank,done,Recruit,Private,1,"), 3);
    }

    void cancelWhileReading()
    {
        // A file big enough to still be reading when Cancel is pressed.
        const QString big = m_app->dir.filePath(u"big.csv"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Member,Player,Rank,Reason\n");
        const QByteArray row = "x,some_player,Private,a reason long enough to make the file big\n";
        QByteArray chunk;
        for (int i = 0; i < 10000; ++i)
            chunk += row;
        for (int i = 0; i < 60; ++i)
            file.write(chunk);
        file.close();
        bool cancelled = false;
        onWizard([&cancelled](ImportWizard *wizard) {
            wizard->next();
            wizard->next();
            wizard->findChild<QPushButton *>(u"importCancel"_s)->click();
            QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QPushButton *>(u"importRetry"_s)->isVisible(), 30000);
            QCOMPARE(wizard->findChild<QLabel *>(u"importSummary"_s)->text(), u"Reading was cancelled. Nothing was checked or changed."_s);
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
            cancelled = true;
            wizard->reject();
        });
        m_app->window->importCsv(big);
        QVERIFY(cancelled);
    }

    // Closing the wizard while its rows are being looked up: the answer arrives to a closed wizard
    // and is dropped; nothing breaks and nothing is written.
    void closeWhileChecking()
    {
        m_app->sim->control("POST", u"/_sim/faults"_s, {{u"latencyMs"_s, 400}});
        const auto noLatency = qScopeGuard([this] { m_app->sim->control("POST", u"/_sim/faults"_s, {{u"latencyMs"_s, 0}}); });
        // A stranger no lookup has seen yet (answers are cached per connection), so one is in flight.
        const QString path = m_app->dir.filePath(u"stranger.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Member,Player,Rank,Reason\nx,never_looked_up_" + QByteArray::number(QRandomGenerator::global()->generate()) + ",Private,r\n");
        file.close();
        const int writes = m_app->sim->writeCount();
        bool closed = false;
        onWizard([&closed](ImportWizard *wizard) {
            wizard->next();
            wizard->next(); // the check starts: a stranger's name goes to the user lookup
            QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
            closed = true;
            wizard->reject();
        });
        m_app->window->importCsv(path);
        QVERIFY(closed);
        QTest::qWait(1500); // the lookup answers after the wizard is gone
        QCOMPARE(m_app->sim->writeCount(), writes);
        QVERIFY(m_app->window->findChild<QAction *>(u"actionImportCsv"_s)->isEnabled());
    }
};

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
