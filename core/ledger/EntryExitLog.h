#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/FormDefinition.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerTypes.h"

#include <QDate>
#include <QDateTime>

namespace daicho {

// The entry/exit log (様式5, 第17条(1)) at the door of a controlled area: who came in and has
// not left yet. An entry is open while its time in is set and its time out is not.
namespace entry_exit {

// Whether a form is kept at a door (様式5): its definition names the fields of a visit.
inline bool isEntryExitLog(const FormDefinition& form)
{
    return form.presence.has_value();
}

// Whether the person of this entry is still inside (no time out). Decodes the row if needed;
// a row that cannot be decoded counts as inside, so that the list shows its error.
bool isOpen(const PresenceFields& visit, LedgerRow& row);
bool isOpen(const PresenceFields& visit, const FieldValues& values);

// The values with the time out set to `nowUtc`, to the minute (as the editor keeps it).
FieldValues withExit(const PresenceFields& visit, FieldValues values, const QDateTime& nowUtc);

// `filter` narrowed to one day in Japan (today for "inside now").
LedgerFilter onDay(LedgerFilter filter, const QDate& day);

// How many entries of `filter` are open (read a page at a time).
Result<int> countOpen(const Session& session, const LedgerFilter& filter);

// Records that the person of an open entry left now (the session's clock, to the minute): a
// correction of the entry whose reason, 退室の記録, is part of its history, and which keeps a
// review it had (LedgerStore::revise). Refused for an entry that is not of an entry/exit log
// or already has a time out, saying so.
struct RecordedExit {
    RevisionId revision = 0;
    QDateTime timeOutUtc;
};
[[nodiscard]] Result<RecordedExit> recordExit(Session& session, EntryId id);

} // namespace entry_exit

} // namespace daicho
