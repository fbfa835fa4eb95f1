#include "ledger/SearchIndex.h"

#include <QtEndian>

#include <algorithm>

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

Status writeBlock(const Database& db, quint32 gram, std::int64_t block, const std::vector<quint16>& offsets)
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

Status SearchIndex::add(const Database& db, EntryId id, const QList<quint32>& grams)
{
    const std::int64_t block = id >> kBlockBits;
    const auto offset = static_cast<quint16>(id & kOffsetMask);
    for (quint32 gram : grams) {
        auto offsets = readBlock(db, gram, block);
        if (!offsets)
            return offsets.error();
        auto at = std::lower_bound(offsets->begin(), offsets->end(), offset);
        if (at != offsets->end() && *at == offset)
            continue;
        offsets->insert(at, offset);
        DAICHO_TRY(writeBlock(db, gram, block, offsets.value()));
    }
    return {};
}

Status SearchIndex::remove(const Database& db, EntryId id, const QList<quint32>& grams)
{
    const std::int64_t block = id >> kBlockBits;
    const auto offset = static_cast<quint16>(id & kOffsetMask);
    for (quint32 gram : grams) {
        auto offsets = readBlock(db, gram, block);
        if (!offsets)
            return offsets.error();
        auto at = std::lower_bound(offsets->begin(), offsets->end(), offset);
        if (at == offsets->end() || *at != offset)
            continue;
        offsets->erase(at);
        DAICHO_TRY(writeBlock(db, gram, block, offsets.value()));
    }
    return {};
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
        while (true) {
            auto row = select->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const std::int64_t base = select->integer(0) << kBlockBits;
            for (quint16 offset : decodeOffsets(select->blob(1)))
                ids.push_back(base + offset);
        }
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

Status SearchIndex::BulkWriter::add(EntryId id, const QList<quint32>& grams)
{
    const std::int64_t block = id >> kBlockBits;
    if (block != m_block) {
        DAICHO_TRY(flush());
        m_block = block;
    }
    const auto offset = static_cast<quint16>(id & kOffsetMask);
    for (quint32 gram : grams)
        m_pending[gram].push_back(offset); // ids only grow: stays sorted
    return {};
}

Status SearchIndex::BulkWriter::flush()
{
    if (m_pending.empty())
        return {};
    // A block that starts at or after the first new id holds no older entry: nothing to merge.
    const bool fresh = (m_block << kBlockBits) >= m_firstNewId;
    for (auto& [gram, offsets] : m_pending) {
        if (fresh) {
            DAICHO_TRY(writeBlock(m_db, gram, m_block, offsets));
            continue;
        }
        auto existing = readBlock(m_db, gram, m_block);
        if (!existing)
            return existing.error();
        if (!existing->empty()) {
            existing->insert(existing->end(), offsets.begin(), offsets.end());
            std::sort(existing->begin(), existing->end());
            existing->erase(std::unique(existing->begin(), existing->end()), existing->end());
            offsets = std::move(existing.value());
        }
        DAICHO_TRY(writeBlock(m_db, gram, m_block, offsets));
    }
    m_pending.clear();
    return {};
}

} // namespace daicho
