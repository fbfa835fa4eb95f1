#pragma once

#include "common/Result.h"
#include "ledger/EntryValidator.h"
#include "ledger/FormDefinition.h"

#include <QByteArray>

namespace daicho {

// The stored form of an entry's values: a CBOR map from field key to value (text, integer,
// boolean, array of texts; dates as "yyyy-MM-dd", date-times as UTC ISO 8601). Keys are in
// sorted order, so the same values always give the same bytes (audit digests depend on it).
// Empty values are not stored. Decoding needs the definition to give dates back their type;
// a key the definition does not know is kept as it was stored, so nothing written is lost
// when a later version renames a field.
QByteArray encodeEntryValues(const FormDefinition& form, const FieldValues& values);
Result<FieldValues> decodeEntryValues(const FormDefinition& form, const QByteArray& bytes);

// True when the value holds nothing (null, blank text, empty list).
bool isEmptyFieldValue(const QVariant& value);

} // namespace daicho
