#pragma once

#include "ledger/monitoring/ChecklistFieldEditor.h"

#include <functional>
#include <optional>

namespace daicho {

class Session;

// Where a monitoring sheet's lines come from (ChecklistFieldEditor::setSources), read through
// the host's session when a button is pressed: the check items in use (CheckItems), and the
// newest sheet other than `except()` (the sheet being corrected).
using SessionSource = std::function<Session*()>;
ChecklistFieldEditor::ItemsSource currentCheckItemsSource(SessionSource session);
ChecklistFieldEditor::EarlierSheetSource
earlierSheetSource(SessionSource session, std::function<std::optional<EntryId>()> except, QString checklistKey);

} // namespace daicho
