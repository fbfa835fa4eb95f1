#include "ledger/internal/DefinitionRefresh.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "crypto/Crypto.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerProjection.h"
#include "ledger/internal/LedgerRecords.h"
#include "ledger/internal/ProjectionWriter.h"
#include "ledger/internal/SearchIndex.h"

#include <QJsonObject>

namespace daicho {

namespace {

// What projectEntry() reads from a definition: the date item, the register item, the order
// and kind of the searched items and the names of their choices, and what the state is
// derived from.
QString digestOf(const FormDefinition& form)
{
    // "search:3": what searchTextOf() takes of each item (since issue 11 §1, the names of
    // choices and numbers too; since "search:3" a token per department, person and register
    // entry) — a change there derives every row's search text again.
    // "number:1": each entry's No. in its own ledger (schema 8, issue 11 §8).
    QStringList parts{form.id,
                      form.dateField,
                      QString::number(static_cast<int>(form.approval)),
                      form.completionField,
                      QStringLiteral("search:3"),
                      QStringLiteral("number:1")};
    for (const FieldDefinition& f : form.fields) {
        parts << QStringLiteral("%1:%2:%3:%4:%5")
                     .arg(f.key)
                     .arg(static_cast<int>(f.type))
                     .arg(f.searchable ? 1 : 0)
                     .arg(f.afterApproval ? 1 : 0)
                     .arg(f.entryReference ? 1 : 0);
        // The names a choice is found by.
        for (const ChoiceOption& option : f.choices)
            parts << option.key + QLatin1Char('=') + option.labelJa + QLatin1Char('/') + option.labelEn;
    }
    const QByteArray text = parts.join(QChar(0x1F)).toUtf8();
    return QString::fromLatin1(crypto::sha256(text).toHex().left(16));
}

QJsonObject digests()
{
    QJsonObject all;
    for (const FormDefinition& form : FormRegistry::all())
        all.insert(form.id, digestOf(form));
    return all;
}

// Derives again the rows of the entries of `forms`; returns the ids of those that changed.
Result<QList<EntryId>> refreshForms(Session& session, const QStringList& forms)
{
    Database& db = session.db();
    QList<EntryId> changed;
    for (const QString& formId : forms) {
        const FormDefinition* form = FormRegistry::find(formId);
        if (!form)
            continue;
        auto rows = db.prepare(QStringLiteral("SELECT id, search_text, entry_date, state, number FROM "
                                              "ledger_entries WHERE form = ? ORDER BY id"),
                               formId);
        if (!rows)
            return rows.error();
        struct Stored {
            EntryId id;
            QString searchText;
            QString entryDate;
            QString state;
            std::int64_t number;
        };
        QList<Stored> stored;
        while (true) {
            auto step = rows->step();
            if (!step)
                return step.error();
            if (!step.value())
                break;
            stored << Stored{rows->integer(0), rows->text(1), rows->text(2), rows->text(3), rows->integer(4)};
        }
        std::int64_t number = 0;
        for (const Stored& s : stored) {
            // The n-th entry of the form is its No. n, as the verifier derives it.
            if (++number != s.number) {
                DAICHO_TRY(db.run(QStringLiteral("UPDATE ledger_entries SET number = ? WHERE id = ?"), number, s.id));
                changed << s.id;
            }
            // What cannot be read is left as it is for the verifier to name: a damaged row must
            // not keep everyone, the chief included, from signing in.
            auto history = LedgerReader::loadHistory(db, s.id);
            if (!history || history->revisions.isEmpty())
                continue;
            const ProjectedEntry p = projectEntry(*form, history->revisions, history->approvals);
            if (p.searchText == s.searchText && p.entryDate == s.entryDate && entryStateKey(p.state) == s.state)
                continue;
            DAICHO_TRY(writeProjection(db, p, false));
            DAICHO_TRY(SearchIndex::changeEntryText(db, s.id, s.searchText, p.searchText));
            if (changed.isEmpty() || changed.last() != s.id)
                changed << s.id;
        }
    }
    return changed;
}

Status recordDigests(Database& db)
{
    DAICHO_TRY(db.exec(QStringLiteral("DELETE FROM ledger_definitions")));
    const QJsonObject now = digests();
    for (auto it = now.begin(); it != now.end(); ++it)
        DAICHO_TRY(db.run(QStringLiteral("INSERT INTO ledger_definitions (form, digest) VALUES (?, ?)"), it.key(),
                          it.value().toString()));
    return {};
}

} // namespace

Status DefinitionRefresh::recordAtCreation(Database& db)
{
    return recordDigests(db);
}

Status DefinitionRefresh::refreshIfChanged(Session& session)
{
    auto rows = session.db().prepare(QStringLiteral("SELECT form, digest FROM ledger_definitions"));
    if (!rows)
        return rows.error();
    QJsonObject before;
    while (true) {
        auto step = rows->step();
        if (!step)
            return step.error();
        if (!step.value())
            break;
        before.insert(rows->text(0), rows->text(1));
    }
    const QJsonObject now = digests();
    if (before == now)
        return {};
    QStringList forms;
    for (auto it = now.begin(); it != now.end(); ++it)
        if (before.value(it.key()) != it.value())
            forms << it.key();
    auto changed = refreshForms(session, forms);
    if (!changed)
        return changed.error();
    DAICHO_TRY(recordDigests(session.db()));
    // The entries whose rows changed are named (the first hundred): a row an insider altered
    // and the refresh put right leaves its number in the trail.
    QStringList ids;
    for (EntryId id : changed->mid(0, 100))
        ids << QString::number(id);
    auto seq = AuditLog::append(session, {QStringLiteral("ledger.definitions"),
                                          {},
                                          {},
                                          auditDetail({{QStringLiteral("forms"), forms.join(QLatin1Char(','))},
                                                       {QStringLiteral("rows"), QString::number(changed->size())},
                                                       {QStringLiteral("entries"), ids.join(QLatin1Char(','))}})});
    if (!seq)
        return seq.error();
    return {};
}

} // namespace daicho
