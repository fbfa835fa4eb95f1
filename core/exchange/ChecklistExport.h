#pragma once

#include "auth/Session.h"
#include "exchange/LedgerExport.h"
#include "ledger/LedgerTypes.h"

namespace daicho {

// The lines of one monitoring sheet (様式4) as a table for Excel: No., 区分, 条項, チェック項目,
// 結果, 確認した資料等, コメント — one row per line, as the auditor wrote them. Needs the right to
// read the sheet and to export.
Result<ExportTable> checklistExportTable(const Session& session, EntryId id);

// Writes them (CSV or Excel) and records the export in the audit trail (form, entry, format,
// number of lines), like a ledger export. Returns the number of lines.
Result<std::int64_t> exportChecklist(Session& session, EntryId id, ExportFormat format, const QString& path);

} // namespace daicho
