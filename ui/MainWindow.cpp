#include "MainWindow.h"

#include "BulkPlanDialog.h"
#include "ConfirmChangeDialog.h"
#include "JobsPanel.h"
#include "HistoryWindow.h"
#include "ImportWizard.h"
#include "TableViews.h"
#include "api/AuditLogReader.h"
#include "rank/AuditLogImport.h"
#include "rank/OutsideChanges.h"
#include "rank/RevertPlanner.h"
#include "exchange/ImportChecker.h"
#include "exchange/ImportExport.h"
#include "jobs/BatchPlanner.h"
#include "jobs/BatchService.h"
#include "storage/BatchStore.h"
#include "ProfileManagerDialog.h"
#include "domain/Translations.h"
#include "profiles/ProfileKeys.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "profiles/GuardRailSettings.h"
#include "api/Async.h"
#include "api/Connection.h"
#include "api/WeskWriter.h"
#include "api/WriterCatalog.h"
#include "itemmodels/HistoryModel.h"
#include "itemmodels/MembersModel.h"
#include "itemmodels/MembersViewModel.h"
#include "itemmodels/RolesModel.h"
#include "rank/RosterLoader.h"
#include "storage/HistoryStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QMimeData>
#include <QSaveFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QActionGroup>
#include <QSettings>
#include <QToolButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    QTableView *table = makeTableView(parent, objectName);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

