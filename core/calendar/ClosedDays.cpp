// The centre's closed days: 第33条2項(3)'s hours (月曜～金曜、祝日・年末年始を除く), the days the
// chief adds, and the national holidays of JapaneseHolidays.
#include "calendar/ClosedDays.h"

#include "calendar/JapaneseHolidays.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace daicho {

namespace {

struct WeekdayName {
    Qt::DayOfWeek day;
    const char* key;
    const char16_t* ja;
};

constexpr std::array<WeekdayName, 7> kWeekdays{{
    {Qt::Monday, "monday", u"月曜日"},
    {Qt::Tuesday, "tuesday", u"火曜日"},
    {Qt::Wednesday, "wednesday", u"水曜日"},
    {Qt::Thursday, "thursday", u"木曜日"},
    {Qt::Friday, "friday", u"金曜日"},
    {Qt::Saturday, "saturday", u"土曜日"},
    {Qt::Sunday, "sunday", u"日曜日"},
}};

// Longest yearly closure fromJson takes: a month. 年末年始 is six days; a longer span is a typo
// that would hold every deadline in it.
constexpr int kLongestYearlyClosure = 31;

int monthDay(int month, int day)
{
    return month * 100 + day;
}

QString monthDayJa(int month, int day)
{
    return QStringLiteral("%1月%2日").arg(month).arg(day);
}

QString monthDayKey(int month, int day)
{
    return QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

// "12-29" → 12, 29; any year's day, 2月29日 included. Exactly that form: Qt's ISO reader would
// take "12/29" as well.
std::optional<std::pair<int, int>> readMonthDay(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{2}-[0-9]{2}$"));
    const QDate d = QDate::fromString(QStringLiteral("2000-") + text, Qt::ISODate);
    if (!form.match(text).hasMatch() || !d.isValid())
        return std::nullopt;
    return std::pair{d.month(), d.day()};
}

// "2027-08-13", exactly.
QDate readDate(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return form.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

int closureLength(const YearlyClosure& c)
{
    // Counted in a leap year that holds both ends, over the year end when the range wraps.
    const QDate from(2000, c.fromMonth, c.fromDay);
    QDate to(2000, c.toMonth, c.toDay);
    if (to < from)
        to = QDate(2001, c.toMonth, c.toDay == 29 && c.toMonth == 2 ? 28 : c.toDay);
    return static_cast<int>(from.daysTo(to)) + 1;
}

QString holidayReason(const Holiday& h)
{
    QString reason;
    switch (h.kind) {
    case HolidayKind::National:
        reason = QStringLiteral("国民の祝日（%1）").arg(h.nameJa);
        break;
    case HolidayKind::Special:
        reason = QStringLiteral("休日（%1）").arg(h.nameJa);
        break;
    case HolidayKind::Substitute:
    case HolidayKind::Sandwiched:
        reason = h.nameJa;
        break;
    }
    if (h.provisional)
        reason += QStringLiteral("（官報未公示の推定）");
    return reason;
}

Error settingError(const QString& messageJa, const QString& detail)
{
    return makeError(ErrorCode::InvalidInput, messageJa, detail);
}

} // namespace

bool YearlyClosure::contains(const QDate& date) const
{
    if (!date.isValid())
        return false;
    const int md = monthDay(date.month(), date.day());
    const int from = monthDay(fromMonth, fromDay);
    const int to = monthDay(toMonth, toDay);
    return from <= to ? (md >= from && md <= to) : (md >= from || md <= to);
}

QString YearlyClosure::describeJa() const
{
    return QStringLiteral("%1（%2〜%3）").arg(nameJa, monthDayJa(fromMonth, fromDay), monthDayJa(toMonth, toDay));
}

bool ClosedDays::isClosed(const QDate& date, const JapaneseHolidays& holidays) const
{
    return !closedReasons(date, holidays).isEmpty();
}

QStringList ClosedDays::closedReasons(const QDate& date, const JapaneseHolidays& holidays) const
{
    QStringList reasons;
    if (!date.isValid())
        return reasons;
    // 第33条2項(3)「祝日…は除く」: every 休日 of the 祝日法, 振替休日 and 国民の休日 included
    // (the law makes them 休日 alike; offices close on them).
    if (const auto holiday = holidays.holidayOn(date))
        reasons << holidayReason(*holiday);
    for (const ExtraClosedDay& day : extra)
        if (day.date == date)
            reasons << QStringLiteral("センターの休業日（%1）").arg(day.noteJa);
    for (const YearlyClosure& closure : yearly)
        if (closure.contains(date))
            reasons << closure.describeJa();
    if (weeklyClosed.contains(static_cast<Qt::DayOfWeek>(date.dayOfWeek())))
        reasons << QString::fromUtf16(kWeekdays[date.dayOfWeek() - 1].ja);
    return reasons;
}

QString ClosedDays::closedReason(const QDate& date, const JapaneseHolidays& holidays) const
{
    const QStringList reasons = closedReasons(date, holidays);
    return reasons.isEmpty() ? QString() : reasons.first();
}

QDate ClosedDays::nextOpenDay(const QDate& from, const JapaneseHolidays& holidays) const
{
    for (QDate day = from; day.isValid() && from.daysTo(day) <= 400; day = day.addDays(1))
        if (!isClosed(day, holidays))
            return day;
    return {};
}

QByteArray ClosedDays::toJson() const
{
    QJsonArray weekly;
    for (const WeekdayName& w : kWeekdays)
        if (weeklyClosed.contains(w.day))
            weekly << QString::fromLatin1(w.key);
    QJsonArray ranges;
    for (const YearlyClosure& c : yearly)
        ranges << QJsonObject{{QStringLiteral("from"), monthDayKey(c.fromMonth, c.fromDay)},
                              {QStringLiteral("to"), monthDayKey(c.toMonth, c.toDay)},
                              {QStringLiteral("name"), c.nameJa}};
    QJsonArray days;
    for (const ExtraClosedDay& d : extra)
        days << QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)}, {QStringLiteral("note"), d.noteJa}};
    return QJsonDocument(QJsonObject{{QStringLiteral("weeklyClosed"), weekly},
                                     {QStringLiteral("yearly"), ranges},
                                     {QStringLiteral("extra"), days}})
        .toJson(QJsonDocument::Indented);
}

