#include "common/JapaneseCalendar.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <array>

namespace daicho {

namespace {

constexpr int kJapanOffsetSeconds = 9 * 3600;

struct Era {
    QDate start;
    const char16_t* name;
    char16_t initial; // R, H, S, T, M as written in forms ("R8.4.1")
    int firstYear; // the 西暦 year of 元年
};

// Newest first: the first era that started on or before a date is its era.
const std::array<Era, 5>& eras()
{
    static const std::array<Era, 5> list{{
        {QDate(2019, 5, 1), u"令和", u'R', 2019},
        {QDate(1989, 1, 8), u"平成", u'H', 1989},
        {QDate(1926, 12, 25), u"昭和", u'S', 1926},
        {QDate(1912, 7, 30), u"大正", u'T', 1912},
        // 明治 counts from 1868, but the Gregorian calendar (and this table) from 明治6年.
        {QDate(1873, 1, 1), u"明治", u'M', 1868},
    }};
    return list;
}

} // namespace

QDateTime toJapanTime(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(kJapanOffsetSeconds));
}

QDate japanDate(const QDateTime& utc)
{
    return toJapanTime(utc).date();
}

QString formatJapanDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return toJapanTime(utc).toString(QStringLiteral("yyyy/MM/dd HH:mm:ss"));
}

QString formatJapanDateTime(const QString& isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return formatJapanDateTime(t);
}

const Era* eraOf(const QDate& date)
{
    for (const Era& era : eras())
        if (date >= era.start)
            return &era;
    return nullptr;
}

QString yearText(int year)
{
    return year == 1 ? QStringLiteral("元") : QString::number(year);
}

QString formatWarekiYear(const QDate& date)
{
    if (!date.isValid())
        return {};
    const Era* era = eraOf(date);
    if (!era)
        return QString::number(date.year()) + u'年';
    return QString::fromUtf16(era->name) + yearText(date.year() - era->firstYear + 1) + u'年';
}

QString formatWareki(const QDate& date, SeirekiInBrackets seireki)
{
    if (!date.isValid())
        return {};
    const QString monthDay = QString::number(date.month()) + u'月' + QString::number(date.day()) + u'日';
    if (!eraOf(date))
        return QString::number(date.year()) + u'年' + monthDay;
    QString text = formatWarekiYear(date) + monthDay;
    if (seireki == SeirekiInBrackets::Yes)
        text += u'（' + QString::number(date.year()) + u"年）";
    return text;
}

QString weekdayJa(const QDate& date)
{
    static const char16_t days[] = u"月火水木金土日";
    if (!date.isValid())
        return {};
    return QString(QChar(days[date.dayOfWeek() - 1]));
}

QString formatWarekiWithWeekday(const QDate& date)
{
    if (!date.isValid())
        return {};
    return formatWareki(date) + u'（' + weekdayJa(date) + u'）';
}

int fiscalYear(const QDate& date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QDate fiscalYearStart(int year)
{
    return QDate(year, 4, 1);
}

QDate fiscalYearEnd(int year)
{
    return QDate(year + 1, 3, 31);
}

QString formatFiscalYear(int year)
{
    // Named by the era in force for most of the year: fiscal 2019 began on 平成31年4月1日 but
    // is officially 令和元年度 (the era changed on 1 May), so the era is taken on 1 May.
    const Era* era = eraOf(QDate(year, 5, 1));
    if (!era)
        return QString::number(year) + u"年度";
    return QString::fromUtf16(era->name) + yearText(year - era->firstYear + 1) + u"年度";
}

std::optional<QDate> parseJapaneseDate(const QString& input)
{
    const QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    auto valid = [](const QDate& d) { return d.isValid() ? std::optional<QDate>(d) : std::nullopt; };

    // 西暦: 2026/4/1, 2026-04-01, 2026.4.1, 2026年4月1日, 20260401.
    static const QRegularExpression seireki(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    for (const auto* form : {&seireki, &compact}) {
        const auto m = form->match(text);
        if (m.hasMatch())
            return valid(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }

    // 和暦: 令和8年4月1日, 令和元年5月1日, R8.4.1, r8/4/1.
    static const QRegularExpression wareki(
        QStringLiteral("^(令和|平成|昭和|大正|明治|[RrHhSsTtMm])\\s*(元|\\d{1,2})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./"
                       "-]\\s*(\\d{1,2})\\s*日?$"));
    const auto m = wareki.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString eraText = m.captured(1);
    const int year = m.captured(2) == u"元" ? 1 : m.captured(2).toInt();
    for (const Era& era : eras()) {
        const bool named = eraText == QString::fromUtf16(era.name)
                           || (eraText.size() == 1 && eraText.at(0).toUpper() == QChar(era.initial));
        if (!named)
            continue;
        const QDate date(era.firstYear + year - 1, m.captured(3).toInt(), m.captured(4).toInt());
        if (!date.isValid() || year < 1 || eraOf(date) != &era)
            return std::nullopt; // e.g. 平成31年5月1日 (already 令和), 令和0年
        return date;
    }
    return std::nullopt;
}

std::optional<QDate> parseJapaneseDate(const QString& input, QDate today)
{
    if (const std::optional<QDate> full = parseJapaneseDate(input))
        return full;
    if (!today.isValid())
        return std::nullopt;
    static const QRegularExpression monthDay(QStringLiteral("^([0-9]{1,2})(?:/|-|\\.|月)([0-9]{1,2})日?$"));
    const QRegularExpressionMatch match = monthDay.match(input.normalized(QString::NormalizationForm_KC).trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int month = match.captured(1).toInt();
    const int day = match.captured(2).toInt();
    // April to December in the fiscal year's first calendar year, January to March in the next.
    const int year = fiscalYear(today) + (month < 4 ? 1 : 0);
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QTime> parseTypedTime(const QString& input)
{
    static const QRegularExpression colon(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    static const QRegularExpression compact(QStringLiteral("^([0-9]{2})([0-9]{2})$"));
    static const QRegularExpression hourOnly(QStringLiteral("^([0-9]{1,2})(?:時)?$"));
    static const QRegularExpression kanji(QStringLiteral("^([0-9]{1,2})時([0-9]{1,2})分$"));
    const QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    QRegularExpressionMatch match;
    int hour = -1;
    int minute = 0;
    for (const QRegularExpression* form : {&colon, &compact, &kanji}) {
        if ((match = form->match(text)).hasMatch()) {
            hour = match.captured(1).toInt();
            minute = match.captured(2).toInt();
            break;
        }
    }
    if (hour < 0) {
        if (!(match = hourOnly.match(text)).hasMatch())
            return std::nullopt;
        hour = match.captured(1).toInt();
    }
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

} // namespace daicho