MainWindow::MainWindow(QNetworkAccessManager *nam, HistoryStore *history, QWidget *parent, BatchStore *batches)
    : QMainWindow(parent), m_nam(nam), m_history(history),
      // Every change, a single one too, is stored before it is sent: the batches live beside the history.
      m_batches(batches ? batches : new BatchStore(history->database(), this)), m_rolesModel(new RolesModel(this)),
      m_membersModel(new MembersModel(this)), m_membersView(new MembersViewModel(this)),
      m_historyModel(new HistoryModel(this)), m_profiles(new ProfileStore(this)),
      m_keys(new ProfileKeys(new MemorySecretStore(this), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rankdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rankdesk.svg")));
    setAcceptDrops(true); // a CSV file dropped on the window opens the import wizard
    m_membersView->setMembersModel(m_membersModel);
    buildActions();
    buildLayout();
    updateActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    // Column widths and order (a sort is part of it).
    for (QTableView *table : {m_rolesTable, m_membersTable, m_historyTable})
        table->horizontalHeader()->restoreState(settings.value(QStringLiteral("columns/") + table->objectName()).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveProfileWindowState();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (QTableView *table : {m_rolesTable, m_membersTable, m_historyTable})
        settings.setValue(QStringLiteral("columns/") + table->objectName(), table->horizontalHeader()->saveState());
    if (m_historyWindow)
        m_historyWindow->close(); // it remembers its own layout
    event->accept();
}

void MainWindow::buildActions()
{
    auto action = [this](const QString &name, const QString &text, const QString &icon, const QKeySequence &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!icon.isEmpty())
            a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        a->setShortcut(keys);
        a->setToolTip(keys.isEmpty() ? text : tr("%1 (%2)").arg(QString(text).remove(u'&'), keys.toString(QKeySequence::NativeText)));
        return a;
    };
    m_refresh = action(QStringLiteral("actionRefresh"), tr("&Refresh"), QStringLiteral("refresh"), QKeySequence(Qt::Key_F5));
    // Not QKeySequence::Refresh: on Linux it also binds Ctrl+R, which is Set rank here.
    m_promote = action(QStringLiteral("actionPromote"), tr("&Promote"), QStringLiteral("promote"), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_demote = action(QStringLiteral("actionDemote"), tr("&Demote"), QStringLiteral("demote"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_setRank = action(QStringLiteral("actionSetRank"), tr("&Set rank…"), QStringLiteral("set-rank"), QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *connectAction = action(QStringLiteral("actionConnect"), tr("&Profiles…"), QStringLiteral("connect"), QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openSandbox = action(QStringLiteral("actionOpenSandbox"), tr("Open &sandbox"), QString(), {});
    m_openSandbox->setVisible(false);
    auto *find = action(QStringLiteral("actionFind"), tr("&Find member"), QString(), QKeySequence::Find);
    m_stopLoading = action(QStringLiteral("actionStopLoading"), tr("S&top loading"), QString(), QKeySequence(Qt::Key_Escape));
    auto *quit = action(QStringLiteral("actionQuit"), tr("&Quit"), QString(), QKeySequence::Quit);

    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_stopLoading, &QAction::triggered, this, &MainWindow::stopLoading);
    connect(m_promote, &QAction::triggered, this, [this] { requestChange(RankAction::Promote); });
    connect(m_demote, &QAction::triggered, this, [this] { requestChange(RankAction::Demote); });
    connect(m_setRank, &QAction::triggered, this, [this] { requestChange(RankAction::SetRank); });
    connect(connectAction, &QAction::triggered, this, [this] { showProfileManager(); });
    connect(m_openSandbox, &QAction::triggered, this, [this] { openSandbox(ConnectionProfile::WriterKind::OpenCloud); });
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(connectAction);
    m_profilesMenu = file->addMenu(tr("Open p&rofile"));
    m_profilesMenu->setObjectName(QStringLiteral("profilesMenu"));
    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::rebuildProfilesMenu);
    rebuildProfilesMenu();
    file->addAction(m_openSandbox);
    m_sandboxMenu = file->addMenu(tr("Sandbox &writer"));
    m_sandboxMenu->setObjectName(QStringLiteral("sandboxWriterMenu"));
    m_sandboxMenu->menuAction()->setVisible(false);
    file->addSeparator();
    m_import = action(QStringLiteral("actionImportCsv"), tr("&Import CSV…"), QStringLiteral("import"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(),
                                                          tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    file->addAction(m_import);
    file->addSeparator();
    file->addAction(quit);
    QMenu *members = menuBar()->addMenu(tr("&Members"));
    members->addAction(find);
    members->addAction(m_refresh);
    members->addAction(m_stopLoading);
    members->addSeparator();
    members->addActions({m_promote, m_demote, m_setRank});
    QMenu *allShown = members->addMenu(tr("Apply to &all shown"));
    allShown->setObjectName(QStringLiteral("bulkMenu"));
    const auto bulkAction = [this, allShown](const QString &name, const QString &text, RankAction rankAction, Qt::Key key) {
        QAction *a = allShown->addAction(text, this, [this, rankAction] { requestBulk(rankAction, shownMembers()); });
        a->setObjectName(name);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
    };
    bulkAction(QStringLiteral("actionBulkPromote"), tr("Promote all shown…"), RankAction::Promote, Qt::Key_P);
    bulkAction(QStringLiteral("actionBulkDemote"), tr("Demote all shown…"), RankAction::Demote, Qt::Key_D);
    bulkAction(QStringLiteral("actionBulkSetRank"), tr("Set rank of all shown…"), RankAction::SetRank, Qt::Key_R);
    members->addAction(tr("Bulk rank &ceiling…"), this, [this] {
        bool ok = false;
        const int rank = QInputDialog::getInt(this, tr("Bulk rank ceiling"),
                                              tr("Bulk actions refuse target ranks at or above (0 for no ceiling):"),
                                              bulkCeiling(), 0, 255, 1, &ok);
        if (ok)
            setBulkCeiling(rank);
    })->setObjectName(QStringLiteral("actionBulkCeiling"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *history = view->addAction(tr("&History…"), this, [this] {
        HistoryWindow *window = historyWindow();
        window->show();
        window->raise();
        window->activateWindow();
    });
    history->setObjectName(QStringLiteral("actionHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addSeparator();
    buildLanguageMenu(view->addMenu(tr("&Language")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rankdesk"), this, [this] {
        QMessageBox::about(this, tr("About Rankdesk"),
                           tr("<b>Rankdesk %1</b><p>Promote, demote and re-rank the members of your Roblox groups, "
                              "with a history of every change.</p>")
                               .arg(QStringLiteral(RANKDESK_VERSION)));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({connectAction, m_refresh});
    toolbar->addSeparator();
    toolbar->addActions({m_promote, m_demote, m_setRank});
    view->addAction(toolbar->toggleViewAction());
    view->setObjectName(QStringLiteral("viewMenu"));
}

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    auto *rolesPane = new QWidget(m_splitter);
    auto *rolesLayout = new QVBoxLayout(rolesPane);
    rolesLayout->setContentsMargins(6, 6, 0, 6);
    auto *rolesTitle = new QLabel(tr("<b>Roles</b>"), rolesPane);
    auto *allRoles = new QPushButton(tr("Show &all roles"), rolesPane);
    allRoles->setObjectName(QStringLiteral("allRolesButton"));
    m_rolesTable = makeTable(rolesPane, QStringLiteral("rolesView"));
    m_rolesTable->setModel(m_rolesModel);
    m_rolesTable->setAccessibleName(tr("Roles"));
    m_rolesTable->horizontalHeader()->setSectionResizeMode(RolesModel::NameColumn, QHeaderView::Stretch);
    m_rolesTable->horizontalHeader()->setStretchLastSection(false);
    rolesLayout->addWidget(rolesTitle);
    rolesLayout->addWidget(m_rolesTable);
    rolesLayout->addWidget(allRoles);
    connect(m_rolesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_membersView->setRoleFilter(current.isValid() ? m_rolesModel->roleAt(current.row()).id : 0);
        updateMemberCount();
    });
    connect(allRoles, &QPushButton::clicked, this, [this] {
        m_rolesTable->selectionModel()->clear();
        m_membersView->setRoleFilter(0);
        updateMemberCount();
    });

    auto *membersPane = new QWidget(m_splitter);
    auto *membersLayout = new QVBoxLayout(membersPane);
    membersLayout->setContentsMargins(0, 6, 6, 6);
    m_filter = new QLineEdit(membersPane);
    m_filter->setObjectName(QStringLiteral("memberFilter"));
    m_filter->setPlaceholderText(tr("Filter by username, display name or user ID (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Member filter"));
    m_memberCount = new QLabel(membersPane);
    m_memberCount->setObjectName(QStringLiteral("memberCount"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_memberCount);
    membersLayout->addLayout(filterRow);
    m_membersTable = makeTable(membersPane, QStringLiteral("membersView"));
    m_membersTable->setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows: a bulk change
    m_membersTable->setAccessibleName(tr("Members"));
    m_membersTable->setModel(m_membersView);
    m_membersTable->setSortingEnabled(true);
    m_membersTable->sortByColumn(MembersModel::RankColumn, Qt::DescendingOrder);
    m_membersTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_membersTable->horizontalHeader()->resizeSection(MembersModel::UserIdColumn, 110);
    m_membersTable->horizontalHeader()->resizeSection(MembersModel::UsernameColumn, 190);
    m_membersTable->horizontalHeader()->resizeSection(MembersModel::DisplayNameColumn, 170);
    m_membersTable->horizontalHeader()->resizeSection(MembersModel::RoleColumn, 160);
    m_membersTable->horizontalHeader()->resizeSection(MembersModel::RankColumn, 60);
    membersLayout->addWidget(m_membersTable);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_membersView->setFilterText(text);
        updateMemberCount();
    });
    connect(m_membersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_membersView, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_membersTable, &QAbstractItemView::doubleClicked, this, [this] { requestChange(RankAction::SetRank); });
    connect(m_membersTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_membersTable->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addActions({m_promote, m_demote, m_setRank});
        menu.addSeparator();
        menu.addAction(tr("Copy user ID"), this, [this] {
            if (const auto member = selectedMember())
                QApplication::clipboard()->setText(QString::number(member->userId));
        });
        if (const auto member = selectedMember()) {
            QAction *show = menu.addAction(tr("Show &history"), this, [this, member = *member] {
                HistoryWindow *window = historyWindow();
                window->showMember(member.userId, member.username);
                window->show();
                window->raise();
            });
            show->setObjectName(QStringLiteral("actionShowMemberHistory"));
        }
        if (const auto member = selectedMember(); member && m_connection) {
            QAction *protect = menu.addAction(tr("Protect from bulk actions"));
            protect->setCheckable(true);
            protect->setChecked(protectedMembers().contains(member->userId));
            connect(protect, &QAction::toggled, this, [this, id = member->userId](bool on) { setProtected(id, on); });
        }
        menu.exec(m_membersTable->viewport()->mapToGlobal(pos));
    });

    m_splitter->addWidget(rolesPane);
    m_splitter->addWidget(membersPane);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({330, 850});
    setCentralWidget(m_splitter);

    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyTable = makeTable(m_historyDock, QStringLiteral("historyView"));
    m_historyTable->setAccessibleName(tr("History"));
    m_historyTable->setModel(m_historyModel);
    m_historyTable->horizontalHeader()->resizeSection(HistoryModel::TimeColumn, 140);
    m_historyTable->horizontalHeader()->resizeSection(HistoryModel::MemberColumn, 220);
    m_historyTable->horizontalHeader()->resizeSection(HistoryModel::FromColumn, 150);
    m_historyTable->horizontalHeader()->resizeSection(HistoryModel::ToColumn, 150);
    m_historyDock->setWidget(m_historyTable);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    resizeDocks({m_historyDock}, {200}, Qt::Vertical);
    findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(m_historyDock->toggleViewAction());

    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobs = new JobsPanel(jobsDock);
    jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    tabifyDockWidget(m_historyDock, jobsDock);
    m_historyDock->raise();
    jobsDock->setVisible(m_batches != nullptr);
    findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(jobsDock->toggleViewAction());
    connect(m_jobs, &JobsPanel::historyRequested, this, [this](const QString &id) {
        HistoryWindow *window = historyWindow();
        window->showBatch(id);
        window->show();
        window->raise();
    });
    connect(m_jobs, &JobsPanel::pauseRequested, this, [this] {
        if (m_batchService)
            m_batchService->pause();
    });
    connect(m_jobs, &JobsPanel::resumeRequested, this, [this](const QString &id) {
        if (batchRunning())
            m_batchService->resume();
        else if (!id.isEmpty())
            startBatch(id);
    });
    connect(m_jobs, &JobsPanel::cancelRequested, this, [this](const QString &id) {
        if (!m_batchService || id.isEmpty())
            return;
        const auto cancelled = m_batchService->cancel(id);
        if (!cancelled)
            showError(tr("Could not cancel the batch"), cancelled.error());
        else if (cancelled.value() == BatchService::CancelOutcome::Requested)
            statusBar()->showMessage(tr("Another program runs this batch; it was asked to cancel before its next request."), 10000);
        m_jobs->refresh();
    });
    connect(m_jobs, &JobsPanel::retryRequested, this, [this](const QString &id) {
        if (!id.isEmpty() && !batchRunning())
            startBatch(id, true);
    });
    connect(m_jobs, &JobsPanel::exportRequested, this, [this](const QString &id) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export batch results"), QStringLiteral("batch-%1.csv").arg(id.left(8)),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const auto written = exportBatch(id, path); !written)
            showError(tr("Export failed"), written.error());
        else
            statusBar()->showMessage(tr("Results written to %1.").arg(path), 8000);
    });
    // Bulk items update the table as they land, like single changes.
    connect(m_history, &HistoryStore::recorded, this, [this](const HistoryEntry &entry) {
        if (!entry.batchId.isEmpty() && entry.outcome == HistoryEntry::Outcome::Done && entry.newRoleId != 0
            && m_connection && entry.groupId == m_connection->profile().groupId)
            onMemberRoleChanged(entry.userId, entry.newRoleId);
    });

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rosterProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cacheLabel = new QLabel(this);
    m_cacheLabel->setObjectName(QStringLiteral("rosterCacheLabel"));
    statusBar()->addPermanentWidget(m_cacheLabel);
    m_quotaLabel = new QLabel(this);
    m_quotaLabel->setObjectName(QStringLiteral("quotaLabel"));
    statusBar()->addPermanentWidget(m_quotaLabel);
    statusBar()->addPermanentWidget(m_progress);
    auto *stop = new QToolButton(this);
    stop->setObjectName(QStringLiteral("stopLoadingButton"));
    stop->setDefaultAction(m_stopLoading);
    stop->setAutoRaise(true);
    stop->setVisible(false);
    connect(m_stopLoading, &QAction::changed, stop, [this, stop] { stop->setVisible(m_stopLoading->isEnabled()); });
    statusBar()->addPermanentWidget(stop);
    statusBar()->addPermanentWidget(m_profileLabel);
}

void MainWindow::setSandbox(const ConnectionProfile &profile, const QString &apiKey,
                            const QHash<ConnectionProfile::WriterKind, QString> &writerKeys)
{
    m_profiles->setSandbox(profile);
    m_sandboxKey = apiKey;
    m_sandboxWriterKeys = writerKeys;
    m_openSandbox->setVisible(true);
    m_sandboxMenu->clear();
    using Kind = ConnectionProfile::WriterKind;
    for (Kind kind : {Kind::OpenCloud, Kind::Hyra, Kind::Series, Kind::Wesk}) {
        if (kind != Kind::OpenCloud && !writerKeys.contains(kind))
            continue;
        QAction *action = m_sandboxMenu->addAction(writerDisplayName(kind), this, [this, kind] { openSandbox(kind); });
        action->setObjectName(QStringLiteral("actionSandboxWriter_") + ConnectionProfile::writerKindName(kind));
    }
    m_sandboxMenu->menuAction()->setVisible(!writerKeys.isEmpty());
}

void MainWindow::openSandbox(ConnectionProfile::WriterKind writer)
{
    // The writer chosen is remembered with the Sandbox profile; the store adds the path prefix the
    // simulator serves that ranking service under.
    ConnectionProfile profile = *m_profiles->find(ProfileStore::sandboxId());
    if (profile.writer != writer) {
        profile.writer = writer;
        m_profiles->update(profile);
        profile = *m_profiles->find(ProfileStore::sandboxId());
    }
    m_profiles->setLastOpened(profile.id);
    openProfile(profile, m_sandboxKey, m_sandboxWriterKeys.value(writer));
}

void MainWindow::setKeychain(SecretStore *keychain)
{
    delete m_keys;
    m_keys = new ProfileKeys(keychain, this);
}

void MainWindow::buildLanguageMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const auto add = [this, menu, group](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(Translations::chosen() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, text] {
            Translations::setChosen(code);
            // Every window would have to rebuild its texts; a restart does it everywhere at once.
            statusBar()->showMessage(tr("Rankdesk will be shown in %1 from the next start.").arg(QString(text).remove(u'&')), 10000);
        });
    };
    add(QString(), tr("&System language"));
    menu->addSeparator();
    for (const Translations::Language &language : Translations::available())
        add(language.code, language.nativeName);
}

void MainWindow::rebuildProfilesMenu()
{
    m_profilesMenu->clear();
    const QList<ConnectionProfile> profiles = m_profiles->profiles();
    for (int i = 0; i < profiles.size(); ++i) {
        const QString id = profiles.at(i).id;
        QAction *action = m_profilesMenu->addAction(profiles.at(i).name, this, [this, id] { openStoredProfile(id); });
        action->setObjectName(QStringLiteral("actionProfile_%1").arg(i + 1));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setEnabled(id != ProfileStore::sandboxId() || m_profiles->hasRunningSandbox());
    }
}

ProfileManagerDialog *MainWindow::showProfileManager()
{
    auto *dialog = new ProfileManagerDialog(m_profiles, m_keys, m_nam, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QHash<QString, QString> writerKeys;
    for (auto it = m_sandboxWriterKeys.cbegin(); it != m_sandboxWriterKeys.cend(); ++it)
        writerKeys.insert(ConnectionProfile::writerKindName(it.key()), it.value());
    dialog->setSandboxKeys(m_sandboxKey, writerKeys);
    if (m_connection && !m_connection->profile().id.isEmpty())
        dialog->selectProfile(m_connection->profile().id);
    connect(dialog, &ProfileManagerDialog::openRequested, this, &MainWindow::openStoredProfile);
    dialog->open();
    return dialog;
}

void MainWindow::openStoredProfile(const QString &profileId)
{
    const auto profile = m_profiles->find(profileId);
    if (!profile)
        return;
    if (profileId == ProfileStore::sandboxId()) {
        openSandbox(profile->writer);
        return;
    }
    const bool hosted = profile->writer != ConnectionProfile::WriterKind::OpenCloud;
    const bool needsCloudKey = profile->reader == ConnectionProfile::ReaderKind::OpenCloud || !hosted;
    // A locked keychain may ask for its password first; say what is being waited for.
    statusBar()->showMessage(tr("Reading the keys of %1…").arg(profile->name));
    Async::whenReady(m_keys->findKeys(profileId, profile->writer), this, [=, this](const ProfileKeySet &keys) {
        QString missing;
        if (needsCloudKey && keys.openCloud.isEmpty())
            missing = tr("the Open Cloud API key (or set %1)").arg(ProfileKeys::environmentVariable(QStringLiteral("opencloud")));
        else if (hosted && keys.writer.isEmpty())
            missing = tr("the %1 key (or set %2)").arg(writerDisplayName(profile->writer), ProfileKeys::environmentVariable(profile->writerName()));
        if (!missing.isEmpty()) {
            statusBar()->showMessage(tr("%1 has no key: add %2 in Profiles (Ctrl+O).").arg(profile->name, missing), 15000);
            showProfileManager()->selectProfile(profileId);
            return;
        }
        m_profiles->setLastOpened(profileId);
        openProfile(*profile, keys.openCloud.key, keys.writer.key);
    });
}

QString MainWindow::windowStateKey(const ConnectionProfile &profile)
{
    return QStringLiteral("profileState/%1/").arg(profile.id.isEmpty() ? QStringLiteral("group-%1").arg(profile.groupId) : profile.id);
}

void MainWindow::saveProfileWindowState()
{
    if (!m_connection)
        return;
    const QString key = windowStateKey(m_connection->profile());
    // The filter and the selected role are for this session; a restart starts unfiltered.
    m_viewStates.insert(key, ViewState{m_filter->text(), m_rolesTable->currentIndex().row()});
    QSettings settings;
    settings.setValue(key + QStringLiteral("members"), m_membersTable->horizontalHeader()->saveState());
    settings.setValue(key + QStringLiteral("splitter"), m_splitter->saveState());
}

void MainWindow::restoreProfileWindowState(const ConnectionProfile &profile)
{
    const QString key = windowStateKey(profile);
    const ViewState view = m_viewStates.value(key);
    m_filter->setText(view.filter);
    m_restoreRoleRow = view.roleRow;
    QSettings settings;
    if (const QByteArray header = settings.value(key + QStringLiteral("members")).toByteArray(); !header.isEmpty())
        m_membersTable->horizontalHeader()->restoreState(header);
    if (const QByteArray splitter = settings.value(key + QStringLiteral("splitter")).toByteArray(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::openProfile(const ConnectionProfile &profile, const QString &apiKey, const QString &writerKey)
{
    saveProfileWindowState(); // the profile being left keeps its filter, columns and splitter
    if (m_loader)
        m_loader->cancel();
    if (batchRunning())
        m_batchService->pause(); // stored; resumable from the jobs panel
    delete m_batchService;
    m_batchService = nullptr;
    delete m_service; // a change being applied is kept as a batch of one (the Jobs panel offers it)
    m_busy = false;
    delete m_loader;
    delete m_importChecker;
    delete m_connection;
    m_connection = new Connection(profile, apiKey, m_nam, this, writerKey);
    // One per connection: usernames looked up by one import are not asked again by the next.
    m_importChecker = new ImportChecker(m_connection->users(), this);
    m_quotaLabel->clear();
    if (auto *wesk = qobject_cast<WeskWriter *>(dynamic_cast<QObject *>(m_connection->writer())))
        connect(wesk, &WeskWriter::quotaChanged, m_quotaLabel, &QLabel::setText);
    m_service = new RankChangeService(m_connection, m_history, m_batches, this);
    if (m_batches) {
        m_batchService = new BatchService(m_connection, m_batches, m_history, this);
        connectBatchService();
    }
    m_loader = new RosterLoader(m_connection->reader(), this);
    connect(m_service, &RankChangeService::memberRoleChanged, this, &MainWindow::onMemberRoleChanged);
    connect(m_service, &RankChangeService::memberLeft, this, [this](qint64 userId) {
        if (m_membersModel->removeMember(userId))
            updateMemberCount();
    });
    connect(m_loader, &RosterLoader::rolesLoaded, this, [this](const QList<Role> &roles) {
        m_roles = RankRules(roles).roles();
        m_rolesModel->setRoles(roles);
        if (m_restoreRoleRow >= 0 && m_restoreRoleRow < m_rolesModel->rowCount())
            m_rolesTable->setCurrentIndex(m_rolesModel->index(m_restoreRoleRow, 0));
        m_restoreRoleRow = -1;
        if (m_historyWindow)
            m_historyWindow->setGroup(m_connection->profile().groupId, m_roles);
        m_service->setRules(RankRules(roles));
        if (m_batchService)
            m_batchService->setRules(RankRules(roles));
    });
    connect(m_loader, &RosterLoader::progress, this, [this](qint64 loaded, qint64 expected) {
        m_progress->setMaximum(int(std::max<qint64>(expected, 1)));
        m_progress->setValue(int(loaded));
        m_progress->setFormat(tr("Loading members… %1").arg(QLocale().toString(loaded)));
    });
    connect(m_loader, &RosterLoader::finished, this, &MainWindow::onRosterFinished);
    connect(m_loader, &RosterLoader::failed, this, [this](const ApiError &error) {
        m_progress->hide();
        if (m_cachedRoster)
            m_cacheLabel->setText(tr("Offline: showing the roster cached %1").arg(ageText(m_cachedRoster->fetched)));
        updateActions();
        showError(tr("Could not load the group"), error);
    });

    setWindowTitle(tr("%1 — Rankdesk").arg(profile.name));
    m_profileLabel->setText(tr("%1 · group %2 · reader %3 · writer %4")
                                .arg(profile.name)
                                .arg(profile.groupId)
                                .arg(profile.reader == ConnectionProfile::ReaderKind::OpenCloud ? tr("Open Cloud") : tr("public endpoints"),
                                     writerDisplayName(profile.writer)));
    m_historyModel->setStore(m_history, profile.groupId);
    m_jobs->setStore(m_batches, profile.groupId);
    m_membersModel->clear();
    m_rolesModel->setRoles({});
    m_roles.clear();
    restoreProfileWindowState(profile);
    showCachedRoster();
    refresh();
}

void MainWindow::refresh()
{
    if (!m_loader)
        return;
    // The rows stay until the new roster replaces them (actions wait for it).
    m_loadStarted = QDateTime::currentDateTimeUtc();
    m_progress->setValue(0);
    m_progress->setFormat(tr("Loading roles…"));
    m_progress->show();
    statusBar()->showMessage(tr("Loading %1…").arg(m_connection->profile().name));
    m_loader->start();
    updateActions();
    updateMemberCount();
}

void MainWindow::stopLoading()
{
    if (!isLoading())
        return;
    m_loader->cancel();
    m_progress->hide();
    // The table keeps what it showed (the cached roster, or the previous load).
    statusBar()->showMessage(m_membersModel->rowCount() > 0 ? tr("Loading stopped; the table shows the members loaded before. Refresh (F5) to try again.")
                                                             : tr("Loading stopped. Refresh (F5) to load the members."),
                             15000);
    updateActions();
}

bool MainWindow::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

void MainWindow::showCachedRoster()
{
    m_cachedRoster.reset();
    m_cacheLabel->clear();
    if (!m_rosterCache || !m_connection)
        return;
    const auto cached = m_rosterCache->load(m_connection->profile().groupId);
    if (!cached || !cached.value())
        return;
    m_cachedRoster = cached.value();
    m_roles = RankRules(m_cachedRoster->roles).roles();
    m_rolesModel->setRoles(m_roles);
    m_service->setRules(RankRules(m_roles));
    m_membersModel->setRoster(m_roles, m_cachedRoster->members);
    updateMemberCount();
    m_cacheLabel->setText(tr("Cached roster from %1; refreshing…").arg(ageText(m_cachedRoster->fetched)));
}

int MainWindow::recordOutsideChanges(const QList<Member> &fresh)
{
    int outside = 0;
    const qint64 groupId = m_connection->profile().groupId;
    if (m_cachedRoster) {
        HistoryStore::Filter own;
        own.groupId = groupId;
        own.from = m_cachedRoster->fetched;
        own.outcome = HistoryEntry::Outcome::Done;
        QList<HistoryEntry> ownChanges;
        m_history->forEach(own, [&ownChanges](const HistoryEntry &e) {
            ownChanges.append(e);
            return true;
        });
        const QList<HistoryEntry> detected = OutsideChanges::detect(RankRules(m_roles), m_cachedRoster->members, m_cachedRoster->fetched,
                                                                    fresh, ownChanges, m_connection->profile().name, groupId);
        for (const HistoryEntry &e : detected)
            m_history->record(e);
        outside = int(detected.size());
    }
    // From now on this is the roster to compare with; it was read from when the load began.
    if (const auto saved = m_rosterCache->save(groupId, m_roles, fresh, m_loadStarted); !saved)
        statusBar()->showMessage(saved.error().message, 15000);
    m_cachedRoster = CachedRoster {m_roles, fresh, m_loadStarted};
    m_cacheLabel->clear();
    return outside;
}

QString MainWindow::ageText(const QDateTime &time)
{
    const qint64 seconds = std::max<qint64>(0, time.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

void MainWindow::onRosterFinished(const QList<Member> &members)
{
    const int outside = m_rosterCache ? recordOutsideChanges(members) : 0;
    m_membersModel->setRoster(m_roles, members);
    m_progress->hide();
    updateMemberCount();
    updateActions();
    statusBar()->showMessage(outside > 0 ? tr("Loaded %Ln member(s). ", nullptr, int(members.size()))
                                               + tr("%n rank change(s) were made outside Rankdesk since the last refresh; "
                                                    "they are in the history.", nullptr, outside)
                                         : tr("Loaded %Ln member(s).", nullptr, int(members.size())),
                             outside > 0 ? 30000 : 8000);
    emit rosterLoaded(int(members.size()));
    offerUnfinishedBatches();
}

void MainWindow::updateMemberCount()
{
    const int total = m_membersModel->rowCount();
    const int shown = m_membersView->rowCount();
    m_memberCount->setText(shown == total ? tr("%Ln member(s)", nullptr, total)
                                          : tr("%1 of %2 members").arg(QLocale().toString(shown), QLocale().toString(total)));
}

std::optional<Member> MainWindow::selectedMember() const
{
    const QModelIndexList rows = m_membersTable->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_membersModel->memberAt(m_membersView->mapToSource(rows.first()).row());
}

void MainWindow::updateActions()
{
    // Counting rows is enough here; building every selected Member would cost on a big selection.
    const bool several = m_batches && m_membersTable->selectionModel()->selectedRows().size() > 1;
    const bool ready = m_service && !m_busy && !isLoading() && (selectedMember().has_value() || several);
    m_promote->setEnabled(ready);
    m_demote->setEnabled(ready);
    m_setRank->setEnabled(ready);
    m_refresh->setEnabled(m_loader && !isLoading() && !m_busy);
    m_stopLoading->setEnabled(isLoading());
    m_import->setEnabled(m_service && m_batches && !m_busy && !isLoading() && !m_roles.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // Not from inside the drop handler: the wizard is modal and the drag source waits for us.
    const QString path = urls.first().toLocalFile();
    QMetaObject::invokeMethod(this, [this, path] { importCsv(path); }, Qt::QueuedConnection);
}

void MainWindow::importCsv(const QString &path)
{
    if (!m_import->isEnabled()) {
        statusBar()->showMessage(tr("Connect to a group and wait for its members to load before importing."), 8000);
        return;
    }
    if (batchRunning()) {
        statusBar()->showMessage(tr("A batch is running; wait for it, or pause or cancel it in the Jobs panel."), 8000);
        return;
    }
    ImportContext context;
    context.checker = m_importChecker;
    context.roles = m_roles;
    context.members = rosterMembers();
    context.guardRails.protectedUsers = protectedMembers();
    context.guardRails.ceiling = bulkCeiling();
    ImportWizard wizard(std::move(context), this);
    wizard.setFile(path);
    if (wizard.exec() != QDialog::Accepted || !wizard.applyChosen())
        return;
    Batch batch = m_batchService->newBatch(QStringLiteral("import"), QStringLiteral("csv-import"));
    batch.target = wizard.sourceFile();
    batch.sourceFile = wizard.sourceFile();
    batch.sourceChecksum = wizard.checksum();
    batch.applyAnyway = wizard.applyAnyway();
    storeAndStart(batch, wizard.batchItems());
}

void MainWindow::showError(const QString &title, const ApiError &error)
{
    statusBar()->showMessage(error.userText());
    QMessageBox box(QMessageBox::Warning, title, error.userText(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

void MainWindow::requestChange(RankAction action)
{
    if (const QList<Member> several = selectedMembers(); several.size() > 1) {
        requestBulk(action, several);
        return;
    }
    const std::optional<Member> member = selectedMember();
    if (!member || !m_service || m_busy)
        return;
    ChangeRequest request;
    request.user = QString::number(member->userId);
    request.action = action;
    if (action == RankAction::SetRank) {
        SetRankDialog dialog(*member, m_roles, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        request.target = dialog.target();
    }
    m_busy = true;
    updateActions();
    statusBar()->showMessage(tr("Checking %1's current role…").arg(member->username));
    const qint64 tableRoleId = member->roleId;
    m_service->prepare(request).then(this, [this, tableRoleId](const Result<ChangePlan> &plan) {
        if (!plan) {
            m_busy = false;
            updateActions();
            showError(tr("Rank change refused"), plan.error());
            emit changeFinished(false);
            return;
        }
        QString note;
        if (plan.value().member.roleId != tableRoleId) {
            // Someone changed the rank since the list was loaded: show the live role.
            onMemberRoleChanged(plan.value().member.userId, plan.value().member.roleId);
            note = tr("The member's role changed since the list was loaded; it is now %1.").arg(plan.value().current.name);
        }
        ConfirmChangeDialog dialog(plan.value(), note, this);
        if (dialog.exec() != QDialog::Accepted) {
            m_busy = false;
            updateActions();
            statusBar()->showMessage(tr("Rank change cancelled."), 5000);
            emit changeFinished(false);
            return;
        }
        ChangePlan confirmed = plan.value();
        confirmed.reason = dialog.reason();
        applyConfirmed(confirmed);
    });
}

void MainWindow::applyConfirmed(const ChangePlan &plan)
{
    statusBar()->showMessage(tr("Applying…"));
    m_service->apply(plan).then(this, [this, plan](const Result<HistoryEntry> &done) {
        m_busy = false;
        updateActions();
        if (!done) {
            showError(tr("Rank change failed"), done.error());
            emit changeFinished(false);
            return;
        }
        statusBar()->showMessage(tr("%1: %2 → %3.").arg(plan.member.username, plan.current.name, done.value().newRoleName), 15000);
        emit changeFinished(true);
    });
}

void MainWindow::onMemberRoleChanged(qint64 userId, qint64 newRoleId)
{
    const int row = m_membersModel->rowOfUser(userId);
    if (row < 0)
        return;
    const qint64 oldRoleId = m_membersModel->roleAt(row).id;
    m_membersModel->updateMemberRole(userId, newRoleId);
    m_rolesModel->moveMember(oldRoleId, newRoleId);
}

QList<Member> MainWindow::selectedMembers() const
{
    QList<Member> members;
    for (const QModelIndex &row : m_membersTable->selectionModel()->selectedRows())
        members.append(m_membersModel->memberAt(m_membersView->mapToSource(row).row()));
    return members;
}

QList<Member> MainWindow::shownMembers() const
{
    QList<Member> members;
    members.reserve(m_membersView->rowCount());
    for (int row = 0; row < m_membersView->rowCount(); ++row)
        members.append(m_membersModel->memberAt(m_membersView->mapToSource(m_membersView->index(row, 0)).row()));
    return members;
}

QSet<qint64> MainWindow::protectedMembers() const
{
    return m_connection ? GuardRailSettings::protectedUsers(m_connection->profile().groupId) : QSet<qint64>();
}

void MainWindow::setProtected(qint64 userId, bool isProtected)
{
    if (!m_connection)
        return;
    QSet<qint64> ids = protectedMembers();
    if (isProtected)
        ids.insert(userId);
    else
        ids.remove(userId);
    GuardRailSettings::setProtectedUsers(m_connection->profile().groupId, ids);
}

int MainWindow::bulkCeiling() const
{
    return m_connection ? GuardRailSettings::ceiling(m_connection->profile().groupId) : 0;
}

void MainWindow::setBulkCeiling(int rank)
{
    if (m_connection)
        GuardRailSettings::setCeiling(m_connection->profile().groupId, rank);
}

void MainWindow::requestBulk(RankAction action, const QList<Member> &members)
{
    if (!m_batches || !m_service || members.isEmpty() || m_busy)
        return;
    if (batchRunning()) {
        statusBar()->showMessage(tr("A batch is running; wait for it, or pause or cancel it in the Jobs panel."), 8000);
        return;
    }
    QString target;
    if (action == RankAction::SetRank) {
        Member several;
        several.username = tr("%Ln member(s)", nullptr, int(members.size()));
        SetRankDialog dialog(several, m_roles, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        target = dialog.target();
    }
    GuardRails rails;
    rails.protectedUsers = protectedMembers();
    rails.ceiling = bulkCeiling();
    const RankRules rules(m_roles);
    const BatchPlan plan = BatchPlanner::plan(rules, members, action, target, rails);
    const QString actionText = action == RankAction::Promote ? tr("Promote") : action == RankAction::Demote ? tr("Demote") : tr("Set rank");
    BulkPlanDialog dialog(plan, rules, actionText, this);
    if (dialog.exec() != QDialog::Accepted || plan.changes.isEmpty())
        return;
    Batch batch = m_batchService->newBatch(rankActionName(action), QStringLiteral("bulk"));
    batch.target = target;
    batch.reason = dialog.reason();
    batch.applyAnyway = dialog.applyAnyway();
    storeAndStart(batch, BatchPlanner::items(plan));
}

bool MainWindow::batchRunning() const
{
    return m_batchService && m_batchService->isRunning();
}

void MainWindow::storeAndStart(const Batch &batch, const QList<BatchItem> &items)
{
    // The batch is run under this window's guard rails, as the plan was made.
    const Result<QString> submitted = m_batchService->submit(batch, items);
    if (!submitted) {
        showError(tr("Could not store the batch"), submitted.error());
        return;
    }
    showBatchStarted(submitted.value());
}

QList<Member> MainWindow::rosterMembers() const
{
    QList<Member> members;
    members.reserve(m_membersModel->rowCount());
    for (int row = 0; row < m_membersModel->rowCount(); ++row)
        members.append(m_membersModel->memberAt(row));
    return members;
}

HistoryWindow *MainWindow::historyWindow()
{
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_history, this);
        connect(m_historyWindow, &HistoryWindow::revertRequested, this, &MainWindow::requestRevert);
        connect(m_historyWindow, &HistoryWindow::auditImportRequested, this, &MainWindow::importAuditLog);
        if (m_connection)
            m_historyWindow->setGroup(m_connection->profile().groupId, m_roles);
    }
    return m_historyWindow;
}

QWidget *MainWindow::messageParent()
{
    // Requests from the history window are answered there when it is open.
    if (m_historyWindow && m_historyWindow->isVisible())
        return m_historyWindow;
    return this;
}

void MainWindow::importAuditLog()
{
    QWidget *where = messageParent();
    if (!m_connection || !m_connection->auditLog() || m_roles.isEmpty()) {
        QMessageBox::information(where, tr("Roblox audit log"),
                                 tr("Reading the audit log needs a group opened with an Open Cloud key that has the "
                                    "legacy-group:manage scope."));
        return;
    }
    auto *import = new AuditLogImport(m_connection->auditLog(), m_history, RankRules(m_roles), m_connection->profile().name,
                                      m_connection->profile().groupId, m_connection);
    connect(import, &AuditLogImport::progress, this, [this](int pages, int found) {
        statusBar()->showMessage(tr("Reading the audit log: %n page(s), ", nullptr, pages) + tr("%n change(s) so far…", nullptr, found));
    });
    connect(import, &AuditLogImport::finished, this, [this, import](int imported, int known) {
        statusBar()->showMessage(tr("Audit log: %n change(s) added to the history", nullptr, imported)
                                     + tr(" (%n made by Rankdesk, already there).", nullptr, known),
                                 15000);
        emit auditLogImported(imported);
        import->deleteLater();
    });
    connect(import, &AuditLogImport::failed, this, [this, import, where](const ApiError &error) {
        import->deleteLater();
        QMessageBox::warning(where, tr("Roblox audit log"), error.userText());
    });
    import->start();
}

void MainWindow::requestRevert(const QList<HistoryEntry> &changes, const QString &what)
{
    QWidget *where = messageParent();
    if (!m_batches || !m_service || m_busy || isLoading() || m_roles.isEmpty()) {
        QMessageBox::information(where, tr("Revert"), tr("Connect to the group and wait for its members to load first."));
        return;
    }
    if (batchRunning()) {
        QMessageBox::information(where, tr("Revert"), tr("A batch is running; wait for it, or pause or cancel it in the Jobs panel."));
        return;
    }
    for (const HistoryEntry &e : changes) {
        if (e.groupId != m_connection->profile().groupId) {
            QMessageBox::information(where, tr("Revert"), tr("These changes include group %1; open that group to revert them.").arg(e.groupId));
            return;
        }
    }
    GuardRails rails;
    rails.protectedUsers = protectedMembers();
    rails.ceiling = bulkCeiling();
    const RankRules rules(m_roles);
    // Against the roster as loaded; each item is re-read again right before its write.
    const BatchPlan plan = RevertPlanner::plan(rules, changes, rosterMembers(), rails);
    BulkPlanDialog dialog(plan, rules, tr("Revert %1").arg(what), where);
    if (dialog.exec() != QDialog::Accepted || plan.changes.isEmpty())
        return;
    Batch batch = m_batchService->newBatch(QStringLiteral("revert"), QStringLiteral("revert"));
    batch.target = what;
    batch.reason = dialog.reason();
    batch.applyAnyway = dialog.applyAnyway();
    QList<BatchItem> items = BatchPlanner::items(plan);
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i].action = plan.changes[i].target.rank > plan.changes[i].current.rank ? QStringLiteral("promote") : QStringLiteral("demote");
    storeAndStart(batch, items);
}

void MainWindow::connectBatchService()
{
    connect(m_batchService, &BatchService::progress, m_jobs, &JobsPanel::showProgress);
    connect(m_batchService, &BatchService::paused, this, [this](const QString &message) {
        m_jobs->setRunning(true, true);
        m_jobs->refresh();
        statusBar()->showMessage(message);
    });
    connect(m_batchService, &BatchService::finished, this, [this](const QString &batchId, Batch::State, const QString &message) {
        m_jobs->refresh();
        m_jobs->select(batchId);
        m_jobs->setRunning(false, false);
        m_jobs->setStatus(message);
        statusBar()->showMessage(tr("Batch finished: %1").arg(message), 15000);
        emit batchFinished(batchId);
    });
}

void MainWindow::startBatch(const QString &batchId, bool retryFailed)
{
    if (!m_batchService)
        return;
    if (const auto started = m_batchService->start(batchId, retryFailed); !started) {
        showError(tr("Could not start the batch"), started.error());
        return;
    }
    showBatchStarted(batchId);
}

void MainWindow::showBatchStarted(const QString &batchId)
{
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("jobsDock")))
        dock->raise();
    m_jobs->refresh();
    m_jobs->select(batchId);
    m_jobs->setRunning(true, false);
}

void MainWindow::offerUnfinishedBatches()
{
    if (!m_batches || !m_connection || batchRunning())
        return;
    const auto unfinished = m_batches->batches(true);
    if (!unfinished)
        return;
    for (const Batch &batch : unfinished.value()) {
        if (batch.groupId != m_connection->profile().groupId)
            continue;
        // Run by a colleague (or another window) right now: the Jobs panel shows it; nothing to offer.
        if (m_batches->liveLease(batch.id).value_or_default())
            continue;
        const BatchCounts counts = m_batches->counts(batch.id).value_or_default();
        QMessageBox box(QMessageBox::Question, tr("Unfinished batch"),
                        tr("A batch (%1, started %2) was interrupted with %3 of %4 items left. Resume it now? "
                           "Each item is checked before anything is sent.")
                            .arg(batch.target.isEmpty() ? batch.action : batch.action + u' ' + batch.target,
                                 QLocale().toString(batch.created.toLocalTime(), QLocale::ShortFormat))
                            .arg(counts.remaining())
                            .arg(counts.total),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("resumeBox"));
        if (box.exec() == QMessageBox::Yes)
            startBatch(batch.id);
        return; // one at a time; the jobs panel lists the rest
    }
}

Result<Unit> MainWindow::exportBatch(const QString &batchId, const QString &path) const
{
    if (!m_batchService)
        return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.no-connection"), tr("Open the batch's group first."));
    const Result<int> written = m_batchService->exportResults(batchId, path);
    if (!written)
        return written.error();
    return Unit {};
}
