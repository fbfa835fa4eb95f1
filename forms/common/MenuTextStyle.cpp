#include "common/MenuTextStyle.h"

#include <QStyleOptionMenuItem>

namespace daicho {

QSize MenuTextStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& contentsSize,
                                      const QWidget* widget) const
{
    QSize size = QProxyStyle::sizeFromContents(type, option, contentsSize, widget);
    if (type != CT_MenuItem)
        return size;
    const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option);
    if (item && item->text.contains(QLatin1Char('&')))
        size.rwidth() += item->fontMetrics.horizontalAdvance(QLatin1Char('&'));
    return size;
}

} // namespace daicho
