#pragma once

#include "rank/RankChangeService.h"

#include <QDialog>

class QLineEdit;

// Asks before a rank change is sent: names the member, the current and the target role, and takes
// an optional reason that goes into the history.
class ConfirmChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmChangeDialog)

public:
    ConfirmChangeDialog(const ChangePlan &plan, const QString &note, QWidget *parent = nullptr);
    QString reason() const;
    static QString describe(const ChangePlan &plan);

private:
    QLineEdit *m_reason;
};

// Chooses the target role for "Set rank…": every role, current one preselected.
class SetRankDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetRankDialog)

public:
    SetRankDialog(const Member &member, const QList<Role> &roles, QWidget *parent = nullptr);
    // The chosen role as a role id, for RankRules::resolve.
    QString target() const;

private:
    class QComboBox *m_roles;
};
