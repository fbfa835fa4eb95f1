#include "retention/RegisterRetention.h"

#include "common/JapaneseCalendar.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerQuery.h"

#include <QRegularExpression>

namespace daicho {

namespace RegisterRetention {

std::optional<int> yearsIn(const QString& retentionText)
{
    // A period counted from another event — the end of a service or a contract, a retirement,
    // a day named by its own year — has no date Daicho knows: reading its number of years from the
    // day the data was made would remind people to delete data still to be kept (第20条1項(4)
    // 「保存期間経過後」). Those are left to the department, with no reminder.
    static const QRegularExpression otherStart(
        QStringLiteral("後|終了|満了|以降|以後|退職|退会|解約|卒業|廃止|完結|最終|明治|大正|昭和|平成|令和|年度"));
    if (otherStart.match(retentionText).hasMatch())
        return std::nullopt;
    static const QRegularExpression years(QStringLiteral("([0-9０-９]+)\\s*(?:か|ヶ|カ|ケ)?年"));
    const QRegularExpressionMatch m = years.match(retentionText);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(1);
    for (QChar& c : digits)
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    bool ok = false;
    const int n = digits.toInt(&ok);
    return ok && n > 0 && n <= 100 ? std::optional(n) : std::nullopt;
}

namespace {

RegisterKeeping keepingOf(const LedgerRow& row, int year)
{
    RegisterKeeping k;
    k.registerId = row.id;
    k.number = row.number;
    k.name = row.values.value(QStringLiteral("name")).toString();
    k.retentionText = row.values.value(QStringLiteral("retention")).toString();
    k.years = yearsIn(k.retentionText);
    const QVariant department = row.values.value(QStringLiteral("department"));
    if (department.isValid() && !department.isNull())
        k.departmentId = department.toLongLong();
    k.fiscalYear = year;
    k.disposalDay = fiscalYearEnd(year);
    // Kept until `years` after the day made (that day not counted): passed by the day before
    // the disposal day when made on or before that day `years` earlier (民法第143条 at month ends).
    if (k.years)
        k.madeOnOrBefore = k.disposalDay.addDays(-1).addYears(-*k.years);
    return k;
}

Status findRecord(const Session& session, RegisterKeeping& k)
{
    LedgerFilter filter;
    filter.formId = form1OperationsLog().id;
    filter.registerId = k.registerId;
    filter.from = fiscalYearStart(k.fiscalYear);
    filter.to = k.disposalDay;
    filter.keep = [](const FieldValues& v) {
        return v.value(QStringLiteral("kind")).toString() == QLatin1String("disposal");
    };
    auto rows = LedgerQuery::page(session, filter, ListOrder::OldestFirst, std::nullopt, 1);
    if (!rows)
        return rows.error();
    if (!rows->isEmpty())
        k.recordedBy = rows->first().id;
    return {};
}

} // namespace

Result<QList<RegisterKeeping>> forFiscalYear(const Session& session, int year)
{
    const FormDefinition* reg = FormRegistry::managementRegister();
    QList<RegisterKeeping> all;
    if (!reg)
        return all;
    LedgerFilter filter;
    filter.formId = reg->id;
    auto rows = LedgerQuery::page(session, filter, ListOrder::OldestFirst, std::nullopt, 1000);
    if (!rows)
        return rows.error();
    for (const LedgerRow& row : rows.value()) {
        RegisterKeeping k = keepingOf(row, year);
        DAICHO_TRY(findRecord(session, k));
        all << k;
    }
    return all;
}

Result<std::optional<RegisterKeeping>> ofRegister(const Session& session, EntryId registerId, int year)
{
    auto all = forFiscalYear(session, year);
    if (!all)
        return all.error();
    for (const RegisterKeeping& k : all.value())
        if (k.registerId == registerId)
            return std::optional(k);
    return std::optional<RegisterKeeping>();
}

QString summaryJa(const RegisterKeeping& k)
{
    if (!k.years)
        return QStringLiteral("データの保存期間「%1」は、データを作成・取得した日から数える年数ではないため、"
                              "Daicho は削除の期限を計算しません。起算点（サービスの終了日など）を確認し、期間を"
                              "経過したデータを年度末に削除・廃棄して様式1④に記録してください")
            .arg(k.retentionText);
    QString text =
        QStringLiteral(
            "データの保存期間 %1年：%2（%3末）に、%4以前に作成・取得したデータ（書類）を削除・廃棄し、様式1④に記録")
            .arg(*k.years)
            .arg(formatWareki(k.disposalDay), formatFiscalYear(k.fiscalYear), formatWareki(k.madeOnOrBefore));
    if (k.recordedBy)
        text += QStringLiteral("（%1の記録あり）").arg(formatFiscalYear(k.fiscalYear));
    return text;
}

} // namespace RegisterRetention

} // namespace daicho
