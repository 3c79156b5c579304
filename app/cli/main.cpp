// rankdesk-cli: the core, headless.
#include "CliRunner.h"
#include "domain/Translations.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char **argv)
{
    // Past a file-size limit a write fails (and the history says so) instead of the kernel killing us.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rankdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("rankdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RANKDESK_VERSION));
    Translations::install(&app);
    CliRunner runner;
    return runner.run(QCoreApplication::arguments());
}
