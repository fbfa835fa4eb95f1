#pragma once

#include "ledger/editor/FieldEditor.h"

namespace daicho {

class LedgerDirectory;

// The editor for one item, by its type: Text/Integer → LineFieldEditor; LongText/TextList →
// PlainTextFieldEditor; Date/DateTime → DateFieldEditor; Choice, RegisterEntry, Purpose,
// Department, Person → ComboFieldEditor (names from `directory`; purposes are set by the
// entry editor once a register entry is chosen); MultiChoice/Boolean → CheckFieldEditor.
FieldEditor* createFieldEditor(const FieldDefinition& field, const LedgerDirectory& directory,
                               QWidget* parent = nullptr);

} // namespace daicho
