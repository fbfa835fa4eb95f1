#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/LedgerTypes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// The retention of the databases the management register describes (issue 13 §9; 第11条⑨): the
// data of each is deleted at every fiscal year's end once its own period has passed (第20条1項
// (4)(5)), outside Daicho, by the staff of its department, who record it in 様式1④ (第20条2項,
// with the certificate of an outside firm, 第10条⑤). The period is the register entry's 保存期間
// as written; Daicho reads the years from it when they count from the data itself (「5年」,
// 「受診日から10年間」), and gives no date when they count from another event (「サービス終了後5年」).
struct RegisterKeeping {
    EntryId registerId = 0;
    std::int64_t number = 0; // the entry's No. in 様式3
    QString name; // of the database
    QString retentionText; // as the register says it
    std::optional<int> years; // read from it, if it names a number of years
    std::optional<std::int64_t> departmentId; // 取扱部署 (第11条⑦)
    int fiscalYear = 0;
    QDate disposalDay; // 31 March of fiscalYear + 1
    // Data made or obtained on or before this day has passed its period by disposalDay (its
    // keep-until, `years` from that day not counted, is before 31 March).
    QDate madeOnOrBefore;
    std::optional<EntryId> recordedBy; // a 様式1④ of this database in that fiscal year
};

namespace RegisterRetention {

// The years a register's 保存期間 names: the first number followed by 年 (full-width digits
// too); nothing when it names none (「永年」, 「契約終了まで」) or counts from an event other than
// the data's own day (「サービス終了後5年」, 「平成30年以降5年」, 「年度末から3年」).
std::optional<int> yearsIn(const QString& retentionText);

// Every register entry the person reads, for the fiscal year `fiscalYear`.
Result<QList<RegisterKeeping>> forFiscalYear(const Session& session, int fiscalYear);

// One line for the register entry's view: 「データの保存期間 5年：令和9年3月31日に、令和4年3月30日
// 以前に作成・取得したデータを削除（様式1④に記録）」, or why it cannot be computed.
QString summaryJa(const RegisterKeeping& keeping);
Result<std::optional<RegisterKeeping>> ofRegister(const Session& session, EntryId registerId, int fiscalYear);

} // namespace RegisterRetention

} // namespace daicho
