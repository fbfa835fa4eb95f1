#pragma once

#include "calendar/LegalPeriod.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// How long a record is kept, as its article words it (issue 13 §1–2): the period as the 民法
// counts it (第140条, 第143条) from the event the article names, and the version of the rule.
// The regulation gives periods for the records of provision and receipt only (第31条9項,
// 第32条9項); every other period is the centre's own choice, and says so.
struct RetentionPeriod {
    QString key; // stable, stored with a record: "transfer.contract", "transfer.continuous", ...
    enum class From {
        RecordMade, // 「当該記録を作成した日から」
        LastTransfer, // 「最後に当該記録に係る個人データの提供を行った日から起算して」
    };
    From from = From::RecordMade;
    // Years, the first day counted or not as the wording says; never moved by 民法第142条
    // (keeping a record is not an act due on a business day).
    PeriodRule rule;
    bool centreChoice = false; // not in the regulation: a period the chief set
};

// The periods 第31条9項 and 第32条9項 give the records of provision and receipt, in their words:
// (1) under a contract with the individual, (2) continuous or repeated, (3) any other.
struct TransferRetention {
    RetentionPeriod contract;
    RetentionPeriod continuous;
    RetentionPeriod other;
    QList<RetentionPeriod> all() const { return {contract, continuous, other}; }
};
TransferRetention transferRetention(const QString& article); // "第31条9項" or "第32条9項"

// The last day a record must be kept (keep-until): the last day of the period counted from the
// day the record was made or, for a period counted from the last transfer, from that day (the
// record's own day while no later transfer is recorded).
QDate keepUntil(const RetentionPeriod& period, const QDate& recordMade, const std::optional<QDate>& lastTransfer);

// The day a record falls due for disposal: 第20条1項(4)(5) 「保存期間経過後の毎年度末」 — the end
// of the fiscal year (31 March) in which the period has passed, i.e. the first 31 March after
// keep-until. A keep-until of 31 March itself passes on 1 April: the record goes at the end of
// that new fiscal year, a year later, never on the very day it may still be needed.
QDate disposalDue(const QDate& keepUntil);

} // namespace daicho
