#include "ledger/FieldEditorFactory.h"

#include "ledger/CheckFieldEditor.h"
#include "ledger/ChecklistFieldEditor.h"
#include "ledger/ComboFieldEditor.h"
#include "ledger/DateFieldEditor.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LineFieldEditor.h"
#include "ledger/PlainTextFieldEditor.h"

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

} // namespace

FieldEditor* createFieldEditor(const FieldDefinition& field, const LedgerDirectory& directory, QWidget* parent)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Integer:
        return new LineFieldEditor(field, parent);
    case FieldType::LongText:
    case FieldType::TextList:
        return new PlainTextFieldEditor(field, parent);
    case FieldType::Date:
    case FieldType::DateTime:
        return new DateFieldEditor(field, parent);
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
            field, namedOptions(directory.departmentList()),
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
