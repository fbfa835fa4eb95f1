#include "retention/RetentionPeriod.h"

#include "common/JapaneseCalendar.h"

namespace daicho {

namespace {

RetentionPeriod period(const QString& key, RetentionPeriod::From from, int years, FirstDay firstDay,
                       const QString& article, const QString& wordingJa, const QString& startJa)
{
    RetentionPeriod p;
    p.key = key;
    p.from = from;
    p.rule = PeriodRule{years,   PeriodUnit::Years, firstDay, ClosedLastDay::Ignore,
                        article, wordingJa,         startJa,  QStringLiteral("規程（平成31年4月1日施行）")};
    return p;
}

} // namespace

TransferRetention transferRetention(const QString& article)
{
    // 第31条9項・第32条9項 (same words): (1)(2) 「最後に当該記録に係る個人データの提供を行った日から
    // 起算して…年を経過する日までの間」 — 「起算して」 counts that day as the first; (3) 「当該記録を
    // 作成した日から3年間」 — no 「起算して」, so 民法第140条 leaves the day the record was made out.
    TransferRetention r;
    const QString last = QStringLiteral("最後の提供");
    r.contract = period(QStringLiteral("transfer.contract"), RetentionPeriod::From::LastTransfer, 1, FirstDay::Included,
                        article + QStringLiteral("(1)"),
                        QStringLiteral("本人を当事者とする契約書等に基づく個人データの提供の場合　最後に当該記録に係る"
                                       "個人データの提供を行った日から起算して1年を経過する日までの間"),
                        last);
    r.continuous = period(QStringLiteral("transfer.continuous"), RetentionPeriod::From::LastTransfer, 3,
                          FirstDay::Included, article + QStringLiteral("(2)"),
                          QStringLiteral("個人データを継続的に若しくは反復して提供する場合　最後に当該記録に係る"
                                         "個人データの提供を行った日から起算して3年を経過する日までの間"),
                          last);
    r.other = period(QStringLiteral("transfer.other"), RetentionPeriod::From::RecordMade, 3, FirstDay::Excluded,
                     article + QStringLiteral("(3)"),
                     QStringLiteral("上記各号以外の場合　当該記録を作成した日から3年間"), QStringLiteral("記録の作成"));
    return r;
}

QDate keepUntil(const RetentionPeriod& period, const QDate& recordMade, const std::optional<QDate>& lastTransfer)
{
    QDate start = recordMade;
    if (period.from == RetentionPeriod::From::LastTransfer && lastTransfer && lastTransfer->isValid()
        && *lastTransfer > start)
        start = *lastTransfer;
    return periodLastDay(start, period.rule.count, period.rule.unit, period.rule.firstDay);
}

QDate disposalDue(const QDate& keepUntil)
{
    if (!keepUntil.isValid())
        return {};
    // The period has passed on the day after keep-until; the fiscal year that day falls in ends
    // on the 31 March the record goes (第20条1項(4)(5)).
    return fiscalYearEnd(fiscalYear(keepUntil.addDays(1)));
}

} // namespace daicho
