#include "ledger/LedgerProjection.h"

#include "ledger/internal/SearchNames.h"

#include "common/IsoText.h"
#include "common/JapaneseCalendar.h"
#include "ledger/SearchText.h"

#include <algorithm>

namespace daicho {

EntryState deriveState(const FormDefinition& form, const QList<LedgerRevision>& revisions,
                       const QList<LedgerApproval>& approvals)
{
    if (form.approval == ApprovalKind::None || revisions.isEmpty())
        return EntryState::Recorded;
    if (!form.completionField.isEmpty() && !revisions.last().values.value(form.completionField).toBool())
        return EntryState::Draft;
    // The newest revision that changed more than what is filled after approval: decisions
    // about it, or about revisions after it, still stand. Places in the history (ordered by
    // number), not ids: an id is only a row id, which an insider with SQL may choose below
    // the decided revision's to carry its approval over new content.
    qsizetype base = 0;
    for (qsizetype i = 0; i < revisions.size(); ++i)
        if (!revisions[i].keepsApproval)
            base = i;
    std::optional<Decision> last;
    for (const LedgerApproval& a : approvals) {
        const auto decided = std::find_if(revisions.cbegin(), revisions.cend(),
                                          [&](const LedgerRevision& r) { return r.id == a.revisionId; });
        if (decided != revisions.cend() && decided - revisions.cbegin() >= base)
            last = a.decision;
    }
    if (!last)
        return form.approval == ApprovalKind::ApproveBefore ? EntryState::AwaitingApproval : EntryState::AwaitingReview;
    switch (*last) {
    case Decision::Approve:
        return EntryState::Approved;
    case Decision::Review:
        return EntryState::Reviewed;
    case Decision::Return:
        return EntryState::Returned;
    }
    return EntryState::Recorded;
}

QDate entryDateOf(const FormDefinition& form, const FieldValues& values)
{
    const QVariant value = values.value(form.dateField);
    const FieldDefinition* field = form.field(form.dateField);
    if (field && field->type == FieldType::DateTime)
        return toJapanTime(value.toDateTime()).date();
    return value.toDate();
}

namespace {

QStringList choiceNames(const FieldDefinition& field, const QString& key)
{
    for (const ChoiceOption& option : field.choices)
        if (option.key == key)
            return {option.labelJa, option.labelEn};
    return {key};
}

// The texts a person sees of one item, for the search (issue 11 §1): typed text as typed, a
// choice by its names (Japanese and English, as either interface shows it: 「④削除・廃棄」), a
// number as written. Dates are found with the period filter. A register entry, a department or
// a person is held as a token of its id (SearchNames): their names can change, so the query is
// widened with the names at query time instead.
QStringList searchTextsOf(const FieldDefinition& field, const QVariant& value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Purpose:
        return {value.toString()};
    case FieldType::TextList:
        return value.toStringList();
    case FieldType::Choice:
        return choiceNames(field, value.toString());
    case FieldType::MultiChoice: {
        QStringList names;
        for (const QString& key : value.toStringList())
            names << choiceNames(field, key);
        return names;
    }
    case FieldType::Integer:
        // An earlier record is held by its internal id, which nobody sees or searches for.
        if (field.entryReference)
            return {};
        return {QString::number(value.toLongLong())};
    case FieldType::Date:
    case FieldType::DateTime:
    case FieldType::Boolean:
    case FieldType::RegisterEntry:
    case FieldType::Department:
    case FieldType::Person:
    case FieldType::Checklist:
        break;
    }
    return {};
}

} // namespace

QString searchTextOf(const FormDefinition& form, const FieldValues& values)
{
    QStringList parts;
    for (const FieldDefinition& field : form.fields) {
        if (!values.contains(field.key))
            continue;
        if (const auto kind = SearchNames::referenceKind(field.type)) {
            parts << SearchNames::referenceToken(*kind, values.value(field.key).toLongLong());
            continue;
        }
        for (const QString& text : searchTextsOf(field, values.value(field.key))) {
            const QString normalised = normaliseForSearch(text);
            if (!normalised.isEmpty())
                parts << normalised;
        }
    }
    // A separator no query contains, so no match spans two fields.
    return parts.isEmpty() ? QStringLiteral("") : parts.join(QChar(0x1F)); // '' not NULL: the column is NOT NULL
}

ProjectedEntry projectEntry(const FormDefinition& form, const QList<LedgerRevision>& revisions,
                            const QList<LedgerApproval>& approvals)
{
    ProjectedEntry p;
    if (revisions.isEmpty())
        return p;
    const LedgerRevision& first = revisions.first();
    const LedgerRevision& current = revisions.last();
    p.id = current.entryId;
    p.formId = form.id;
    p.entryDate = isoDate(entryDateOf(form, current.values));
    p.departmentId = current.departmentId;
    if (const FieldDefinition* reg = form.firstOfType(FieldType::RegisterEntry);
        reg && current.values.contains(reg->key))
        p.registerId = current.values.value(reg->key).toLongLong();
    p.state = deriveState(form, revisions, approvals);
    p.revisionId = current.id;
    p.revisionCount = static_cast<int>(revisions.size());
    p.authorId = first.authorId;
    p.searchText = searchTextOf(form, current.values);
    return p;
}

} // namespace daicho
