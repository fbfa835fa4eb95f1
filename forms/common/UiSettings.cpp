#include "common/UiSettings.h"

#include <QSettings>

namespace daicho {

namespace {

const QString kLastDatabase = QStringLiteral("files/lastDatabase");

} // namespace

QString UiSettings::lastDatabase()
{
    return QSettings().value(kLastDatabase, QString()).toString();
}

void UiSettings::setLastDatabase(const QString& path)
{
    QSettings().setValue(kLastDatabase, path);
}

} // namespace daicho
