#pragma once

#include <QLocale>

class QCoreApplication;

namespace daicho {

// Installs Daicho's catalogue and Qt's own (qtbase) for `locale` into the application.
// Japanese is the default when the system language is Japanese or not set; English when
// the system asks for English. DAICHO_LANG=ja|en overrides (for tests and screenshots).
void installTranslators(QCoreApplication& app);
QLocale chosenLocale();

} // namespace daicho
