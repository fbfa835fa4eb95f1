#include "ledger/LedgerReader.h"

#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerProjection.h"
#include "ledger/internal/LedgerRecords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace daicho {

const QString kRevisionColumns =
    QStringLiteral("id, entry_id, number, form, author_id, at_utc, department_id, reason, keeps_approval, data");
const QString kApprovalColumns = QStringLiteral("id, entry_id, revision_id, approver_id, at_utc, decision, comment");

namespace {

Error unknownForm(const QString& formId)
{
    return makeError(ErrorCode::Corrupt,
                     QCoreApplication::translate("daicho::LedgerReader",
                                                 "The database holds entries of a form this version of Daicho does "
                                                 "not know (%1). Use the version that wrote them.")
                         .arg(formId),
                     formId);
}

Error noSuchEntry(EntryId id)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("daicho::LedgerReader", "Entry %1 does not exist.").arg(id));
}

QDateTime utc(const QString& iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.toUTC();
}

} // namespace

Result<LedgerRevision> readRevision(const Statement& row)
{
    LedgerRevision r;
    r.id = row.integer(0);
    r.entryId = row.integer(1);
    r.number = static_cast<int>(row.integer(2));
    r.formId = row.text(3);
    r.authorId = row.integer(4);
    r.atUtc = utc(row.text(5));
    if (!row.isNull(6))
        r.departmentId = row.integer(6);
    r.reason = row.text(7);
    r.keepsApproval = row.integer(8) != 0;
    const FormDefinition* form = FormRegistry::find(r.formId);
    if (!form)
        return unknownForm(r.formId);
    auto values = decodeEntryValues(*form, row.blob(9));
    if (!values)
        return values.error();
    r.values = std::move(values.value());
    return r;
}

LedgerApproval readApproval(const Statement& row)
{
    LedgerApproval a;
    a.id = row.integer(0);
    a.entryId = row.integer(1);
    a.revisionId = row.integer(2);
    a.approverId = row.integer(3);
    a.atUtc = utc(row.text(4));
    a.decision = decisionFromKey(row.text(5)).value_or(Decision::Return);
    a.comment = row.text(6);
    return a;
}

Result<QList<LedgerRevision>> LedgerReader::loadRevisions(const Database& db, EntryId id)
{
    auto select = db.prepare(
        QStringLiteral("SELECT %1 FROM ledger_revisions WHERE entry_id = ? ORDER BY number").arg(kRevisionColumns), id);
    if (!select)
        return select.error();
    QList<LedgerRevision> list;
    DAICHO_TRY(select->forEach([&](const Statement& row) -> Status {
        auto revision = readRevision(row);
        if (!revision)
            return revision.error();
        list << std::move(revision.value());
        return {};
    }));
    return list;
}

Result<QList<LedgerApproval>> LedgerReader::loadApprovals(const Database& db, EntryId id)
{
    return db.readRows(
        QStringLiteral("SELECT %1 FROM ledger_approvals WHERE entry_id = ? ORDER BY id").arg(kApprovalColumns),
        readApproval, id);
}

Result<EntryHistory> LedgerReader::loadHistory(const Database& db, EntryId id)
{
    auto revisions = loadRevisions(db, id);
    if (!revisions)
        return revisions.error();
    auto approvals = loadApprovals(db, id);
    if (!approvals)
        return approvals.error();
    return EntryHistory{std::move(revisions.value()), std::move(approvals.value())};
}

Result<std::int64_t> LedgerReader::numberOf(const Database& db, EntryId id)
{
    auto entry = db.firstRow(QStringLiteral("SELECT number FROM ledger_entries WHERE id = ?"), id);
    if (!entry)
        return entry.error();
    return entry->has_value() ? entry->value().integer(0) : std::int64_t{0};
}

Result<std::optional<QString>> LedgerReader::formOf(const Database& db, EntryId id)
{
    auto entry = db.firstRow(QStringLiteral("SELECT form FROM ledger_entries WHERE id = ?"), id);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return std::optional<QString>();
    return std::optional<QString>(entry.value()->text(0));
}

std::optional<EarlierRecord> LedgerReader::loadEarlierRecord(const Database& db, EntryId id)
{
    auto form = formOf(db, id);
    if (!form || !form.value())
        return std::nullopt;
    auto revisions = loadRevisions(db, id);
    if (!revisions || revisions->isEmpty())
        return std::nullopt;
    const FormDefinition* definition = FormRegistry::find(*form.value());
    const auto number = numberOf(db, id);
    const QString name = (definition ? definition->number : *form.value()) + QStringLiteral(" No.")
                         + QString::number(number ? number.value() : 0);
    return EarlierRecord{*form.value(), revisions->last().values, name};
}

QList<FieldValues> LedgerReader::recordsRelyingOn(const Database& db, const FormDefinition& form, EntryId id)
{
    QList<FieldValues> relying;
    if (!form.transfer || form.transferFields.earlierRecord.isEmpty())
        return relying;
    for (const FormDefinition& other : FormRegistry::all()) {
        if (!other.transfer || other.transfer->direction != form.transfer->direction
            || other.transferFields.earlierRecord.isEmpty())
            continue;
        auto ids = db.prepare(QStringLiteral("SELECT id FROM ledger_entries WHERE form = ? AND id > ?"), other.id, id);
        if (!ids)
            continue;
        QList<EntryId> later;
        while (true) {
            auto step = ids->step();
            if (!step || !step.value())
                break;
            later << ids->integer(0);
        }
        for (EntryId laterId : later) {
            auto revisions = loadRevisions(db, laterId);
            if (!revisions || revisions->isEmpty())
                continue;
            const FieldValues& values = revisions->last().values;
            if (values.value(other.transferFields.earlierRecord).toLongLong() == id)
                relying << values;
        }
    }
    return relying;
}

