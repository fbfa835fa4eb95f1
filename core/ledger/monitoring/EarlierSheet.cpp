#include "ledger/monitoring/EarlierSheet.h"

#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerReader.h"

namespace daicho {

Result<std::optional<LedgerEntry>> newestMonitoringSheet(const Session& session, std::optional<EntryId> except)
{
    const FormDefinition* form = FormRegistry::monitoringSheet();
    if (!form)
        return std::optional<LedgerEntry>();
    DAICHO_TRY(LedgerAccess::requireRead(session, *form));
    auto newest = session.db().firstRow(
        QStringLiteral(
            "SELECT id FROM ledger_entries WHERE form = ? AND id != ? ORDER BY entry_date DESC, id DESC LIMIT 1"),
        form->id, except.value_or(0));
    if (!newest)
        return newest.error();
    if (!newest->has_value())
        return std::optional<LedgerEntry>();
    auto entry = LedgerReader::entry(session, newest.value()->integer(0));
    if (!entry)
        return entry.error();
    return std::optional<LedgerEntry>(std::move(entry.value()));
}

} // namespace daicho
