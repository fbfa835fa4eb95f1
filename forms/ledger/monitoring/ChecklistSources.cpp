#include "ledger/monitoring/ChecklistSources.h"

#include "auth/Session.h"
#include "ledger/FormRegistry.h"
#include "ledger/monitoring/CheckItems.h"
#include "ledger/monitoring/EarlierSheet.h"

#include <QCoreApplication>

namespace daicho {

namespace {

Error signedOut()
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("daicho::ChecklistSources", "Nobody is signed in."));
}

} // namespace

ChecklistFieldEditor::ItemsSource currentCheckItemsSource(SessionSource session)
{
    return [session]() -> Result<ChecklistLines> {
        Session* s = session ? session() : nullptr;
        if (!s)
            return signedOut();
        const Result<QList<CheckItem>> items = CheckItems::list(*s, false);
        if (!items)
            return items.error();
        return checklistFromItems(items.value());
    };
}

ChecklistFieldEditor::EarlierSheetSource
earlierSheetSource(SessionSource session, std::function<std::optional<EntryId>()> except, QString checklistKey)
{
    return [session, except, checklistKey]() -> Result<std::optional<ChecklistFieldEditor::EarlierSheet>> {
        Session* s = session ? session() : nullptr;
        if (!s)
            return signedOut();
        const Result<std::optional<LedgerEntry>> newest =
            newestMonitoringSheet(*s, except ? except() : std::optional<EntryId>());
        if (!newest)
            return newest.error();
        if (!newest.value())
            return std::optional<ChecklistFieldEditor::EarlierSheet>();
        const LedgerEntry& entry = *newest.value();
        ChecklistFieldEditor::EarlierSheet sheet;
        sheet.id = entry.id;
        sheet.number = entry.number;
        sheet.date = entry.date;
        const FormDefinition* sheetForm = FormRegistry::find(entry.formId);
        const QVariant year =
            sheetForm && sheetForm->monitoring ? entry.values.value(sheetForm->monitoring->fiscalYear) : QVariant();
        if (year.isValid() && !year.isNull())
            sheet.fiscalYear = year.toLongLong();
        // A sheet this version cannot read offers no lines, and the editor says so.
        sheet.lines = checklistFromValue(entry.values.value(checklistKey)).value_or(ChecklistLines{});
        return std::optional<ChecklistFieldEditor::EarlierSheet>(std::move(sheet));
    };
}

} // namespace daicho
