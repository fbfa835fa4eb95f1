#include "exchange/ChecklistExport.h"

#include "audit/AuditLog.h"
#include "auth/Permission.h"
#include "exchange/internal/TableExport.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerReader.h"
#include "ledger/monitoring/Checklist.h"

#include <QCoreApplication>

namespace daicho {

namespace {

Error noChecklist()
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("daicho::ChecklistExport",
                                                                          "This entry has no check items to export."));
}

} // namespace

Result<ExportTable> checklistExportTable(const Session& session, EntryId id)
{
    DAICHO_TRY(requirePermission(session, Operation::ExportLedgers));
    auto entry = LedgerReader::entry(session, id);
    if (!entry)
        return entry.error();
    const FormDefinition* form = FormRegistry::find(entry->formId);
    const FieldDefinition* field = form ? form->firstOfType(FieldType::Checklist) : nullptr;
    if (!field)
        return noChecklist();
    const auto lines = checklistFromValue(entry->values.value(field->key));
    if (!lines)
        return noChecklist();
    ExportTable table;
    table.formId = form->id;
    table.formNumber = form->number;
    table.formTitle = form->title + QStringLiteral("（") + field->labelJa + QStringLiteral("）");
    table.landscape = true;
    table.header = {QStringLiteral("No."),          QStringLiteral("区分"), QStringLiteral("条項"),
                    QStringLiteral("チェック項目"), QStringLiteral("結果"), QStringLiteral("確認した資料等"),
                    QStringLiteral("コメント")};
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const ChecklistLine& line = lines->at(i);
        const CheckArea* area = findCheckArea(line.area);
        ExportCell number{QString::number(i + 1), {}, {}, static_cast<qint64>(i + 1)};
        table.rows << QList<ExportCell>{number,
                                        {area ? area->labelJa : line.area, {}, {}, {}},
                                        {line.article, {}, {}, {}},
                                        {line.text, {}, {}, {}},
                                        {checkResultPrintedName(line.result), {}, {}, {}},
                                        {line.evidence, {}, {}, {}},
                                        {line.comment, {}, {}, {}}};
    }
    return table;
}

Result<std::int64_t> exportChecklist(Session& session, EntryId id, ExportFormat format, const QString& path)
{
    auto table = checklistExportTable(session, id);
    if (!table)
        return table.error();
    if (format == ExportFormat::CsvCp932 && !LedgerExport::cp932Problems(table.value()).isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::ChecklistExport",
                                                     "Shift_JIS (CP932) cannot hold every character of this sheet. "
                                                     "Export as UTF-8 or Excel instead."));
    return writeExportTable(session, table.value(), format, path,
                            auditDetail({{QStringLiteral("form"), table->formId},
                                         {QStringLiteral("entry"), QString::number(id)},
                                         {QStringLiteral("format"), exportFormatKey(format)},
                                         {QStringLiteral("count"), QString::number(table->rows.size())}}));
}

} // namespace daicho
