#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication *app)
{
    install(app, QLocale());
}

void install(QCoreApplication *app, const QLocale &locale)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("rankdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("rankdesk_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace Translations
