#include "retention/internal/DisposedRows.h"

#include "common/ByteCodec.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace daicho {

void IdRanges::append(std::int64_t id)
{
    appendRange(id, id);
}

void IdRanges::appendRange(std::int64_t first, std::int64_t last)
{
    if (!m_ranges.empty() && m_ranges.back().last + 1 >= first) {
        m_ranges.back().last = std::max(m_ranges.back().last, last);
        return;
    }
    m_ranges.push_back({first, last});
}

void IdRanges::merge(const IdRanges& other)
{
    std::vector<Range> all = m_ranges;
    all.insert(all.end(), other.m_ranges.begin(), other.m_ranges.end());
    std::sort(all.begin(), all.end(), [](const Range& a, const Range& b) { return a.first < b.first; });
    m_ranges.clear();
    for (const Range& r : all)
        appendRange(r.first, r.last);
}

bool IdRanges::contains(std::int64_t id) const
{
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), id,
                               [](std::int64_t v, const Range& r) { return v < r.first; });
    return it != m_ranges.begin() && std::prev(it)->last >= id;
}

std::int64_t IdRanges::countBelow(std::int64_t id) const
{
    std::int64_t n = 0;
    for (const Range& r : m_ranges) {
        if (r.first >= id)
            break;
        n += std::min(r.last, id - 1) - r.first + 1;
    }
    return n;
}

std::int64_t IdRanges::count() const
{
    std::int64_t n = 0;
    for (const Range& r : m_ranges)
        n += r.last - r.first + 1;
    return n;
}

std::int64_t IdRanges::highest() const
{
    return m_ranges.empty() ? 0 : m_ranges.back().last;
}

bool DisposedRows::containsEntry(std::int64_t id) const
{
    for (const auto& [form, ids] : entriesByForm)
        if (ids.contains(id))
            return true;
    return false;
}

std::int64_t DisposedRows::entryCount() const
{
    std::int64_t n = 0;
    for (const auto& [form, ids] : entriesByForm)
        n += ids.count();
    return n;
}

bool DisposedRows::containsCase(std::int64_t id) const
{
    for (const auto& [year, ids] : casesByYear)
        if (ids.contains(id))
            return true;
    return false;
}

std::int64_t DisposedRows::highestCase() const
{
    std::int64_t highest = 0;
    for (const auto& [year, ids] : casesByYear)
        highest = std::max(highest, ids.highest());
    return highest;
}

std::int64_t DisposedRows::casesBelow(int fiscalYear, std::int64_t id) const
{
    const auto ids = casesByYear.find(fiscalYear);
    return ids == casesByYear.end() ? 0 : ids->second.countBelow(id);
}

void DisposedRows::merge(const DisposedRows& other)
{
    for (const auto& [year, ids] : other.casesByYear)
        casesByYear[year].merge(ids);
    caseEvents.merge(other.caseEvents);
    for (const auto& [form, ids] : other.entriesByForm)
        entriesByForm[form].merge(ids);
    revisions.merge(other.revisions);
    approvals.merge(other.approvals);
    for (const auto& [row, digest] : other.rangeDigests)
        rangeDigests[row] = digest;
}

namespace {

// 1: ledger rows only; 2: and the cases (written from schema 13).
constexpr std::uint8_t kLedgersOnly = 1;
constexpr std::uint8_t kFormat = 2;
constexpr qsizetype kDigestSize = 32;

void writeRanges(ByteWriter& out, const IdRanges& ids)
{
    out.u32(static_cast<std::uint32_t>(ids.ranges().size()));
    for (const IdRanges::Range& r : ids.ranges()) {
        out.u64(static_cast<std::uint64_t>(r.first));
        out.u64(static_cast<std::uint64_t>(r.last));
    }
}

bool readRanges(ByteReader& in, IdRanges& ids)
{
    const auto count = in.u32();
    if (!count || *count > in.remaining() / 16)
        return false;
    for (std::uint32_t i = 0; i < *count; ++i) {
        const auto first = in.u64();
        const auto last = in.u64();
        // Ids are positive and fit a signed 64-bit integer: a larger number would be read as a
        // negative id and a range ending there as an empty one.
        constexpr std::uint64_t kHighest = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        if (!first || !last || *first == 0 || *last > kHighest || *last < *first
            || static_cast<std::int64_t>(*first) <= ids.highest())
            return false;
        ids.appendRange(static_cast<std::int64_t>(*first), static_cast<std::int64_t>(*last));
    }
    return true;
}

Error unreadable()
{
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate("daicho::Disposal",
                                                 "The record of a disposal run cannot be read: it was changed "
                                                 "outside Daicho. Tell the auditor."));
}

} // namespace

QByteArray encodeDisposedRows(const DisposedRows& rows)
{
    ByteWriter out;
    out.u8(kFormat);
    out.u32(static_cast<std::uint32_t>(rows.entriesByForm.size()));
    for (const auto& [form, ids] : rows.entriesByForm) {
        out.text(form);
        writeRanges(out, ids);
    }
    writeRanges(out, rows.revisions);
    writeRanges(out, rows.approvals);
    out.u32(static_cast<std::uint32_t>(rows.rangeDigests.size()));
    for (const auto& [row, digest] : rows.rangeDigests) {
        out.u8(row.first == QLatin1String("ledger_approvals") ? 1 : 0);
        out.u64(static_cast<std::uint64_t>(row.second));
        out.raw(digest);
    }
    out.u32(static_cast<std::uint32_t>(rows.casesByYear.size()));
    for (const auto& [year, ids] : rows.casesByYear) {
        out.u32(static_cast<std::uint32_t>(year));
        writeRanges(out, ids);
    }
    writeRanges(out, rows.caseEvents);
    return out.bytes();
}

