#include "ledger/internal/SearchIndex.h"

#include "ledger/SearchText.h"

#include <QtEndian>

#include <algorithm>
#include <bitset>
#include <map>

namespace daicho {

namespace {

constexpr std::int64_t kOffsetMask = (std::int64_t{1} << SearchIndex::kBlockBits) - 1;

std::vector<quint16> decodeOffsets(const QByteArray& blob)
{
    std::vector<quint16> offsets(static_cast<size_t>(blob.size() / 2));
    for (size_t i = 0; i < offsets.size(); ++i)
        offsets[i] = qFromLittleEndian<quint16>(blob.constData() + 2 * i);
    return offsets;
}

QByteArray encodeOffsets(const std::vector<quint16>& offsets)
{
    QByteArray blob(static_cast<qsizetype>(offsets.size() * 2), Qt::Uninitialized);
    for (size_t i = 0; i < offsets.size(); ++i)
        qToLittleEndian<quint16>(offsets[i], blob.data() + 2 * i);
    return blob;
}

Result<std::vector<quint16>> readBlock(const Database& db, quint32 gram, std::int64_t block)
{
    auto select = db.prepare(QStringLiteral("SELECT ids FROM ledger_grams WHERE gram = ? AND block = ?"));
    if (!select)
        return select.error();
    select->bind(1, static_cast<std::int64_t>(gram)).bind(2, block);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::vector<quint16>{};
    return decodeOffsets(select->blob(0));
}

Status writeBlock(Database& db, quint32 gram, std::int64_t block, const std::vector<quint16>& offsets)
{
    if (offsets.empty()) {
        auto del = db.prepare(QStringLiteral("DELETE FROM ledger_grams WHERE gram = ? AND block = ?"));
        if (!del)
            return del.error();
        del->bind(1, static_cast<std::int64_t>(gram)).bind(2, block);
        return del->run();
    }
    auto put = db.prepare(QStringLiteral("INSERT OR REPLACE INTO ledger_grams (gram, block, ids) VALUES (?, ?, ?)"));
    if (!put)
        return put.error();
    put->bind(1, static_cast<std::int64_t>(gram)).bind(2, block).bind(3, encodeOffsets(offsets));
    return put->run();
}

} // namespace

namespace {

// Puts the id into (or takes it out of) the block of each gram.
Status changeBlocks(Database& db, EntryId id, const QList<quint32>& grams, bool present)
{
    const std::int64_t block = id >> SearchIndex::kBlockBits;
    const auto offset = static_cast<quint16>(id & kOffsetMask);
    for (quint32 gram : grams) {
        auto offsets = readBlock(db, gram, block);
        if (!offsets)
            return offsets.error();
        auto at = std::lower_bound(offsets->begin(), offsets->end(), offset);
        const bool there = at != offsets->end() && *at == offset;
        if (there == present)
            continue;
        if (present)
            offsets->insert(at, offset);
        else
            offsets->erase(at);
        DAICHO_TRY(writeBlock(db, gram, block, offsets.value()));
    }
    return {};
}

} // namespace

namespace {

// Entries indexed per transaction of catchUp(): four blocks, so that a million-row import
// is indexed in about sixty commits and each stays short for whoever waits to write.
constexpr std::int64_t kCatchUpBatch = std::int64_t{4} << SearchIndex::kBlockBits;

Status moveMark(Database& db, EntryId through)
{
    // INSERT OR REPLACE: a row deleted with SQL comes back, instead of the mark never moving
    // and catchUp() indexing the same batch for ever.
    return db.run(QStringLiteral("INSERT OR REPLACE INTO ledger_grams_progress (id, indexed_through) VALUES (1, ?)"),
                  through);
}

// A mark no honest run leaves — beyond the last entry or below zero — was written with SQL
// (to hide later imports from search, say): the index is then built again from nothing.
Status distrustAlteredMark(Database& db)
{
    auto mark = SearchIndex::indexedThrough(db);
    if (!mark)
        return mark.error();
    auto last = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM ledger_entries"));
    if (!last)
        return last.error();
    if (*mark >= 0 && *mark <= last->toLongLong())
        return {};
    return Transaction::run(db, [&]() -> Status {
        DAICHO_TRY(db.exec(QStringLiteral("DELETE FROM ledger_grams")));
        return moveMark(db, 0);
    });
}

// One batch of catchUp(), inside its own transaction: the entries above the mark in id
// order, their grams written block by block, and the mark moved past them. Returns how many
// it indexed (0: none was left).
Result<std::int64_t> indexNextBatch(Database& db)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // Read inside the write transaction: no other writer can move the mark meanwhile.
    auto mark = SearchIndex::indexedThrough(db);
    if (!mark)
        return mark.error();
    auto select =
        db.prepare(QStringLiteral("SELECT id, search_text FROM ledger_entries WHERE id > ? ORDER BY id LIMIT ?"), *mark,
                   kCatchUpBatch);
    if (!select)
        return select.error();
    SearchIndex::BulkWriter writer(db, *mark + 1);
    std::int64_t count = 0;
    EntryId last = *mark;
    DAICHO_TRY(select->forEach([&](const Statement& row) -> Status {
        last = row.integer(0);
        ++count;
        return writer.add(last, searchGrams(row.text(1)));
    }));
    if (count == 0)
        return std::int64_t{0};
    if (last <= *mark)
        return makeError(ErrorCode::Corrupt, QStringLiteral("the search index's mark did not move"));
    DAICHO_TRY(writer.flush());
    DAICHO_TRY(moveMark(db, last));
    DAICHO_TRY(tx.value()->commit());
    return count;
}

} // namespace

