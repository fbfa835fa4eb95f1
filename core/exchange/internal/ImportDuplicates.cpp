#include "exchange/internal/ImportDuplicates.h"

#include "common/IsoText.h"
#include "crypto/Crypto.h"
#include "ledger/EntryCodec.h"
#include "ledger/LedgerProjection.h"
#include "ledger/internal/LedgerRecords.h"

namespace daicho {

QByteArray ImportDuplicates::keyOf(const QString& date, const QString& searchText)
{
    // A digest, not the texts: a ledger of a million entries is held in a few tens of MB.
    return crypto::sha256((date + QChar(0x1F) + searchText).toUtf8()).left(16);
}

Result<ImportDuplicates> ImportDuplicates::load(const Database& db, const FormDefinition& form)
{
    ImportDuplicates found;
    found.m_db = &db;
    found.m_form = &form;
    auto rows = db.prepare(
        QStringLiteral("SELECT id, entry_date, search_text FROM ledger_entries WHERE form = ? ORDER BY id"), form.id);
    if (!rows)
        return rows.error();
    // Numbered as the verifier derives it (the n-th of the form by id), never as the stored
    // column says: a number changed with SQL for a moment must not make the report name
    // another entry than the one the row repeats (as LedgerDirectory numbers them).
    std::int64_t number = 0;
    DAICHO_TRY(rows->forEach([&](const Statement& row) {
        found.m_kept[keyOf(row.text(1), row.text(2))].append(Kept{row.integer(0), ++number});
    }));
    return found;
}

Result<std::optional<std::int64_t>> ImportDuplicates::repeatedEntry(const FieldValues& values) const
{
    if (m_kept.isEmpty())
        return std::optional<std::int64_t>();
    const auto candidates =
        m_kept.constFind(keyOf(isoDate(entryDateOf(*m_form, values)), searchTextOf(*m_form, values)));
    if (candidates == m_kept.cend())
        return std::optional<std::int64_t>();
    // Every item, in the stored encoding: a note or a time that differs makes another entry.
    const QByteArray encoded = encodeEntryValues(*m_form, values);
    for (const Kept& kept : candidates.value()) {
        auto revisions = LedgerReader::loadRevisions(*m_db, kept.id);
        if (!revisions)
            return revisions.error();
        if (!revisions->isEmpty() && encodeEntryValues(*m_form, revisions->last().values) == encoded)
            return std::optional<std::int64_t>(kept.number);
    }
    return std::optional<std::int64_t>();
}

} // namespace daicho
