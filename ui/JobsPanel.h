#pragma once

#include "jobs/Batch.h"

#include <QWidget>

class BatchStore;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Lists a group's batches with their counts, and controls the one that is running: progress with
// done/failed/skipped, rate and ETA; pause, resume, cancel, retry failed, export results.
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    explicit JobsPanel(QWidget *parent = nullptr);

    void setStore(BatchStore *store, qint64 groupId);
    void refresh();
    QString selectedBatch() const;
    void select(const QString &batchId);
    // What the table shows for a batch's state and action, in the user's language.
    static QString stateText(Batch::State state);
    static QString actionText(const QString &action);
    void showProgress(const BatchCounts &counts, double writesPerMinute, int etaSeconds);
    void setRunning(bool running, bool paused);
    void updateButtons();
    void setStatus(const QString &text);

signals:
    void pauseRequested();
    void resumeRequested(const QString &batchId);
    void cancelRequested(const QString &batchId);
    void retryRequested(const QString &batchId);
    void exportRequested(const QString &batchId);
    void historyRequested(const QString &batchId);

private:
    void showCounts(int row, const BatchCounts &counts);
    BatchStore *m_store = nullptr;
    qint64 m_groupId = 0;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_history;
    bool m_running = false;
};
