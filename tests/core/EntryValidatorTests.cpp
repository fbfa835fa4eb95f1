#include "ledger/EntryValidator.h"
#include "ledger/FormRegistry.h"

#include <catch2/catch.hpp>

using namespace daicho;

namespace {

ValidationContext context()
{
    ValidationContext c;
    // Register entry 7 exists with two purposes; nothing else does.
    c.registerPurposes = [](qint64 id) -> std::optional<QStringList> {
        if (id == 7)
            return QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("統計の作成")};
        return std::nullopt;
    };
    c.departmentExists = [](qint64 id) { return id == 3; };
    c.personExists = [](qint64 id) { return id == 5 || id == 6; };
    return c;
}

FieldValues useEvent()
{
    return {{QStringLiteral("date"), QDate(2026, 4, 1)},
            {QStringLiteral("kind"), QStringLiteral("use")},
            {QStringLiteral("register"), qint64(7)},
            {QStringLiteral("purpose"), QStringLiteral("統計の作成")},
            {QStringLiteral("output"), QStringLiteral("print")},
            {QStringLiteral("quantity"), qint64(20)},
            {QStringLiteral("department"), qint64(3)},
            {QStringLiteral("staff"), qint64(5)}};
}

QStringList fieldsOf(const QList<Issue>& issues)
{
    QStringList keys;
    for (const Issue& i : issues)
        keys << i.field;
    return keys;
}

} // namespace

TEST_CASE("a complete use event of 様式1 is valid", "[core][ledger][validation]")
{
    const auto issues = validateEntry(form1OperationsLog(), useEvent(), context());
    CHECK(issues.isEmpty());
}

TEST_CASE("each kind of bad input names its field", "[core][ledger][validation]")
{
    const FormDefinition form = form1OperationsLog();
    FieldValues v = useEvent();

    SECTION("a missing required item")
    {
        v.remove(QStringLiteral("staff"));
        CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("staff")});
    }
    SECTION("a purpose that is not registered for the database (第25条)")
    {
        v[QStringLiteral("purpose")] = QStringLiteral("営業活動");
        const auto issues = validateEntry(form, v, context());
        REQUIRE(issues.size() == 1);
        CHECK(issues.first().field == QLatin1String("purpose"));
        CHECK(issues.first().message.contains(QStringLiteral("第25条")));
    }
    SECTION("an unknown register entry")
    {
        v[QStringLiteral("register")] = qint64(99);
        CHECK(fieldsOf(validateEntry(form, v, context())).contains(QStringLiteral("register")));
    }
    SECTION("a choice that is not offered")
    {
        v[QStringLiteral("output")] = QStringLiteral("fax");
        CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("output")});
    }
    SECTION("a value of the wrong type")
    {
        v[QStringLiteral("quantity")] = QStringLiteral("twenty");
        CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("quantity")});
    }
    SECTION("a negative count")
    {
        v[QStringLiteral("quantity")] = qint64(-1);
        CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("quantity")});
    }
    SECTION("an item of another kind of event")
    {
        v[QStringLiteral("method")] = QStringLiteral("shredding");
        CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("method")});
    }
    SECTION("an item the form does not have")
    {
        v[QStringLiteral("patient_name")] = QStringLiteral("山田太郎");
        CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("patient_name")});
    }
    SECTION("a text that is too long")
    {
        v[QStringLiteral("note")] = QString(2001, QLatin1Char('x'));
        CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("note")});
    }
    SECTION("an unknown department or person")
    {
        v[QStringLiteral("department")] = qint64(4);
        v[QStringLiteral("staff")] = qint64(8);
        CHECK(fieldsOf(validateEntry(form, v, context()))
              == (QStringList{QStringLiteral("department"), QStringLiteral("staff")}));
    }
    SECTION("blank text counts as missing")
    {
        v[QStringLiteral("kind")] = QStringLiteral("acquisition");
        v.remove(QStringLiteral("purpose"));
        v.remove(QStringLiteral("output"));
        v.remove(QStringLiteral("quantity"));
        v[QStringLiteral("content")] = QStringLiteral("   ");
        CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("content")});
    }
}

TEST_CASE("a carry-out needs the safety measures that fit its medium (第19条2項)", "[core][ledger][validation]")
{
    const FormDefinition form = form2CarryOutLog();
    FieldValues v{{QStringLiteral("direction"), QStringLiteral("out")},
                  {QStringLiteral("taken_out"), QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC)},
                  {QStringLiteral("expected_return"), QDateTime(QDate(2026, 5, 1), QTime(17, 0), Qt::UTC)},
                  {QStringLiteral("register"), qint64(7)},
                  {QStringLiteral("medium"), QStringLiteral("electronic")},
                  {QStringLiteral("content"), QStringLiteral("受診者名簿")},
                  {QStringLiteral("count"), qint64(1)},
                  {QStringLiteral("destination"), QStringLiteral("委託先A社")},
                  {QStringLiteral("reason"), QStringLiteral("contractor")},
                  {QStringLiteral("carrier"), qint64(5)},
                  {QStringLiteral("department"), qint64(3)}};
    CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("measures_electronic")});
    v[QStringLiteral("measures_electronic")] = QStringList{QStringLiteral("encryption"), QStringLiteral("password")};
    CHECK(validateEntry(form, v, context()).isEmpty());
    v[QStringLiteral("reason")] = QStringLiteral("convenience");
    CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("reason")});
}