Result<std::optional<RegisterChoice>> LedgerReader::loadRegisterChoice(const Database& db, EntryId id)
{
    auto form = formOf(db, id);
    if (!form)
        return form.error();
    const FormDefinition* registerForm = FormRegistry::managementRegister();
    if (!registerForm || !form.value() || *form.value() != registerForm->id)
        return std::optional<RegisterChoice>();
    const RegisterFields& fields = *registerForm->registerFields;
    auto revisions = loadRevisions(db, id);
    if (!revisions)
        return revisions.error();
    if (revisions->isEmpty())
        return std::optional<RegisterChoice>();
    const FieldValues& v = revisions->last().values;
    QStringList media;
    static const QRegularExpression separators(QStringLiteral("[、，,／/\\n]"));
    for (const QString& medium : v.value(fields.medium).toString().split(separators, Qt::SkipEmptyParts))
        if (!medium.trimmed().isEmpty())
            media << medium.trimmed();
    return std::optional<RegisterChoice>(RegisterChoice{id, v.value(fields.name).toString(),
                                                        v.value(fields.purposes).toStringList(),
                                                        v.value(fields.sensitive).toBool(), media});
}

namespace {

// The form of an entry the signed-in person may read.
Result<const FormDefinition*> readableForm(const Session& session, EntryId id)
{
    auto formId = LedgerReader::formOf(session.db(), id);
    if (!formId)
        return formId.error();
    if (!formId.value())
        return noSuchEntry(id);
    const FormDefinition* form = FormRegistry::find(*formId.value());
    if (!form)
        return unknownForm(*formId.value());
    DAICHO_TRY(LedgerAccess::requireRead(session, *form));
    return form;
}

} // namespace

Result<LedgerEntry> LedgerReader::entry(const Session& session, EntryId id)
{
    auto readable = readableForm(session, id);
    if (!readable)
        return readable.error();
    const FormDefinition* form = readable.value();
    auto history = loadHistory(session.db(), id);
    if (!history)
        return history.error();
    if (history->revisions.isEmpty())
        return noSuchEntry(id);
    const ProjectedEntry p = projectEntry(*form, history->revisions, history->approvals);
    auto number = numberOf(session.db(), id);
    if (!number)
        return number.error();
    return LedgerEntry{.id = id,
                       .number = number.value(),
                       .formId = form->id,
                       .date = QDate::fromString(p.entryDate, Qt::ISODate),
                       .departmentId = p.departmentId,
                       .registerId = p.registerId,
                       .state = p.state,
                       .revisionId = p.revisionId,
                       .revisionCount = p.revisionCount,
                       .authorId = p.authorId,
                       .values = history->revisions.last().values};
}

Result<std::int64_t> LedgerReader::number(const Session& session, EntryId id)
{
    if (auto readable = readableForm(session, id); !readable)
        return readable.error();
    return numberOf(session.db(), id);
}

Result<QList<LedgerRevision>> LedgerReader::revisions(const Session& session, EntryId id)
{
    if (auto readable = readableForm(session, id); !readable)
        return readable.error();
    return loadRevisions(session.db(), id);
}

Result<QList<LedgerApproval>> LedgerReader::approvals(const Session& session, EntryId id)
{
    if (auto readable = readableForm(session, id); !readable)
        return readable.error();
    return loadApprovals(session.db(), id);
}

Result<QList<RegisterChoice>> LedgerReader::registerChoices(const Session& session)
{
    const FormDefinition* form = FormRegistry::managementRegister();
    if (!form)
        return QList<RegisterChoice>();
    DAICHO_TRY(LedgerAccess::requireRead(session, *form));
    auto select =
        session.db().prepare(QStringLiteral("SELECT id FROM ledger_entries WHERE form = ? ORDER BY id"), form->id);
    if (!select)
        return select.error();
    QList<RegisterChoice> choices;
    DAICHO_TRY(select->forEach([&](const Statement& row) -> Status {
        auto choice = loadRegisterChoice(session.db(), row.integer(0));
        if (!choice)
            return choice.error();
        if (choice.value())
            choices << *choice.value();
        return {};
    }));
    return choices;
}

ValidationContext LedgerReader::validationContext(const Database& db)
{
    ValidationContext context;
    context.registerPurposes = [&db](qint64 id) -> std::optional<QStringList> {
        auto choice = loadRegisterChoice(db, id);
        if (!choice || !choice.value())
            return std::nullopt;
        return choice.value()->purposes;
    };
    auto exists = [&db](const QString& sql, qint64 id) {
        auto found = db.hasRow(sql, static_cast<std::int64_t>(id));
        return found.ok() && found.value();
    };
    context.departmentExists = [exists](qint64 id) {
        return exists(QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), id);
    };
    context.personExists = [exists](qint64 id) {
        return exists(QStringLiteral("SELECT 1 FROM users WHERE id = ? AND active = 1"), id);
    };
    return context;
}

} // namespace daicho
