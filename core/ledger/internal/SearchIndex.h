#pragma once

#include "common/Result.h"
#include "ledger/LedgerTypes.h"
#include "store/Database.h"

#include <QList>

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

    // Inside the caller's transaction.
    [[nodiscard]] static Status add(Database& db, EntryId id, const QList<quint32>& grams);
    [[nodiscard]] static Status remove(Database& db, EntryId id, const QList<quint32>& grams);

    // The ids (ascending) whose text holds every gram; callers check the text itself, as
    // bigrams can all occur without the whole query.
    static Result<std::vector<EntryId>> candidates(const Database& db, const QList<quint32>& grams);

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
