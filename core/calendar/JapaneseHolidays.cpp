// The holiday table: JapaneseHolidays.json lists each 国民の祝日 (祝日法第2条) and special-law
// 休日 of 2000 to the last year whose 暦要項 the 官報 has published (the equinoxes are known
// only from it, each February for the next year), as the Cabinet Office lists them. When the
// next year is announced, add its days, raise lastAnnouncedYear and change the version: the
// years after it are computed, and nothing else changes. 振替休日 and 国民の休日 are not
// listed: 祝日法第3条2項・3項 derive them, here as in every year after the table.
#include "calendar/JapaneseHolidays.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtGlobal>

#include <cmath>

namespace daicho {

namespace {

Error dataError(const QString& messageJa, const QString& detail)
{
    return makeError(ErrorCode::InvalidInput, messageJa, detail);
}

std::optional<int> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < -1e9 || d > 1e9)
        return std::nullopt;
    return static_cast<int>(d);
}

// "2027-03-21", exactly (Qt's ISO reader would take "2027-03/21" as well).
QDate readDate(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return form.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

bool nearEstimatedEquinox(const QDate& date)
{
    for (const auto& equinox : {estimatedVernalEquinox(date.year()), estimatedAutumnalEquinox(date.year())}) {
        // A one-day error of the estimate moves the equinox, its 振替休日 (a Sunday equinox's
        // Monday) and a 国民の休日 next to it (第3条2項・3項): one day before to two after.
        if (equinox && date >= equinox->addDays(-1) && date <= equinox->addDays(2))
            return true;
    }
    return false;
}

} // namespace

const JapaneseHolidays& JapaneseHolidays::shipped()
{
    static const JapaneseHolidays table = [] {
        QFile file(QStringLiteral(":/daicho/calendar/JapaneseHolidays.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened); // a resource of the library: always there
        Result<JapaneseHolidays> read = fromJson(file.readAll());
        if (read.ok())
            return std::move(read).value();
        // The tests read the shipped table; should it ever fail, every year is "not covered",
        // which callers show, rather than a year without holidays.
        qWarning("JapaneseHolidays.json: %s", qPrintable(read.error().detail));
        Q_ASSERT_X(false, "JapaneseHolidays::shipped", "the shipped holiday table does not read");
        return JapaneseHolidays();
    }();
    return table;
}

Result<JapaneseHolidays> JapaneseHolidays::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return dataError(QStringLiteral("祝日表がJSONとして読めません。"),
                         QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    JapaneseHolidays table;
    table.m_version = root.value(QLatin1String("version")).toString().trimmed();
    if (table.m_version.isEmpty())
        return dataError(QStringLiteral("祝日表に版（version）がありません。"), QStringLiteral("no version"));
    const auto first = wholeNumber(root.value(QLatin1String("firstYear")));
    const auto last = wholeNumber(root.value(QLatin1String("lastAnnouncedYear")));
    if (!first || !last || *first < kFirstRuleYear || *last < *first || *last > kLastRuleYear)
        return dataError(QStringLiteral("祝日表の対象年（firstYear・lastAnnouncedYear）は%1年から%2年の間で、"
                                        "firstYear以降でなければなりません。")
                             .arg(kFirstRuleYear)
                             .arg(kLastRuleYear),
                         QStringLiteral("firstYear/lastAnnouncedYear missing or out of range"));
    table.m_firstYear = *first;
    table.m_lastAnnouncedYear = *last;

    QSet<QDate> seen;
    const QJsonArray entries = root.value(QLatin1String("holidays")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString dateText = e.value(QLatin1String("date")).toString();
        const QDate date = readDate(dateText);
        const QString where = QStringLiteral("祝日表の%1件目（%2）").arg(i + 1).arg(dateText);
        if (!date.isValid() || date.year() < table.m_firstYear || date.year() > table.m_lastAnnouncedYear)
            return dataError(where + QStringLiteral("：日付がないか、対象年の外です。"),
                             QStringLiteral("entry %1: bad or out-of-range date").arg(i + 1));
        if (seen.contains(date))
            return dataError(where + QStringLiteral("：同じ日付が二度あります。"),
                             QStringLiteral("entry %1: duplicate date").arg(i + 1));
        seen.insert(date);
        Holiday h{date, e.value(QLatin1String("name")).toString().trimmed(), {}, HolidayKind::National, false};
        h.nameEn = e.value(QLatin1String("en")).toString().trimmed();
        if (h.nameEn.isEmpty())
            h.nameEn = holidayNameEn(h.nameJa);
        if (h.nameJa.isEmpty() || h.nameEn.isEmpty())
            return dataError(where
                                 + QStringLiteral("：名称がないか、法の定める名称ではありません（特別法の休日は"
                                                  "英語名 en も書きます）。"),
                             QStringLiteral("entry %1: unknown name").arg(i + 1));
        if (e.contains(QLatin1String("special")))
            h.kind = HolidayKind::Special;
        table.m_listed << h;
    }
    // A year left out would read as a year without holidays: every year lists its 元日.
    for (int year = table.m_firstYear; year <= table.m_lastAnnouncedYear; ++year)
        if (!seen.contains(QDate(year, 1, 1)))
            return dataError(QStringLiteral("祝日表に%1年の元日がありません（その年が抜けていませんか）。").arg(year),
                             QStringLiteral("no 1 January in %1").arg(year));

    QList<Holiday> national = table.m_listed;
    for (int year = table.m_lastAnnouncedYear + 1; year <= kLastRuleYear; ++year)
        national << nationalHolidaysByLaw(year, true);
    for (const Holiday& h : national)
        table.m_days.insert(h.date, h);
    for (const Holiday& h : derivedRestDays(national))
        table.m_days.insert(h.date, h);
    return table;
}

HolidayCoverage JapaneseHolidays::coverage(int year) const
{
    if (m_days.isEmpty() || year < m_firstYear || year > kLastRuleYear)
        return HolidayCoverage::NotCovered;
    return year <= m_lastAnnouncedYear ? HolidayCoverage::Announced : HolidayCoverage::Forecast;
}

bool JapaneseHolidays::covers(const QDate& date) const
{
    return date.isValid() && coverage(date.year()) != HolidayCoverage::NotCovered;
}

HolidayLookup JapaneseHolidays::lookup(const QDate& date) const
{
    HolidayLookup result;
    if (!covers(date))
        return result;
    result.coverage = coverage(date.year());
    const auto found = m_days.constFind(date);
    if (found != m_days.constEnd())
        result.holiday = *found;
    result.provisional = (result.holiday && result.holiday->provisional)
                         || (result.coverage == HolidayCoverage::Forecast && nearEstimatedEquinox(date));
    return result;
}

std::optional<Holiday> JapaneseHolidays::holidayOn(const QDate& date) const
{
    return lookup(date).holiday;
}

std::optional<QList<Holiday>> JapaneseHolidays::inYear(int year) const
{
    if (coverage(year) == HolidayCoverage::NotCovered)
        return std::nullopt;
    QList<Holiday> list;
    for (auto it = m_days.lowerBound(QDate(year, 1, 1)); it != m_days.constEnd() && it.key().year() == year; ++it)
        list << *it;
    return list;
}

} // namespace daicho
