#include "HistoryWindow.h"

#include "HistoryChart.h"
#include "TableViews.h"
#include "exchange/HistoryExport.h"
#include "itemmodels/HistoryModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

HistoryWindow::HistoryWindow(HistoryStore *store, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_model(new HistoryModel(this)), m_member(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_action(new QComboBox(this)), m_outcome(new QComboBox(this)), m_source(new QComboBox(this)),
      m_batch(new QLineEdit(this)), m_fromEnabled(new QCheckBox(tr("&From"), this)), m_from(new QDateEdit(this)),
      m_toEnabled(new QCheckBox(tr("&Until"), this)), m_to(new QDateEdit(this)), m_allGroups(new QCheckBox(tr("All &groups"), this)),
      m_count(new QLabel(this)), m_table(makeTableView(this, QStringLiteral("historyBrowser"))), m_tabs(new QTabWidget(this)), m_chart(new HistoryChart(this)), m_detail(new QLabel(this)),
      m_export(new QPushButton(tr("&Export…"), this)), m_revertSelected(new QPushButton(tr("&Revert selected…"), this)),
      m_revertShown(new QPushButton(tr("Revert &all shown…"), this)),
      m_importAudit(new QPushButton(tr("Import Roblox &audit log"), this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("History"));
    resize(1100, 640);
    const auto name = [](QWidget *w, const char *objectName, const QString &accessible) {
        w->setObjectName(QString::fromLatin1(objectName));
        w->setAccessibleName(accessible);
    };
    name(m_member, "historyMemberFilter", tr("Member"));
    name(m_role, "historyRoleFilter", tr("Role"));
    name(m_action, "historyActionFilter", tr("Action"));
    name(m_outcome, "historyOutcomeFilter", tr("Outcome"));
    name(m_source, "historySourceFilter", tr("Source"));
    name(m_batch, "historyBatchFilter", tr("Batch"));
    name(m_from, "historyFrom", tr("From date"));
    name(m_to, "historyTo", tr("Until date"));
    m_table->setAccessibleName(tr("History"));
    m_fromEnabled->setObjectName(QStringLiteral("historyFromEnabled"));
    m_toEnabled->setObjectName(QStringLiteral("historyToEnabled"));
    m_allGroups->setObjectName(QStringLiteral("historyAllGroups"));
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_revertSelected->setObjectName(QStringLiteral("historyRevertSelected"));
    m_revertShown->setObjectName(QStringLiteral("historyRevertShown"));
    m_importAudit->setObjectName(QStringLiteral("historyImportAudit"));
    m_importAudit->setToolTip(tr("Bring the group's rank changes from Roblox's audit log into this history "
                                 "(an Open Cloud key with legacy-group:manage)."));
    connect(m_importAudit, &QPushButton::clicked, this, &HistoryWindow::auditImportRequested);

    m_member->setPlaceholderText(tr("Name or user ID"));
    m_member->setClearButtonEnabled(true);
    m_batch->setPlaceholderText(tr("Batch ID"));
    m_batch->setClearButtonEnabled(true);
    m_action->addItem(tr("Any action"));
    m_action->addItem(tr("Promote"), QStringLiteral("promote"));
    m_action->addItem(tr("Demote"), QStringLiteral("demote"));
    m_action->addItem(tr("Set rank"), QStringLiteral("set-rank"));
    m_outcome->addItem(tr("Any outcome"));
    m_outcome->addItem(tr("Done"), int(HistoryEntry::Outcome::Done));
    m_outcome->addItem(tr("Failed"), int(HistoryEntry::Outcome::Failed));
    m_outcome->addItem(tr("Skipped"), int(HistoryEntry::Outcome::Skipped));
    m_source->addItem(tr("Any source"));
    for (const char *source : {"single", "bulk", "csv-import", "revert", "outside", "audit-log"})
        m_source->addItem(HistoryModel::sourceText(QString::fromLatin1(source)), QString::fromLatin1(source));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDate(QDate::currentDate());
        date->setEnabled(false);
    }
    m_role->addItem(tr("Any role"));

    m_table->setModel(m_model);
    // Sorted in the database: newest first until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(HistoryModel::TimeColumn, 140);
    m_table->setColumnWidth(HistoryModel::MemberColumn, 200);
    m_table->setColumnWidth(HistoryModel::FromColumn, 140);
    m_table->setColumnWidth(HistoryModel::ToColumn, 140);
    m_table->setColumnWidth(HistoryModel::DetailColumn, 200);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumWidth(260);
    m_detail->setMargin(8);

    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("&Member:"), this), 0, 0);
    filters->addWidget(m_member, 0, 1);
    filters->addWidget(m_role, 0, 2);
    filters->addWidget(m_action, 0, 3);
    filters->addWidget(m_outcome, 0, 4);
    filters->addWidget(m_source, 0, 5);
    filters->addWidget(new QLabel(tr("&Batch:"), this), 1, 0);
    filters->addWidget(m_batch, 1, 1);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromEnabled);
    dates->addWidget(m_from);
    dates->addWidget(m_toEnabled);
    dates->addWidget(m_to);
    dates->addWidget(m_allGroups);
    dates->addStretch(1);
    filters->addLayout(dates, 1, 2, 1, 4);
    filters->setColumnStretch(1, 1);
    static_cast<QLabel *>(filters->itemAtPosition(0, 0)->widget())->setBuddy(m_member);
    static_cast<QLabel *>(filters->itemAtPosition(1, 0)->widget())->setBuddy(m_batch);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->addTab(splitter, tr("&Changes"));
    m_tabs->addTab(m_chart, tr("C&hart"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &HistoryWindow::updateChart);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_importAudit);
    buttons->addWidget(m_export);
    buttons->addWidget(m_revertSelected);
    buttons->addWidget(m_revertShown);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // Typing waits for a pause; choosing from a list applies at once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &HistoryWindow::applyFilter);
    connect(m_member, &QLineEdit::textEdited, this, [this] {
        m_userId = 0; // typing leaves the timeline for a search
        m_debounce->start();
    });
    connect(m_batch, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_role, m_action, m_outcome, m_source})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilter);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled, m_allGroups})
        connect(box, &QCheckBox::toggled, this, &HistoryWindow::applyFilter);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryWindow::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateDetail);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::exportRows);
    connect(m_revertSelected, &QPushButton::clicked, this, &HistoryWindow::revertSelected);
    connect(m_revertShown, &QPushButton::clicked, this, &HistoryWindow::revertShown);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("history/geometry")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("history/columns")).toByteArray());
    applyFilter();
}

void HistoryWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("history/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("history/columns"), m_table->horizontalHeader()->saveState());
    QWidget::closeEvent(event);
}

void HistoryWindow::setGroup(qint64 groupId, const QList<Role> &roles)
{
    m_groupId = groupId;
    const QSignalBlocker blocker(m_role);
    const QVariant previous = m_role->currentData();
    while (m_role->count() > 1)
        m_role->removeItem(1);
    for (const Role &role : roles)
        m_role->addItem(tr("%1 (%2)").arg(role.name).arg(role.rank), role.id);
    m_role->setCurrentIndex(std::max(0, m_role->findData(previous)));
    applyFilter();
}

void HistoryWindow::clearFilters()
{
    const QSignalBlocker b1(m_member), b2(m_role), b3(m_action), b4(m_outcome), b5(m_source), b6(m_batch), b7(m_fromEnabled),
        b8(m_toEnabled), b9(m_allGroups);
    m_member->clear();
    m_batch->clear();
    for (QComboBox *combo : {m_role, m_action, m_outcome, m_source})
        combo->setCurrentIndex(0);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled, m_allGroups})
        box->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_userId = 0;
}

void HistoryWindow::showMember(qint64 userId, const QString &username)
{
    clearFilters();
    m_userId = userId;
    m_member->setText(QString::number(userId));
    setWindowTitle(tr("History of %1").arg(username.isEmpty() ? QString::number(userId) : username));
    applyFilter();
}

void HistoryWindow::showBatch(const QString &batchId)
{
    clearFilters();
    m_batch->setText(batchId);
    setWindowTitle(batchId.isEmpty() ? tr("History") : tr("History of batch %1").arg(batchId));
    applyFilter();
}

HistoryStore::Filter HistoryWindow::filter() const
{
    HistoryStore::Filter f;
    f.groupId = m_allGroups->isChecked() ? 0 : m_groupId;
    if (m_userId != 0)
        f.userId = m_userId; // a timeline: this member exactly
    else
        f.member = m_member->text().trimmed();
    f.batchId = m_batch->text().trimmed();
    f.roleId = m_role->currentData().toLongLong();
    f.action = m_action->currentData().toString();
    if (m_outcome->currentData().isValid())
        f.outcome = HistoryEntry::Outcome(m_outcome->currentData().toInt());
    f.source = m_source->currentData().toString();
    if (m_fromEnabled->isChecked())
        f.from = m_from->date().startOfDay(); // local midnight, stored as UTC
    if (m_toEnabled->isChecked())
        f.to = m_to->date().addDays(1).startOfDay(); // "until" includes that day
    return f;
}

