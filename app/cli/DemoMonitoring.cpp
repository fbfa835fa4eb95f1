#include "DemoMonitoring.h"

#include "DemoAccounts.h"

#include "auth/SignIn.h"
#include "ledger/LedgerStore.h"
#include "ledger/monitoring/CheckItems.h"

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

// What the auditor saw, by area: the records and places a real check looks at.
QString evidenceFor(const QString& area)
{
    if (area == u"organisational"_s)
        return u"個人情報保護規程、組織図、様式1・様式3を閲覧"_s;
    if (area == u"human"_s)
        return u"教育訓練の実施記録・受講者名簿"_s;
    if (area == u"physical"_s)
        return u"様式2・様式5、管理区域の現地確認"_s;
    if (area == u"technical"_s)
        return u"アクセス権限一覧、ウイルス対策ソフトの更新状況"_s;
    if (area == u"acquisition"_s)
        return u"受診案内・同意書の様式、ホームページの公表文"_s;
    if (area == u"provision"_s)
        return u"様式6-1〜7-3、提供に係る同意書"_s;
    if (area == u"requests"_s)
        return u"相談窓口の受付記録、開示等の請求の処理記録"_s;
    return u"委託契約書、委託先の取扱状況報告書"_s;
}

struct Finding {
    QString article; // the line it concerns, by its item's article
    CheckResult result;
    QString comment;
};

ChecklistLines answered(ChecklistLines lines, const QList<Finding>& findings, int answeredCount)
{
    for (qsizetype i = 0; i < lines.size() && i < answeredCount; ++i) {
        ChecklistLine& line = lines[i];
        line.result = CheckResult::Conforms;
        line.evidence = evidenceFor(line.area);
        for (const Finding& f : findings)
            if (line.article == f.article) {
                line.result = f.result;
                line.comment = f.comment;
            }
    }
    return lines;
}

} // namespace

Status addDemoMonitoringSheets(const VaultPaths& paths, const Clock& clock)
{
    auto chief = signInAsDemo(paths, clock, u"chief"_s);
    if (!chief)
        return chief.error();
    auto auditor = signInAsDemo(paths, clock, u"auditor"_s);
    if (!auditor)
        return auditor.error();

    auto items = CheckItems::list(*auditor.value(), false);
    if (!items)
        return items.error();
    const ChecklistLines before = checklistFromItems(items.value());

    // 令和6年度, checked in May 2025: all in order, no outsourcing of that kind yet.
    struct Sheet {
        QDate date;
        int fiscalYear;
        ChecklistLines lines;
        QString findings;
        QString requests;
        bool signedOff;
        QString review;
    };
    QList<Sheet> sheets;
    sheets << Sheet{QDate(2025, 5, 22),
                    2024,
                    answered(before, {{u"第41条"_s, CheckResult::NotApplicable, u"当年度は委託なし"_s}}, 1000),
                    u"規程に沿って適切に運用されている。"_s,
                    QString(),
                    true,
                    u"確認した。"_s};

    // The chief adds an item of the centre's own before the next year's check (第22条).
    CheckItem lineSignIn;
    lineSignIn.area = u"technical"_s;
    lineSignIn.article = u"第22条"_s;
    lineSignIn.text =
        u"LINE公式アカウントの管理画面へのログインが担当者ごとのアカウントと二要素認証で保護されている。"_s;
    if (auto added = CheckItems::add(*chief.value(), lineSignIn); !added)
        return added.error();
    items = CheckItems::list(*auditor.value(), false);
    if (!items)
        return items.error();
    const ChecklistLines now = checklistFromItems(items.value());

    sheets << Sheet{
        QDate(2026, 5, 20),
        2025,
        answered(now,
                 {{u"第16条"_s, CheckResult::DoesNotConform, u"健診管理課の3名が年度内の教育訓練を受講していない。"_s},
                  // The prior approval is the centre's own rule, not 第19条's (issue 10).
                  {u"センターの定め"_s, CheckResult::DoesNotConform,
                   u"令和7年11月、部門責任者の承認前に持ち運びが1件行われていた（様式2）。"_s}},
                 1000),
        u"概ね規程に沿って運用されているが、教育訓練の受講と持ち運びの事前承認に不備がある。"_s,
        u"事務取扱責任者は未受講者への補講を実施すること。事業部長は持ち運びの事前承認を徹底すること。"_s,
        true,
        u"各部門責任者に改善を指示した。"_s};
    // 第14条: 臨時の確認, half done.
    sheets << Sheet{QDate(2026, 11, 16), 2026, answered(now, {}, 12), QString(), QString(), false, QString()};

    for (const Sheet& sheet : sheets) {
        FieldValues v{{u"date"_s, sheet.date},
                      {u"fiscal_year"_s, qint64(sheet.fiscalYear)},
                      {u"auditor"_s, qint64(auditor.value()->user().id)},
                      {u"checklist"_s, checklistToValue(sheet.lines)},
                      {u"signed_off"_s, sheet.signedOff}};
        if (!sheet.findings.isEmpty())
            v[u"findings"_s] = sheet.findings;
        if (!sheet.requests.isEmpty())
            v[u"requests"_s] = sheet.requests;
        auto id = LedgerStore::add(*auditor.value(), u"form4"_s, v);
        if (!id)
            return id.error();
        if (!sheet.review.isEmpty())
            if (auto reviewed = LedgerStore::decide(*chief.value(), id.value(), Decision::Review, sheet.review);
                !reviewed)
                return reviewed.error();
    }
    return {};
}

} // namespace daicho
