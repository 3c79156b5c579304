#pragma once

// For GUI tests only (they link the widgets library): answering modal dialogs and popup menus as a
// person would. A modal's exec() does not return until it closes, so the answer is scheduled
// before the action that opens it.
#include "domain/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QLocale>
#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QScopeGuard>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace GuiTestSupport {

// The program's English (plural forms: "1 member", "3 members"), so windows read as users see them.
inline void useEnglish()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // stable number formats
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

// Calls handler with the next modal dialog (or popup menu) of type W once it is shown. If the
// handler returns early (a failed check), the dialog is rejected so exec() returns and the test ends.
template<typename W = QWidget>
void onNext(QObject *context, std::function<void(W *)> handler)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, handler] {
        QWidget *shown = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::activeModalWidget();
        auto *widget = qobject_cast<W *>(shown);
        if (!widget)
            return;
        timer->stop();
        timer->deleteLater();
        const auto close = qScopeGuard([widget] {
            if (widget->isVisible())
                widget->close();
        });
        handler(widget);
    });
    timer->start();
}

// Presses Test connection under root and returns its result, one mark per check ("✔✔✘"), once
// all three checks have answered; on a timeout, what the label showed.
inline QString testConnection(QWidget *root)
{
    QTest::mouseClick(root->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    const QLabel *checks = root->findChild<QLabel *>(QStringLiteral("connectionChecks"));
    if (!QTest::qWaitFor([checks] { return checks->text().count(QStringLiteral("<div")) == 3; }, 20000))
        return QStringLiteral("no result: ") + checks->text();
    QString marks;
    for (const QString &part : checks->text().split(QStringLiteral("<div")).mid(1))
        marks += part.contains(QStringLiteral("✔")) ? QStringLiteral("✔") : QStringLiteral("✘");
    return marks;
}

// The controls under root a screen reader could not name: no text, accessible name, tooltip or
// buddy label. Labels and containers are not controls.
inline QStringList unnamedControls(QWidget *root)
{
    QHash<const QWidget *, bool> labelled;
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->buddy())
            labelled.insert(label->buddy(), true);
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || !widget->accessibleName().isEmpty() || labelled.contains(widget)
            || qobject_cast<QHeaderView *>(widget) || qobject_cast<QAbstractItemView *>(widget->parentWidget())) // parts of a table
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text().isEmpty() ? button->toolTip() : button->text();
        else if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                 || qobject_cast<QAbstractItemView *>(widget))
            text = widget->toolTip();
        else
            continue;
        // Editors inside a spin box or a combo box are named through their owner.
        if (text.isEmpty() && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) && !qobject_cast<QComboBox *>(widget->parentWidget()))
            unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

} // namespace GuiTestSupport