Result<EntryId> SearchIndex::indexedThrough(const Database& db)
{
    auto row = db.firstRow(QStringLiteral("SELECT indexed_through FROM ledger_grams_progress WHERE id = 1"));
    if (!row)
        return row.error();
    // The row is made by the schema; without it nothing counts as indexed, and every search
    // reads the text (slow, never wrong).
    return row->has_value() ? row->value().integer(0) : EntryId{0};
}

Status SearchIndex::addNewEntry(Database& db, EntryId id, const QList<quint32>& grams)
{
    auto mark = indexedThrough(db);
    if (!mark)
        return mark.error();
    auto unindexedBefore = db.hasRow(QStringLiteral("SELECT 1 FROM ledger_entries WHERE id > ? AND id < ?"), *mark, id);
    if (!unindexedBefore)
        return unindexedBefore.error();
    if (unindexedBefore.value())
        return {}; // catchUp() indexes it after those before it
    if (*mark >= id) // a mark moved with SQL: index the entry, never move the mark down over others
        return changeBlocks(db, id, grams, true);
    DAICHO_TRY(changeBlocks(db, id, grams, true));
    return moveMark(db, id);
}

Status SearchIndex::changeEntry(Database& db, EntryId id, const QList<quint32>& gone, const QList<quint32>& added)
{
    auto mark = indexedThrough(db);
    if (!mark)
        return mark.error();
    if (id > *mark)
        return {}; // not indexed yet: catchUp() reads its text as it is then
    DAICHO_TRY(changeBlocks(db, id, gone, false));
    return changeBlocks(db, id, added, true);
}

Status SearchIndex::changeEntryText(Database& db, EntryId id, const QString& before, const QString& after)
{
    const QList<quint32> was = searchGrams(before);
    const QList<quint32> is = searchGrams(after);
    QList<quint32> gone;
    QList<quint32> added;
    for (quint32 g : was)
        if (!is.contains(g))
            gone << g;
    for (quint32 g : is)
        if (!was.contains(g))
            added << g;
    return changeEntry(db, id, gone, added);
}

Status SearchIndex::catchUp(Database& db, const Progress& progress)
{
    DAICHO_TRY(distrustAlteredMark(db));
    auto mark = indexedThrough(db);
    if (!mark)
        return mark.error();
    auto pending = db.scalar(QStringLiteral("SELECT count(*) FROM ledger_entries WHERE id > %1").arg(*mark));
    if (!pending)
        return pending.error();
    std::int64_t total = pending->toLongLong();
    for (std::int64_t done = 0;;) {
        auto indexed = indexNextBatch(db);
        if (!indexed)
            return indexed.error();
        if (indexed.value() == 0)
            return {};
        done += indexed.value();
        total = std::max(total, done); // entries saved meanwhile are indexed too
        if (progress && !progress(done, total))
            return {};
    }
}

Result<std::vector<EntryId>> SearchIndex::candidates(const Database& db, const QList<quint32>& grams)
{
    std::vector<EntryId> result;
    if (grams.isEmpty())
        return result;
    auto select = db.prepare(QStringLiteral("SELECT block, ids FROM ledger_grams WHERE gram = ? ORDER BY block"));
    if (!select)
        return select.error();
    bool first = true;
    for (quint32 gram : grams) {
        select->reset();
        select->bind(1, static_cast<std::int64_t>(gram));
        std::vector<EntryId> ids;
        DAICHO_TRY(select->forEach([&](Statement&) {
            const std::int64_t base = select->integer(0) << kBlockBits;
            for (quint16 offset : decodeOffsets(select->blob(1)))
                ids.push_back(base + offset);
        }));
        if (first) {
            result = std::move(ids);
            first = false;
        } else {
            std::vector<EntryId> both;
            std::set_intersection(result.begin(), result.end(), ids.begin(), ids.end(), std::back_inserter(both));
            result = std::move(both);
        }
        if (result.empty())
            break;
    }
    return result;
}

