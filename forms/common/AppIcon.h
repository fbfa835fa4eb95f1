#pragma once

#include <QIcon>

namespace daicho {

// Daicho's icon (resources/icons), in every size a window manager asks for.
QIcon appIcon();

} // namespace daicho
