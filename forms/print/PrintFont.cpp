#include "print/PrintFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace daicho {

QFont printFont(bool fixedPitch, qreal pointSize)
{
    const QStringList families = QFontDatabase::families();
    QFont font;
    const QString preferred = fixedPitch ? QStringLiteral("BIZ UDGothic") : QStringLiteral("BIZ UDMincho");
    if (families.contains(preferred))
        font.setFamily(preferred);
    else if (fixedPitch)
        font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace daicho
