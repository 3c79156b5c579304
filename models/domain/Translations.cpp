#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Translations {

namespace {
const QString kSetting = QStringLiteral("ui/language");
} // namespace

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")}};
}

QString chosen()
{
    return QSettings().value(kSetting).toString();
}

void setChosen(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSetting);
    else
        settings.setValue(kSetting, code);
}

QLocale effectiveLocale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale() : QLocale(code);
}

void install(QCoreApplication *app)
{
    const QLocale locale = effectiveLocale();
    if (!chosen().isEmpty())
        QLocale::setDefault(locale); // numbers and dates follow the chosen language too
    install(app, locale);
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
    // Qt's own strings (Cancel, Yes, No, the file dialog) from the system's Qt translations.
    auto *qtTranslator = new QTranslator(app);
    if (locale.language() != QLocale::English
        && qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
}

} // namespace Translations