Result<ClosedDays> ClosedDays::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return settingError(QStringLiteral("休業日の設定がJSONとして読めません。"),
                            QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    for (const char* key : {"weeklyClosed", "yearly", "extra"})
        if (!root.value(QLatin1String(key)).isArray())
            return settingError(QStringLiteral("休業日の設定に「%1」の一覧がありません。").arg(QLatin1String(key)),
                                QStringLiteral("missing array %1").arg(QLatin1String(key)));

    ClosedDays days;
    days.weeklyClosed.clear();
    days.yearly.clear();
    for (const QJsonValue& v : root.value(QLatin1String("weeklyClosed")).toArray()) {
        const QString key = v.toString();
        const auto found = std::find_if(kWeekdays.begin(), kWeekdays.end(),
                                        [&](const WeekdayName& w) { return key == QLatin1String(w.key); });
        if (found == kWeekdays.end())
            return settingError(QStringLiteral("毎週の休業日「%1」は曜日ではありません（monday〜sundayで書きます）。")
                                    .arg(v.toVariant().toString()),
                                QStringLiteral("unknown weekday"));
        if (days.weeklyClosed.contains(found->day))
            return settingError(QStringLiteral("毎週の休業日に%1が二度あります。").arg(QString::fromUtf16(found->ja)),
                                QStringLiteral("duplicate weekday"));
        days.weeklyClosed << found->day;
    }
    if (days.weeklyClosed.size() == 7)
        return settingError(QStringLiteral("毎週の休業日が七曜日すべてです。開いている日がなくなります。"),
                            QStringLiteral("every weekday closed"));

    const QJsonArray ranges = root.value(QLatin1String("yearly")).toArray();
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const QJsonObject o = ranges.at(i).toObject();
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        const QString where = QStringLiteral("毎年の休業期間の%1件目（%2）").arg(i + 1).arg(name);
        const auto from = readMonthDay(o.value(QLatin1String("from")).toString());
        const auto to = readMonthDay(o.value(QLatin1String("to")).toString());
        if (!from || !to)
            return settingError(where + QStringLiteral("：始まりと終わりは月日で書きます（例：\"12-29\"）。"),
                                QStringLiteral("yearly %1: bad month-day").arg(i + 1));
        if (name.isEmpty())
            return settingError(where + QStringLiteral("：名前（例：年末年始）がありません。"),
                                QStringLiteral("yearly %1: no name").arg(i + 1));
        const YearlyClosure closure{from->first, from->second, to->first, to->second, name};
        if (closureLength(closure) > kLongestYearlyClosure)
            return settingError(where
                                    + QStringLiteral("：%1日間あります。毎年の休業期間は%2日までです（日付の誤り"
                                                     "ではありませんか）。")
                                          .arg(closureLength(closure))
                                          .arg(kLongestYearlyClosure),
                                QStringLiteral("yearly %1: too long").arg(i + 1));
        days.yearly << closure;
    }

    QSet<QDate> seen;
    const QJsonArray extra = root.value(QLatin1String("extra")).toArray();
    for (qsizetype i = 0; i < extra.size(); ++i) {
        const QJsonObject o = extra.at(i).toObject();
        const QString dateText = o.value(QLatin1String("date")).toString();
        const QDate date = readDate(dateText);
        const QString note = o.value(QLatin1String("note")).toString().trimmed();
        const QString where = QStringLiteral("個別の休業日の%1件目（%2）").arg(i + 1).arg(dateText);
        if (!date.isValid())
            return settingError(where + QStringLiteral("：日付は年月日で書きます（例：\"2027-08-13\"）。"),
                                QStringLiteral("extra %1: bad date").arg(i + 1));
        if (seen.contains(date))
            return settingError(where + QStringLiteral("：同じ日が二度あります。"),
                                QStringLiteral("extra %1: duplicate date").arg(i + 1));
        if (note.isEmpty())
            return settingError(where + QStringLiteral("：休業の理由（メモ）がありません。"),
                                QStringLiteral("extra %1: no note").arg(i + 1));
        seen.insert(date);
        days.extra << ExtraClosedDay{date, note};
    }
    return days;
}

} // namespace daicho
