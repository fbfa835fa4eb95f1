#pragma once

#include "cases/CaseKind.h"
#include "cases/CaseTypes.h"
#include "retention/RetentionRules.h"

#include <QDate>
#include <QList>
#include <QString>

namespace daicho {

// How long the record of a request from an individual is kept (様式8–14 with their decision
// notices; issue 13 §1). The regulation gives no period for them, so it is the centre's own
// (第20条1項(4) 「センターが別途定める保存期間」), which the chief sets per kind of request like the
// ledgers' (RetentionSettings). Daicho's default is 5 years from the day the case was closed,
// chosen with the periods in mind in which a person may still bring a claim about the decision
// (民法第166条1項・第724条: 3 to 5 years from knowing of it) or go to court (法39条): the centre
// must be able to show what it decided and when.
constexpr int kCaseDefaultRetentionYears = 5;

// The centre's period of `kind`: `years` from the day the case was closed, the day itself not
// counted (民法第140条), as the centre's ledger periods count.
RetentionPeriod casePeriod(const CaseKind& kind, int years, const QString& version);

// The keeping of a case of `kind` under `version` of `rules` (none: the defaults): an open case
// is kept until it is closed; a closed one until its period from `closedOn` has passed.
EntryKeeping caseKeeping(const CaseKind& kind, bool closed, const QDate& closedOn, const QString& version,
                         const RetentionRuleSet* rules = nullptr);

// The day a closed case was closed: the date its closing step records (完了日, 取下げの日), else
// the day that step was recorded.
QDate caseClosedOn(const CaseKind& kind, const QList<CaseEvent>& events);

// How a kind is named where periods are listed: "開示請求（様式8〜）".
QString caseKindPeriodName(const CaseKind& kind);

} // namespace daicho
