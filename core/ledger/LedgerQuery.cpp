#include "ledger/LedgerQuery.h"

#include "auth/internal/SessionInternals.h"
#include "common/IsoText.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/SearchText.h"
#include "ledger/internal/LedgerQueryRows.h"
#include "ledger/internal/SearchIndex.h"
#include "ledger/internal/SearchNames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace daicho {

namespace {

const QString kRowColumns =
    QStringLiteral("e.id, e.entry_date, e.state, e.revision_count, e.department_id, r.data, e.number FROM "
                   "ledger_entries e JOIN ledger_revisions r ON r.id = e.revision_id");

// The WHERE clause of a filter (without the text) and its bound values, in order.
struct Conditions {
    QStringList clauses;
    QList<QVariant> values;

    void add(const QString& clause, const QVariant& value)
    {
        clauses << clause;
        values << value;
    }
    QString sql() const { return clauses.join(QStringLiteral(" AND ")); }
    int bind(Statement& stmt, int first = 1) const
    {
        int index = first;
        for (const QVariant& v : values) {
            if (v.typeId() == QMetaType::QString)
                stmt.bind(index++, v.toString());
            else
                stmt.bind(index++, static_cast<std::int64_t>(v.toLongLong()));
        }
        return index;
    }
};

// `byIdAlready`: the rows are picked by id (search candidates), so no index may be used for
// the other terms — SQLite 3.15 would otherwise walk the form's whole date index.
Result<Conditions> conditionsFor(const Database& db, const LedgerFilter& filter, bool byIdAlready = false)
{
    Conditions c;
    c.add(byIdAlready ? QStringLiteral("+e.form = ?") : QStringLiteral("e.form = ?"), filter.formId);
    if (filter.from)
        c.add(QStringLiteral("e.entry_date >= ?"), filter.from->toString(Qt::ISODate));
    if (filter.to)
        c.add(QStringLiteral("e.entry_date <= ?"), filter.to->toString(Qt::ISODate));
    if (filter.departmentId) {
        auto ids = LedgerQuery::departmentAndSections(db, *filter.departmentId);
        if (!ids)
            return ids.error();
        QStringList marks;
        for (std::int64_t id : ids.value()) {
            marks << QStringLiteral("?");
            c.values << QVariant::fromValue<qint64>(id);
        }
        c.clauses << QStringLiteral("e.department_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.registerId)
        c.add(QStringLiteral("e.register_id = ?"), QVariant::fromValue<qint64>(*filter.registerId));
    if (filter.state)
        c.add(QStringLiteral("e.state = ?"), entryStateKey(*filter.state));
    return c;
}

Result<LedgerRow> readRow(const Statement& stmt, const FormDefinition& form, Decoding decoding)
{
    LedgerRow row;
    row.id = stmt.integer(0);
    row.date = dateFromIso(stmt.text(1));
    row.state = entryStateFromKey(stmt.text(2)).value_or(EntryState::Recorded);
    row.revisionCount = static_cast<int>(stmt.integer(3));
    if (!stmt.isNull(4))
        row.departmentId = stmt.integer(4);
    row.number = stmt.integer(6);
    row.form = &form;
    if (decoding == Decoding::OnDemand) {
        row.data = stmt.blob(5);
        return row;
    }
    auto values = decodeEntryValues(form, stmt.blob(5));
    if (!values)
        return values.error();
    row.values = std::move(values.value());
    return row;
}

// Resets a cached statement when the page is read, even after an error, so that it never
// holds a read transaction open (key rotation must detach a database).
struct ResetOnExit {
    Statement* stmt;
    ~ResetOnExit() { stmt->reset(); }
};

Result<const FormDefinition*> formFor(const LedgerFilter& filter)
{
    const FormDefinition* form = FormRegistry::find(filter.formId);
    if (!form)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::LedgerQuery", "There is no form called %1.").arg(filter.formId));
    return form;
}

} // namespace

bool LedgerRow::decode()
{
    if (data.isEmpty() || !form)
        return true;
    auto decoded = decodeEntryValues(*form, data);
    if (!decoded)
        return false;
    values = std::move(decoded.value());
    data.clear();
    return true;
}

Result<QList<std::int64_t>> LedgerQuery::departmentAndSections(const Database& db, std::int64_t departmentId)
{
    auto children = db.prepare(QStringLiteral("SELECT id FROM departments WHERE parent_id = ? ORDER BY id"));
    if (!children)
        return children.error();
    QList<std::int64_t> all{departmentId};
    // Breadth-first over a shallow tree; the bound guards against a cycle.
    for (qsizetype i = 0; i < all.size() && all.size() < 1000; ++i) {
        children->reset();
        children->bind(1, all[i]);
        DAICHO_TRY(children->forEach([&](Statement& child) {
            if (!all.contains(child.integer(0)))
                all << child.integer(0);
        }));
    }
    return all;
}

Result<QList<LedgerRow>> LedgerQuery::page(const Session& session, const LedgerFilter& filter, ListOrder order,
                                           std::optional<PageKey> after, int limit, Decoding decoding, SearchMemo* memo)
{
    if (filter.keep) {
        // Pages of the indexed filter, decoded and kept by the condition, until enough.
        LedgerFilter indexed = filter;
        indexed.keep = nullptr;
        QList<LedgerRow> kept;
        while (kept.size() < limit) {
            auto read = page(session, indexed, order, after, limit, Decoding::Now, memo);
            if (!read)
                return read.error();
            for (LedgerRow& row : read.value())
                if (kept.size() < limit && filter.keep(row.values))
                    kept << std::move(row);
            if (read->size() < limit)
                break;
            after = read->last().key();
        }
        return kept;
    }
    auto form = formFor(filter);
    if (!form)
        return form.error();
    DAICHO_TRY(LedgerAccess::requireRead(session, *form.value()));
    const Database& db = session.db();

    if (!normaliseForSearch(filter.text).isEmpty()) {
        // Search results: all matching keys (found once per list when the caller keeps a
        // memo), then the rows of one slice of them.
        std::vector<PageKey> found;
        if (!memo || !memo->keys) {
            auto keys = searchKeys(db, filter);
            if (!keys)
                return keys.error();
            found = std::move(keys.value());
            if (order == ListOrder::NewestFirst)
                std::reverse(found.begin(), found.end());
            if (memo)
                memo->keys = std::move(found);
        }
        const std::vector<PageKey>& k = memo ? *memo->keys : found;
        auto start = k.begin();
        if (after) {
            const auto before = [order](const PageKey& a, const PageKey& b) {
                const bool less = a.date < b.date || (a.date == b.date && a.id < b.id);
                return order == ListOrder::OldestFirst ? less : (b.date < a.date || (a.date == b.date && b.id < a.id));
            };
            start = std::upper_bound(k.begin(), k.end(), *after, before);
        }
        std::vector<EntryId> ids;
        for (auto it = start; it != k.end() && static_cast<int>(ids.size()) < limit; ++it)
            ids.push_back(it->id);
        return rows(db, *form.value(), ids, decoding);
    }

    auto conditions = conditionsFor(db, filter);
    if (!conditions)
        return conditions.error();
    Conditions& c = conditions.value();
    const bool ascending = order == ListOrder::OldestFirst;
    if (after) {
        // (date, id) after the key, written so that the index range on entry_date is used.
        c.clauses << (ascending ? QStringLiteral("e.entry_date >= ? AND NOT (e.entry_date = ? AND e.id <= ?)")
                                : QStringLiteral("e.entry_date <= ? AND NOT (e.entry_date = ? AND e.id >= ?)"));
        c.values << after->date << after->date << QVariant::fromValue<qint64>(after->id);
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    auto select = db.cached(QStringLiteral("SELECT %1 WHERE %2 ORDER BY e.entry_date %3, e.id %3 LIMIT ?")
                                .arg(kRowColumns, c.sql(), direction));
    if (!select)
        return select.error();
    Statement& stmt = *select.value();
    const ResetOnExit reset{&stmt};
    const int next = c.bind(stmt);
    stmt.bind(next, limit);
    QList<LedgerRow> list;
    list.reserve(limit);
    const Status read = stmt.forEach([&](Statement& found) -> Status {
        auto row = readRow(found, *form.value(), decoding);
        if (!row)
            return row.error();
        list << std::move(row.value());
        return {};
    });
    if (!read.ok())
        return read.error();
    return list;
}

namespace {

// Adds to `keys` those of the entries of `filter` whose search text holds `needle` (normalised
// text, or a reference token), through the gram index.
Status collectHolding(const Database& db, const LedgerFilter& filter, const QString& needle, std::vector<PageKey>& keys)
{
    const QList<quint32> grams = queryGrams(needle);
    auto conditions = conditionsFor(db, filter, !grams.isEmpty());
    if (!conditions)
        return conditions.error();
    Conditions& c = conditions.value();
    c.clauses << QStringLiteral("instr(e.search_text, ?) > 0");
    c.values << needle;
    // The keys of the entries that meet `restriction` (SQL on e, or nothing) and the filter.
    auto collectWhere = [&](const QString& restriction) -> Status {
        auto select =
            db.prepare(QStringLiteral("SELECT e.entry_date, e.id FROM ledger_entries e WHERE %1%2")
                           .arg(restriction.isEmpty() ? QString() : restriction + QStringLiteral(" AND "), c.sql()));
        if (!select)
            return select.error();
        c.bind(select.value());
        return select->forEach([&](Statement& row) { keys.push_back({row.text(0), row.integer(1)}); });
    };
    if (grams.isEmpty())
        // One character: the index cannot answer, so every entry of the form is read.
        return collectWhere({});
    auto candidates = SearchIndex::candidates(db, grams);
    if (!candidates)
        return candidates.error();
    // Entries an import wrote whose grams are not written yet: their text is read (a range of
    // the primary key, so only they are), and a search never misses one.
    auto mark = SearchIndex::indexedThrough(db);
    if (!mark)
        return mark.error();
    DAICHO_TRY(collectWhere(QStringLiteral("e.id > %1").arg(*mark)));
    std::erase_if(candidates.value(), [&](EntryId id) { return id > *mark; });
    // Candidates are checked in batches against the text and the other conditions.
    constexpr size_t kBatch = 400;
    for (size_t start = 0; start < candidates->size(); start += kBatch) {
        const size_t end = std::min(candidates->size(), start + kBatch);
        QStringList ids;
        for (size_t i = start; i < end; ++i)
            ids << QString::number(candidates.value()[i]);
        DAICHO_TRY(collectWhere(QStringLiteral("e.id IN (%1)").arg(ids.join(QLatin1Char(',')))));
    }
    return {};
}

// Adds the entries of `filter` whose search text holds any of `tokens`, reading each text once.
// For a query that many names hold (「課」, a common family name, a word in every register
// entry's name): through the index, each token would read the lists of the grams that every
// token of its kind shares (U+001E and the kind's letter are in nearly every entry), so the
// search would grow with the names times the entries — and a head who registers many entries
// would slow every search of the logs. One pass costs what a one-character query does.
Status collectHoldingAny(const Database& db, const LedgerFilter& filter, const QStringList& tokens,
                         std::vector<PageKey>& keys)
{
    const QSet<QString> wanted(tokens.cbegin(), tokens.cend());
    auto conditions = conditionsFor(db, filter);
    if (!conditions)
        return conditions.error();
    auto select = db.prepare(QStringLiteral("SELECT e.entry_date, e.id, e.search_text FROM ledger_entries e WHERE %1")
                                 .arg(conditions->sql()));
    if (!select)
        return select.error();
    conditions->bind(select.value());
    const QChar mark(0x1E); // a token is U+001E, its kind and letters, U+001E (SearchNames)
    return select->forEach([&](Statement& row) {
        const QString text = row.text(2);
        for (qsizetype start = text.indexOf(mark); start >= 0;) {
            const qsizetype end = text.indexOf(mark, start + 1);
            if (end < 0)
                return;
            if (wanted.contains(text.mid(start, end - start + 1))) {
                keys.push_back({row.text(0), row.integer(1)});
                return;
            }
            start = text.indexOf(mark, end + 1);
        }
    });
}

// Up to this many names a query holds, each token is looked up through the index.
constexpr qsizetype kTokensThroughIndex = 8;

// The No. a query asks for: 「51」, 「No.51」, 「no51」 (normalised: the dot is gone).
std::optional<std::int64_t> numberAskedFor(const QString& normalisedQuery)
{
    static const QRegularExpression number(QStringLiteral("^(?:no)?([0-9]{1,12})$"));
    const auto match = number.match(normalisedQuery);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

} // namespace

Result<std::vector<PageKey>> LedgerQuery::searchKeys(const Database& db, const LedgerFilter& filter)
{
    auto form = formFor(filter);
    if (!form)
        return form.error();
    const QString query = normaliseForSearch(filter.text);
    std::vector<PageKey> keys;
    // What is typed in the entries (and the names of choices, numbers as written) …
    DAICHO_TRY(collectHolding(db, filter, query, keys));
    // … the departments, people and register entries whose name holds the query …
    auto tokens = SearchNames::tokensMatching(db, *form.value(), query);
    if (!tokens)
        return tokens.error();
    if (tokens->size() > kTokensThroughIndex)
        DAICHO_TRY(collectHoldingAny(db, filter, tokens.value(), keys));
    else
        for (const QString& token : tokens.value())
            DAICHO_TRY(collectHolding(db, filter, token, keys));
    // … and the entry whose No. it is (the number column beside them on screen).
    if (const auto number = numberAskedFor(query)) {
        auto conditions = conditionsFor(db, filter);
        if (!conditions)
            return conditions.error();
        conditions->add(QStringLiteral("e.number = ?"), QVariant::fromValue<qint64>(*number));
        auto select = db.prepare(
            QStringLiteral("SELECT e.entry_date, e.id FROM ledger_entries e WHERE %1").arg(conditions->sql()));
        if (!select)
            return select.error();
        conditions->bind(select.value());
        DAICHO_TRY(select->forEach([&](Statement& row) { keys.push_back({row.text(0), row.integer(1)}); }));
    }
    std::sort(keys.begin(), keys.end(),
              [](const PageKey& a, const PageKey& b) { return a.date < b.date || (a.date == b.date && a.id < b.id); });
    keys.erase(std::unique(keys.begin(), keys.end(), [](const PageKey& a, const PageKey& b) { return a.id == b.id; }),
               keys.end());
    return keys;
}

Result<QList<LedgerRow>> LedgerQuery::rows(const Database& db, const FormDefinition& form,
                                           const std::vector<EntryId>& ids, Decoding decoding)
{
    QList<LedgerRow> list;
    if (ids.empty())
        return list;
    QStringList marks;
    for (EntryId id : ids)
        marks << QString::number(id);
    auto select =
        db.prepare(QStringLiteral("SELECT %1 WHERE e.id IN (%2)").arg(kRowColumns, marks.join(QLatin1Char(','))));
    if (!select)
        return select.error();
    std::map<EntryId, LedgerRow> byId;
    const Status read = select->forEach([&](Statement& found) -> Status {
        auto row = readRow(found, form, decoding);
        if (!row)
            return row.error();
        byId.emplace(row->id, std::move(row.value()));
        return {};
    });
    if (!read.ok())
        return read.error();
    for (EntryId id : ids)
        if (auto it = byId.find(id); it != byId.end())
            list << std::move(it->second);
    return list;
}

Status LedgerQuery::countInBackground(Session& session, const LedgerFilter& filter, CountDone done)
{
    auto form = formFor(filter);
    if (!form)
        return form.error();
    DAICHO_TRY(LedgerAccess::requireRead(session, *form.value()));
    SessionInternals::worker(session).post([filter, done](const Database& db) { done(count(db, filter)); },
                                           [done](const Error& error) { done(Result<std::int64_t>(error)); });
    return {};
}

Result<std::int64_t> LedgerQuery::count(const Database& db, const LedgerFilter& filter)
{
    if (!normaliseForSearch(filter.text).isEmpty()) {
        auto keys = searchKeys(db, filter);
        if (!keys)
            return keys.error();
        return static_cast<std::int64_t>(keys->size());
    }
    auto conditions = conditionsFor(db, filter);
    if (!conditions)
        return conditions.error();
    auto select = db.prepare(QStringLiteral("SELECT count(*) FROM ledger_entries e WHERE %1").arg(conditions->sql()));
    if (!select)
        return select.error();
    conditions->bind(select.value());
    DAICHO_TRY(select->step());
    return select->integer(0);
}

Result<int> LedgerQuery::countAwaitingMyDecision(const Session& session, const FormDefinition& form)
{
    if (!LedgerAccess::requireDecide(session, form, std::nullopt).ok())
        return 0;
    auto groups = session.db().prepare(
        QStringLiteral("SELECT department_id, count(*) FROM ledger_entries WHERE form = ? AND state IN (?, ?) GROUP BY "
                       "department_id"),
        form.id, entryStateKey(EntryState::AwaitingApproval), entryStateKey(EntryState::AwaitingReview));
    if (!groups)
        return groups.error();
    int waiting = 0;
    DAICHO_TRY(groups->forEach([&](const Statement& row) {
        const std::optional<std::int64_t> department =
            row.isNull(0) ? std::nullopt : std::optional<std::int64_t>(row.integer(0));
        if (LedgerAccess::requireDecide(session, form, department).ok())
            waiting += static_cast<int>(row.integer(1));
    }));
    return waiting;
}

Result<int> LedgerQuery::countWhere(const Session& session, const LedgerFilter& filter,
                                    const std::function<bool(const FieldValues&)>& holds)
{
    constexpr int kPage = 500;
    int count = 0;
    std::optional<PageKey> after;
    while (true) {
        auto rows = page(session, filter, ListOrder::OldestFirst, after, kPage, Decoding::OnDemand);
        if (!rows)
            return rows.error();
        // A row that cannot be decoded counts: the list shows its error.
        for (LedgerRow& row : rows.value())
            if (!row.decode() || holds(row.values))
                ++count;
        if (rows->size() < kPage)
            return count;
        after = rows->last().key();
    }
}

} // namespace daicho
