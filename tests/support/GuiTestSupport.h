#pragma once

// For GUI tests only (they link the widgets library): answering modal dialogs and popup menus as a
// person would. A modal's exec() does not return until it closes, so the answer is scheduled
// before the action that opens it.
#include <QApplication>
#include <QScopeGuard>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace GuiTestSupport {

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

} // namespace GuiTestSupport
