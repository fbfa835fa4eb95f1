#include "ledger/CarryOutLog.h"

#include "ledger/EntryCodec.h"
#include "ledger/EntryValidator.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"

#include <QCoreApplication>

namespace daicho::carry_out {

namespace {

QDateTime toMinute(const QDateTime& utc)
{
    QDateTime minute = utc.toUTC();
    minute.setTime(QTime(minute.time().hour(), minute.time().minute()));
    return minute;
}

} // namespace

bool awaitsReturn(const FormDefinition& form, const FieldValues& values)
{
    if (!form.returnDue)
        return false;
    const FieldDefinition* expected = form.field(form.returnDue->expected);
    return expected && fieldApplies(*expected, values) && !isEmptyFieldValue(values.value(expected->key))
           && isEmptyFieldValue(values.value(form.returnDue->returned));
}

bool isOverdue(const FormDefinition& form, const FieldValues& values, const QDateTime& nowUtc)
{
    return awaitsReturn(form, values) && values.value(form.returnDue->expected).toDateTime() < nowUtc;
}

LedgerFilter overdueOnly(LedgerFilter filter, const QDateTime& nowUtc)
{
    const FormDefinition* form = FormRegistry::find(filter.formId);
    if (!form || !form->returnDue)
        return filter;
    auto before = std::move(filter.keep);
    filter.keep = [form, nowUtc, before](const FieldValues& values) {
        return (!before || before(values)) && isOverdue(*form, values, nowUtc);
    };
    return filter;
}

Result<int> countOverdue(const Session& session, const LedgerFilter& filter)
{
    const FormDefinition* form = FormRegistry::find(filter.formId);
    if (!form || !form->returnDue)
        return 0;
    const QDateTime now = session.clock().nowUtc();
    return LedgerQuery::countWhere(session, filter,
                                   [form, now](const FieldValues& values) { return isOverdue(*form, values, now); });
}

Result<RecordedReturn> recordReturn(Session& session, EntryId id)
{
    auto entry = LedgerReader::entry(session, id);
    if (!entry)
        return entry.error();
    const FormDefinition* form = FormRegistry::find(entry->formId);
    if (!form || !isCarryOutLog(*form) || !awaitsReturn(*form, entry->values))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::CarryOutLog",
                                                     "Entry No. %1 is not a carry-out waiting for its return.")
                             .arg(entry->number));
    // The centre's rule (with 第19条): the head approves the carry-out before it goes; its
    // return completes what was approved.
    if (entry->state != EntryState::Approved)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::CarryOutLog",
                                                     "Entry No. %1 is %2: its return is recorded once the head has "
                                                     "approved the carry-out.")
                             .arg(entry->number)
                             .arg(entryStateDisplayName(entry->state)));
    FieldValues returned = entry->values;
    const QDateTime now = toMinute(session.clock().nowUtc());
    returned.insert(form->returnDue->returned, now);
    // The reason is part of the record and its history, kept in Japanese like the form itself.
    auto revised = LedgerStore::revise(session, id, returned, QStringLiteral("返却の記録"));
    if (!revised)
        return revised.error();
    return RecordedReturn{revised.value(), now};
}

} // namespace daicho::carry_out
