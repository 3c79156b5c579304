#include "JobsPanel.h"

#include "storage/BatchStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

JobsPanel::JobsPanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 8, this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_pause(new QPushButton(tr("&Pause"), this)), m_resume(new QPushButton(tr("Res&ume"), this)),
      m_cancel(new QPushButton(tr("Cance&l"), this)), m_retry(new QPushButton(tr("Retry &failed"), this)),
      m_export(new QPushButton(tr("&Export results…"), this)), m_history(new QPushButton(tr("Show in &history"), this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setAccessibleName(tr("Batches"));
    m_table->setHorizontalHeaderLabels({tr("Batch"), tr("Created"), tr("Action"), tr("State"), tr("Done"), tr("Failed"),
                                        tr("Skipped"), tr("Pending")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_status->setObjectName(QStringLiteral("jobStatus"));
    for (auto [button, name] : {std::pair{m_pause, "pauseButton"}, {m_resume, "resumeButton"}, {m_cancel, "cancelButton"},
                                {m_retry, "retryButton"}, {m_export, "exportButton"}, {m_history, "historyButton"}})
        button->setObjectName(QString::fromLatin1(name));
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_status, 1);
    for (QPushButton *button : {m_pause, m_resume, m_cancel, m_retry, m_export, m_history})
        controls->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(controls);
    connect(m_pause, &QPushButton::clicked, this, &JobsPanel::pauseRequested);
    connect(m_resume, &QPushButton::clicked, this, [this] { emit resumeRequested(selectedBatch()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(selectedBatch()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(selectedBatch()); });
    connect(m_export, &QPushButton::clicked, this, [this] { emit exportRequested(selectedBatch()); });
    connect(m_history, &QPushButton::clicked, this, [this] { emit historyRequested(selectedBatch()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &JobsPanel::updateButtons);
    setRunning(false, false);
}

void JobsPanel::setStore(BatchStore *store, qint64 groupId)
{
    m_store = store;
    m_groupId = groupId;
    refresh();
}

QString JobsPanel::selectedBatch() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void JobsPanel::refresh()
{
    const QString selected = selectedBatch();
    m_table->setRowCount(0);
    if (!m_store)
        return;
    const auto batches = m_store->batches();
    if (!batches)
        return;
    for (const Batch &batch : batches.value()) {
        if (batch.groupId != m_groupId)
            continue;
        const BatchCounts c = m_store->counts(batch.id).value_or_default();
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *id = new QTableWidgetItem(batch.id.left(8));
        id->setData(Qt::UserRole, batch.id);
        // What the controls may do with this batch.
        const bool open = batch.state == Batch::State::Running || batch.state == Batch::State::Paused;
        id->setData(Qt::UserRole + 1, open);
        id->setData(Qt::UserRole + 2, c.failed > 0);
        id->setData(Qt::UserRole + 3, batch.state == Batch::State::Running);
        id->setToolTip(batch.message.isEmpty() ? batch.id : batch.message);
        m_table->setItem(row, 0, id);
        m_table->setItem(row, 1, new QTableWidgetItem(QLocale().toString(batch.created.toLocalTime(), QLocale::ShortFormat)));
        const QString action = actionText(batch.action);
        m_table->setItem(row, 2, new QTableWidgetItem(batch.target.isEmpty() ? action : action + u' ' + batch.target));
        m_table->setItem(row, 3, new QTableWidgetItem(stateText(batch.state)));
        for (int column = 4; column <= 7; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        showCounts(row, c);
        if (batch.id == selected || (selected.isEmpty() && row == 0))
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString JobsPanel::stateText(Batch::State state)
{
    switch (state) {
    case Batch::State::Running: return tr("Running");
    case Batch::State::Paused: return tr("Paused");
    case Batch::State::Cancelled: return tr("Cancelled");
    case Batch::State::Finished: return tr("Finished");
    }
    return Batch::stateName(state);
}

QString JobsPanel::actionText(const QString &action)
{
    // The stored names are for files and scripts; the table speaks the user's language.
    if (action == u"promote")
        return tr("Promote");
    if (action == u"demote")
        return tr("Demote");
    if (action == u"set-rank")
        return tr("Set rank");
    if (action == u"import")
        return tr("CSV import");
    if (action == u"revert")
        return tr("Revert");
    return action;
}

void JobsPanel::select(const QString &batchId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == batchId)
            m_table->selectRow(row);
}

void JobsPanel::showCounts(int row, const BatchCounts &counts)
{
    m_table->item(row, 4)->setText(tr("%1/%2").arg(counts.done).arg(counts.total));
    m_table->item(row, 5)->setText(QString::number(counts.failed));
    m_table->item(row, 6)->setText(QString::number(counts.skipped));
    m_table->item(row, 7)->setText(QString::number(counts.remaining()));
}

void JobsPanel::showProgress(const BatchCounts &counts, double writesPerMinute, int etaSeconds)
{
    // The running batch's row follows along (only one batch runs at a time).
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole + 3).toBool())
            showCounts(row, counts);
    m_table->resizeColumnToContents(4);
    m_progress->setMaximum(std::max(1, counts.total));
    m_progress->setValue(counts.finished());
    m_status->setText(tr("%1 done, %2 failed, %3 skipped · %4/min · ETA %5")
                          .arg(counts.done)
                          .arg(counts.failed)
                          .arg(counts.skipped)
                          .arg(qRound(writesPerMinute))
                          .arg(etaSeconds < 0 ? tr("—") : tr("%1 s").arg(etaSeconds)));
}

void JobsPanel::setRunning(bool running, bool paused)
{
    m_running = running && !paused;
    updateButtons();
}

void JobsPanel::updateButtons()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const QTableWidgetItem *item = rows.isEmpty() ? nullptr : m_table->item(rows.first().row(), 0);
    const bool open = item && item->data(Qt::UserRole + 1).toBool();
    const bool hasFailed = item && item->data(Qt::UserRole + 2).toBool();
    m_pause->setEnabled(m_running);
    m_resume->setEnabled(!m_running && open);
    m_cancel->setEnabled(open);
    m_retry->setEnabled(!m_running && hasFailed);
    m_export->setEnabled(item != nullptr);
    m_history->setEnabled(item != nullptr);
}

void JobsPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}
