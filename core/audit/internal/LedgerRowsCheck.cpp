#include "audit/internal/LedgerRowsCheck.h"

#include "audit/AuditLog.h"
#include "audit/internal/LedgerAuthority.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerProjection.h"
#include "ledger/LedgerReader.h"
#include "ledger/internal/LedgerRecords.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace daicho {

namespace {

LedgerRowsProblem problem(std::int64_t seq, const QString& text)
{
    return {seq, text};
}

QString rowName(const QString& table, std::int64_t id)
{
    return QCoreApplication::translate("daicho::AuditVerifier", "Row %1 of table %2").arg(id).arg(table);
}

// Every revision of an entry is of the entry's form; a revision that keeps the approval (the
// actual return of a carry-out, the exit of a visitor) changes only what is filled after
// approval, in the same department, of an entry that was approved or reviewed then — as
// LedgerStore::revise decides it. Otherwise it would carry an approval over any change.
std::optional<QString> checkRevisionsOfEntry(const FormDefinition& form, const QList<LedgerRevision>& history,
                                             const QList<LedgerApproval>& decisions)
{
    for (qsizetype i = 0; i < history.size(); ++i) {
        const LedgerRevision& r = history[i];
        // Numbered 1, 2, … with ids rising in that order, as LedgerStore writes them: a
        // revision slipped in with a lower id would otherwise sit before a decision it came after.
        if (r.number != i + 1 || (i > 0 && r.id <= history[i - 1].id))
            return QCoreApplication::translate("daicho::AuditVerifier",
                                               "Revision %1 of entry %2 is out of order (number %3): it was written "
                                               "outside Daicho.")
                .arg(r.id)
                .arg(r.entryId)
                .arg(r.number);
        if (r.formId != form.id)
            return QCoreApplication::translate("daicho::AuditVerifier",
                                               "Revision %1 of entry %2 belongs to another form than the entry.")
                .arg(r.id)
                .arg(r.entryId);
        if (!r.keepsApproval)
            continue;
        bool kept = i > 0 && history[i - 1].departmentId == r.departmentId;
        if (kept) {
            const LedgerRevision& before = history[i - 1];
            for (const FieldDefinition& field : form.fields)
                if (!field.afterApproval && before.values.value(field.key) != r.values.value(field.key))
                    kept = false;
            QList<LedgerApproval> until;
            for (const LedgerApproval& a : decisions)
                if (a.revisionId <= before.id)
                    until << a;
            const EntryState state = projectEntry(form, history.mid(0, i), until).state;
            kept = kept && (state == EntryState::Approved || state == EntryState::Reviewed);
        }
        if (!kept)
            return QCoreApplication::translate("daicho::AuditVerifier",
                                               "Revision %1 of entry %2 keeps the approval, but changes more than what "
                                               "is filled after approval: it was written outside Daicho.")
                .arg(r.id)
                .arg(r.entryId);
    }
    return std::nullopt;
}

// The earlier record a revision of a provision or receipt refers to (規程第31条8項・第32条3項・
// 5項) must be a record made before it, of the same direction and kind, as TransferRules
// decides it when the revision is written: one written with SQL and signed with the writer's
// own key would otherwise stand for what the record leaves out. `earlier` holds the form of
// every entry of a lower id.
std::optional<QString> checkEarlierRecords(const FormDefinition& form, std::int64_t id,
                                           const QList<LedgerRevision>& history,
                                           const std::map<std::int64_t, const FormDefinition*>& earlier,
                                           const DisposedRows& disposed)
{
    const QString& key = form.transferFields.earlierRecord;
    if (!form.transfer || key.isEmpty())
        return std::nullopt;
    const auto related = [](const FormDefinition& f) { return f.transfer->basis == TransferBasis::RelatedInfo; };
    for (const LedgerRevision& r : history) {
        const QVariant value = r.values.value(key);
        if (!value.isValid() || value.isNull())
            continue;
        const auto found = earlier.find(value.toLongLong());
        const FormDefinition* other = found == earlier.end() ? nullptr : found->second;
        // An earlier record a disposal removed: the run recorded its form.
        for (const auto& [formId, ids] : disposed.entriesByForm)
            if (!other && value.toLongLong() < id && ids.contains(value.toLongLong()))
                other = FormRegistry::find(formId);
        if (!other || !other->transfer || other->transfer->direction != form.transfer->direction
            || related(*other) != related(form))
            return QCoreApplication::translate("daicho::AuditVerifier",
                                               "Revision %1 of entry %2 refers to an earlier record that is no record "
                                               "made before it of the same kind: it was written outside Daicho.")
                .arg(r.id)
                .arg(id);
    }
    return std::nullopt;
}

} // namespace

Error verificationStopped()
{
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("daicho::AuditVerifier",
                                                                       "The verification was stopped before the end: "
                                                                       "nothing is concluded about the audit trail."));
}

