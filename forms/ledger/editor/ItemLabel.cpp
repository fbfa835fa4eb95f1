#include "ledger/editor/ItemLabel.h"

#include <QLabel>

namespace daicho {

QLabel* makeItemLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    const QFontMetrics metrics(label->font());
    const int column = metrics.horizontalAdvance(QStringLiteral("個人情報データベース等（管理台帳） (※)"));
    // A wrapped label left to itself asks for a narrow column and is then cut off: it gets
    // the column's width instead.
    if (metrics.horizontalAdvance(text) > column) {
        label->setWordWrap(true);
        label->setFixedWidth(column);
    }
    return label;
}

} // namespace daicho
