#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace daicho {

QLocale chosenLocale()
{
    const QByteArray forced = qgetenv("DAICHO_LANG");
    if (forced == "en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (forced == "ja")
        return QLocale(QLocale::Japanese, QLocale::Japan);
    const QLocale system = QLocale::system();
    // "C"/POSIX (unset) and Japanese get Japanese; any English locale gets English; other
    // languages have no catalogue yet and get Japanese, the organisation's language.
    if (system.language() == QLocale::English)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(QLocale::Japanese, QLocale::Japan);
}

void installTranslators(QCoreApplication& app)
{
    const QLocale locale = chosenLocale();
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("daicho"), QStringLiteral("_"), QStringLiteral(":/daicho/i18n")))
        app.installTranslator(own);
    if (locale.language() == QLocale::Japanese) {
        auto* qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
}

} // namespace daicho
