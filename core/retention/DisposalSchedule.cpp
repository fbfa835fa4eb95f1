#include "retention/DisposalSchedule.h"

#include "auth/Permission.h"
#include "cases/CaseKinds.h"
#include "cases/internal/CaseRecords.h"
#include "cases/internal/StepRecords.h"
#include "common/JapaneseCalendar.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/SearchText.h"
#include "retention/CaseRetention.h"
#include "retention/internal/RetentionRuleSets.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace daicho {

int DisposalSchedule::dueCount() const
{
    return static_cast<int>(std::count_if(entries.cbegin(), entries.cend(), [](const DueEntry& e) { return !e.held(); })
                            + std::count_if(cases.cbegin(), cases.cend(), [](const DueCase& c) { return !c.held(); }));
}

int DisposalSchedule::heldCount() const
{
    return static_cast<int>(entries.size() + cases.size()) - dueCount();
}

QList<CaseId> DisposalSchedule::dueCaseIds() const
{
    QList<CaseId> ids;
    for (const DueCase& c : cases)
        if (!c.held())
            ids << c.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<EntryId> DisposalSchedule::dueIds() const
{
    QList<EntryId> ids;
    for (const DueEntry& e : entries)
        if (!e.held())
            ids << e.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

namespace {

struct Scanned {
    DueEntry entry;
    QString searchText; // normalised (SearchText): to find the names of open requests' individuals
    std::optional<EntryId> relies; // its earlier record (第31条8項・第32条5項)
    bool due = false;
};

// Every entry of the forms whose retention is dated, with what it relies on. Records of a fixed
// period are read only when their date is early enough to have passed by then (the index on
// (form, entry_date)); records of provision and receipt, few, are read whole.
Status scan(const Database& db, const QDate& disposalDay, const RetentionRuleSet& rules, std::vector<Scanned>& out)
{
    for (const FormDefinition& form : FormRegistry::all()) {
        if (form.retention.kind == RetentionKind::WhileRegistered)
            continue;
        const bool transfer = form.transfer.has_value();
        QString sql = QStringLiteral(
            "SELECT e.id, e.number, e.entry_date, (SELECT rule_version FROM ledger_revisions WHERE entry_id = e.id "
            "AND number = 1), %1, e.search_text FROM ledger_entries e %2 WHERE e.form = ? %3 ORDER BY e.id");
        sql = sql.arg(transfer ? QStringLiteral("r.data") : QStringLiteral("NULL"),
                      transfer ? QStringLiteral("JOIN ledger_revisions r ON r.id = e.revision_id") : QString(),
                      transfer ? QString() : QStringLiteral("AND e.entry_date <= ?"));
        // A period of N years from the entry's date has passed by the day before disposalDay
        // only if the date is at most N years before it; a few days more for month ends, and
        // the exact day is decided below.
        const int years = rules.fewestYears(form);
        const QString latest = disposalDay.addYears(-years).addDays(3).toString(Qt::ISODate);
        auto rows = transfer ? db.prepare(sql, form.id) : db.prepare(sql, form.id, latest);
        if (!rows)
            return rows.error();
        std::optional<Error> failed;
        DAICHO_TRY(rows->forEach([&](const Statement& row) {
            Scanned s;
            s.entry.id = row.integer(0);
            s.entry.formId = form.id;
            s.entry.number = row.integer(1);
            s.entry.entryDate = row.text(2);
            s.searchText = row.text(5);
            FieldValues values;
            if (transfer) {
                auto decoded = decodeEntryValues(form, row.blob(4));
                if (!decoded) {
                    failed = decoded.error();
                    return false;
                }
                values = std::move(decoded.value());
                const QVariant earlier = values.value(form.transferFields.earlierRecord);
                if (!form.transferFields.earlierRecord.isEmpty() && earlier.isValid() && !earlier.isNull())
                    s.relies = earlier.toLongLong();
            } else {
                values.insert(form.dateField, QDate::fromString(s.entry.entryDate, Qt::ISODate));
            }
            s.entry.keeping = entryKeeping(form, values, row.isNull(3) ? QString() : row.text(3), &rules);
            const EntryKeeping& k = s.entry.keeping;
            s.due = k.status == EntryKeeping::Status::Dated && k.disposalDue.isValid() && k.disposalDue <= disposalDay;
            out.push_back(std::move(s));
            return true;
        }));
        if (failed)
            return *failed;
    }
    return {};
}

// Whether a decision of the case still stands (a stop of use or of provision granted, 第37条
// 1項・2項; 法35条): its record is the only ground of the stop, so it is kept while the stop stands.
Result<bool> decisionStands(const Database& db, const CaseKind& kind, CaseId id)
{
    if (!kind.standingDecision)
        return false;
    const ProvisionStop& standing = *kind.standingDecision;
    auto events = loadCaseEvents(db, id);
    if (!events)
        return events.error();
    bool stands = false;
    for (const CaseEvent& e : events.value()) {
        if (e.step == standing.decisionStep
            && standing.granted.contains(e.values.value(standing.outcomeField).toString()))
            stands = true;
        if (standing.liftedBy.contains(e.step))
            stands = false;
    }
    return stands;
}

// The seq of the entry that recorded the receipt `f` (its first step): the version of the
// centre's periods a case keeps is the one in force then (RetentionRuleSet::versionAtSeq).
const QString kReceiptSeq = QStringLiteral(
    "SELECT min(a.seq) FROM audit_log a WHERE a.target_table = 'case_events' AND a.target_id = CAST(f.id AS TEXT)");

// The closed cases whose period has passed by `disposalDay`. A case is read only when it was
// received early enough for the fewest years of any kind and version to have passed by then.
Status scanCases(const Database& db, const QDate& disposalDay, const RetentionRuleSet& rules, QList<DueCase>& out,
                 QMap<CaseId, QString>& normalisedTitles)
{
    int fewest = kCaseDefaultRetentionYears;
    for (const auto& [version, years] : rules.periods)
        for (const CaseKind& kind : CaseKinds::all())
            if (const auto it = years.find(kind.id); it != years.end() && it->second > 0)
                fewest = std::min(fewest, it->second);
    const QString latest = disposalDay.addYears(-fewest).addDays(3).toString(Qt::ISODate);
    auto rows = db.prepare(
        QStringLiteral("SELECT c.id, c.kind, c.fiscal_year, c.number, c.title, (%1), l.step, l.at_utc, l.data "
                       "FROM cases c JOIN case_events f ON f.case_id = c.id AND f.number = 1 "
                       "JOIN case_events l ON l.id = c.last_event_id "
                       "WHERE c.closed = 1 AND c.received_on <= ? ORDER BY c.id")
            .arg(kReceiptSeq),
        latest);
    if (!rows)
        return rows.error();
    std::optional<Error> failed;
    DAICHO_TRY(rows->forEach([&](const Statement& row) {
        const CaseKind* kind = CaseKinds::find(row.text(1));
        if (!kind)
            return true; // the verifier names it
        CaseEvent last;
        last.step = row.text(6);
        last.atUtc = QDateTime::fromString(row.text(7), Qt::ISODateWithMs);
        if (const CaseStep* step = kind->step(last.step)) {
            auto values = decodeEntryValues(step->form, row.blob(8));
            if (!values) {
                failed = values.error();
                return false;
            }
            last.values = std::move(values.value());
        }
        DueCase c;
        c.id = row.integer(0);
        c.kind = kind->id;
        c.fiscalYear = static_cast<int>(row.integer(2));
        c.number = static_cast<int>(row.integer(3));
        c.closedOn = caseClosedOn(*kind, {last});
        const QString version =
            rules.versionAtSeq(row.isNull(5) ? std::nullopt : std::optional<std::int64_t>(row.integer(5)));
        c.keeping = caseKeeping(*kind, true, c.closedOn, version, &rules);
        if (c.keeping.disposalDue.isValid() && c.keeping.disposalDue <= disposalDay) {
            normalisedTitles.insert(c.id, normaliseForSearch(row.text(4)));
            out << c;
        }
        return true;
    }));
    if (failed)
        return *failed;
    return {};
}

QString formNumber(const QString& formId)
{
    const FormDefinition* form = FormRegistry::find(formId);
    return form ? form->number : formId;
}

} // namespace

namespace DisposalSchedules {

std::optional<int> seasonFiscalYear(const QDate& today)
{
    if (!today.isValid() || today.month() > 3)
        return std::nullopt;
    return fiscalYear(today);
}

Result<DisposalSchedule> schedule(const Session& session, int year, const QMap<EntryId, QString>& holds,
                                  const QMap<CaseId, QString>& caseHolds)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewDisposal));
    const Database& db = session.db();
    DisposalSchedule result;
    result.fiscalYear = year;
    result.disposalDay = fiscalYearEnd(year);

    auto rules = loadRetentionRules(db);
    if (!rules)
        return rules.error();
    std::vector<Scanned> all;
    DAICHO_TRY(scan(db, result.disposalDay, rules.value(), all));
    std::map<EntryId, size_t> byId;
    for (size_t i = 0; i < all.size(); ++i)
        byId[all[i].entry.id] = i;

    auto claimed = entriesClaimedByCases(db);
    if (!claimed)
        return claimed.error();
    // 法33条5項・第35条: a request still open may ask for these very records; an entry naming its
    // individual stays until the request is closed (a deleted record could no longer be shown).
    std::vector<std::pair<QString, QString>> openSubjects; // normalised name, the case as people know it
    {
        auto open = db.prepare(QStringLiteral("SELECT title, kind, fiscal_year, number FROM cases WHERE closed = 0"));
        if (!open)
            return open.error();
        DAICHO_TRY(open->forEach([&](const Statement& row) {
            const QString name = normaliseForSearch(row.text(0));
            if (name.size() >= 2)
                openSubjects.emplace_back(name, QStringLiteral("%1 第%2号")
                                                    .arg(formatFiscalYear(static_cast<int>(row.integer(2))))
                                                    .arg(row.integer(3)));
            return true;
        }));
    }

    // The requests from individuals: held by the chief, while the provision stop one decided
    // stands, or while a request of the same individual is still open (it may ask for them).
    QList<DueCase> cases;
    QMap<CaseId, QString> titles;
    DAICHO_TRY(scanCases(db, result.disposalDay, rules.value(), cases, titles));
    for (DueCase& c : cases) {
        if (caseHolds.contains(c.id)) {
            c.heldBecause =
                QCoreApplication::translate("daicho::Disposal", "Held by the chief: %1").arg(caseHolds.value(c.id));
            continue;
        }
        auto stands = decisionStands(db, *CaseKinds::find(c.kind), c.id);
        if (!stands)
            return stands.error();
        if (stands.value()) {
            c.heldBecause = QCoreApplication::translate("daicho::Disposal",
                                                        "Its decision stops the use or the provision of the "
                                                        "individual's data (第37条, 法35条): kept while the stop "
                                                        "stands.");
            continue;
        }
        for (const auto& [name, caseText] : openSubjects)
            if (titles.value(c.id) == name) {
                c.heldBecause = QCoreApplication::translate(
                                    "daicho::Disposal", "The same individual's request %1 is still open: kept until it "
                                                        "is closed.")
                                    .arg(caseText);
                break;
            }
    }

    std::set<CaseId> casesGoing; // with this disposal: their records may go with them
    for (const DueCase& c : cases)
        if (!c.held())
            casesGoing.insert(c.id);

    for (Scanned& s : all) {
        if (!s.due)
            continue;
        if (holds.contains(s.entry.id))
            s.entry.heldBecause =
                QCoreApplication::translate("daicho::Disposal", "Held by the chief: %1").arg(holds.value(s.entry.id));
        else if (auto c = claimed->find(s.entry.id); c != claimed->end() && c->second.open)
            s.entry.heldBecause =
                QCoreApplication::translate("daicho::Disposal", "A request from an individual that is still open "
                                                                "refers to it (%1).")
                    .arg(c->second.text);
        // 第20条2項・第37条3項: the record of what a kept request obtained (its erasure) stays as
        // long as the request's own record does.
        else if (c != claimed->end() && !casesGoing.count(c->second.id))
            s.entry.heldBecause =
                QCoreApplication::translate("daicho::Disposal",
                                            "The record of the request %1, which is kept, relies on it: kept as "
                                            "long as the request is.")
                    .arg(c->second.text);
        else
            for (const auto& [name, caseText] : openSubjects)
                if (s.searchText.contains(name)) {
                    s.entry.heldBecause =
                        QCoreApplication::translate("daicho::Disposal",
                                                    "It names the individual of a request that is still open (%1): "
                                                    "kept until the request is closed.")
                            .arg(caseText);
                    break;
                }
    }
    // A record kept that leaves out what an earlier record holds (第31条8項・第32条5項) keeps
    // that record too, for as long as it is kept itself: held, through chains of such records.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const Scanned& s : all) {
            if (!s.relies || (s.due && !s.entry.held()))
                continue;
            auto found = byId.find(*s.relies);
            if (found == byId.end())
                continue;
            Scanned& earlier = all[found->second];
            if (earlier.due && !earlier.entry.held()) {
                earlier.entry.heldBecause =
                    QCoreApplication::translate(
                        "daicho::Disposal", "%1 No.%2, which is kept, leaves out what this record holds (第31条8項・"
                                            "第32条5項): kept as long as it is.")
                        .arg(formNumber(s.entry.formId))
                        .arg(s.entry.number);
                changed = true;
            }
        }
    }

    std::map<QString, DueByForm> counts;
    for (Scanned& s : all) {
        if (!s.due)
            continue;
        DueByForm& c = counts[s.entry.formId];
        c.formId = s.entry.formId;
        ++(s.entry.held() ? c.held : c.due);
        result.entries << std::move(s.entry);
    }
    for (const FormDefinition& form : FormRegistry::all())
        if (counts.count(form.id))
            result.byForm << counts[form.id];
    std::map<QString, DueByForm> caseCounts;
    for (const DueCase& c : cases) {
        DueByForm& n = caseCounts[c.kind];
        n.formId = c.kind;
        ++(c.held() ? n.held : n.due);
    }
    for (const CaseKind& kind : CaseKinds::all())
        if (caseCounts.count(kind.id))
            result.byForm << caseCounts[kind.id];
    result.cases = std::move(cases);
    return result;
}

