#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

namespace daicho {

// The values of one entry, by field key. Types by FieldType: Text/LongText/Choice/Purpose →
// QString; Date → QDate; DateTime → QDateTime (UTC); Integer → qint64; Boolean → bool;
// MultiChoice/TextList → QStringList; RegisterEntry/Department/Person → qint64 id.
using FieldValues = QMap<QString, QVariant>;

} // namespace daicho
