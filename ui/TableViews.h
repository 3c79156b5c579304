#pragma once

#include <QHeaderView>
#include <QTableView>

// A table view as Rankdesk's windows use them: whole rows selected, read-only, no row numbers,
// fixed row heights (a million-row table stays cheap to lay out), the last column stretched.
inline QTableView *makeTableView(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
