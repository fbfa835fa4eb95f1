#include "cases/internal/CaseRecords.h"

#include "cases/CaseKinds.h"
#include "cases/CaseProjection.h"
#include "cases/internal/DeskVersions.h"
#include "ledger/EntryCodec.h"
#include "retention/internal/DisposedRows.h"

#include <QCoreApplication>

namespace daicho {

const QString kCaseEventColumns =
    QStringLiteral("id, case_id, number, kind, step, actor_id, at_utc, desk_version, data");

Result<CaseEvent> caseEventFromRow(const Statement& row)
{
    CaseEvent e;
    e.id = row.integer(0);
    e.caseId = row.integer(1);
    e.number = static_cast<int>(row.integer(2));
    e.kind = row.text(3);
    e.step = row.text(4);
    e.actorId = row.integer(5);
    e.atUtc = QDateTime::fromString(row.text(6), Qt::ISODateWithMs);
    e.deskVersion = row.integer(7);
    const CaseKind* kind = CaseKinds::find(e.kind);
    const CaseStep* step = kind ? kind->step(e.step) : nullptr;
    if (!step)
        return makeError(ErrorCode::Tampered, QCoreApplication::translate("daicho::CaseProjection",
                                                                          "Event %1 names a case kind or step (%2 %3) "
                                                                          "that Daicho does not know.")
                                                  .arg(e.id)
                                                  .arg(e.kind, e.step));
    auto values = decodeEntryValues(step->form, row.blob(8));
    if (!values)
        return makeError(ErrorCode::Tampered, values.error().message);
    e.values = std::move(values.value());
    return e;
}

Result<QList<CaseEvent>> loadCaseEvents(const Database& db, CaseId id)
{
    auto rows = db.prepare(
        QStringLiteral("SELECT %1 FROM case_events WHERE case_id = ? ORDER BY number").arg(kCaseEventColumns), id);
    if (!rows)
        return rows.error();
    QList<CaseEvent> events;
    DAICHO_TRY(rows->forEach([&](Statement& row) -> Status {
        auto e = caseEventFromRow(row);
        if (!e)
            return e.error();
        events << std::move(e.value());
        return {};
    }));
    return events;
}

Result<CaseRecord> deriveCase(const Database& db, const QList<CaseEvent>& events)
{
    if (events.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::CaseProjection", "There is no such case."));
    const CaseKind* kind = CaseKinds::find(events.first().kind);
    if (!kind)
        return makeError(ErrorCode::Tampered, QCoreApplication::translate("daicho::CaseProjection",
                                                                          "Case %1 is of a kind Daicho does not know.")
                                                  .arg(events.first().caseId));
    auto desk = loadDeskVersion(db, events.first().deskVersion);
    if (!desk)
        return desk.error();
    auto record = projectCase(*kind, events, desk->settings, JapaneseHolidays::shipped());
    if (!record)
        return record.error();
    // The n-th case received in its fiscal year, by id: ids only grow, so a number never
    // changes once given, whatever date a later receipt is recorded with — nor when earlier
    // cases of that year are disposed of (第20条1項(4)): they are counted still.
    auto before = db.firstRow(QStringLiteral("SELECT count(*) FROM cases WHERE fiscal_year = ? AND id < ?"),
                              record->fiscalYear, record->id);
    if (!before)
        return before.error();
    auto removed = loadDisposedRows(db, DisposedPart::Cases);
    if (!removed)
        return removed.error();
    record->number =
        static_cast<int>(before->value().integer(0) + removed->casesBelow(record->fiscalYear, record->id)) + 1;
    return record;
}

Result<std::optional<CaseRecord>> loadCaseRecord(const Database& db, CaseId id)
{
    auto row = db.firstRow(
        QStringLiteral("SELECT id, kind, number, fiscal_year, state, closed, received_on, desk_id, "
                       "section_id, title, event_count, last_event_id, search_text FROM cases WHERE id = ?"),
        id);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<CaseRecord>();
    const Statement& r = *row.value();
    CaseRecord c;
    c.id = r.integer(0);
    c.kind = r.text(1);
    c.number = static_cast<int>(r.integer(2));
    c.fiscalYear = static_cast<int>(r.integer(3));
    c.state = r.text(4);
    c.closed = r.integer(5) != 0;
    c.receivedOn = QDate::fromString(r.text(6), Qt::ISODate);
    c.deskId = r.optionalInteger(7);
    c.sectionId = r.optionalInteger(8);
    c.title = r.text(9);
    c.eventCount = static_cast<int>(r.integer(10));
    c.lastEventId = r.integer(11);
    c.searchText = r.text(12);
    auto clocks = db.prepare(
        QStringLiteral(
            "SELECT clock, running, start_on, due_on, met_on, flags FROM case_clocks WHERE case_id = ? ORDER BY clock"),
        id);
    if (!clocks)
        return clocks.error();
    DAICHO_TRY(clocks->forEach([&](Statement& k) {
        CaseClockState clock;
        clock.key = k.text(0);
        clock.running = k.integer(1) != 0;
        clock.startOn = QDate::fromString(k.text(2), Qt::ISODate);
        clock.dueOn = QDate::fromString(k.text(3), Qt::ISODate);
        if (!k.isNull(4))
            clock.metOn = QDate::fromString(k.text(4), Qt::ISODate);
        clock.flags = static_cast<int>(k.integer(5));
        c.clocks << clock;
    }));
    return std::optional(c);
}

Status writeCaseRecord(Database& db, const CaseRecord& c)
{
    DAICHO_TRY(db.run(QStringLiteral("INSERT OR REPLACE INTO cases (id, kind, number, fiscal_year, state, closed, "
                                     "received_on, desk_id, section_id, title, event_count, last_event_id, "
                                     "search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                      c.id, c.kind, c.number, c.fiscalYear, c.state, c.closed ? 1 : 0,
                      c.receivedOn.toString(Qt::ISODate), c.deskId, c.sectionId, c.title, c.eventCount, c.lastEventId,
                      c.searchText));
    DAICHO_TRY(db.run(QStringLiteral("DELETE FROM case_clocks WHERE case_id = ?"), c.id));
    for (const CaseClockState& k : c.clocks) {
        const std::optional<QString> met =
            k.metOn ? std::optional(k.metOn->toString(Qt::ISODate)) : std::optional<QString>();
        DAICHO_TRY(db.run(QStringLiteral("INSERT INTO case_clocks (case_id, clock, running, start_on, due_on, met_on, "
                                         "flags) VALUES (?,?,?,?,?,?,?)"),
                          c.id, k.key, k.running ? 1 : 0, k.startOn.toString(Qt::ISODate),
                          k.dueOn.toString(Qt::ISODate), met, k.flags));
    }
    return {};
}

} // namespace daicho
