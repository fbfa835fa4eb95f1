#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerTypes.h"

#include <QString>

#include <cstdint>

namespace daicho {

// Printing a ledger, or saving it as a PDF, hands personal data out on paper: core checks
// that the person may (export permission and the form's readers, as for a CSV) and records
// it in the audit trail (`ledger.print`: form, output "printer" or "pdf", how many entries,
// the entry for a single sheet). The pages themselves are drawn by forms/print.
namespace PrintRecord {

// May this person print this list? Checked before anything is drawn.
[[nodiscard]] Status requireMayPrint(const Session& session, const QString& formId);

// Records a printed list of `count` entries.
[[nodiscard]] Status recordListPrint(Session& session, const LedgerFilter& filter, std::int64_t count,
                                     const QString& output);

// Records one printed entry sheet.
[[nodiscard]] Status recordEntryPrint(Session& session, EntryId id, const QString& output);

} // namespace PrintRecord

} // namespace daicho
