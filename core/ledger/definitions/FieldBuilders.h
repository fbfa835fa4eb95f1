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

inline FieldDefinition choice(const char16_t* key, const char16_t* ja, const char* en, bool required,
                              QList<ChoiceOption> options, const char16_t* article = u"", bool multi = false)
{
    FieldDefinition f = make(key, ja, en, multi ? FieldType::MultiChoice : FieldType::Choice, required, article);
    f.choices = std::move(options);
    return f;
}

inline FieldDefinition listed(FieldDefinition f, bool searchable = false)
{
    f.listed = true;
    f.searchable = f.searchable || searchable;
    return f;
}

inline FieldDefinition searchable(FieldDefinition f)
{
    f.searchable = true;
    return f;
}

// The Person field naming whoever writes the entry: a new entry starts with the writer.
inline FieldDefinition namingWriter(FieldDefinition f)
{
    f.namesWriter = true;
    return f;
}

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

// A yes/no item that must be answered yes before the entry can be saved (the confirmations
// of 第32条1–3項, the consent of a consent-based record).
inline FieldDefinition mustBeYes(FieldDefinition f)
{
    f.mustBeYes = true;
    return f;
}

inline FieldDefinition afterApproval(FieldDefinition f)
{
    f.afterApproval = true;
    return f;
}

inline FieldDefinition longText(FieldDefinition f, int maxLength = 2000)
{
    f.type = FieldType::LongText;
    f.maxLength = maxLength;
    return f;
}

} // namespace daicho::fields
