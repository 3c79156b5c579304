#pragma once

#include "storage/HistoryStore.h"

#include <QChartView>

// Changes per day by action (promote, demote, set rank) and failures, stacked, for the history
// browser's current filter. Over many days the bars are weeks, so the chart stays readable.
class HistoryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)

public:
    explicit HistoryChart(QWidget *parent = nullptr);

    static constexpr int MaxBars = 60;

    void setDays(const QList<HistoryStore::DayCounts> &days);
    // What the bars hold, for tests and the accessible description: "label: p/d/s/f".
    QStringList barsText() const { return m_bars; }

private:
    QStringList m_bars;
};