void HistoryWindow::applyFilter()
{
    m_debounce->stop();
    const HistoryStore::Filter f = filter();
    if (m_userId == 0 && f.batchId.isEmpty())
        setWindowTitle(tr("History"));
    m_model->setQuery(m_store, f);
    const qint64 total = m_model->totalCount();
    QString countText = tr("%Ln matching change(s)", nullptr, int(std::min<qint64>(total, INT_MAX)));
    if (!f.batchId.isEmpty() && total > 0) {
        // A batch's view: how its items ended.
        HistoryStore::Filter outcome = f;
        QStringList parts;
        for (const auto &[kind, text] : {std::pair{HistoryEntry::Outcome::Done, tr("%1 done")}, {HistoryEntry::Outcome::Failed, tr("%1 failed")},
                                         {HistoryEntry::Outcome::Skipped, tr("%1 skipped")}}) {
            outcome.outcome = kind;
            parts << text.arg(m_store->count(outcome).value_or_default());
        }
        countText += tr(": %1").arg(parts.join(QStringLiteral(", ")));
    }
    m_count->setText(countText);
    m_export->setEnabled(total > 0);
    m_revertShown->setEnabled(total > 0 && (!f.batchId.isEmpty() || f.userId != 0 || !f.member.isEmpty()));
    m_revertShown->setToolTip(tr("Undo every change shown: filter by a batch (or a member) first."));
    updateDetail();
    updateChart();
}

void HistoryWindow::updateChart()
{
    if (m_tabs->currentWidget() != m_chart)
        return; // drawn when its tab is opened
    if (const auto days = m_store->perDay(filter()))
        m_chart->setDays(days.value());
}

void HistoryWindow::updateDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_revertSelected->setEnabled(!rows.isEmpty());
    if (rows.size() != 1) {
        m_detail->setText(rows.isEmpty() ? tr("Select a change to see all it recorded.")
                                         : tr("%n changes selected.", nullptr, int(rows.size())));
        return;
    }
    const HistoryEntry &e = m_model->entryAt(rows.first().row());
    const auto role = [](const QString &name, int rank) { return name.isEmpty() ? tr("—") : tr("%1 (rank %2)").arg(name).arg(rank); };
    QString html = QStringLiteral("<table cellspacing='3'>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Time"), QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat));
    row(tr("Member"), tr("%1 (user ID %2)").arg(e.username).arg(e.userId));
    row(tr("Action"), m_model->index(rows.first().row(), HistoryModel::ActionColumn).data().toString());
    row(tr("From"), role(e.previousRoleName, e.previousRank));
    row(tr("To"), role(e.newRoleName, e.newRank));
    row(tr("Outcome"), m_model->index(rows.first().row(), HistoryModel::OutcomeColumn).data().toString());
    if (!e.error.isEmpty())
        row(tr("Error"), e.error);
    if (!e.reason.isEmpty())
        row(tr("Reason"), e.reason);
    row(tr("Source"), HistoryModel::sourceText(e.source));
    if (!e.actor.isEmpty())
        row(tr("By"), e.actor);
    if (!e.batchId.isEmpty())
        row(tr("Batch"), e.batchId);
    row(tr("Through"), e.backend);
    row(tr("Profile"), e.profile);
    row(tr("Group"), QString::number(e.groupId));
    m_detail->setText(html + QStringLiteral("</table>"));
}

void HistoryWindow::exportRows()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), tr("history.csv"), tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Result<qint64> rows = HistoryExport::writeFile(*m_store, filter(), path);
    if (!rows)
        QMessageBox::warning(this, tr("Export failed"), rows.error().userText());
    else
        m_count->setText(tr("%Ln change(s) written to %1", nullptr, int(rows.value())).arg(path));
}

void HistoryWindow::revertSelected()
{
    QList<HistoryEntry> changes;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        changes.append(m_model->entryAt(index.row()));
    if (!changes.isEmpty())
        emit revertRequested(changes, changes.size() == 1 ? tr("change %1").arg(changes.first().id) : tr("%n change(s)", nullptr, int(changes.size())));
}

void HistoryWindow::revertShown()
{
    const HistoryStore::Filter f = filter();
    QList<HistoryEntry> changes;
    const Result<qint64> visited = m_store->forEach(f, [&changes](const HistoryEntry &e) {
        changes.append(e);
        return changes.size() <= MaxRevertRows;
    });
    if (!visited) {
        QMessageBox::warning(this, tr("Revert"), visited.error().userText());
        return;
    }
    if (changes.size() > MaxRevertRows) {
        QMessageBox::warning(this, tr("Revert"), tr("More than %1 changes are shown; narrow the filter first.").arg(MaxRevertRows));
        return;
    }
    emit revertRequested(changes, f.batchId.isEmpty() ? tr("%n change(s)", nullptr, int(changes.size())) : tr("batch %1").arg(f.batchId));
}
