#include "ledger/EntryExitLog.h"

#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"

#include <QCoreApplication>

namespace daicho::entry_exit {

bool isOpen(const PresenceFields& visit, const FieldValues& values)
{
    return !isEmptyFieldValue(values.value(visit.timeIn)) && isEmptyFieldValue(values.value(visit.timeOut));
}

bool isOpen(const PresenceFields& visit, LedgerRow& row)
{
    if (!row.decode())
        return true;
    return isOpen(visit, row.values);
}

FieldValues withExit(const PresenceFields& visit, FieldValues values, const QDateTime& nowUtc)
{
    QDateTime minute = nowUtc.toUTC();
    minute.setTime(QTime(minute.time().hour(), minute.time().minute()));
    values.insert(visit.timeOut, minute);
    return values;
}

LedgerFilter onDay(LedgerFilter filter, const QDate& day)
{
    filter.from = day;
    filter.to = day;
    return filter;
}

Result<int> countOpen(const Session& session, const LedgerFilter& filter)
{
    const FormDefinition* form = FormRegistry::find(filter.formId);
    if (!form || !form->presence)
        return 0;
    return LedgerQuery::countWhere(
        session, filter, [visit = *form->presence](const FieldValues& values) { return isOpen(visit, values); });
}

Result<RecordedExit> recordExit(Session& session, EntryId id)
{
    auto entry = LedgerReader::entry(session, id);
    if (!entry)
        return entry.error();
    const FormDefinition* form = FormRegistry::find(entry->formId);
    if (!form || !isEntryExitLog(*form))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::EntryExitLog", "Entry No. %1 is not of an entry and exit log.")
                .arg(entry->number));
    if (!isOpen(*form->presence, entry->values))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::EntryExitLog", "Entry No. %1 already has a time out.")
                             .arg(entry->number));
    const FieldValues closed = withExit(*form->presence, entry->values, session.clock().nowUtc());
    // The reason is part of the record and its history, kept in Japanese like the form itself.
    auto revised = LedgerStore::revise(session, id, closed, QStringLiteral("退室の記録"));
    if (!revised)
        return revised.error();
    return RecordedExit{revised.value(), closed.value(form->presence->timeOut).toDateTime()};
}

} // namespace daicho::entry_exit
