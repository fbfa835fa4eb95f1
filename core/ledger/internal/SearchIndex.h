#pragma once

#include "common/Result.h"
#include "ledger/LedgerTypes.h"
#include "store/Database.h"

#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace daicho {

// The free-text index in ordinary tables (FTS3 is off limits: SQLite 3.15.2 inside Debian's
// SQLCipher has unpatched bugs there). One row per bigram and block of 4096 entry ids holds
// the ids as sorted little-endian 16-bit offsets: a bulk import writes one row per gram and
// block instead of one per gram and entry, and a query reads a few rows per gram.
class SearchIndex
{
public:
    static constexpr int kBlockBits = 12;

    // The index may lag behind the entries (an import commits its rows, then indexes them):
    // every entry up to this id has its grams, none above it has (ledger_grams_progress).
    static Result<EntryId> indexedThrough(const Database& db);

    // Inside the caller's transaction. A new entry gets its grams now when every entry before
    // it is indexed, and the mark moves to it; otherwise catchUp() indexes it with the rest.
    [[nodiscard]] static Status addNewEntry(Database& db, EntryId id, const QList<quint32>& grams);
    // A corrected entry: its grams change only if it is indexed already (catchUp() reads the
    // entry's text as it is then).
    [[nodiscard]] static Status changeEntry(Database& db, EntryId id, const QList<quint32>& gone,
                                            const QList<quint32>& added);
    // The same, from the entry's normalised search text before and after.
    [[nodiscard]] static Status changeEntryText(Database& db, EntryId id, const QString& before, const QString& after);

    // Indexes every entry above the mark, a batch of ids per transaction of its own, and moves
    // the mark with each; `progress(done, total)` after each batch, returning false stops
    // (what is indexed stays, the rest is done next time). Needs no open transaction.
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;
    [[nodiscard]] static Status catchUp(Database& db, const Progress& progress = {});

    // Takes the entries `gone` (ascending) out of the index (a disposal, inside its transaction):
    // one pass over the index, each row of a block that holds one of them rewritten without
    // them or deleted when none is left; the rows of other blocks are not decoded.
    [[nodiscard]] static Status removeEntries(Database& db, const std::vector<EntryId>& gone);

    // The ids (ascending) whose text holds every gram; callers check the text itself, as
    // bigrams can all occur without the whole query.
    static Result<std::vector<EntryId>> candidates(const Database& db, const QList<quint32>& grams);

    // Every (gram, entry id) the index holds, in the table's order: for the verifier, which
    // compares them with the grams of the entries' texts (SearchIndexCheck).
    [[nodiscard]] static Status forEachPair(const Database& db,
                                            const std::function<void(quint32 gram, EntryId id)>& visit);

    // For imports, where ids only grow: collects one block in memory and writes each of its
    // grams once (merging with what a block already holds).
    class BulkWriter
    {
    public:
        // `firstNewId`: the smallest id this writer will add; every id added is larger than
        // any already in the index.
        BulkWriter(Database& db, EntryId firstNewId)
            : m_db(db)
            , m_firstNewId(firstNewId)
        { }
        [[nodiscard]] Status add(EntryId id, const QList<quint32>& grams);
        [[nodiscard]] Status flush();

    private:
        Database& m_db;
        std::int64_t m_block = -1;
        EntryId m_firstNewId = 0;
        std::vector<quint64> m_pending; // (gram << 16) | offset, sorted at the flush
        std::optional<Statement> m_put;
    };
};

} // namespace daicho
