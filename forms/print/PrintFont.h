#pragma once

#include <QFont>

namespace daicho {

// The font of everything Daicho prints. BIZ UD prints 人/日/月 as themselves in Qt's PDF
// text layer (Noto CJK and IPAex map them to Kangxi radicals, which breaks copy and
// search), so it is preferred when installed (fonts-morisawa-bizud-*). Characters BIZ UD
// lacks (𠮷 and other rare kanji of names) come from the fallback font IPAmj明朝
// (fonts-ipamj-mincho, the MJ set of 58,000 kanji), which Qt picks per glyph.
QFont printFont(bool fixedPitch, qreal pointSize);

} // namespace daicho
