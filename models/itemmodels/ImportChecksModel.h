#pragma once

#include "exchange/ImportValidator.h"

#include <QAbstractTableModel>

// The checked rows of an import, for the wizard's preview: line, member, current role, target role,
// status, message. Filtering by status keeps a list of visible row numbers, so switching the filter
// on a million rows is one pass and no proxy model.
class ImportChecksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportChecksModel)

public:
    enum Column { LineColumn, MemberColumn, CurrentColumn, TargetColumn, StatusColumn, MessageColumn, ColumnCount };
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit ImportChecksModel(QObject *parent = nullptr);

    void setChecks(QList<ImportCheck> checks);
    const QList<ImportCheck> &checks() const { return m_checks; }
    // std::nullopt shows every row.
    void setStatusFilter(std::optional<ImportCheck::Status> status);
    const ImportCheck &checkAt(int row) const { return m_checks.at(m_visible.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuildVisible();

    QList<ImportCheck> m_checks;
    QList<int> m_visible;
    std::optional<ImportCheck::Status> m_filter;
};
