#pragma once

#include "domain/ConnectionProfile.h"
#include "rank/RankChangeService.h"

#include <QMainWindow>

class Connection;
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
    MainWindow(QNetworkAccessManager *nam, HistoryStore *history, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects to a profile (replacing the current one) and loads its roster.
    void openProfile(const ConnectionProfile &profile, const QString &apiKey, const QString &writerKey = {});
    // Enables File → Open sandbox, with a choice of writer among those the sandbox has keys for.
    void setSandbox(const ConnectionProfile &profile, const QString &apiKey,
                    const QHash<ConnectionProfile::WriterKind, QString> &writerKeys = {});
    void openSandbox(ConnectionProfile::WriterKind writer);
    bool isLoading() const;

signals:
    void rosterLoaded(int members);
    void changeFinished(bool success);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void refresh();
    void requestChange(RankAction action);
    void applyConfirmed(const ChangePlan &plan);
    void onMemberRoleChanged(qint64 userId, qint64 newRoleId);
    void onRosterFinished(const QList<Member> &members);
    void showError(const QString &title, const ApiError &error);
    void updateActions();
    void updateMemberCount();
    std::optional<Member> selectedMember() const;

    QNetworkAccessManager *m_nam;
    HistoryStore *m_history;
    Connection *m_connection = nullptr;
    RankChangeService *m_service = nullptr;
    RosterLoader *m_loader = nullptr;
    QList<Role> m_roles;
    bool m_busy = false;
    ConnectionProfile m_sandboxProfile;
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
    QAction *m_promote = nullptr;
    QAction *m_demote = nullptr;
    QAction *m_setRank = nullptr;
    QAction *m_openSandbox = nullptr;
};
