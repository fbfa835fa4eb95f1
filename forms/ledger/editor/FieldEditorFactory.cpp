#include "ledger/editor/FieldEditorFactory.h"

#include "common/JapaneseCalendar.h"

#include "ledger/LedgerDirectory.h"
#include "ledger/editor/CheckFieldEditor.h"
#include "ledger/editor/ComboFieldEditor.h"
#include "ledger/editor/DateFieldEditor.h"
#include "ledger/editor/LineFieldEditor.h"
#include "ledger/editor/PlainTextFieldEditor.h"
#include "ledger/editor/SuggestFieldEditor.h"
#include "ledger/monitoring/ChecklistFieldEditor.h"

namespace daicho {

namespace {

using Options = QList<ComboFieldEditor::Option>;

Options namedOptions(const QList<std::pair<std::int64_t, QString>>& named)
{
    Options options;
    for (const auto& [id, name] : named)
        options.append({name, QVariant::fromValue<qint64>(id)});
    return options;
}

// A fiscal year (様式4's year checked) as a Japanese office names it: 令和8年度（2026年度）,
// chosen from this year back ten years; an older stored year is shown as it is.
FieldEditor* fiscalYearEditor(const FieldDefinition& field, QDate today, QWidget* parent)
{
    auto label = [](qint64 year) -> QString {
        return formatFiscalYear(static_cast<int>(year)) + QStringLiteral("（%1年度）").arg(year);
    };
    const int current = fiscalYear(today);
    Options options;
    for (int year = current; year >= current - 10; --year)
        options.append({label(year), QVariant::fromValue<qint64>(year)});
    return new ComboFieldEditor(
        field, options, [label](const QVariant& year) { return label(year.toLongLong()); }, parent);
}

} // namespace

FieldEditor* createFieldEditor(const FieldDefinition& field, const LedgerDirectory& directory, QWidget* parent)
{
    switch (field.type) {
    case FieldType::Integer:
        if (field.fiscalYear)
            return fiscalYearEditor(field, directory.today(), parent);
        // The records it may name are offered by the editor dialog, which knows the form.
        if (field.entryReference)
            return new ComboFieldEditor(
                field, {}, [directory](const QVariant& id) { return directory.entryReferenceText(id.toLongLong()); },
                parent);
        return new LineFieldEditor(field, parent);
    case FieldType::Text:
        if (field.suggestsRegisterHoldings)
            return new SuggestFieldEditor(field, parent);
        return new LineFieldEditor(field, parent);
    case FieldType::LongText:
    case FieldType::TextList:
        return new PlainTextFieldEditor(field, parent);
    case FieldType::Date:
    case FieldType::DateTime:
        return new DateFieldEditor(field, directory.today(), parent);
    case FieldType::MultiChoice:
    case FieldType::Boolean:
        return new CheckFieldEditor(field, parent);
    case FieldType::Choice: {
        Options options;
        for (const ChoiceOption& option : field.choices)
            options.append({choiceLabel(field, option.key, interfaceLabelLanguage()), option.key});
        return new ComboFieldEditor(field, options, nullptr, parent);
    }
    case FieldType::RegisterEntry: {
        Options options;
        for (const RegisterChoice& choice : directory.registers())
            options.append({choice.name, QVariant::fromValue<qint64>(choice.id)});
        return new ComboFieldEditor(
            field, options, [directory](const QVariant& id) { return directory.registerName(id.toLongLong()); },
            parent);
    }
    case FieldType::Purpose:
        return new ComboFieldEditor(field, {}, nullptr, parent);
    case FieldType::Department:
        return new ComboFieldEditor(
            field, namedOptions(directory.departmentsInUse()), // a retired one only as an entry's own
            [directory](const QVariant& id) { return directory.departmentName(id.toLongLong()); }, parent);
    case FieldType::Person:
        return new ComboFieldEditor(
            field, namedOptions(directory.activePeople()),
            [directory](const QVariant& id) { return directory.personName(id.toLongLong()); }, parent);
    case FieldType::Checklist:
        return new ChecklistFieldEditor(field, parent);
    }
    return new LineFieldEditor(field, parent);
}

} // namespace daicho