Result<std::optional<LedgerRowsProblem>> checkAppendOnlyRows(const Database& db, const QString& table,
                                                             std::vector<RecordedRows> recorded,
                                                             const AppendOnlyRowCheck& authority,
                                                             std::int64_t& rowsChecked, const DisposedRows& disposed)
{
    const IdRanges* gone = table == QLatin1String("ledger_revisions")   ? &disposed.revisions
                           : table == QLatin1String("ledger_approvals") ? &disposed.approvals
                                                                        : nullptr;
    if (gone && !gone->empty()) {
        // A row recorded alone, or an import all of whose rows went, is simply absent.
        std::erase_if(recorded, [&](const RecordedRows& r) {
            return gone->countBelow(r.last + 1) - gone->countBelow(r.first) == r.last - r.first + 1;
        });
    }
    std::sort(recorded.begin(), recorded.end(),
              [](const RecordedRows& a, const RecordedRows& b) { return a.first < b.first; });
    for (size_t i = 1; i < recorded.size(); ++i)
        if (recorded[i].first <= recorded[i - 1].last)
            return std::optional(
                problem(recorded[i].seq,
                        QCoreApplication::translate("daicho::AuditVerifier",
                                                    "Entry %1 records rows of table %2 that entry %3 already recorded.")
                            .arg(recorded[i].seq)
                            .arg(table)
                            .arg(recorded[i - 1].seq)));

    auto rows = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    if (!rows)
        return rows.error();
    size_t next = 0; // the first record not yet finished
    std::int64_t expectedId = recorded.empty() ? 0 : recorded.front().first;
    RangeDigest range;
    auto missingFrom = [&](const RecordedRows& r) {
        return std::optional(
            problem(r.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                       "%1, recorded by entry %2, has been deleted outside Daicho.")
                               .arg(rowName(table, expectedId))
                               .arg(r.seq)));
    };
    // The rows of a partly disposed import that are gone: their digests as the run kept them.
    auto skipDisposed = [&]() -> std::optional<LedgerRowsProblem> {
        while (gone && next < recorded.size() && gone->contains(expectedId)) {
            const RecordedRows& r = recorded[next];
            const auto kept = disposed.rangeDigests.find({table, expectedId});
            if (!r.range || kept == disposed.rangeDigests.end())
                return missingFrom(r);
            range.add(kept->second);
            if (expectedId == r.last) {
                if (range.finish() != r.digest)
                    return problem(r.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                                      "The rows entry %1 recorded differ from what it "
                                                                      "recorded: they were changed outside Daicho.")
                                              .arg(r.seq));
                range = RangeDigest();
                ++next;
                expectedId = next < recorded.size() ? recorded[next].first : expectedId + 1;
            } else {
                ++expectedId;
            }
        }
        return std::nullopt;
    };
    while (true) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const std::int64_t id = rows->integer(0);
        ++rowsChecked;
        if (auto skipped = skipDisposed())
            return skipped;
        if (next >= recorded.size() || id < recorded[next].first)
            return std::optional(
                problem(0, QCoreApplication::translate("daicho::AuditVerifier",
                                                       "%1 has no audit entry: it was added outside Daicho.")
                               .arg(rowName(table, id))));
        const RecordedRows& r = recorded[next];
        if (id != expectedId)
            return missingFrom(r);
        if (id > r.last)
            return missingFrom(r);
        const auto refused = authority(rows.value(), r);
        if (!refused)
            return refused.error();
        if (refused.value())
            return std::optional(problem(r.seq, *refused.value()));
        const QByteArray digest = digestOfRow(rows.value(), table, QString::number(id));
        const bool single = !r.range;
        if (!single)
            range.add(digest);
        if (id == r.last) {
            const QByteArray got = single ? digest : range.finish();
            if (got != r.digest)
                return std::optional(
                    problem(r.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                               "%1 differs from what entry %2 recorded: it was changed "
                                                               "outside Daicho.")
                                       .arg(rowName(table, id))
                                       .arg(r.seq)));
            range = RangeDigest();
            ++next;
            expectedId = next < recorded.size() ? recorded[next].first : id + 1;
        } else {
            ++expectedId;
        }
    }
    if (auto skipped = skipDisposed())
        return skipped;
    if (next < recorded.size())
        return missingFrom(recorded[next]);
    return std::optional<LedgerRowsProblem>();
}

