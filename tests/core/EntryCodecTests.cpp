#include "common/IsoText.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>
#include <QTimeZone>

using namespace daicho;

TEST_CASE("entry values round-trip through CBOR for every field type", "[core][ledger][codec]")
{
    const FormDefinition form = form2CarryOutLog();
    const FieldValues values{
        {QStringLiteral("taken_out"), QDateTime(QDate(2026, 5, 11), QTime(0, 0), Qt::UTC)},
        {QStringLiteral("register"), qint64(7)},
        {QStringLiteral("medium"), QStringLiteral("electronic")},
        {QStringLiteral("content"), QStringLiteral("受診者名簿（CSV）\n二行目")},
        {QStringLiteral("count"), qint64(-3)},
        {QStringLiteral("measures_electronic"), QStringList{QStringLiteral("encryption"), QStringLiteral("password")}},
        {QStringLiteral("carrier"), qint64(300000)},
        {QStringLiteral("department"), qint64(5000000000)},
    };
    const QByteArray bytes = encodeEntryValues(form, values);
    auto decoded = decodeEntryValues(form, bytes);
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == values);

    // The hand-written encoder gives what Qt's own CBOR map would give.
    QCborMap map;
    map.insert(QStringLiteral("carrier"), 300000);
    map.insert(QStringLiteral("content"), QStringLiteral("受診者名簿（CSV）\n二行目"));
    map.insert(QStringLiteral("count"), -3);
    map.insert(QStringLiteral("department"), qint64(5000000000));
    map.insert(QStringLiteral("measures_electronic"),
               QCborArray{QStringLiteral("encryption"), QStringLiteral("password")});
    map.insert(QStringLiteral("medium"), QStringLiteral("electronic"));
    map.insert(QStringLiteral("register"), 7);
    map.insert(QStringLiteral("taken_out"), QStringLiteral("2026-05-11T00:00:00Z"));
    CHECK(bytes == map.toCborValue().toCbor());
}

TEST_CASE("empty values are not stored and damaged bytes are refused", "[core][ledger][codec]")
{
    const FormDefinition form = form5EntryExitLog();
    const QByteArray bytes = encodeEntryValues(
        form, {{QStringLiteral("name"), QStringLiteral("  ")}, {QStringLiteral("note"), QStringLiteral("x")}});
    CHECK(decodeEntryValues(form, bytes).value().keys() == QStringList{QStringLiteral("note")});
    CHECK_FALSE(decodeEntryValues(form, QByteArray("\xA1\x61", 2)).ok());
    CHECK_FALSE(decodeEntryValues(form, QByteArray("\x81\x01", 2)).ok()); // an array, not a map
}

TEST_CASE("the decoder reads what Qt's CBOR writes, keeps unknown keys, and refuses every cut or stretched copy",
          "[core][ledger][codec]")
{
    const FormDefinition form = form7_2ReceiptConsent();
    // Written by Qt, not by our encoder: booleans, a list, an unknown key holding a map.
    QCborMap map;
    map.insert(QStringLiteral("consent"), true);
    map.insert(QStringLiteral("items"), QCborArray{QStringLiteral("氏名"), QStringLiteral("生年月日")});
    map.insert(QStringLiteral("provider"), QStringLiteral("株式会社みちのく物流"));
    map.insert(QStringLiteral("register"), 12);
    map.insert(QStringLiteral("zz_later_version"),
               QCborMap{{QStringLiteral("a"), -70000}, {QStringLiteral("b"), QCborArray{false}}});
    const QByteArray bytes = map.toCborValue().toCbor();
    auto decoded = decodeEntryValues(form, bytes);
    REQUIRE(decoded.ok());
    CHECK(decoded->value(QStringLiteral("consent")) == QVariant(true));
    CHECK(decoded->value(QStringLiteral("items")).toStringList()
          == QStringList{QStringLiteral("氏名"), QStringLiteral("生年月日")});
    CHECK(decoded->value(QStringLiteral("register")) == QVariant::fromValue<qint64>(12));
    const QVariantMap later = decoded->value(QStringLiteral("zz_later_version")).toMap();
    CHECK(later.value(QStringLiteral("a")) == QVariant::fromValue<qint64>(-70000));
    CHECK(later.value(QStringLiteral("b")).toList() == QVariantList{false});

    // Every truncation is damage, never a crash or half an entry.
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        INFO("first " << n << " bytes");
        CHECK_FALSE(decodeEntryValues(form, bytes.left(n)).ok());
    }
    // Trailing bytes, a length beyond the data, an indefinite length, a float for an integer.
    CHECK_FALSE(decodeEntryValues(form, bytes + QByteArray(1, '\0')).ok());
    CHECK_FALSE(decodeEntryValues(form, QByteArray::fromHex("a1686c6f6e6774657874")).ok());
    CHECK_FALSE(decodeEntryValues(form, QByteArray::fromHex("bf")).ok());
    CHECK(decodeEntryValues(form, QByteArray::fromHex("a168726567697374657200")).ok()); // register: 0
    CHECK_FALSE(decodeEntryValues(form, QByteArray::fromHex("a168726567697374657279ffffffff")).ok());
    CHECK_FALSE(decodeEntryValues(form, QByteArray::fromHex("a168726567697374657280f93c00")).ok());
    CHECK_FALSE(decodeEntryValues(form, QByteArray::fromHex("a1687265676973746572fb3ff0000000000000")).ok());
}

