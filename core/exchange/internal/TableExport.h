#pragma once

// Writing an export below the permission check: for core only. The services that build the
// table check that the person may read it and export (LedgerExport::write,
// exportChecklist); forms/ and app/ export through them.
#include "auth/Session.h"
#include "exchange/LedgerExport.h"

namespace daicho {

// Writes a table built elsewhere the way LedgerExport::write does: into place only with its
// audit entry, whose detail is `detail`. Returns the number of rows.
Result<std::int64_t> writeExportTable(Session& session, const ExportTable& table, ExportFormat format,
                                      const QString& path, const QString& detail);

} // namespace daicho
