#pragma once

class QCoreApplication;
class QLocale;

// Installs Rankdesk's embedded translation for a locale (the system's by default). English is the
// fallback, so plural forms read "1 member" / "3 members" in every language not shipped.
namespace Translations {
void install(QCoreApplication *app);
void install(QCoreApplication *app, const QLocale &locale);
} // namespace Translations
