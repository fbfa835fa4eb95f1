#include "print/PrintFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace daicho {

QFont printFont(bool fixedPitch, qreal pointSize)
{
    const QStringList families = QFontDatabase::families();
    QFont font;
    const QString preferred = fixedPitch ? QStringLiteral("BIZ UDGothic") : QStringLiteral("BIZ UDMincho");
    const QString rareKanji = QStringLiteral("IPAmjMincho");
    if (families.contains(preferred)) {
        QStringList chosen{preferred};
        if (families.contains(rareKanji))
            chosen << rareKanji; // per glyph, only where BIZ UD has none
        font.setFamilies(chosen);
    } else if (fixedPitch) {
        font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace daicho
