#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>

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
