#include "ledger/EntryValidator.h"

#include "ledger/Labels.h"
#include "ledger/monitoring/Checklist.h"

#include <QCoreApplication>

#include <algorithm>

namespace daicho {

namespace {

bool isEmptyValue(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().trimmed().isEmpty();
    case QMetaType::QStringList: {
        const QStringList list = v.toStringList();
        return std::all_of(list.begin(), list.end(), [](const QString& s) { return s.trimmed().isEmpty(); });
    }
    case QMetaType::QVariantList:
        return v.toList().isEmpty();
    default:
        return false;
    }
}

bool hasType(const QVariant& v, FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Choice:
    case FieldType::Purpose:
        return v.typeId() == QMetaType::QString;
    case FieldType::Date:
        return v.typeId() == QMetaType::QDate && v.toDate().isValid();
    case FieldType::DateTime:
        return v.typeId() == QMetaType::QDateTime && v.toDateTime().isValid();
    case FieldType::Integer:
    case FieldType::RegisterEntry:
    case FieldType::Department:
    case FieldType::Person:
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
    case FieldType::Boolean:
        return v.typeId() == QMetaType::Bool;
    case FieldType::MultiChoice:
    case FieldType::TextList:
        return v.typeId() == QMetaType::QStringList;
    case FieldType::Checklist:
        return checklistFromValue(v).has_value();
    }
    return false;
}

QString label(const FieldDefinition& f)
{
    // The statutory item name in Japanese, the English one otherwise.
    return fieldLabel(f);
}

// Each line of a monitoring sheet: a known area, the item's text, and texts that fit.
void checkChecklistLines(const FieldDefinition& f, const ChecklistLines& lines, QList<Issue>& issues)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ChecklistLine& line = lines[i];
        const QString where =
            QCoreApplication::translate("daicho::EntryValidator", "“%1”, line %2").arg(label(f)).arg(i + 1);
        auto tooLong = [&](const QString& text, int max, const char* what) {
            if (text.size() > max)
                issues << Issue{f.key, QCoreApplication::translate("daicho::EntryValidator",
                                                                   "%1: the %2 is too long (at most %3 characters).")
                                           .arg(where, QCoreApplication::translate("daicho::EntryValidator", what))
                                           .arg(max)};
        };
        if (!findCheckArea(line.area))
            issues << Issue{f.key, QCoreApplication::translate("daicho::EntryValidator",
                                                               "%1 belongs to no known area of the sheet.")
                                       .arg(where)};
        if (line.text.trimmed().isEmpty())
            issues << Issue{
                f.key, QCoreApplication::translate("daicho::EntryValidator", "%1 says nothing to check.").arg(where)};
        tooLong(line.text, kCheckItemTextMax, QT_TRANSLATE_NOOP("daicho::EntryValidator", "check item"));
        tooLong(line.evidence, kCheckEvidenceMax, QT_TRANSLATE_NOOP("daicho::EntryValidator", "evidence"));
        tooLong(line.comment, kCheckCommentMax, QT_TRANSLATE_NOOP("daicho::EntryValidator", "comment"));
    }
}

// A field choosing a record of the database, and what it says when the chosen one does not
// exist (translated in daicho::EntryValidator, %1 the item).
struct RecordChoice {
    FieldType type;
    bool (*exists)(const ValidationContext& context, qint64 id); // true when the context cannot tell
    const char* missing;
};

const RecordChoice kRecordChoices[] = {
    {FieldType::RegisterEntry,
     [](const ValidationContext& c, qint64 id) { return !c.registerPurposes || c.registerPurposes(id).has_value(); },
     QT_TRANSLATE_NOOP("daicho::EntryValidator", "The register entry chosen for “%1” does not exist.")},
    {FieldType::Department,
     [](const ValidationContext& c, qint64 id) { return !c.departmentExists || c.departmentExists(id); },
     QT_TRANSLATE_NOOP("daicho::EntryValidator", "The department chosen for “%1” does not exist.")},
    {FieldType::Person, [](const ValidationContext& c, qint64 id) { return !c.personExists || c.personExists(id); },
     QT_TRANSLATE_NOOP("daicho::EntryValidator", "The person chosen for “%1” does not exist.")},
};

// What to say when the record a field of `type` chooses (`id`) does not exist, or nothing.
const char* missingRecord(FieldType type, qint64 id, const ValidationContext& context)
{
    for (const RecordChoice& choice : kRecordChoices)
        if (choice.type == type)
            return choice.exists(context, id) ? nullptr : choice.missing;
    return nullptr;
}

} // namespace

bool leftOutAsBefore(const FormDefinition& form, const FieldDefinition& field, const FieldValues& values)
{
    // 規程第31条8項・第32条5項: the earlier record holds it (TransferRules checks that one).
    const QString& omitted = form.transferFields.omittedItems;
    return field.omissible && !omitted.isEmpty() && values.value(omitted).toStringList().contains(field.key);
}

