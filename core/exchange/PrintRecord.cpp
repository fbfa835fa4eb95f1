#include "exchange/PrintRecord.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerReader.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace daicho::PrintRecord {

namespace {

Status record(Session& session, const QString& formId, std::int64_t count, const QString& output,
              std::optional<EntryId> entry)
{
    DAICHO_TRY(requireMayPrint(session, formId));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto seq = AuditLog::append(
        session, {QStringLiteral("ledger.print"),
                  {},
                  {},
                  auditDetail({{QStringLiteral("form"), formId},
                               {QStringLiteral("output"), output},
                               {QStringLiteral("count"), QString::number(count)},
                               {QStringLiteral("entry"), entry ? QString::number(*entry) : QString()}})});
    if (!seq)
        return seq.error();
    return tx.value()->commit();
}

} // namespace

Status requireMayPrint(const Session& session, const QString& formId)
{
    DAICHO_TRY(requirePermission(session, Operation::ExportLedgers));
    const FormDefinition* form = FormRegistry::find(formId);
    if (!form)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::LedgerTable", "There is no form called %1.").arg(formId));
    return LedgerAccess::requireRead(session, *form);
}

Status recordListPrint(Session& session, const LedgerFilter& filter, std::int64_t count, const QString& output)
{
    return record(session, filter.formId, count, output, std::nullopt);
}

Status recordEntryPrint(Session& session, EntryId id, const QString& output)
{
    // Through the reader's own check of this entry, so a print can be recorded (and an entry's
    // form learnt) only for an entry the person may read.
    auto entry = LedgerReader::entry(session, id);
    if (!entry)
        return entry.error();
    return record(session, entry->formId, 1, output, id);
}

} // namespace daicho::PrintRecord
