#include "print/DisposalListPrint.h"

#include "cases/CaseKinds.h"
#include "common/JapaneseCalendar.h"
#include "ledger/FormRegistry.h"

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

QString ledgerName(const QString& id)
{
    if (const FormDefinition* form = FormRegistry::find(id))
        return form->number + u" "_s + form->title;
    if (const CaseKind* kind = CaseKinds::find(id))
        return kind->titleJa + u"（"_s + kind->requestForm + u"〜）"_s;
    return id;
}

QString shortName(const QString& id)
{
    if (const FormDefinition* form = FormRegistry::find(id))
        return form->number;
    if (const CaseKind* kind = CaseKinds::find(id))
        return kind->titleJa;
    return id;
}

QString methodText(const QString& method)
{
    return method == QLatin1String("erasure") ? u"データ消去ソフトウェア等による消去（第20条1項(2)）"_s
                                              : u"容易に復元できない削除（第20条1項(3)）"_s;
}

} // namespace

PrintSheet disposalListSheet(const DisposalSchedule& schedule, const std::optional<DisposalRun>& run,
                             const QString& organisation, QDate today,
                             const std::function<QString(std::int64_t)>& personName)
{
    PrintSheet sheet;
    sheet.organisation = organisation;
    sheet.title = u"保存期間経過後の個人データ廃棄予定一覧"_s;
    sheet.date = today;
    sheet.rows << PrintSheet::Row{u"廃棄の時期"_s, u"%1末（%2）"_s.arg(formatFiscalYear(schedule.fiscalYear),
                                                                       formatWareki(schedule.disposalDay))};
    QStringList counts;
    for (const DueByForm& n : schedule.byForm)
        counts << u"%1 %2件（保存 %3件）"_s.arg(ledgerName(n.formId)).arg(n.due).arg(n.held);
    sheet.rows << PrintSheet::Row{u"件数"_s,
                                  u"廃棄 %1件、保存を継続 %2件"_s.arg(schedule.dueCount()).arg(schedule.heldCount())};
    if (!counts.isEmpty())
        sheet.rows << PrintSheet::Row{u"台帳ごと"_s, counts.join(u"\n"_s)};
    if (run) {
        sheet.rows << PrintSheet::Row{u"方法"_s, methodText(run->method)};
        sheet.rows << PrintSheet::Row{u"承認"_s, personName(run->approvedBy) + u"（"_s
                                                     + formatJapanDateTime(run->approvedAt) + u"）"_s};
        if (run->confirmedBy)
            sheet.rows << PrintSheet::Row{u"確認"_s, personName(*run->confirmedBy) + u"（"_s
                                                         + formatJapanDateTime(run->confirmedAt) + u"）"_s};
    }
    sheet.table.headers = {u"台帳・請求"_s, u"No.・受付番号"_s, u"日付"_s,
                           u"保存期限"_s,   u"廃棄予定日"_s,    u"保存を継続する理由"_s};
    sheet.table.widths = {12, 16, 17, 18, 17, 36};
    for (const DueEntry& e : schedule.entries)
        sheet.table.lines << PrintTable::Line{{shortName(e.formId), u"No."_s + QString::number(e.number),
                                               formatWareki(QDate::fromString(e.entryDate, Qt::ISODate)),
                                               formatWareki(e.keeping.keepUntil), formatWareki(e.keeping.disposalDue),
                                               e.heldBecause},
                                              false,
                                              e.held()};
    for (const DueCase& c : schedule.cases)
        sheet.table.lines << PrintTable::Line{{shortName(c.kind),
                                               u"%1 第%2号"_s.arg(formatFiscalYear(c.fiscalYear)).arg(c.number),
                                               formatWareki(c.closedOn), formatWareki(c.keeping.keepUntil),
                                               formatWareki(c.keeping.disposalDue), c.heldBecause},
                                              false,
                                              c.held()};
    sheet.note = u"規程第20条1項(4)により、保存期間を経過した個人データを年度末に削除します。保存を継続するもの"
                 "（網掛け）は削除しません。削除は様式1（④削除・廃棄）に記録します（第20条2項）。この一覧には記録の"
                 "内容を載せていません。"_s;
    sheet.stampBoxes = {u"承認（事務取扱責任者）"_s, u"確認"_s};
    return sheet;
}

} // namespace daicho
