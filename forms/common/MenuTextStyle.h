#pragma once

#include <QProxyStyle>

namespace daicho {

// Menus that show their whole label. Qt 6.4's Fusion style sizes a menu item by its text as
// shown ("更新(K)…") but elides it by the text with its mnemonic marker ("更新(&K)…"): with a
// proportional font (BIZ UDPGothic) the widest item came out cut in the middle, as in
// 「データベースの鍵を更新…テーション)(K)…」. An item with a marker gets the marker's width.
class MenuTextStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& contentsSize,
                           const QWidget* widget) const override;
};

} // namespace daicho
