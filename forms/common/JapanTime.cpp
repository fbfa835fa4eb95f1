#include "common/JapanTime.h"

#include <QTimeZone>

#include <array>

namespace daicho {

namespace {

constexpr int kJapanOffsetSeconds = 9 * 3600;

struct Era {
    QDate start;
    const char16_t* name;
};

// Newest first: the first era that started on or before a date is its era.
const std::array<Era, 5>& eras()
{
    static const std::array<Era, 5> list{{
        {QDate(2019, 5, 1), u"令和"},
        {QDate(1989, 1, 8), u"平成"},
        {QDate(1926, 12, 25), u"昭和"},
        {QDate(1912, 7, 30), u"大正"},
        {QDate(1873, 1, 1), u"明治"},
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

QString formatWareki(const QDate& date)
{
    if (!date.isValid())
        return {};
    for (const Era& era : eras()) {
        if (date < era.start)
            continue;
        // 明治 counts from 1868 although the table starts at the calendar change of 1873.
        const int firstYear = era.start.year() == 1873 ? 1868 : era.start.year();
        const int year = date.year() - firstYear + 1;
        const QString yearText = year == 1 ? QStringLiteral("元") : QString::number(year);
        return QString::fromUtf16(era.name) + yearText + u'年' + QString::number(date.month()) + u'月'
               + QString::number(date.day()) + u'日';
    }
    return QString::number(date.year()) + u'年' + QString::number(date.month()) + u'月' + QString::number(date.day())
           + u'日';
}

} // namespace daicho
