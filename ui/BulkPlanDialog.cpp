#include "BulkPlanDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

BulkPlanDialog::BulkPlanDialog(const BatchPlan &plan, const RankRules &rules, const QString &actionText, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this)),
      m_applyAnyway(new QCheckBox(tr("Apply even to members whose role changed since this plan"), this))
{
    setObjectName(QStringLiteral("bulkPlanDialog"));
    setWindowTitle(tr("Plan: %1").arg(actionText));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    const int changes = int(plan.changes.size());
    auto *summary = new QLabel(tr("<b>%1</b>: %Ln member(s) change, %2 stay as they are.", nullptr, changes)
                                   .arg(actionText.toHtmlEscaped())
                                   .arg(plan.unchanged.size()),
                               this);
    summary->setObjectName(QStringLiteral("planSummary"));
    layout->addWidget(summary);

    auto *targets = makeTable(this, QStringLiteral("targetsTable"), {tr("Target role"), tr("Members")});
    for (auto it = plan.changesPerTargetRank.cbegin(); it != plan.changesPerTargetRank.cend(); ++it) {
        const int row = targets->rowCount();
        targets->insertRow(row);
        const Result<Role> role = rules.resolve(QString::number(it.key()));
        targets->setItem(row, 0, new QTableWidgetItem(tr("%1 (rank %2)").arg(role ? role.value().name : QString()).arg(it.key())));
        targets->setItem(row, 1, new QTableWidgetItem(QString::number(it.value())));
    }
    layout->addWidget(targets);

    if (!plan.unchanged.isEmpty()) {
        layout->addWidget(new QLabel(tr("Not changing:"), this));
        auto *unchanged = makeTable(this, QStringLiteral("unchangedTable"), {tr("Member"), tr("Role"), tr("Why")});
        for (const UnchangedMember &member : plan.unchanged) {
            const int row = unchanged->rowCount();
            unchanged->insertRow(row);
            unchanged->setItem(row, 0, new QTableWidgetItem(member.member.username));
            unchanged->setItem(row, 1, new QTableWidgetItem(member.current.name));
            unchanged->setItem(row, 2, new QTableWidgetItem(member.reason));
        }
        layout->addWidget(unchanged);
    }

    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Optional, kept in the history"));
    form->addRow(tr("&Reason:"), m_reason);
    m_applyAnyway->setObjectName(QStringLiteral("applyAnywayCheck"));
    m_applyAnyway->setToolTip(tr("Normally such members are skipped as conflicts, so a change made by someone else is not overwritten."));
    form->addRow(m_applyAnyway);
    if (changes >= TypedConfirmationThreshold) {
        // A slip on a big batch is costly: the number has to be typed.
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("typedCount"));
        m_typed->setPlaceholderText(tr("Type %1 to confirm").arg(changes));
        form->addRow(tr("&Confirm:"), m_typed);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Ok);
    m_apply->setText(tr("&Apply to %Ln member(s)", nullptr, changes));
    m_apply->setEnabled(changes > 0 && !m_typed);
    if (m_typed)
        connect(m_typed, &QLineEdit::textChanged, this, [this, changes](const QString &text) {
            m_apply->setEnabled(text.trimmed() == QString::number(changes));
        });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool BulkPlanDialog::applyAnyway() const
{
    return m_applyAnyway->isChecked();
}

QString BulkPlanDialog::reason() const
{
    return m_reason->text().trimmed();
}
