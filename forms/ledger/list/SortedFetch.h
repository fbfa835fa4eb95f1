#pragma once

#include "ledger/list/LedgerTableModel.h"

#include <functional>

namespace daicho {

// A list sorted by another column than the date. Keyset paging can only follow an index, and
// the other items are inside the encrypted values, so the whole list (as filtered) is read
// once, decoded and sorted in memory, and then served a page at a time like any list. Up to
// `maxRows` rows; a longer list asks to be narrowed first (fiscal year, department, search).
using SortKey = std::function<QString(const LedgerRow& row)>;
LedgerTableModel::Fetch sortedFetch(LedgerTableModel::Fetch fetch, SortKey key, Qt::SortOrder order, int maxRows);

} // namespace daicho
