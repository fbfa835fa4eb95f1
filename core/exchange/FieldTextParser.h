#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerDirectory.h"

#include <QVariant>

#include <variant>

namespace daicho {

// Reads one cell of an imported file back into a value: the inverse of formatFieldValue
// (Seireki or 和暦 dates, labels or keys of choices, names of people, departments and
// register entries, はい/いいえ, one list item per line). An empty cell is no value.
// Returns the value, or a translated message saying what is wrong with the text.
std::variant<QVariant, QString> parseFieldText(const FieldDefinition& field, const QString& text,
                                               const LedgerDirectory& directory);

} // namespace daicho
