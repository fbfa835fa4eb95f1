#pragma once

// What disposal runs removed, by id only (第20条2項: never what the records said): each entry
// by its form, its revisions and decisions, and the digests of rows that an import's single
// audit entry covered together with rows that are kept — the verifier still checks those
// kept rows against the import's digest, which is over every row of the range in id order.
// Stored in disposal_runs.disposed, covered by the run's audit entry.
#include "common/Result.h"
#include "store/Database.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace daicho {

// Sorted, disjoint ranges of ids: a year's entries are mostly consecutive.
class IdRanges
{
public:
    struct Range {
        std::int64_t first = 0;
        std::int64_t last = 0;
    };
    // Ids must come in ascending order.
    void append(std::int64_t id);
    void appendRange(std::int64_t first, std::int64_t last);
    void merge(const IdRanges& other);
    bool contains(std::int64_t id) const;
    std::int64_t countBelow(std::int64_t id) const; // how many ids < id
    std::int64_t count() const;
    std::int64_t highest() const; // 0 when empty
    bool empty() const { return m_ranges.empty(); }
    const std::vector<Range>& ranges() const { return m_ranges; }

private:
    std::vector<Range> m_ranges;
};

struct DisposedRows {
    std::map<QString, IdRanges> entriesByForm;
    IdRanges revisions;
    IdRanges approvals;
    // (table, id) → the row's digest, for rows of an import range partly kept.
    std::map<std::pair<QString, std::int64_t>, QByteArray> rangeDigests;
    // The requests from individuals removed whole (様式8–14), by the fiscal year they were
    // received in — each keeps its 受付番号 of that year, which counts the removed ones — and
    // every event of theirs.
    std::map<int, IdRanges> casesByYear;
    IdRanges caseEvents;

    bool containsEntry(std::int64_t id) const;
    bool containsCase(std::int64_t id) const;
    std::int64_t highestCase() const;
    // How many cases of `fiscalYear` below `id` the runs removed: the later ones keep their numbers.
    std::int64_t casesBelow(int fiscalYear, std::int64_t id) const;
    std::int64_t entryCount() const;
    void merge(const DisposedRows& other);
};

QByteArray encodeDisposedRows(const DisposedRows& rows);
Result<DisposedRows> decodeDisposedRows(const QByteArray& bytes);

// Everything the runs done so far removed (disposal_runs with state 'done'); `Cases`: only the
// requests removed (the ledgers' part left empty, read past without decoding it).
enum class DisposedPart { All, Cases };
Result<DisposedRows> loadDisposedRows(const Database& db, DisposedPart part = DisposedPart::All);
// How many entries of `formId` runs removed: the numbers they had are never given again.
Result<std::int64_t> disposedEntryCount(const Database& db, const QString& formId);

} // namespace daicho
