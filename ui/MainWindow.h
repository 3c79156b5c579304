#pragma once

#include "domain/ConnectionProfile.h"
#include "jobs/Batch.h"
#include "storage/HistoryEntry.h"
#include "storage/RosterCache.h"
#include "rank/RankChangeService.h"

#include <QMainWindow>
#include <QDateTime>
#include <QSet>

#include <optional>

class BatchService;
class BatchStore;
class Connection;
class JobsPanel;
class HistoryModel;
class HistoryStore;
class MembersModel;
class MembersViewModel;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QTableView;
class RolesModel;
class RosterLoader;

// The console: roles on the left, members (filter as you type) on the right, history docked below.
// Promote / Demote / Set rank… act on the selected member through RankChangeService.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // With a BatchStore, bulk changes (selection, all shown) run as stored, resumable batches.
    MainWindow(QNetworkAccessManager *nam, HistoryStore *history, QWidget *parent = nullptr, BatchStore *batches = nullptr);
    // (Without a BatchStore the window keeps its batches in the history's database.)
    ~MainWindow() override;

    // Connects to a profile (replacing the current one) and loads its roster.
    void openProfile(const ConnectionProfile &profile, const QString &apiKey, const QString &writerKey = {});
    // Enables File → Open sandbox, with a choice of writer among those the sandbox has keys for.
    void setSandbox(const ConnectionProfile &profile, const QString &apiKey,
                    const QHash<ConnectionProfile::WriterKind, QString> &writerKeys = {});
    void openSandbox(ConnectionProfile::WriterKind writer);
    // The saved connection profiles (File → Profiles…, File → Open profile).
    class ProfileStore *profiles() const { return m_profiles; }
    // Where profile keys are kept (the system keychain in the desktop app; memory by default).
    void setKeychain(class SecretStore *keychain);
    // Opens a saved profile with its keys; without the keys it needs, the profile manager opens on it.
    void openStoredProfile(const QString &profileId);
    // File → Profiles… (Ctrl+O), window-modal; deletes itself when closed.
    class ProfileManagerDialog *showProfileManager();
    bool isLoading() const;
    // Members → Stop loading (Esc): cancels a roster load; the table keeps what it showed.
    void stopLoading();

    // Writes a batch's results as spreadsheet-safe CSV (Export results… asks for the path).
    Result<Unit> exportBatch(const QString &batchId, const QString &path) const;
    // Members bulk actions never touch (kept per group in the settings; ids only).
    QSet<qint64> protectedMembers() const;
    void setProtected(qint64 userId, bool isProtected);
    // Bulk actions refuse targets at or above this rank (0: only Owner is refused); per group.
    int bulkCeiling() const;
    void setBulkCeiling(int rank);
    // File → Import CSV… (and a file dropped on the window): the import wizard, then a batch.
    void importCsv(const QString &path);
    // The last roster of each group: shown at once (and offline), and compared with each refresh to
    // record rank changes made outside Rankdesk. Optional; without it every open starts empty.
    void setRosterCache(class RosterCache *cache) { m_rosterCache = cache; }
    // View → History… (Ctrl+H): the history browser for the open group, created on first use.
    class HistoryWindow *historyWindow();
    // Plans putting these changes back, shows the plan (a dry run) and runs it as a batch.
    void requestRevert(const QList<HistoryEntry> &changes, const QString &what);
    // Brings the group's rank changes from Roblox's audit log into the history.
    void importAuditLog();

signals:
    void rosterLoaded(int members);
    void changeFinished(bool success);
    void batchFinished(const QString &batchId);
    void auditLogImported(int changes);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    QWidget *messageParent();
    void rebuildProfilesMenu();
    void buildLanguageMenu(class QMenu *menu);
    static QString windowStateKey(const ConnectionProfile &profile);
    void saveProfileWindowState();
    void restoreProfileWindowState(const ConnectionProfile &profile);
    void buildLayout();
    void refresh();
    void requestChange(RankAction action);
    void requestBulk(RankAction action, const QList<Member> &members);
    void startBatch(const QString &batchId, bool retryFailed = false);
    void storeAndStart(const Batch &batch, const QList<BatchItem> &items);
    void showBatchStarted(const QString &batchId);
    bool batchRunning() const;
    void connectBatchService();
    QList<Member> rosterMembers() const;
    void offerUnfinishedBatches();
    QList<Member> selectedMembers() const;
    QList<Member> shownMembers() const;
    void applyConfirmed(const ChangePlan &plan);
    void onMemberRoleChanged(qint64 userId, qint64 newRoleId);
    void onRosterFinished(const QList<Member> &members);
    void showCachedRoster();
    static QString ageText(const QDateTime &time);
    int recordOutsideChanges(const QList<Member> &fresh);
    void showError(const QString &title, const ApiError &error);
    void updateActions();
    void updateMemberCount();
    std::optional<Member> selectedMember() const;

    QNetworkAccessManager *m_nam;
    HistoryStore *m_history;
    BatchStore *m_batches;
    BatchService *m_batchService = nullptr;
    JobsPanel *m_jobs = nullptr;
    Connection *m_connection = nullptr;
    RankChangeService *m_service = nullptr;
    RosterLoader *m_loader = nullptr;
    QList<Role> m_roles;
    bool m_busy = false;
    QString m_sandboxKey;
    QHash<ConnectionProfile::WriterKind, QString> m_sandboxWriterKeys;
    class QMenu *m_sandboxMenu = nullptr;
    QLabel *m_quotaLabel = nullptr;

    RolesModel *m_rolesModel;
    MembersModel *m_membersModel;
    MembersViewModel *m_membersView;
    HistoryModel *m_historyModel;

    QTableView *m_rolesTable = nullptr;
    QTableView *m_membersTable = nullptr;
    QTableView *m_historyTable = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_memberCount = nullptr;
    QLabel *m_profileLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    class QSplitter *m_splitter = nullptr;
    class QDockWidget *m_historyDock = nullptr;

    QAction *m_refresh = nullptr;
    QAction *m_stopLoading = nullptr;
    QAction *m_import = nullptr;
    class ImportChecker *m_importChecker = nullptr;
    class HistoryWindow *m_historyWindow = nullptr;
    class RosterCache *m_rosterCache = nullptr;
    std::optional<struct CachedRoster> m_cachedRoster; // what the table showed before the last refresh
    QDateTime m_loadStarted;
    QLabel *m_cacheLabel = nullptr;
    QAction *m_promote = nullptr;
    QAction *m_demote = nullptr;
    QAction *m_setRank = nullptr;
    QAction *m_openSandbox = nullptr;
    class ProfileStore *m_profiles;
    class ProfileKeys *m_keys;
    class QMenu *m_profilesMenu = nullptr;
    int m_restoreRoleRow = -1; // the role row a profile had selected, re-selected once roles load
    struct ViewState
    {
        QString filter;
        int roleRow = -1;
    };
    QHash<QString, ViewState> m_viewStates; // per profile, this session
};
