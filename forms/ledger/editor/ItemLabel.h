#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace daicho {

// The label of an item in a form layout: on one line when it fits the label column (as wide
// as "個人情報データベース等（管理台帳） (※)"), wrapped at that width when it is longer (the
// statutory 「本人の氏名その他本人を特定するに足りる事項」).
QLabel* makeItemLabel(const QString& text, QWidget* parent);

} // namespace daicho
