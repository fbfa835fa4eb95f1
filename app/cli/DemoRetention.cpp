#include "DemoRetention.h"

#include "DemoAccounts.h"

#include "auth/Organisation.h"
#include "common/JapaneseCalendar.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "retention/DisposalRuns.h"

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

Result<qint64> departmentNamed(const Session& s, const QString& name)
{
    auto all = Organisation::departments(s);
    if (!all)
        return all.error();
    for (const DepartmentEntry& d : all.value())
        if (d.name == name)
            return d.id;
    return makeError(ErrorCode::NotFound, name);
}

} // namespace

Status addDemoRetention(const VaultPaths& paths, const Clock& clock)
{
    auto chief = signInAsDemo(paths, clock, u"chief"_s);
    if (!chief)
        return chief.error();
    auto staff = signInAsDemo(paths, clock, u"staff"_s);
    if (!staff)
        return staff.error();
    auto registers = LedgerReader::registerChoices(*chief.value());
    if (!registers)
        return registers.error();
    if (registers->isEmpty())
        return makeError(ErrorCode::NotFound, u"register"_s);
    EntryId checkup = registers->first().id;
    for (const RegisterChoice& r : registers.value())
        if (r.name.contains(u"特定健康診査"_s))
            checkup = r.id;
    auto kanri = departmentNamed(*chief.value(), u"健診管理課"_s);
    if (!kanri)
        return kanri.error();
    const qint64 staffId = staff.value()->user().id;

    // 令和5年度 (before the demo's two years): kept 3 years from their date, so due at the end of
    // the fiscal year under way.
    const QDate today = japanDate(clock.nowUtc());
    QList<EntryId> old;
    int i = 0;
    for (const QDate& day : {QDate(2023, 5, 15), QDate(2023, 7, 10), QDate(2023, 9, 12), QDate(2023, 11, 20)}) {
        FieldValues v{{u"date"_s, day},
                      {u"register"_s, qint64(checkup)},
                      {u"department"_s, kanri.value()},
                      {u"staff"_s, staffId}};
        if (i++ % 2 == 0) {
            v[u"kind"_s] = u"acquisition"_s;
            v[u"content"_s] = u"受診票（問診・健診結果）の入力"_s;
            v[u"people"_s] = qint64(40 + 10 * i);
            v[u"source"_s] = u"協会けんぽ"_s;
        } else {
            v[u"kind"_s] = u"use"_s;
            v[u"purpose"_s] = u"健診結果の通知"_s;
            v[u"output"_s] = u"print"_s;
            v[u"quantity"_s] = qint64(12 * i);
        }
        auto id = LedgerStore::add(*staff.value(), u"form1"_s, v);
        if (!id)
            return id.error();
        old << id.value();
    }
    // The chief approves the disposal of the fiscal year under way, holding the last one; the
    // auditor confirms it in the demo (the start page says so).
    QMap<EntryId, QString> holds{{old.last(), u"監査法人の確認が終わるまで保存（令和9年1月予定）"_s}};
    auto run = DisposalRuns::approve(*chief.value(), fiscalYear(today), holds, u"deletion"_s, checkup);
    if (!run)
        return run.error();
    return {};
}

} // namespace daicho