TEST_CASE("dates and times read back as Qt's ISO parser reads them", "[core][ledger][codec]")
{
    for (const char* text :
         {"2026-04-01", "2024-02-29", "2026-02-30", "2026-4-1", "２０２６-04-01", "", "2026-13-01"}) {
        const QString s = QString::fromUtf8(text);
        INFO(text);
        CHECK(dateFromIso(s) == QDate::fromString(s, Qt::ISODate));
    }
    for (const char* text :
         {"2026-04-01T09:00:00Z", "2026-04-01T09:00:00.250Z", "2026-04-01T24:00:00Z", "2026-04-01T09:00:60Z",
          "2026-04-01T18:00:00+09:00", "2026-04-01 09:00:00Z", "2026-04-01T0a:00:00Z", "garbage"}) {
        const QString s = QString::fromUtf8(text);
        INFO(text);
        const QDateTime qt = QDateTime::fromString(s, Qt::ISODate).toUTC();
        const QDateTime ours = utcFromIso(s);
        CHECK(ours.isValid() == qt.isValid());
        if (qt.isValid())
            CHECK(ours == qt);
    }
}

TEST_CASE("dates and times are written as Qt writes them in ISO form", "[core][ledger][codec]")
{
    const QTimeZone tokyo("Asia/Tokyo");
    QList<QDate> dates{QDate(2026, 4, 1),   QDate(2024, 2, 29), QDate(1, 1, 1), QDate(9999, 12, 31), QDate(1970, 1, 1),
                       QDate(1969, 12, 31), QDate(10000, 1, 1), QDate(0, 1, 1), QDate(-5, 3, 3),     QDate()};
    for (int i = 0; i < 2000; ++i)
        dates << QDate(1900, 1, 1).addDays(i * 97);
    for (const QDate& date : dates) {
        INFO(date.toJulianDay());
        CHECK(isoDate(date) == date.toString(Qt::ISODate));
    }
    QList<QDateTime> times{QDateTime(),
                           QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC),
                           QDateTime(QDate(2026, 4, 1), QTime(9, 0, 0, 250), tokyo),
                           QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                           QDateTime(QDate(1, 1, 1), QTime(8, 0), tokyo),
                           QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC),
                           QDateTime(QDate(2026, 1, 1), QTime(1, 2, 3), Qt::OffsetFromUTC, -3600),
                           QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::LocalTime)};
    for (int i = 0; i < 2000; ++i)
        times << QDateTime::fromMSecsSinceEpoch(-2208988800000LL + i * 1234567890123LL % 4102444800000LL, Qt::UTC)
              << QDateTime::fromMSecsSinceEpoch(i * 987654321LL, tokyo);
    for (const QDateTime& at : times) {
        INFO(at.toString(Qt::ISODateWithMs).toStdString());
        CHECK(isoUtc(at) == at.toUTC().toString(Qt::ISODate));
    }
}