Status SearchIndex::forEachPair(const Database& db, const std::function<void(quint32 gram, EntryId id)>& visit)
{
    auto select = db.prepare(QStringLiteral("SELECT gram, block, ids FROM ledger_grams"));
    if (!select)
        return select.error();
    return select->forEach([&](Statement& row) {
        const auto gram = static_cast<quint32>(row.integer(0));
        const std::int64_t base = row.integer(1) << kBlockBits;
        const QByteArray blob = row.blob(2);
        for (qsizetype at = 0; at + 1 < blob.size(); at += 2)
            visit(gram, base + qFromLittleEndian<quint16>(blob.constData() + at));
    });
}

Status SearchIndex::BulkWriter::add(EntryId id, const QList<quint32>& grams)
{
    const std::int64_t block = id >> kBlockBits;
    if (block != m_block) {
        DAICHO_TRY(flush());
        m_block = block;
    }
    const auto offset = static_cast<quint64>(id & kOffsetMask);
    for (quint32 gram : grams)
        m_pending.push_back((static_cast<quint64>(gram) << 16) | offset);
    return {};
}

Status SearchIndex::BulkWriter::flush()
{
    if (m_pending.empty())
        return {};
    if (!m_put) {
        auto put =
            m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO ledger_grams (gram, block, ids) VALUES (?, ?, ?)"));
        if (!put)
            return put.error();
        m_put.emplace(std::move(put.value()));
    }
    // Sorting (gram, offset) pairs groups each gram's offsets, already in order.
    std::sort(m_pending.begin(), m_pending.end());
    // A block that starts at or after the first new id holds no older entry: nothing to merge.
    const bool fresh = (m_block << kBlockBits) >= m_firstNewId;
    std::vector<quint16> offsets;
    for (size_t i = 0; i < m_pending.size();) {
        const auto gram = static_cast<quint32>(m_pending[i] >> 16);
        offsets.clear();
        for (; i < m_pending.size() && static_cast<quint32>(m_pending[i] >> 16) == gram; ++i)
            offsets.push_back(static_cast<quint16>(m_pending[i] & 0xFFFF));
        if (!fresh) {
            auto existing = readBlock(m_db, gram, m_block);
            if (!existing)
                return existing.error();
            offsets.insert(offsets.end(), existing->begin(), existing->end());
            std::sort(offsets.begin(), offsets.end());
            offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
        }
        m_put->reset();
        m_put->bind(1, static_cast<std::int64_t>(gram)).bind(2, m_block).bind(3, encodeOffsets(offsets));
        DAICHO_TRY(m_put->run());
    }
    m_pending.clear();
    return {};
}

Status SearchIndex::removeEntries(Database& db, const std::vector<EntryId>& gone)
{
    struct Change {
        std::int64_t gram;
        std::int64_t block;
        QByteArray ids; // empty: delete the row
    };
    std::vector<Change> changes;
    {
        auto rows = db.prepare(QStringLiteral("SELECT gram, block, ids FROM ledger_grams"));
        if (!rows)
            return rows.error();
        // Which offsets of a block go, a bit each, made when the block is first met: the rows come
        // in the order of their grams, so a block's rows are spread over the whole pass.
        struct Going {
            bool any = false;
            std::bitset<(1 << kBlockBits)> offsets;
        };
        std::map<std::int64_t, Going> goingIn;
        DAICHO_TRY(rows->forEach([&](const Statement& row) {
            const std::int64_t block = row.integer(1);
            auto found = goingIn.find(block);
            if (found == goingIn.end()) {
                Going g;
                const EntryId base = block << kBlockBits;
                for (auto at = std::lower_bound(gone.cbegin(), gone.cend(), base);
                     at != gone.cend() && *at < base + (EntryId{1} << kBlockBits); ++at) {
                    g.offsets.set(static_cast<size_t>(*at - base));
                    g.any = true;
                }
                found = goingIn.emplace(block, g).first;
            }
            if (!found->second.any)
                return true; // none of this block's entries goes: the row stays as it is
            const std::vector<quint16> offsets = decodeOffsets(row.blob(2));
            std::vector<quint16> kept;
            kept.reserve(offsets.size());
            for (quint16 offset : offsets)
                if (offset >= found->second.offsets.size() || !found->second.offsets.test(offset))
                    kept.push_back(offset);
            if (kept.size() != offsets.size())
                changes.push_back({row.integer(0), block, kept.empty() ? QByteArray() : encodeOffsets(kept)});
            return true;
        }));
    }
    auto put = db.prepare(QStringLiteral("UPDATE ledger_grams SET ids = ? WHERE gram = ? AND block = ?"));
    auto del = db.prepare(QStringLiteral("DELETE FROM ledger_grams WHERE gram = ? AND block = ?"));
    if (!put)
        return put.error();
    if (!del)
        return del.error();
    for (const Change& c : changes) {
        Statement& s = c.ids.isEmpty() ? del.value() : put.value();
        s.rewind();
        if (c.ids.isEmpty())
            s.bind(1, c.gram).bind(2, c.block);
        else
            s.bind(1, c.ids).bind(2, c.gram).bind(3, c.block);
        DAICHO_TRY(s.run());
    }
    return {};
}

} // namespace daicho