bool conditionHolds(const FieldCondition& condition, const FieldValues& values)
{
    const QVariant on = values.value(condition.field);
    if (condition.orAbsent && isEmptyValue(on))
        return true;
    const QString value = on.typeId() == QMetaType::Bool
                              ? (on.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : on.toString();
    return condition.values.contains(value);
}

bool fieldApplies(const FieldDefinition& field, const FieldValues& values)
{
    return !field.onlyWhen || conditionHolds(*field.onlyWhen, values);
}

QString missingItemMessage(const FieldDefinition& field, const QString& why)
{
    bool chosen = false;
    switch (field.type) {
    case FieldType::Choice:
    case FieldType::MultiChoice:
    case FieldType::Boolean:
    case FieldType::RegisterEntry:
    case FieldType::Purpose:
    case FieldType::Department:
    case FieldType::Person:
        chosen = true;
        break;
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Date:
    case FieldType::DateTime:
    case FieldType::Integer:
    case FieldType::TextList:
    case FieldType::Checklist:
        break;
    }
    const QString name = fieldLabel(field);
    if (why.isEmpty())
        return chosen ? QCoreApplication::translate("daicho::EntryValidator", "Choose “%1”.").arg(name)
                      : QCoreApplication::translate("daicho::EntryValidator", "Enter “%1”.").arg(name);
    return chosen ? QCoreApplication::translate("daicho::EntryValidator", "Choose “%1”: %2.").arg(name, why)
                  : QCoreApplication::translate("daicho::EntryValidator", "Enter “%1”: %2.").arg(name, why);
}

QList<Issue> validateEntry(const FormDefinition& form, const FieldValues& values, const ValidationContext& context)
{
    QList<Issue> issues;
    auto issue = [&](const FieldDefinition& f, const QString& message) { issues << Issue{f.key, message}; };

    for (auto it = values.begin(); it != values.end(); ++it)
        if (!form.field(it.key()))
            issues << Issue{it.key(),
                            QCoreApplication::translate("daicho::EntryValidator", "“%1” is not an item of %2.")
                                .arg(it.key(), form.number)};

    for (const FieldDefinition& f : form.fields) {
        const QVariant value = values.value(f.key);
        const bool empty = isEmptyValue(value);
        if (!fieldApplies(f, values)) {
            if (!empty)
                issue(f, QCoreApplication::translate("daicho::EntryValidator",
                                                     "“%1” does not apply to this entry; clear it.")
                             .arg(label(f)));
            continue;
        }
        if (empty) {
            if (f.required && !leftOutAsBefore(form, f, values))
                issue(f, missingItemMessage(f));
            continue;
        }
        if (!hasType(value, f.type)) {
            issue(f, QCoreApplication::translate("daicho::EntryValidator", "“%1” has a value of the wrong kind.")
                         .arg(label(f)));
            continue;
        }
        switch (f.type) {
        case FieldType::Text:
        case FieldType::LongText:
            if (value.toString().size() > f.maxLength)
                issue(f,
                      QCoreApplication::translate("daicho::EntryValidator", "“%1” is too long: at most %2 characters.")
                          .arg(label(f))
                          .arg(f.maxLength));
            break;
        case FieldType::TextList:
            for (const QString& item : value.toStringList())
                if (item.size() > f.maxLength)
                    issue(f, QCoreApplication::translate("daicho::EntryValidator",
                                                         "An item of “%1” is too long: at most %2 characters.")
                                 .arg(label(f))
                                 .arg(f.maxLength));
            break;
        case FieldType::Integer:
            if (value.toLongLong() < 0)
                issue(f,
                      QCoreApplication::translate("daicho::EntryValidator", "“%1” cannot be negative.").arg(label(f)));
            break;
        case FieldType::Choice:
        case FieldType::MultiChoice: {
            const QStringList chosen =
                f.type == FieldType::Choice ? QStringList{value.toString()} : value.toStringList();
            for (const QString& key : chosen) {
                const auto option = std::find_if(f.choices.begin(), f.choices.end(),
                                                 [&](const ChoiceOption& o) { return o.key == key; });
                if (option == f.choices.end()) {
                    issue(f, QCoreApplication::translate("daicho::EntryValidator",
                                                         "“%1” must be one of the listed choices.")
                                 .arg(label(f)));
                } else if (option->onlyWhen && !conditionHolds(*option->onlyWhen, values)) {
                    const FieldDefinition* on = form.field(option->onlyWhen->field);
                    issue(f, QCoreApplication::translate("daicho::EntryValidator",
                                                         "“%1” cannot be “%2” when “%3” is “%4” (%5). Choose one that "
                                                         "fits.")
                                 .arg(label(f), choiceLabel(f, key, interfaceLabelLanguage()),
                                      on ? label(*on) : option->onlyWhen->field,
                                      on ? choiceLabel(*on, values.value(on->key).toString(), interfaceLabelLanguage())
                                         : QString(),
                                      citedArticle(f.article)));
                }
            }
            break;
        }
        case FieldType::RegisterEntry:
        case FieldType::Department:
        case FieldType::Person:
            if (const char* missing = missingRecord(f.type, value.toLongLong(), context))
                issue(f, QCoreApplication::translate("daicho::EntryValidator", missing).arg(label(f)));
            break;
        case FieldType::Purpose: {
            // 第25条: a use must name one of the purposes registered for the data (様式3).
            const FieldDefinition* reg = nullptr;
            for (const FieldDefinition& other : form.fields)
                if (other.type == FieldType::RegisterEntry)
                    reg = &other;
            const QVariant regValue = reg ? values.value(reg->key) : QVariant();
            const auto purposes = (context.registerPurposes && regValue.isValid())
                                      ? context.registerPurposes(regValue.toLongLong())
                                      : std::nullopt;
            if (!purposes || !purposes->contains(value.toString()))
                issue(f, QCoreApplication::translate(
                             "daicho::EntryValidator",
                             "“%1” must be one of the purposes registered for the chosen database (第25条).")
                             .arg(label(f)));
            break;
        }
        case FieldType::Checklist:
            checkChecklistLines(f, *checklistFromValue(value), issues);
            break;
        case FieldType::Date:
        case FieldType::DateTime:
        case FieldType::Boolean:
            break;
        }
    }
    return issues;
}

} // namespace daicho
