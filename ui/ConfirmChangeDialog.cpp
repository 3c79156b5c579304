#include "ConfirmChangeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

QString ConfirmChangeDialog::describe(const ChangePlan &plan)
{
    const QString who = plan.member.displayName.isEmpty() || plan.member.displayName == plan.member.username
        ? plan.member.username
        : tr("%1 (%2)").arg(plan.member.username, plan.member.displayName);
    QString verb;
    switch (plan.action) {
    case RankAction::Promote: verb = tr("Promote"); break;
    case RankAction::Demote: verb = tr("Demote"); break;
    case RankAction::SetRank: verb = tr("Set the rank of"); break;
    }
    if (plan.providerDecides) {
        // The provider steps along its own ladder; Rankdesk can only say what it expects.
        return tr("%1 <b>%2</b><br>from <b>%3</b> (rank %4)<br>to the %5 rank %6 chooses<br>"
                  "(Rankdesk expects <b>%7</b>, rank %8)?")
            .arg(verb, who.toHtmlEscaped(), plan.current.name.toHtmlEscaped())
            .arg(plan.current.rank)
            .arg(plan.action == RankAction::Promote ? tr("next") : tr("previous"), plan.providerName.toHtmlEscaped(),
                 plan.target.name.toHtmlEscaped())
            .arg(plan.target.rank);
    }
    return tr("%1 <b>%2</b><br>from <b>%3</b> (rank %4)<br>to <b>%5</b> (rank %6)?")
        .arg(verb, who.toHtmlEscaped(), plan.current.name.toHtmlEscaped())
        .arg(plan.current.rank)
        .arg(plan.target.name.toHtmlEscaped())
        .arg(plan.target.rank);
}

ConfirmChangeDialog::ConfirmChangeDialog(const ChangePlan &plan, const QString &note, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("confirmChangeDialog"));
    setWindowTitle(tr("Confirm rank change"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(describe(plan), this);
    text->setObjectName(QStringLiteral("confirmText"));
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);
    if (!note.isEmpty()) {
        auto *noteLabel = new QLabel(note, this);
        noteLabel->setWordWrap(true);
        noteLabel->setObjectName(QStringLiteral("confirmNote"));
        layout->addWidget(noteLabel);
    }
    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Optional, kept in the history"));
    m_reason->setText(plan.reason);
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ConfirmChangeDialog::reason() const
{
    return m_reason->text().trimmed();
}

SetRankDialog::SetRankDialog(const Member &member, const QList<Role> &roles, QWidget *parent)
    : QDialog(parent), m_roles(new QComboBox(this))
{
    setObjectName(QStringLiteral("setRankDialog"));
    setWindowTitle(tr("Set rank"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("New role for <b>%1</b>:").arg(member.username.toHtmlEscaped()), this));
    m_roles->setObjectName(QStringLiteral("roleCombo"));
    m_roles->setAccessibleName(tr("Target role"));
    for (auto it = roles.crbegin(); it != roles.crend(); ++it) {
        m_roles->addItem(tr("%1 — %2").arg(it->rank).arg(it->name), it->id);
        if (it->id == member.roleId)
            m_roles->setCurrentIndex(m_roles->count() - 1);
    }
    layout->addWidget(m_roles);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString SetRankDialog::target() const
{
    return QString::number(m_roles->currentData().toLongLong());
}
