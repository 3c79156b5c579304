// rankdesk-cli: the core, headless.
#include "CliRunner.h"
#include "domain/Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rankdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("rankdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RANKDESK_VERSION));
    Translations::install(&app);
    CliRunner runner;
    return runner.run(QCoreApplication::arguments());
}
