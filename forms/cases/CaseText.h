#pragma once

#include "cases/CaseKind.h"
#include "cases/CaseTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace daicho {

// Texts the screens of cases share (the list, the case, the editor of a step, the start page):
// the kinds' own words in the interface language, the 受付番号 as an office writes it, and a
// clock as a list cell and as its rule.
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(daicho::CaseText)

public:
    static QString kindTitle(const CaseKind& kind); // 開示請求
    static QString kindTitle(const QString& kindId); // the id itself for an unknown kind
    // 開示請求（規程第35条）
    static QString kindWithArticle(const CaseKind& kind);
    static QString stateLabel(const CaseKind* kind, const QString& state);
    static QString stepLabel(const CaseStep& step);
    static QString clockLabel(const CaseClock& clock);
    // 「令和8年度 第3号」
    static QString caseNumber(const CaseRecord& record);
    // A clock in a list: 「令和8年12月14日（月）まで あと3日」, 「済（令和8年12月10日）」, 「取下げ」.
    static QString clockCell(const CaseClockState& clock, QDate today);
    // Running and past its day.
    static bool isOverdue(const CaseClockState& clock, QDate today);
    // What the flags of a clock say, one line each (民法第142条, provisional holidays).
    static QStringList flagTexts(int flags);
    // The rule behind a clock, as its 「根拠」 shows it: the article, its words, how the date came
    // out (explanationJa), the version of the rule, and what a question to the requester does.
    static QString ruleText(const CaseKind& kind, const CaseClock& clock, const CaseClockState* state);
    // Whether the clock runs on while the requester is asked (第38条2項): a line to show under it.
    static QString pauseText(const CaseKind& kind, const CaseClock& clock);
    // The kind's clock of this key, or null.
    static const CaseClock* clockOf(const CaseKind& kind, const QString& key);
};

} // namespace daicho
