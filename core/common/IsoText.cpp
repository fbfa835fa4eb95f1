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

} // namespace

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
