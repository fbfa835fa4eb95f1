#include "print/PersonRecordsPrint.h"

#include "common/JapaneseCalendar.h"
#include "ledger/FormDefinition.h"

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

QString valueText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u"、"_s);
    return value.toString();
}

// The item of a form whose label starts with `label` (the definitions name them as the
// articles do: 個人データの項目, 本人の氏名…).
QString itemText(const LedgerRow& row, const QString& label)
{
    if (!row.form)
        return {};
    for (const FieldDefinition& field : row.form->fields)
        if (field.labelJa.startsWith(label))
            return valueText(row.values.value(field.key));
    return {};
}

} // namespace

PrintSheet personRecordsSheet(const PersonQuery& query, const PersonRecords& found, const QString& organisation,
                              QDate today)
{
    PrintSheet sheet;
    sheet.organisation = organisation;
    sheet.title = u"第三者提供記録の開示（本人に係る提供・受領の記録）"_s;
    sheet.date = today;
    QStringList who;
    if (!query.name.isEmpty())
        who << query.name;
    if (!query.kana.isEmpty())
        who << u"（"_s + query.kana + u"）"_s;
    sheet.rows << PrintSheet::Row{u"本人"_s, who.join(QString())};
    if (query.birth)
        sheet.rows << PrintSheet::Row{u"生年月日"_s, formatWareki(*query.birth)};
    sheet.rows << PrintSheet::Row{u"記録の件数"_s, u"%1件"_s.arg(found.transfers.size())};
    sheet.table.headers = {u"記録"_s, u"年月日"_s, u"提供先・提供元"_s, u"個人データの項目"_s, u"本人を特定する事項"_s};
    sheet.table.widths = {16, 18, 26, 30, 30};
    for (const LedgerRow& row : found.transfers) {
        const FormDefinition* form = row.form;
        const QString party = form && !form->transferFields.partyName.isEmpty()
                                  ? valueText(row.values.value(form->transferFields.partyName))
                                  : QString();
        sheet.table.lines << PrintTable::Line{
            {(form ? form->number : QString()) + u" No."_s + QString::number(row.number), formatWareki(row.date), party,
             itemText(row, u"個人データの項目"_s), itemText(row, u"本人の氏名"_s)}};
    }
    sheet.note = u"法第33条第5項（第三者提供記録の開示）により、センターが保存する記録のうち、上記の本人に係るものを"
                 "開示します。記録は保存期間（規程第31条9項・第32条9項）の間保存しています。"_s;
    return sheet;
}

} // namespace daicho