Result<EntryKeeping> keepingOf(const Session& session, EntryId id)
{
    auto row = session.db().firstRow(
        QStringLiteral("SELECT e.form, r.data, (SELECT rule_version FROM ledger_revisions WHERE entry_id = e.id AND "
                       "number = 1) FROM ledger_entries e JOIN ledger_revisions r ON r.id = e.revision_id "
                       "WHERE e.id = ?"),
        id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::Disposal", "Entry %1 does not exist.").arg(id));
    const Statement& r = row->value();
    const FormDefinition* form = FormRegistry::find(r.text(0));
    if (!form)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::Disposal", "Entry %1 does not exist.").arg(id));
    DAICHO_TRY(LedgerAccess::requireRead(session, *form));
    auto values = decodeEntryValues(*form, r.blob(1));
    if (!values)
        return values.error();
    auto rules = loadRetentionRules(session.db());
    if (!rules)
        return rules.error();
    return entryKeeping(*form, values.value(), r.isNull(2) ? QString() : r.text(2), &rules.value());
}

Result<EntryKeeping> keepingOfCase(const Session& session, const CaseDetail& detail)
{
    const CaseKind* kind = CaseKinds::find(detail.record.kind);
    if (!kind || detail.events.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("daicho::Disposal", "Case %1 does not exist.").arg(detail.record.id));
    auto rules = loadRetentionRules(session.db());
    if (!rules)
        return rules.error();
    auto receipt = session.db().firstRow(QStringLiteral("SELECT (%1) FROM (SELECT ? AS id) f").arg(kReceiptSeq),
                                         detail.events.first().id);
    if (!receipt)
        return receipt.error();
    const bool recorded = receipt->has_value() && !receipt->value().isNull(0);
    const QString version =
        rules->versionAtSeq(recorded ? std::optional<std::int64_t>(receipt->value().integer(0)) : std::nullopt);
    return caseKeeping(*kind, detail.record.closed, caseClosedOn(*kind, detail.events), version, &rules.value());
}

} // namespace DisposalSchedules

} // namespace daicho
