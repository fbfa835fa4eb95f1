#include "cases/internal/StepRecords.h"

#include "cases/CaseKinds.h"
#include "cases/internal/CaseRecords.h"
#include "common/JapaneseCalendar.h"

#include <QCoreApplication>

namespace daicho {

Result<std::optional<QString>> stepRecordChangeRefused(const Database& db, const QString& formId, EntryId id,
                                                       const FieldValues& before, const FieldValues& values,
                                                       std::optional<std::int64_t> departmentBefore,
                                                       std::optional<std::int64_t> departmentId)
{
    for (const CaseKind& kind : CaseKinds::all()) {
        for (const CaseStep& step : kind.steps) {
            // Only the ledger such steps write to: a correction elsewhere reads nothing here.
            if (!step.records || step.records->formId != formId)
                continue;
            const StepRecord& r = *step.records;
            bool changes =
                departmentBefore != departmentId || before.value(r.writerField) != values.value(r.writerField);
            for (auto it = r.fixed.cbegin(); !changes && it != r.fixed.cend(); ++it)
                changes = values.value(it.key()) != it.value();
            if (!changes)
                continue;
            // Steps that write records are few (one per erasure): read them one by one.
            auto rows = db.prepare(
                QStringLiteral("SELECT %1 FROM case_events WHERE kind = ? AND step = ?").arg(kCaseEventColumns),
                kind.id, step.key);
            if (!rows)
                return rows.error();
            std::optional<CaseId> claimedBy;
            DAICHO_TRY(rows->forEach([&](Statement& row) -> Status {
                auto e = caseEventFromRow(row);
                if (!e)
                    return e.error();
                if (e->values.value(r.entryKey).toLongLong() == id)
                    claimedBy = e->caseId;
                return {};
            }));
            if (!claimedBy)
                continue;
            auto record = loadCaseRecord(db, *claimedBy);
            if (!record)
                return record.error();
            const QString caseText = record.value()
                                         ? QStringLiteral("%1 %2 第%3号")
                                               .arg(kind.titleJa, formatFiscalYear(record.value()->fiscalYear))
                                               .arg(record.value()->number)
                                         : kind.titleJa;
            return std::optional(
                QCoreApplication::translate("daicho::LedgerStore",
                                            "This entry was written with 「%1」 of %2: its kind, department and writer "
                                            "stay as that step made them. Correct the date, the method or the note; "
                                            "for anything else, record a new entry.")
                    .arg(step.labelJa, caseText));
        }
    }
    return std::optional<QString>();
}

Result<std::map<EntryId, ClaimingCase>> entriesClaimedByCases(const Database& db)
{
    std::map<EntryId, ClaimingCase> claimed;
    for (const CaseKind& kind : CaseKinds::all()) {
        for (const CaseStep& step : kind.steps) {
            if (!step.records)
                continue;
            auto rows = db.prepare(
                QStringLiteral("SELECT %1 FROM case_events WHERE kind = ? AND step = ?").arg(kCaseEventColumns),
                kind.id, step.key);
            if (!rows)
                return rows.error();
            DAICHO_TRY(rows->forEach([&](Statement& row) -> Status {
                auto e = caseEventFromRow(row);
                if (!e)
                    return e.error();
                const EntryId id = e->values.value(step.records->entryKey).toLongLong();
                if (id <= 0)
                    return {};
                auto record = loadCaseRecord(db, e->caseId);
                if (!record)
                    return record.error();
                ClaimingCase& c = claimed[id];
                c.id = e->caseId;
                c.open = record.value() && !record.value()->closed;
                c.text = record.value() ? QStringLiteral("%1 %2 第%3号")
                                              .arg(kind.titleJa, formatFiscalYear(record.value()->fiscalYear))
                                              .arg(record.value()->number)
                                        : kind.titleJa;
                return {};
            }));
        }
    }
    return claimed;
}

} // namespace daicho
