#pragma once

// For GUI tests only (they link the widgets library).
#include "MainWindow.h"
#include "TestSupport.h"
#include "storage/BatchStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace GuiTestSupport {

// The set-up the main-window GUI tests share: the sandbox simulator, a SQLite history and batch
// store in a scratch directory, and a main window showing the sandbox group. Members are destroyed
// in reverse order, the window first.
struct SandboxWindow
{
    explicit SandboxWindow(int members) : sim(std::make_unique<TestSupport::Sandbox>(members)) { }

    // Opens the database and the window on the sandbox group: the number of members loaded, or -1.
    int open()
    {
        Result<Database> db = Database::openSqlite(dir.filePath(QStringLiteral("history.sqlite")), QStringLiteral("gui"));
        if (!db)
            return -1;
        history = std::make_unique<HistoryStore>(db.value());
        batches = std::make_unique<BatchStore>(db.value());
        window = std::make_unique<MainWindow>(&nam, history.get(), nullptr, batches.get());
        QSignalSpy loaded(window.get(), &MainWindow::rosterLoaded);
        window->openProfile(sim->profile(), sim->ownerKey);
        window->show();
        if (!loaded.wait(30000))
            return -1;
        return loaded.first().first().toInt();
    }

    std::unique_ptr<TestSupport::Sandbox> sim;
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<BatchStore> batches;
    std::unique_ptr<MainWindow> window;
};

} // namespace GuiTestSupport
