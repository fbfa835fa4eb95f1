#include "cases/CaseReader.h"

#include "cases/CaseProjection.h"

#include "auth/internal/DepartmentTree.h"
#include "cases/CaseAccess.h"
#include "cases/CaseKinds.h"
#include "cases/CaseStore.h"
#include "cases/internal/CaseRecords.h"
#include "cases/internal/DeskVersions.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>
#include <vector>

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

// 「2026-12-14」 as stored: read without the general parser (the list of what is due reads
// one per running clock).
QDate isoDate(QByteArrayView text)
{
    if (text.size() != 10)
        return {};
    auto number = [&](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i)
            n = n * 10 + (text[i] - '0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

// The kind whose id the registry spells `id`, as a literal (see FewTexts).
const QString* kindLiteral(const QString& id)
{
    const CaseKind* kind = CaseKinds::find(id);
    return kind ? &kind->id : nullptr;
}

// The clock key the registry spells `key`, as a literal (see FewTexts).
const QString* clockLiteral(const QString& key)
{
    for (const CaseKind& kind : CaseKinds::all())
        for (const CaseClock& clock : kind.clocks)
            if (clock.key == key)
                return &clock.key;
    return nullptr;
}

// The few texts a column repeats on every row (kinds, clock names), each decoded from UTF-8
// once. Not only the last one is kept: the list of what is due alternates between a case's
// decision and notice clocks. A text the registry knows is taken as its literal, which every
// row then shares without touching a reference count; an unknown one is decoded.
class FewTexts
{
public:
    using Literal = const QString* (*)(const QString&);
    explicit FewTexts(Literal literal)
        : m_literal(literal)
    { }

    const QString& decode(QByteArrayView utf8)
    {
        for (const auto& [bytes, text] : m_seen)
            if (bytes == utf8)
                return text;
        QString text = QString::fromUtf8(utf8);
        if (const QString* literal = m_literal(text))
            text = *literal;
        m_seen.emplace_back(utf8.toByteArray(), std::move(text));
        return m_seen.back().second;
    }

private:
    Literal m_literal;
    std::vector<std::pair<QByteArray, QString>> m_seen;
};

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
    const auto notReadable = [] {
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::CaseStore",
                                                     "You may not read this case: requests are read by the desk, the "
                                                     "handling section, the chief officer and the auditor."));
    };
    auto events = loadCaseEvents(session.db(), id);
    if (!events)
        return events.error();
    // A case that does not exist is refused as one the person may not read, unless they read
    // every case: who may not read a case learns nothing of it, not even that it exists (第33条).
    if (events->isEmpty() && !readsEveryCase(reader->person))
        return notReadable();
    auto derived = deriveCase(session.db(), events.value());
    if (!derived)
        return derived.error();
    if (!reader->mayRead(derived->kind, derived->deskId, derived->sectionId))
        return notReadable();
    CaseDetail d;
    d.record = std::move(derived.value());
    d.events = std::move(events.value());
    const CaseKind* kind = CaseKinds::find(d.record.kind);
    QStringList earlier;
    for (const CaseEvent& e : d.events)
        earlier << e.step;
    for (const CaseStep* step : kind->stepsFrom(d.record.state))
        if (kind->unanswered(*step, earlier) && priorValueHolds(*step, d.events, d.events.size())
            && actsAs(step->actors, reader->person, {d.record.deskId, d.record.sectionId}, reader->within()))
            d.stepsForMe << step;
    auto proposal = CaseStore::proposedSection(session, id);
    if (proposal)
        d.proposedSection = proposal.value();
    return d;
}

Result<QList<DueClock>> dueClocks(const Session& session)
{
    // The chief and acting chief read every case (第6条); nobody else needs the tree walked for
    // each row only when they read them all too (the auditor, a kind's other reader).
    const bool readsAll = session.role() == Role::Chief || session.role() == Role::ActingChief
                          || std::all_of(CaseKinds::all().begin(), CaseKinds::all().end(), [&](const CaseKind& kind) {
                                 return kind.alsoReaders.contains(session.role());
                             });
    std::optional<Reader> reader;
    if (!readsAll) {
        auto loaded = readerFor(session);
        if (!loaded)
            return loaded.error();
        reader = std::move(loaded.value());
    }
    // Through case_clocks_due: only the running clocks are read, however many cases are closed.
    auto rows = session.db().cached(QStringLiteral(
        "SELECT k.case_id, c.kind, c.number, c.fiscal_year, k.clock, k.due_on, k.flags, c.desk_id, c.section_id, "
        "c.title FROM case_clocks k JOIN cases c ON c.id = k.case_id WHERE k.running = 1 ORDER BY k.due_on, "
        "k.case_id"));
    if (!rows)
        return rows.error();
    QList<DueClock> due;
    due.reserve(1024);
    FewTexts kinds(kindLiteral);
    FewTexts clocks(clockLiteral);
    DAICHO_TRY(rows.value()->forEach([&](Statement& row) {
        const QString& kind = kinds.decode(row.utf8(1));
        const std::optional<std::int64_t> section = row.optionalInteger(8);
        if (reader && !reader->mayRead(kind, row.optionalInteger(7), section))
            return;
        // Built in place: a copy would count the title's references up and down once more.
        DueClock& d = due.emplaceBack();
        d.caseId = row.integer(0);
        d.kind = kind;
        d.number = static_cast<int>(row.integer(2));
        d.fiscalYear = static_cast<int>(row.integer(3));
        d.clock = clocks.decode(row.utf8(4));
        d.dueOn = isoDate(row.utf8(5));
        d.flags = static_cast<int>(row.integer(6));
        d.sectionId = section;
        d.title = row.text(9);
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
