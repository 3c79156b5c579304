#pragma once

#include "domain/Roster.h"
#include "storage/HistoryStore.h"

#include <QWidget>

class HistoryChart;
class HistoryModel;
class QTabWidget;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The history browser: filters (member, role, action, outcome, source, batch, time range, this
// group or all), a lazily paged table that scrolls through millions of rows, a detail pane,
// export of the filtered rows, and revert of selected changes or of everything shown (a batch).
// Opened for a member it is that member's timeline; opened for a batch, that batch's items.
class HistoryWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    HistoryWindow(HistoryStore *store, QWidget *parent = nullptr);

    void setGroup(qint64 groupId, const QList<Role> &roles);
    // Clears every filter, then narrows to one member (the member timeline) or one batch.
    void showMember(qint64 userId, const QString &username);
    void showBatch(const QString &batchId);
    HistoryStore::Filter filter() const;
    HistoryModel *model() const { return m_model; }

    // Most rows "Revert all shown" collects; more is refused with a message.
    static constexpr int MaxRevertRows = 100000;

protected:
    void closeEvent(QCloseEvent *event) override;

signals:
    // The user asked to undo these changes; the owner plans, confirms and runs them.
    void revertRequested(const QList<HistoryEntry> &changes, const QString &what);
    void auditImportRequested();

private:
    void clearFilters();
    void applyFilter();
    void updateDetail();
    void updateChart();
    void exportRows();
    void revertSelected();
    void revertShown();

    HistoryStore *m_store;
    HistoryModel *m_model;
    qint64 m_groupId = 0;
    qint64 m_userId = 0; // the timeline's member (exact id), 0 when not a timeline
    QLineEdit *m_member;
    QComboBox *m_role;
    QComboBox *m_action;
    QComboBox *m_outcome;
    QComboBox *m_source;
    QLineEdit *m_batch;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QCheckBox *m_allGroups;
    QLabel *m_count;
    QTableView *m_table;
    QTabWidget *m_tabs;
    HistoryChart *m_chart;
    QLabel *m_detail;
    QPushButton *m_export;
    QPushButton *m_revertSelected;
    QPushButton *m_revertShown;
    QPushButton *m_importAudit;
    QTimer *m_debounce;
};
