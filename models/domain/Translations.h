#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs Rankdesk's embedded translation (and Qt's own, for standard buttons) for a locale: the
// language chosen in the settings, else the system's. English is the fallback, so plural forms read
// "1 member" / "3 members" in every language not shipped.
namespace Translations {

struct Language
{
    QString code;       // "de", "es", "pt_BR", "en"
    QString nativeName; // "Deutsch", shown untranslated so a user can find their own
};

// The languages Rankdesk ships, English first.
QList<Language> available();
// The language chosen in the settings (empty: follow the system).
QString chosen();
void setChosen(const QString &code);
// The locale the program runs in: the chosen language, else the system's.
QLocale effectiveLocale();

void install(QCoreApplication *app);
void install(QCoreApplication *app, const QLocale &locale);
} // namespace Translations