namespace {

// Past a list of ranges without reading them.
bool skipRanges(ByteReader& in)
{
    const auto count = in.u32();
    return count && *count <= in.remaining() / 16 && in.skip(static_cast<qsizetype>(*count) * 16);
}

// The requests' part of a record of format 2, after the ledgers' part.
bool readCases(ByteReader& in, DisposedRows& rows)
{
    const auto years = in.u32();
    if (!years || *years > in.remaining() / 8)
        return false;
    for (std::uint32_t i = 0; i < *years; ++i) {
        const auto year = in.u32();
        if (!year || *year < 1900 || *year > 9999 || rows.casesByYear.count(static_cast<int>(*year))
            || !readRanges(in, rows.casesByYear[static_cast<int>(*year)]))
            return false;
    }
    return readRanges(in, rows.caseEvents);
}

// A case step or a new case reads only the requests' part: the ledgers' part of a run that
// removed a million entries is megabytes of ranges and digests (checked whole by the verifier).
Result<DisposedRows> decodeDisposedCases(const QByteArray& bytes)
{
    DisposedRows rows;
    ByteReader in(bytes);
    const auto format = in.u8();
    if (!format || (*format != kFormat && *format != kLedgersOnly))
        return unreadable();
    const auto forms = in.u32();
    if (!forms)
        return unreadable();
    for (std::uint32_t i = 0; i < *forms; ++i)
        if (!in.lengthPrefixed(256) || !skipRanges(in))
            return unreadable();
    if (!skipRanges(in) || !skipRanges(in))
        return unreadable();
    const auto digests = in.u32();
    if (!digests || *digests > in.remaining() / (1 + 8 + kDigestSize)
        || !in.skip(static_cast<qsizetype>(*digests) * (1 + 8 + kDigestSize)))
        return unreadable();
    if (*format == kFormat && !readCases(in, rows))
        return unreadable();
    if (in.remaining() != 0)
        return unreadable();
    return rows;
}

} // namespace

Result<DisposedRows> decodeDisposedRows(const QByteArray& bytes)
{
    DisposedRows rows;
    ByteReader in(bytes);
    const auto format = in.u8();
    if (!format || (*format != kFormat && *format != kLedgersOnly))
        return unreadable();
    const auto forms = in.u32();
    if (!forms)
        return unreadable();
    for (std::uint32_t i = 0; i < *forms; ++i) {
        const auto name = in.lengthPrefixed(256);
        if (!name)
            return unreadable();
        if (!readRanges(in, rows.entriesByForm[QString::fromUtf8(*name)]))
            return unreadable();
    }
    if (!readRanges(in, rows.revisions) || !readRanges(in, rows.approvals))
        return unreadable();
    const auto digests = in.u32();
    if (!digests || *digests > in.remaining() / (1 + 8 + kDigestSize))
        return unreadable();
    for (std::uint32_t i = 0; i < *digests; ++i) {
        const auto table = in.u8();
        const auto id = in.u64();
        const auto digest = in.raw(kDigestSize);
        if (!table || *table > 1 || !id || *id == 0
            || *id > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) || !digest)
            return unreadable();
        rows.rangeDigests[{*table ? QStringLiteral("ledger_approvals") : QStringLiteral("ledger_revisions"),
                           static_cast<std::int64_t>(*id)}] = *digest;
    }
    if (*format == kFormat && !readCases(in, rows))
        return unreadable();
    if (in.remaining() != 0)
        return unreadable();
    return rows;
}

Result<DisposedRows> loadDisposedRows(const Database& db, DisposedPart part)
{
    DisposedRows all;
    auto runs = db.prepare(QStringLiteral("SELECT disposed FROM disposal_runs WHERE state = 'done' ORDER BY id"));
    if (!runs)
        return runs.error();
    std::optional<Error> failed;
    DAICHO_TRY(runs->forEach([&](const Statement& row) {
        auto rows = part == DisposedPart::Cases ? decodeDisposedCases(row.blob(0)) : decodeDisposedRows(row.blob(0));
        if (!rows) {
            failed = rows.error();
            return false;
        }
        all.merge(rows.value());
        return true;
    }));
    if (failed)
        return *failed;
    return all;
}

Result<std::int64_t> disposedEntryCount(const Database& db, const QString& formId)
{
    // Small: one run a year. The summary would do, but the ids are what the verifier counts.
    auto any = db.hasRow(QStringLiteral("SELECT 1 FROM disposal_runs WHERE state = 'done'"));
    if (!any)
        return any.error();
    if (!any.value())
        return std::int64_t(0);
    auto rows = loadDisposedRows(db);
    if (!rows)
        return rows.error();
    auto found = rows->entriesByForm.find(formId);
    return found == rows->entriesByForm.end() ? std::int64_t(0) : found->second.count();
}

} // namespace daicho
