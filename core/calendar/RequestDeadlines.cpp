// 規程第38条4項・7項 as PeriodRules. The words are the regulation's, copied from its text
// (centre-privacy-regulation.ja.txt); its 附則 lists the 施行日 of each version, the last
// 平成31年4月1日.
#include "calendar/RequestDeadlines.h"

namespace daicho {

RequestClockRules requestClockRules()
{
    const QString version = QStringLiteral("規程（平成31年4月1日施行）");
    const QString receipt = QStringLiteral("受付");
    RequestClockRules rules;
    // 第38条4項: 「…開示等の請求等を受け付けたときは、当該受付をした日から起算して1週間以内に、
    // 請求に係る可否について決定する。」 「起算して」 counts the day of receipt (no 民法第140条).
    rules.decision = PeriodRule{
        1,
        PeriodUnit::Weeks,
        FirstDay::Included,
        ClosedLastDay::MoveToNextOpenDay,
        QStringLiteral("第38条4項"),
        QStringLiteral("開示等の請求等を受け付けたときは、当該受付をした日から起算して1週間以内に、"
                       "請求に係る可否について決定する。"),
        receipt,
        version,
    };
    // 第38条7項: 「…請求者である本人又は代理人に対して2週間以内に送付するよう努めるものとする。」
    // No starting day is written; the receipt of 4項 is taken (a fortnight from the decision
    // would leave 4項's week without purpose). The words have no 「起算して」, so 民法第140条
    // leaves the day of receipt out: a Monday receipt is due the Monday two weeks later.
    rules.notice = PeriodRule{
        2,
        PeriodUnit::Weeks,
        FirstDay::Excluded,
        ClosedLastDay::MoveToNextOpenDay,
        QStringLiteral("第38条7項"),
        QStringLiteral("第5項の「保有個人データ開示等決定通知書」及び前項の「保有個人データ不開示等決定通知書」が"
                       "請求者である本人又は代理人に対して2週間以内に送付するよう努めるものとする。"),
        receipt,
        version,
    };
    return rules;
}

} // namespace daicho
