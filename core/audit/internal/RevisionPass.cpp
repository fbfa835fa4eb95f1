#include "audit/internal/RevisionPass.h"

#include "audit/AuditLog.h"

#include <algorithm>
#include <map>

namespace daicho {

namespace {

// A row as the walk in id order needs it, kept from the pass in entry order.
struct SeenRevision {
    std::int64_t id = 0;
    QByteArray digest;
};

} // namespace

Result<RevisionPassFindings> checkRevisionsAndEntries(const Database& db, std::vector<RecordedRows> recorded,
                                                      const AppendOnlyRowCheck& authority, std::int64_t& rowsChecked,
                                                      const std::function<bool()>& step, const DisposedRows& disposed)
{
    const QString table = QStringLiteral("ledger_revisions");
    RevisionPassFindings found;
    if (auto overlap = prepareRecordedRows(table, recorded, disposed)) {
        found.revisions = *overlap;
        return found;
    }
    std::vector<SeenRevision> seen;
    // Why a row's signer may not have written it, by id: judged against the record covering the
    // row, the one the walk in id order finds for it (records do not overlap: checked above).
    std::map<std::int64_t, QString> refused;
    const auto eachRevision = [&](const Statement& row) -> Status {
        const std::int64_t id = row.integer(0);
        if (const RecordedRows* covering = coveringRecord(recorded, id)) {
            auto problem = authority(row, *covering);
            if (!problem)
                return problem.error();
            if (problem.value()) {
                refused.emplace(id, *problem.value());
                seen.push_back({id, {}});
                return {};
            }
        }
        seen.push_back({id, digestOfRow(row, table, QString::number(id))});
        return {};
    };
    DAICHO_TRY(checkLedgerProjection(db, rowsChecked, step, disposed, eachRevision, found.entries));

    std::sort(seen.begin(), seen.end(), [](const SeenRevision& a, const SeenRevision& b) { return a.id < b.id; });
    size_t at = 0;
    AppendOnlyRowSource source;
    source.next = [&]() -> Result<std::optional<std::int64_t>> {
        if (at >= seen.size())
            return std::optional<std::int64_t>();
        return std::optional(seen[at++].id);
    };
    source.judge = [&](const RecordedRows&) -> Result<JudgedRow> {
        const SeenRevision& row = seen[at - 1];
        if (const auto why = refused.find(row.id); why != refused.end())
            return JudgedRow{why->second, {}};
        return JudgedRow{std::nullopt, row.digest};
    };
    auto walked = walkAppendOnlyRows(table, recorded, source, rowsChecked, disposed);
    if (!walked)
        return walked.error();
    found.revisions = walked.value();
    return found;
}

} // namespace daicho
