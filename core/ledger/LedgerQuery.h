#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/LedgerTypes.h"
#include "store/Database.h"

#include <QDate>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace daicho {

// What a ledger list shows: one form, narrowed by any of these.
struct LedgerFilter {
    QString formId;
    std::optional<QDate> from; // inclusive; a fiscal year sets both ends
    std::optional<QDate> to;
    std::optional<std::int64_t> departmentId; // the department and its sections
    std::optional<EntryId> registerId;
    std::optional<EntryState> state;
    QString text; // free text; kana, width, case and spacing are ignored (SearchText)
    // A condition on the values themselves, which no index holds (a visit with no time out
    // yet: 在室中). Pages, and so print and export, keep only the rows it accepts; count()
    // cannot apply it. Meant for filters already narrowed to a few rows (one day).
    std::function<bool(const FieldValues&)> keep;
};

enum class ListOrder { OldestFirst, NewestFirst };

// Where a page ends: the next page starts after it (keyset paging, never OFFSET).
struct PageKey {
    QString date;
    EntryId id = 0;
};

// One line of a list: the entry's present state and values.
struct LedgerRow {
    EntryId id = 0;
    std::int64_t number = 0; // its No. in its own ledger: what people see (the id stays internal)
    QDate date;
    EntryState state = EntryState::Recorded;
    int revisionCount = 1;
    std::optional<std::int64_t> departmentId;
    FieldValues values; // empty until decoded when the page was read with Decoding::OnDemand
    QByteArray data; // the stored values (OnDemand only)
    const FormDefinition* form = nullptr;

    PageKey key() const { return {date.toString(Qt::ISODate), id}; }
    // Decodes `data` into `values` once (OnDemand pages); false when the bytes are damaged.
    bool decode();
};

// Whether a page decodes every row's values at once, or leaves that to the rows a view
// actually shows (a page of 200 rows of which 30 are on screen).
enum class Decoding { Now, OnDemand };

// The matching keys of a free-text filter, kept by a list between its pages so that the
// search runs once per list, not once per page. One memo per filter and order.
struct SearchMemo {
    std::optional<std::vector<PageKey>> keys;
};

// Lists entries page by page in the order of (date, id), using the indexes of
// ledger_entries. A free-text filter first narrows by the bigram index, checks each candidate
// against its normalised text, and keeps the matching keys in memory (SearchMemo).
namespace LedgerQuery {

// Rows after `after` (none: from the start) in `order`, at most `limit`; fewer only at the
// end, also with `filter.keep` (pages are read on until `limit` rows are kept).
Result<QList<LedgerRow>> page(const Session& session, const LedgerFilter& filter, ListOrder order,
                              std::optional<PageKey> after, int limit, Decoding decoding = Decoding::Now,
                              SearchMemo* memo = nullptr);

// How many entries of `filter` satisfy `holds` on their values: a condition no index holds
// (a visit with no exit, a carry-out overdue), so every matching entry is read, a page at a time.
Result<int> countWhere(const Session& session, const LedgerFilter& filter,
                       const std::function<bool(const FieldValues&)>& holds);

// How many entries of `form` wait for a decision the person signed in may take (approval or
// review, 第7条3項: their department and its sections; the chief all): the navigator's count
// of what waits for them (#11 §6). Read through the state index, grouped by department.
Result<int> countAwaitingMyDecision(const Session& session, const FormDefinition& form);

// How many entries match, on the session's worker connection, after the same read check as page():
// `done` is called in the worker's thread, never for a count replaced by a newer one.
using CountDone = std::function<void(const Result<std::int64_t>&)>;
[[nodiscard]] Status countInBackground(Session& session, const LedgerFilter& filter, CountDone done);

} // namespace LedgerQuery

} // namespace daicho
