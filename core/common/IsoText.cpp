#include "common/IsoText.h"

namespace daicho {

namespace {

// The number in text[from, from + count), or -1 when a character is not an ASCII digit.
int digits(const QString& text, int from, int count)
{
    int n = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

bool isAt(const QString& text, int i, char16_t c)
{
    return text[i].unicode() == c;
}

// Appends `value` as `width` decimal digits (value < 10^width).
void appendDigits(char16_t*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

bool fourDigitYear(QDate date)
{
    return date.isValid() && date.year() >= 1 && date.year() <= 9999;
}

void appendDate(char16_t*& out, QDate date)
{
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    appendDigits(out, y, 4);
    *out++ = u'-';
    appendDigits(out, m, 2);
    *out++ = u'-';
    appendDigits(out, d, 2);
}

} // namespace

QString isoDate(QDate date)
{
    if (!fourDigitYear(date))
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    auto* out = reinterpret_cast<char16_t*>(text.data());
    appendDate(out, date);
    return text;
}

QString isoUtc(const QDateTime& at)
{
    if (!at.isValid())
        return at.toUTC().toString(Qt::ISODate);
    constexpr qint64 kMsPerDay = 86400000;
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay); // floor
    const auto secondOfDay = static_cast<int>((ms - days * kMsPerDay) / 1000);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (!fourDigitYear(date))
        return at.toUTC().toString(Qt::ISODate);
    QString text(20, Qt::Uninitialized);
    auto* out = reinterpret_cast<char16_t*>(text.data());
    appendDate(out, date);
    *out++ = u'T';
    appendDigits(out, secondOfDay / 3600, 2);
    *out++ = u':';
    appendDigits(out, secondOfDay / 60 % 60, 2);
    *out++ = u':';
    appendDigits(out, secondOfDay % 60, 2);
    *out++ = u'Z';
    return text;
}

QDate dateFromIso(const QString& text)
{
    if (text.size() != 10 || !isAt(text, 4, u'-') || !isAt(text, 7, u'-'))
        return QDate::fromString(text, Qt::ISODate);
    const int y = digits(text, 0, 4);
    const int m = digits(text, 5, 2);
    const int d = digits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return QDate::fromString(text, Qt::ISODate);
    return QDate(y, m, d); // invalid for 2026-02-30, as Qt's parser
}

QDateTime utcFromIso(const QString& text)
{
    const bool plain = text.size() == 20;
    const bool millis = text.size() == 24 && isAt(text, 19, u'.');
    if ((!plain && !millis) || !isAt(text, 10, u'T') || !isAt(text, 13, u':') || !isAt(text, 16, u':')
        || !isAt(text, text.size() - 1, u'Z'))
        return QDateTime::fromString(text, Qt::ISODate).toUTC();
    const QDate date = dateFromIso(text.left(10));
    const int h = digits(text, 11, 2);
    const int mi = digits(text, 14, 2);
    const int s = digits(text, 17, 2);
    const int ms = millis ? digits(text, 20, 3) : 0;
    if (!date.isValid() || h < 0 || mi < 0 || s < 0 || ms < 0)
        return QDateTime::fromString(text, Qt::ISODate).toUTC();
    const QTime time(h, mi, s, ms);
    if (!time.isValid())
        return QDateTime::fromString(text, Qt::ISODate).toUTC();
    return QDateTime(date, time, Qt::UTC);
}

} // namespace daicho