Result<std::optional<LedgerRowsProblem>> checkLedgerProjection(const Database& db, std::int64_t& rowsChecked,
                                                               const std::function<bool()>& step,
                                                               const DisposedRows& disposed)
{
    auto revisions =
        db.prepare(QStringLiteral("SELECT %1 FROM ledger_revisions ORDER BY entry_id, number").arg(kRevisionColumns));
    auto approvals =
        db.prepare(QStringLiteral("SELECT %1 FROM ledger_approvals ORDER BY entry_id, id").arg(kApprovalColumns));
    auto entries = db.prepare(QStringLiteral("SELECT id, form, entry_date, department_id, register_id, state, "
                                             "revision_id, revision_count, author_id, search_text, number "
                                             "FROM ledger_entries ORDER BY id"));
    if (!revisions)
        return revisions.error();
    if (!approvals)
        return approvals.error();
    if (!entries)
        return entries.error();
    auto differs = [](std::int64_t id) {
        return std::optional(problem(0, QCoreApplication::translate("daicho::AuditVerifier",
                                                                    "Entry %1 of the ledgers is not what its signed "
                                                                    "history says: its list row was changed outside "
                                                                    "Daicho.")
                                            .arg(id)));
    };

    // Each ledger numbers its own entries: the n-th of a form by id is its No. n (issue 11 §8),
    // counting the entries a disposal removed (they keep their numbers; none is given again).
    std::map<QString, std::int64_t> numbered;
    std::map<QString, size_t> disposedRange; // per form: the first range of disposed ids not yet counted
    auto countDisposedBelow = [&](const QString& form, std::int64_t id) {
        const auto ids = disposed.entriesByForm.find(form);
        if (ids == disposed.entriesByForm.end())
            return;
        size_t& at = disposedRange[form];
        const auto& ranges = ids->second.ranges();
        while (at < ranges.size() && ranges[at].first < id) {
            // Ranges below an entry's id are all below (the entries come in id order).
            numbered[form] += ranges[at].last - ranges[at].first + 1;
            ++at;
        }
    };
    std::map<std::int64_t, const FormDefinition*> formOfEntry; // the entries walked so far
    // Three sorted streams walked together, one entry at a time.
    auto revisionRow = revisions->step();
    auto approvalRow = approvals->step();
    while (true) {
        if (!revisionRow)
            return revisionRow.error();
        if (!approvalRow)
            return approvalRow.error();
        auto entryRow = entries->step();
        if (!entryRow)
            return entryRow.error();
        if (!entryRow.value()) {
            if (revisionRow.value())
                return std::optional(problem(0, QCoreApplication::translate("daicho::AuditVerifier",
                                                                            "Entry %1 of the ledgers has no list row: "
                                                                            "it was removed outside Daicho.")
                                                    .arg(revisions->integer(1))));
            break;
        }
        ++rowsChecked;
        if (step && !step())
            return verificationStopped();
        const std::int64_t id = entries->integer(0);
        // No id is given again after a run removed it (RowIds): an entry there would take the
        // removed one's number too.
        if (disposed.containsEntry(id))
            return std::optional(problem(0, QCoreApplication::translate("daicho::AuditVerifier",
                                                                        "Entry %1 of the ledgers has the id of an "
                                                                        "entry a disposal run removed, which Daicho "
                                                                        "never gives again: it was written outside "
                                                                        "Daicho.")
                                                .arg(id)));
        QList<LedgerRevision> history;
        while (revisionRow.value() && revisions->integer(1) <= id) {
            if (revisions->integer(1) < id)
                return std::optional(problem(0, QCoreApplication::translate("daicho::AuditVerifier",
                                                                            "Entry %1 of the ledgers has no list row: "
                                                                            "it was removed outside Daicho.")
                                                    .arg(revisions->integer(1))));
            auto revision = readRevision(revisions.value());
            if (!revision)
                return revision.error();
            history << std::move(revision.value());
            revisionRow = revisions->step();
            if (!revisionRow)
                return revisionRow.error();
        }
        QList<LedgerApproval> decisions;
        while (approvalRow.value() && approvals->integer(1) <= id) {
            if (approvals->integer(1) == id)
                decisions << readApproval(approvals.value());
            approvalRow = approvals->step();
            if (!approvalRow)
                return approvalRow.error();
        }
        const FormDefinition* form = FormRegistry::find(entries->text(1));
        if (history.isEmpty() || !form)
            return differs(id);
        if (auto refused = checkRevisionsOfEntry(*form, history, decisions))
            return std::optional(problem(0, *refused));
        if (auto refused = checkEarlierRecords(*form, id, history, formOfEntry, disposed))
            return std::optional(problem(0, *refused));
        formOfEntry.emplace(id, form);
        ProjectedEntry stored;
        stored.id = id;
        stored.formId = entries->text(1);
        stored.entryDate = entries->text(2);
        if (!entries->isNull(3))
            stored.departmentId = entries->integer(3);
        if (!entries->isNull(4))
            stored.registerId = entries->integer(4);
        stored.state = entryStateFromKey(entries->text(5)).value_or(EntryState::Returned);
        stored.revisionId = entries->integer(6);
        stored.revisionCount = static_cast<int>(entries->integer(7));
        stored.authorId = entries->integer(8);
        stored.searchText = entries->text(9);
        stored.number = entries->integer(10);
        const bool known = entryStateFromKey(entries->text(5)).has_value();
        ProjectedEntry derived = projectEntry(*form, history, decisions);
        countDisposedBelow(form->id, id);
        derived.number = ++numbered[form->id];
        if (!known || !(derived == stored))
            return differs(id);
    }
    return std::optional<LedgerRowsProblem>();
}

} // namespace daicho
