#pragma once

#include "jobs/BatchPlanner.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// The plan of a bulk change before anything is stored or sent: how many members go to which role,
// who stays unchanged and why. Above a threshold the user types the number of members to confirm.
class BulkPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPlanDialog)

public:
    static constexpr int TypedConfirmationThreshold = 25;

    BulkPlanDialog(const BatchPlan &plan, const RankRules &rules, const QString &actionText, QWidget *parent = nullptr);
    QString reason() const;
    bool applyAnyway() const;

private:
    QLineEdit *m_reason;
    class QCheckBox *m_applyAnyway;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_apply = nullptr;
};
