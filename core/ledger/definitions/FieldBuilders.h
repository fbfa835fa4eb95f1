#pragma once

#include "ledger/FormDefinition.h"

// Short builders for the form definitions, so each definition reads like the form itself.
namespace daicho::fields {

inline FieldDefinition make(const char16_t* key, const char16_t* ja, const char* en, FieldType type, bool required,
                            const char16_t* article = u"")
{
    FieldDefinition f;
    f.key = QString::fromUtf16(key);
    f.labelJa = QString::fromUtf16(ja);
    f.labelEn = QString::fromLatin1(en);
    f.type = type;
    f.required = required;
    f.article = QString::fromUtf16(article);
    return f;
}

inline ChoiceOption option(const char16_t* key, const char16_t* ja, const char* en)
{
    return {QString::fromUtf16(key), QString::fromUtf16(ja), QString::fromLatin1(en)};
}

// An option allowed only when `field` is one of `values`.
inline ChoiceOption optionWhen(ChoiceOption o, const char16_t* field, QStringList values)
{
    o.onlyWhen = FieldCondition{QString::fromUtf16(field), std::move(values)};
    return o;
}

inline FieldDefinition choice(const char16_t* key, const char16_t* ja, const char* en, bool required,
                              QList<ChoiceOption> options, const char16_t* article = u"", bool multi = false)
{
    FieldDefinition f = make(key, ja, en, multi ? FieldType::MultiChoice : FieldType::Choice, required, article);
    f.choices = std::move(options);
    return f;
}

// A builder that sets one yes/no trait of a field, so that listed(searchable(make(…))) reads
// like the form.
template <bool FieldDefinition::*Trait>
struct WithTrait {
    FieldDefinition operator()(FieldDefinition f) const
    {
        f.*Trait = true;
        return f;
    }
};

inline constexpr WithTrait<&FieldDefinition::listed> listed{};
inline constexpr WithTrait<&FieldDefinition::searchable> searchable{};
// The Person field naming whoever writes the entry: a new entry starts with the writer.
inline constexpr WithTrait<&FieldDefinition::namesWriter> namingWriter{};
// A yes/no item that must be answered yes before the entry can be saved (the confirmations
// of 第32条1–3項, the consent of a consent-based record).
inline constexpr WithTrait<&FieldDefinition::mustBeYes> mustBeYes{};
inline constexpr WithTrait<&FieldDefinition::afterApproval> afterApproval{};
inline constexpr WithTrait<&FieldDefinition::startsToday> startingToday{};

// A moment that may not come before `earlier` (a return before the carry-out).
inline FieldDefinition notBefore(FieldDefinition f, const char16_t* earlier)
{
    f.notBefore = QString::fromUtf16(earlier);
    return f;
}

inline FieldDefinition onlyWhen(FieldDefinition f, const char16_t* field, QStringList values)
{
    f.onlyWhen = FieldCondition{QString::fromUtf16(field), std::move(values)};
    return f;
}

// Issue 10 builders.

// Shown only while `field` is `value`, and also when `field` holds nothing (an older entry,
// read as `value`).
inline FieldDefinition onlyWhenOrAbsent(FieldDefinition f, const char16_t* field, const char16_t* value)
{
    f.onlyWhen = FieldCondition{QString::fromUtf16(field), {QString::fromUtf16(value)}, true};
    return f;
}

// Named `ja` / `en` in the editor while `field` is `value` (or, with `orAbsent`, empty).
inline FieldDefinition labelWhen(FieldDefinition f, const char16_t* field, const char16_t* value, const char16_t* ja,
                                 const char* en, bool orAbsent = false)
{
    f.labelsWhen << ConditionalLabel{FieldCondition{QString::fromUtf16(field), {QString::fromUtf16(value)}, orAbsent},
                                     QString::fromUtf16(ja), QString::fromLatin1(en)};
    return f;
}

inline FieldDefinition hinted(FieldDefinition f, const char16_t* ja, const char* en)
{
    f.hintJa = QString::fromUtf16(ja);
    f.hintEn = QString::fromLatin1(en);
    return f;
}

inline FieldDefinition olderDefault(FieldDefinition f, QVariant value)
{
    f.olderDefault = std::move(value);
    return f;
}

inline FieldDefinition needsOneOf(FieldDefinition f, QStringList keys, const char16_t* article)
{
    f.needsOneOf = std::move(keys);
    f.needsOneOfArticle = QString::fromUtf16(article);
    return f;
}

inline FieldDefinition requiredWhen(FieldDefinition f, const char16_t* field, const char16_t* value)
{
    f.requiredWhen = FieldCondition{QString::fromUtf16(field), {QString::fromUtf16(value)}};
    return f;
}

inline constexpr WithTrait<&FieldDefinition::suggestsRegisterHoldings> suggestingRegisterHoldings{};

// A section of a form: fields shown only when the choice `field` is `value` (the ① ② ④ of
// 様式1), the condition said once for all of them.
inline QList<FieldDefinition> sectionWhen(const char16_t* field, const char16_t* value, QList<FieldDefinition> fields)
{
    for (FieldDefinition& f : fields)
        f = onlyWhen(std::move(f), field, {QString::fromUtf16(value)});
    return fields;
}

// Who keeps a department's logs: staff write, heads and the chief may write too, the head
// of the department reviews or approves.
inline QList<Role> departmentWriters()
{
    return {Role::Staff, Role::DepartmentHead, Role::Chief, Role::ActingChief};
}

// Who approves or reviews a department's logs: its head; the chief and acting chief head
// 総務部 themselves and stand in for any head.
inline QList<Role> departmentApprovers()
{
    return {Role::DepartmentHead, Role::Chief, Role::ActingChief};
}

inline FieldDefinition longText(FieldDefinition f, int maxLength = 2000)
{
    f.type = FieldType::LongText;
    f.maxLength = maxLength;
    return f;
}

// The free note every ledger ends with.
inline FieldDefinition noteField()
{
    return longText(searchable(make(u"note", u"備考", "Note", FieldType::LongText, false)));
}

// The entry of the management register (様式3) an entry concerns.
inline FieldDefinition registerEntryField(const char16_t* article = u"")
{
    return make(u"register", u"個人情報データベース等（管理台帳）", "Database (register entry)",
                FieldType::RegisterEntry, true, article);
}

// The heading of a form: its id, number (様式1), title and the articles it keeps.
inline FormDefinition formHeading(const char16_t* id, const char16_t* number, const char16_t* title,
                                  const char16_t* article)
{
    FormDefinition f;
    f.id = QString::fromUtf16(id);
    f.number = QString::fromUtf16(number);
    f.title = QString::fromUtf16(title);
    f.article = QString::fromUtf16(article);
    return f;
}

// Three years, the period the regulation is expected to set for the departments' logs.
inline RetentionRule threeYearsExpected()
{
    return {RetentionKind::FixedYears, 3, QStringLiteral("(expected)")};
}

// A log a department keeps: its staff write, its head approves or reviews as `approval` says,
// and it is printed across A4 with `stampBoxes` at the foot.
inline FormDefinition keptByDepartment(FormDefinition f, const char16_t* dateField, ApprovalKind approval,
                                       RetentionRule retention, QStringList stampBoxes)
{
    f.dateField = QString::fromUtf16(dateField);
    f.writers = departmentWriters();
    f.approvers = departmentApprovers();
    f.approval = approval;
    f.retention = std::move(retention);
    f.stampBoxes = std::move(stampBoxes);
    f.landscape = true;
    return f;
}

} // namespace daicho::fields
