#include "HistoryChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

HistoryChart::HistoryChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("historyChart"));
    setAccessibleName(tr("Changes per day"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);
    // Follow the desktop's light or dark palette.
    if (palette().color(QPalette::Window).lightness() < 128)
        chart()->setTheme(QChart::ChartThemeDark);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void HistoryChart::setDays(const QList<HistoryStore::DayCounts> &days)
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
    m_bars.clear();

    // Days, or weeks when there are too many days to draw.
    QList<HistoryStore::DayCounts> bars;
    const bool weekly = !days.isEmpty() && days.first().day.daysTo(days.last().day) >= MaxBars;
    for (const HistoryStore::DayCounts &day : days) {
        const QDate bucket = weekly ? day.day.addDays(1 - day.day.dayOfWeek()) : day.day;
        if (bars.isEmpty() || bars.last().day != bucket)
            bars.append({bucket});
        bars.last().promote += day.promote;
        bars.last().demote += day.demote;
        bars.last().setRank += day.setRank;
        bars.last().failed += day.failed;
    }
    if (bars.size() > MaxBars)
        bars = bars.mid(bars.size() - MaxBars); // the most recent

    auto *promote = new QBarSet(tr("Promote"));
    auto *demote = new QBarSet(tr("Demote"));
    auto *setRank = new QBarSet(tr("Set rank"));
    auto *failed = new QBarSet(tr("Failed"));
    promote->setColor(QColor(0x2e, 0x9d, 0x4f));
    demote->setColor(QColor(0xe0, 0x8e, 0x1b));
    setRank->setColor(QColor(0x3a, 0x7b, 0xd5));
    failed->setColor(QColor(0xd0, 0x3b, 0x3b));
    QStringList labels;
    int highest = 0;
    for (const HistoryStore::DayCounts &bar : bars) {
        *promote << bar.promote;
        *demote << bar.demote;
        *setRank << bar.setRank;
        *failed << bar.failed;
        const QString label = weekly ? tr("wk %1").arg(QLocale().toString(bar.day, QLocale::ShortFormat))
                                     : QLocale().toString(bar.day, QStringLiteral("MMM d"));
        labels << label;
        highest = std::max(highest, bar.promote + bar.demote + bar.setRank + bar.failed);
        m_bars << QStringLiteral("%1: %2/%3/%4/%5").arg(label).arg(bar.promote).arg(bar.demote).arg(bar.setRank).arg(bar.failed);
    }
    auto *series = new QStackedBarSeries;
    series->append({promote, demote, setRank, failed});
    chart()->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 14 ? -60 : 0);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, highest));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart()->setTitle(bars.isEmpty() ? tr("No changes match the filter.")
                                     : weekly ? tr("Changes per week") : tr("Changes per day (UTC)"));
    setAccessibleDescription(m_bars.join(QStringLiteral("; ")));
}
