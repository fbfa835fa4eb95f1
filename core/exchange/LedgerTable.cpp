#include "exchange/LedgerTable.h"

#include "common/JapaneseCalendar.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"

#include <QCoreApplication>

namespace daicho {

namespace {

constexpr int kPageSize = 1000;

ExportCell cellFor(const FieldDefinition& field, const QVariant& value, const LedgerDirectory& directory)
{
    ExportCell cell;
    cell.text =
        formatFieldValue(field, value, directory, LabelLanguage::Japanese, DateStyle::Seireki, QStringLiteral("\n"));
    if (isEmptyFieldValue(value))
        return cell;
    if (field.type == FieldType::Date)
        cell.date = value.toDate();
    else if (field.type == FieldType::DateTime)
        cell.japanTime = toJapanTime(value.toDateTime());
    else if (field.type == FieldType::Integer && !field.entryReference) // 「様式6-1 No.5」 stays text
        cell.number = value.toLongLong();
    return cell;
}

} // namespace

QStringList exportHeader(const FormDefinition& form)
{
    QStringList header{QStringLiteral("番号")};
    for (const FieldDefinition& field : form.fields)
        header << field.labelJa;
    if (form.approval != ApprovalKind::None)
        header << QStringLiteral("状態");
    header << QStringLiteral("版");
    return header;
}

QList<QStringList> ExportTable::textRows(bool withHeader) const
{
    QList<QStringList> all;
    if (withHeader)
        all << header;
    for (const QList<ExportCell>& row : rows) {
        QStringList texts;
        for (const ExportCell& cell : row)
            texts << cell.text;
        all << texts;
    }
    return all;
}

Result<ExportTable> buildExportTable(const Session& session, const LedgerFilter& filter)
{
    DAICHO_TRY(requirePermission(session, Operation::ExportLedgers));
    const FormDefinition* form = FormRegistry::find(filter.formId);
    if (!form)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::LedgerTable", "There is no form called %1.").arg(filter.formId));
    DAICHO_TRY(LedgerAccess::requireRead(session, *form));
    auto directory = LedgerDirectory::load(session);
    if (!directory)
        return directory.error();

    ExportTable table;
    table.formId = form->id;
    table.formNumber = form->number;
    table.formTitle = form->title;
    table.landscape = form->landscape;
    table.header = exportHeader(*form);
    std::optional<PageKey> after;
    while (true) {
        auto page = LedgerQuery::page(session, filter, ListOrder::OldestFirst, after, kPageSize);
        if (!page)
            return page.error();
        for (const LedgerRow& row : page.value()) {
            QList<ExportCell> cells;
            cells << ExportCell{QString::number(row.number), {}, {}, row.number};
            for (const FieldDefinition& field : form->fields)
                cells << cellFor(field, row.values.value(field.key), directory.value());
            if (form->approval != ApprovalKind::None)
                cells << ExportCell{entryStatePrintedName(row.state), {}, {}, {}};
            cells << ExportCell{QString::number(row.revisionCount), {}, {}, row.revisionCount};
            table.rows << cells;
        }
        if (page->size() < kPageSize)
            break;
        after = page->last().key();
    }
    return table;
}

} // namespace daicho
