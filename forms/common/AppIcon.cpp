#include "common/AppIcon.h"

namespace daicho {

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/daicho/icons/daicho-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace daicho
