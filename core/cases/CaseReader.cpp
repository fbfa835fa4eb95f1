#include "cases/CaseReader.h"

#include "auth/internal/DepartmentTree.h"
#include "cases/CaseAccess.h"
#include "cases/CaseKinds.h"
#include "cases/CaseStore.h"
#include "cases/internal/CaseRecords.h"
#include "cases/internal/DeskVersions.h"

#include <QCoreApplication>

namespace daicho {

namespace {

struct Reader {
    CaseStanding person;
    DepartmentTree tree;

    bool mayRead(const QString& kindId, std::optional<std::int64_t> desk, std::optional<std::int64_t> section) const
    {
        const CaseKind* kind = CaseKinds::find(kindId);
        return kind && mayReadCase(*kind, person, {desk, section}, within());
    }
    DepartmentWithin within() const
    {
        return [this](std::int64_t d, std::int64_t a) { return tree.within(d, a); };
    }
};

Result<Reader> readerFor(const Session& session)
{
    auto tree = DepartmentTree::load(session.db());
    if (!tree)
        return tree.error();
    return Reader{{session.role(), session.user().departmentId}, std::move(tree.value())};
}

} // namespace

namespace CaseReader {

Result<QList<CaseSummary>> cases(const Session& session, bool openOnly)
{
    auto reader = readerFor(session);
    if (!reader)
        return reader.error();
    auto rows = session.db().prepare(
        QStringLiteral("SELECT id, kind, desk_id, section_id FROM cases %1 ORDER BY received_on DESC, id DESC")
            .arg(openOnly ? QStringLiteral("WHERE closed = 0") : QString()));
    if (!rows)
        return rows.error();
    QList<CaseSummary> found;
    DAICHO_TRY(rows->forEach([&](Statement& row) -> Status {
        if (!reader->mayRead(row.text(1), row.optionalInteger(2), row.optionalInteger(3)))
            return {};
        auto record = loadCaseRecord(session.db(), row.integer(0));
        if (!record)
            return record.error();
        if (!record.value())
            return {};
        found << CaseSummary{std::move(*record.value())};
        return {};
    }));
    return found;
}

Result<CaseDetail> detail(const Session& session, CaseId id)
{
    auto reader = readerFor(session);
    if (!reader)
        return reader.error();
    auto events = loadCaseEvents(session.db(), id);
    if (!events)
        return events.error();
    auto derived = deriveCase(session.db(), events.value());
    if (!derived)
        return derived.error();
    if (!reader->mayRead(derived->kind, derived->deskId, derived->sectionId))
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::CaseStore",
                                                     "You may not read this case: requests are read by the desk, the "
                                                     "handling section, the chief officer and the auditor."));
    CaseDetail d;
    d.record = std::move(derived.value());
    d.events = std::move(events.value());
    const CaseKind* kind = CaseKinds::find(d.record.kind);
    for (const CaseStep* step : kind->stepsFrom(d.record.state))
        if (actsAs(step->actors, reader->person, {d.record.deskId, d.record.sectionId}, reader->within()))
            d.stepsForMe << step;
    auto proposal = CaseStore::proposedSection(session, id);
    if (proposal)
        d.proposedSection = proposal.value();
    return d;
}

Result<QList<DueClock>> dueClocks(const Session& session)
{
    auto reader = readerFor(session);
    if (!reader)
        return reader.error();
    // Through case_clocks_due: only the running clocks are read, however many cases are closed.
    auto rows = session.db().prepare(QStringLiteral(
        "SELECT k.case_id, c.kind, c.number, c.fiscal_year, k.clock, k.due_on, k.flags, c.desk_id, c.section_id, "
        "c.title "
        "FROM case_clocks k JOIN cases c ON c.id = k.case_id WHERE k.running = 1 ORDER BY k.due_on, k.case_id"));
    if (!rows)
        return rows.error();
    QList<DueClock> due;
    DAICHO_TRY(rows->forEach([&](Statement& row) {
        if (!reader->mayRead(row.text(1), row.optionalInteger(7), row.optionalInteger(8)))
            return;
        DueClock d;
        d.caseId = row.integer(0);
        d.kind = row.text(1);
        d.number = static_cast<int>(row.integer(2));
        d.fiscalYear = static_cast<int>(row.integer(3));
        d.clock = row.text(4);
        d.dueOn = QDate::fromString(row.text(5), Qt::ISODate);
        d.flags = static_cast<int>(row.integer(6));
        d.sectionId = row.optionalInteger(8);
        d.title = row.text(9);
        due << d;
    }));
    return due;
}

Result<bool> mayReceive(const Session& session)
{
    auto reader = readerFor(session);
    if (!reader)
        return reader.error();
    auto desk = latestDeskVersion(session.db());
    if (!desk)
        return desk.error();
    for (const CaseKind& kind : CaseKinds::all())
        for (const CaseStep& step : kind.steps)
            if (step.from.isEmpty())
                return actsAs(step.actors, reader->person, {desk->settings.deskDepartmentId, std::nullopt},
                              reader->within());
    return false;
}

} // namespace CaseReader

} // namespace daicho
