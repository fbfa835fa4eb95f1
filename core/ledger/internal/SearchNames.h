#pragma once

#include "common/Result.h"
#include "ledger/FormDefinition.h"
#include "store/Database.h"

#include <QStringList>

namespace daicho::SearchNames {

// Issue 11 §1: a list shows a department, a person or a register entry by name, and a search
// must find what is shown — but names change (a section renamed, a person's name after
// marriage), so an index of the names would go stale. An entry's search text holds instead a
// token per reference, and a query is widened at query time with the tokens of every name
// that contains it.
//
// A token is U+001E, the kind (D, P or R) and the id written with the letters A–J for the
// digits (12 → "BC"), then U+001E: a normalised text or query never holds U+001E or an
// upper-case letter, so no query typed by a person ever matches a token — searching 12 does
// not find the entries of department 12.
enum class Kind : char16_t { Department = u'D', Person = u'P', Register = u'R' };
QString referenceToken(Kind kind, qint64 id);

// The kind of token an item of this type holds; nullopt for the other types.
std::optional<Kind> referenceKind(FieldType type);

// The tokens of the departments (by their full name, 「事業部 健診管理課」), people and
// register entries whose name, normalised, contains `normalisedQuery` — of the kinds `form`
// refers to. Names are read from the database (a few hundred rows), once per search.
Result<QStringList> tokensMatching(const Database& db, const FormDefinition& form, const QString& normalisedQuery);

} // namespace daicho::SearchNames
