#pragma once

#include "ledger/FieldValues.h"
#include "ledger/FormDefinition.h"

namespace daicho {

// Item names and choices are data in two languages: Japanese is the statutory text (print
// always uses it), English serves the English interface. Screens and messages ask here, so
// a message names an item exactly as the screen beside it does.
enum class LabelLanguage { Japanese, English };
LabelLanguage interfaceLabelLanguage(); // Japanese unless the interface runs in English

QString fieldLabel(const FieldDefinition& field, LabelLanguage language);
QString fieldLabel(const FieldDefinition& field); // in the interface language
// The item's name as an entry's values make it (様式2's 持込日時 for a bring-in).
QString fieldLabel(const FieldDefinition& field, const FieldValues& values, LabelLanguage language);
QString choiceLabel(const FieldDefinition& field, const QString& key, LabelLanguage language);

// An article as shown beside an item or a form: the definitions write the regulation's own
// articles bare (「第31条7項」), which a reader could take for the Act's (法31条 is another
// matter): shown as 「規程第31条7項」. The Act's (法…) and the Rules' (規則…) stay as written.
QString citedArticle(const QString& article);

} // namespace daicho
