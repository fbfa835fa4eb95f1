#include "FormsTestSupport.h"

#include "common/JapanTime.h"
#include "common/MessageBox.h"

using namespace daicho;
using namespace daicho::test;

TEST_CASE("和暦 dates name the era and write its first year as 元年", "[forms][common]")
{
    CHECK(formatWareki(QDate(2026, 11, 22)) == QStringLiteral("令和8年11月22日"));
    CHECK(formatWareki(QDate(2019, 5, 1)) == QStringLiteral("令和元年5月1日"));
    CHECK(formatWareki(QDate(2019, 4, 30)) == QStringLiteral("平成31年4月30日"));
    CHECK(formatWareki(QDate(1989, 1, 8)) == QStringLiteral("平成元年1月8日"));
    CHECK(formatWareki(QDate(1989, 1, 7)) == QStringLiteral("昭和64年1月7日"));
    CHECK(formatWareki(QDate(1926, 12, 25)) == QStringLiteral("昭和元年12月25日"));
    CHECK(formatWareki(QDate(1912, 7, 30)) == QStringLiteral("大正元年7月30日"));
}

TEST_CASE("timestamps stored in UTC are shown in Japan time", "[forms][common]")
{
    CHECK(formatJapanDateTime(QStringLiteral("2026-03-31T15:30:00.000Z")) == QStringLiteral("2026/04/01 00:30:00"));
    CHECK(japanDate(QDateTime(QDate(2026, 3, 31), QTime(15, 0), Qt::UTC)) == QDate(2026, 4, 1));
}

TEST_CASE("a test answers the next message box instead of blocking on it", "[forms][common]")
{
    MessageBox::setNextAnswer(MessageBox::Button::Yes);
    CHECK(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("Go on?")) == MessageBox::Button::Yes);
    CHECK(MessageBox::lastText() == QStringLiteral("Go on?"));
}
