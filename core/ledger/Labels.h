#pragma once

#include "ledger/FormDefinition.h"

namespace daicho {

// Item names and choices are data in two languages: Japanese is the statutory text (print
// always uses it), English serves the English interface. Screens and messages ask here, so
// a message names an item exactly as the screen beside it does.
enum class LabelLanguage { Japanese, English };
LabelLanguage interfaceLabelLanguage(); // Japanese unless the interface runs in English

QString fieldLabel(const FieldDefinition& field, LabelLanguage language);
QString fieldLabel(const FieldDefinition& field); // in the interface language
QString choiceLabel(const FieldDefinition& field, const QString& key, LabelLanguage language);

} // namespace daicho
