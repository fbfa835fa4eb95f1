#include "auth/Organisation.h"
#include "auth/internal/SessionInternals.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerStore.h"
#include "ledger/SearchText.h"
#include "ledger/internal/LedgerBulkWriter.h"
#include "ledger/internal/LedgerQueryRows.h"
#include "ledger/internal/SearchIndex.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"
#include "vault/KeyRotation.h"

#include <catch2/catch.hpp>

#include <future>

using namespace daicho;
using namespace daicho::test;

namespace {

// 40 entry/exit records (様式5), two a day from 2026-03-20, visitors alternating between two
// companies written differently (katakana / half-width), one on 2026-04-01 by another name.
struct Fixture {
    TestVault vault;
    std::unique_ptr<Session> staff;
    QList<EntryId> ids;

    Fixture()
    {
        vault.addPeople();
        staff = vault.signIn(QStringLiteral("staff"));
        for (int i = 0; i < 40; ++i) {
            const QDate day = QDate(2026, 3, 20).addDays(i / 2);
            const QDateTime in(day, QTime(1 + i % 2, 0), Qt::UTC);
            FieldValues v{{QStringLiteral("date"), day},
                          {QStringLiteral("name"), i % 2 ? QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ") : QStringLiteral("佐藤 花子")},
                          {QStringLiteral("affiliation"),
                           i % 2 ? QStringLiteral("株式会社ケンシン") : QStringLiteral("保守業者ＡＢＣ")},
                          {QStringLiteral("purpose"), QStringLiteral("サーバー保守")},
                          {QStringLiteral("time_in"), in}};
            auto id = LedgerStore::add(*staff, QStringLiteral("form5"), v);
            REQUIRE(id.ok());
            ids << id.value();
        }
    }

    QList<EntryId> all(const LedgerFilter& filter, ListOrder order, int pageSize = 7)
    {
        QList<EntryId> seen;
        std::optional<PageKey> after;
        while (true) {
            auto page = LedgerQuery::page(*staff, filter, order, after, pageSize);
            REQUIRE(page.ok());
            for (const LedgerRow& row : page.value())
                seen << row.id;
            if (page->size() < pageSize)
                return seen;
            after = page->last().key();
        }
    }
};

LedgerFilter form5()
{
    LedgerFilter f;
    f.formId = QStringLiteral("form5");
    return f;
}

} // namespace

TEST_CASE("keyset pages cover every entry once, in date order, both ways", "[core][ledger][query]")
{
    Fixture fx;
    const QList<EntryId> forward = fx.all(form5(), ListOrder::OldestFirst);
    CHECK(forward == fx.ids);
    QList<EntryId> backward = fx.all(form5(), ListOrder::NewestFirst);
    std::reverse(backward.begin(), backward.end());
    CHECK(backward == fx.ids);
    CHECK(LedgerQuery::count(fx.staff->db(), form5()).value() == 40);
}

TEST_CASE("a fiscal year is a date range: 令和7年度 ends on 31 March", "[core][ledger][query]")
{
    Fixture fx;
    LedgerFilter f = form5();
    f.from = QDate(2025, 4, 1);
    f.to = QDate(2026, 3, 31);
    const QList<EntryId> fy2025 = fx.all(f, ListOrder::OldestFirst);
    CHECK(fy2025 == fx.ids.mid(0, 24)); // 20 March – 31 March, two a day
    CHECK(LedgerQuery::count(fx.staff->db(), f).value() == 24);
}

TEST_CASE("free-text search ignores kana, width, case and spaces", "[core][ledger][query][search]")
{
    Fixture fx;
    LedgerFilter f = form5();
    for (const QString& query :
         {QStringLiteral("やまだ"), QStringLiteral("ヤマダ　タロウ"), QStringLiteral("ﾔﾏﾀﾞﾀﾛｳ")}) {
        f.text = query;
        INFO(query.toStdString());
        CHECK(LedgerQuery::count(fx.staff->db(), f).value() == 20);
    }
    f.text = QStringLiteral("abc");
    CHECK(LedgerQuery::count(fx.staff->db(), f).value() == 20);
    f.text = QStringLiteral("佐"); // one character: scanned, not indexed
    CHECK(LedgerQuery::count(fx.staff->db(), f).value() == 20);
    f.text = QStringLiteral("存在しない名前");
    CHECK(LedgerQuery::count(fx.staff->db(), f).value() == 0);

    f.text = QStringLiteral("やまだ");
    const QList<EntryId> found = fx.all(f, ListOrder::NewestFirst, 6);
    REQUIRE(found.size() == 20);
    CHECK(found.first() == fx.ids.last());
    f.from = QDate(2026, 4, 1);
    CHECK(LedgerQuery::count(fx.staff->db(), f).value() == 8);
}

TEST_CASE("a corrected entry is found by its new text only", "[core][ledger][query][search]")
{
    Fixture fx;
    const EntryId id = fx.ids.first();
    FieldValues v =
        LedgerQuery::rows(fx.staff->db(), *FormRegistry::find(QStringLiteral("form5")), {id}).value().first().values;
    v[QStringLiteral("name")] = QStringLiteral("鈴木 一郎");
    REQUIRE(LedgerStore::revise(*fx.staff, id, v, QStringLiteral("氏名の誤り")).ok());
    LedgerFilter f = form5();
    f.text = QStringLiteral("鈴木");
    CHECK(LedgerQuery::count(fx.staff->db(), f).value() == 1);
    f.text = QStringLiteral("佐藤");
    CHECK(LedgerQuery::count(fx.staff->db(), f).value() == 19);
}

TEST_CASE("search pages read through a memo are the same as pages searched each time", "[core][ledger][query][search]")
{
    Fixture fx;
    LedgerFilter f = form5();
    f.text = QStringLiteral("やまだ");
    for (ListOrder order : {ListOrder::OldestFirst, ListOrder::NewestFirst}) {
        SearchMemo memo;
        std::optional<PageKey> after;
        QList<EntryId> withMemo;
        while (true) {
            auto page = LedgerQuery::page(*fx.staff, f, order, after, 6, Decoding::Now, &memo);
            REQUIRE(page.ok());
            for (const LedgerRow& row : page.value())
                withMemo << row.id;
            if (page->size() < 6)
                break;
            after = page->last().key();
        }
        CHECK(memo.keys.has_value());
        CHECK(withMemo == fx.all(f, order, 6));
    }
}

TEST_CASE("a condition on the values keeps only its rows, pages still full until the end", "[core][ledger][query]")
{
    Fixture fx;
    LedgerFilter katakana = form5();
    // One visitor in two; pages of 7 need more than one page of the index each.
    katakana.keep = [](const FieldValues& v) { return v.value(QStringLiteral("name")).toString().startsWith(u'ﾔ'); };
    QList<EntryId> expected;
    for (int i = 1; i < fx.ids.size(); i += 2)
        expected << fx.ids[i];
    CHECK(fx.all(katakana, ListOrder::OldestFirst) == expected);
    QList<EntryId> backward = fx.all(katakana, ListOrder::NewestFirst);
    std::reverse(backward.begin(), backward.end());
    CHECK(backward == expected);
    auto first = LedgerQuery::page(*fx.staff, katakana, ListOrder::OldestFirst, std::nullopt, 7);
    REQUIRE(first.ok());
    CHECK(first->size() == 7);
    katakana.keep = [](const FieldValues&) { return false; };
    CHECK(fx.all(katakana, ListOrder::OldestFirst).isEmpty());
}

// The session's one worker connection: counts off the screen's thread, closed when the
// session stops it (lock, rotation), reopened with the current key when needed again.
TEST_CASE("a list is counted on the session's worker connection, which a rotation closes and reopens",
          "[core][ledger][query]")
{
    TestVault vault;
    Session& chief = vault.chief();
    for (int i = 0; i < 3; ++i)
        REQUIRE(LedgerStore::add(chief, QStringLiteral("form3"), registerValues(chief)).ok());
    LedgerFilter filter;
    filter.formId = QStringLiteral("form3");
    auto countNow = [&]() -> Result<std::int64_t> {
        std::promise<Result<std::int64_t>> promised;
        auto future = promised.get_future();
        REQUIRE(LedgerQuery::countInBackground(chief, filter, [&](const Result<std::int64_t>& counted) {
                    promised.set_value(counted);
                }).ok());
        return future.get();
    };
    auto first = countNow();
    REQUIRE(first.ok());
    CHECK(first.value() == 3);
    CHECK(SessionInternals::worker(chief).isOpen());

    REQUIRE(KeyRotation::rotate(chief).ok());
    auto afterRotation = countNow();
    INFO((afterRotation.ok() ? QString() : afterRotation.error().message).toStdString());
    REQUIRE(afterRotation.ok());
    CHECK(afterRotation.value() == 3);

    chief.stopWorker();
    // A form that does not exist is refused before anything runs.
    LedgerFilter unknown;
    unknown.formId = QStringLiteral("no_such_form");
    CHECK_FALSE(LedgerQuery::countInBackground(chief, unknown, [](const Result<std::int64_t>&) {}).ok());
}

// Issue #9 §14: an import's rows commit before their grams are written. Until the index
// reaches them a search reads their text, so it never misses one; sign-in completes an
// index that a crash (here: a bulk write committed without its catch-up) left behind.
TEST_CASE("entries the search index does not reach yet are found by their text, and sign-in indexes them",
          "[core][ledger][query][search]")
{
    Fixture fx;
    const FormDefinition& form = *FormRegistry::find(QStringLiteral("form5"));
    const auto visitor = [&](const QString& name) {
        return FieldValues{{QStringLiteral("date"), QDate(2026, 5, 1)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("affiliation"), QStringLiteral("監査法人")},
                           {QStringLiteral("purpose"), QStringLiteral("監査")},
                           {QStringLiteral("time_in"), QDateTime(QDate(2026, 5, 1), QTime(1, 0), Qt::UTC)}};
    };
    QList<EntryId> imported;
    {
        auto tx = Transaction::begin(fx.staff->db());
        REQUIRE(tx.ok());
        auto writer = LedgerBulkWriter::start(*fx.staff, form);
        REQUIRE(writer.ok());
        for (int i = 0; i < 3; ++i)
            imported << writer.value()->add(visitor(QStringLiteral("高橋 次郎")), std::nullopt).value();
        REQUIRE(writer.value()->finish(QStringLiteral("test")).ok());
        REQUIRE(tx.value()->commit().ok());
    }
    const auto found = [&](Session& s, const QString& text) {
        LedgerFilter f = form5();
        f.text = text;
        return LedgerQuery::count(s.db(), f).value();
    };
    CHECK(SearchIndex::indexedThrough(fx.staff->db()).value() == fx.ids.last());
    CHECK(found(*fx.staff, QStringLiteral("高橋　次郎")) == 3);
    CHECK(found(*fx.staff, QStringLiteral("やまだ")) == 20); // indexed and not side by side
    CHECK(found(*fx.staff, QStringLiteral("監査")) == 3);

    // A correction of an entry not indexed yet, and a new entry after it, wait for the index
    // too and are found meanwhile.
    FieldValues corrected = visitor(QStringLiteral("伊藤 三郎"));
    REQUIRE(LedgerStore::revise(*fx.staff, imported.first(), corrected, QStringLiteral("氏名の誤り")).ok());
    auto added = LedgerStore::add(*fx.staff, QStringLiteral("form5"), visitor(QStringLiteral("高橋 四郎")));
    REQUIRE(added.ok());
    CHECK(SearchIndex::indexedThrough(fx.staff->db()).value() == fx.ids.last());
    CHECK(found(*fx.staff, QStringLiteral("伊藤")) == 1);
    CHECK(found(*fx.staff, QStringLiteral("高橋")) == 3);

    auto again = fx.vault.signIn(QStringLiteral("staff"));
    CHECK(SearchIndex::indexedThrough(again->db()).value() == added.value());
    // The index alone now holds them, as the text says.
    const auto indexed = [&](const QString& text) {
        return SearchIndex::candidates(again->db(), queryGrams(normaliseForSearch(text))).value();
    };
    CHECK(indexed(QStringLiteral("高橋")) == std::vector<EntryId>{imported[1], imported[2], added.value()});
    CHECK(indexed(QStringLiteral("伊藤")) == std::vector<EntryId>{imported[0]});
    CHECK(found(*again, QStringLiteral("高橋")) == 3);
    CHECK(found(*again, QStringLiteral("伊藤")) == 1);
    CHECK(found(*again, QStringLiteral("やまだ")) == 20);
    requireVerified(*again);
}

// Issue 11 §1: what a person sees in the list or the entry is found — the names of choices,
// a purpose, a number — not only the items typed as free text.
TEST_CASE("search finds the names of choices, purposes and numbers shown", "[core][ledger][query][search]")
{
    TestVault vault;
    vault.addPeople();
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto chief = vault.signIn(TestVault::kChiefLogin);
    auto registerId = LedgerStore::add(*chief, QStringLiteral("form3"), registerValues(*chief, false));
    REQUIRE(registerId.ok());
    FieldValues use = useEventValues(*staff, registerId.value());
    use.insert(QStringLiteral("quantity"), qint64(51));
    REQUIRE(LedgerStore::add(*staff, QStringLiteral("form1"), use).ok());
    LedgerFilter f;
    f.formId = QStringLiteral("form1");
    const auto found = [&](const QString& text) {
        f.text = text;
        return LedgerQuery::count(staff->db(), f).value();
    };
    CHECK(found(QStringLiteral("統計")) == 1); // the purpose chosen from the register entry's
    CHECK(found(QStringLiteral("利用")) == 1); // the kind of event, by its Japanese name
    CHECK(found(QStringLiteral("51")) == 1); // the number of copies
    CHECK(found(QStringLiteral("印刷")) == 1);
    CHECK(found(QStringLiteral("削除")) == 0); // another kind's name
}

TEST_CASE("search finds the department, the people, the register entry and the No. a list shows, by the names of "
          "the day",
          "[core][ledger][query][search]")
{
    TestVault vault;
    vault.addPeople();
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto chief = vault.signIn(TestVault::kChiefLogin);
    auto registerId = LedgerStore::add(*chief, QStringLiteral("form3"), registerValues(*chief, false));
    REQUIRE(registerId.ok());
    for (int i = 0; i < 12; ++i)
        REQUIRE(LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, registerId.value())).ok());
    LedgerFilter f;
    f.formId = QStringLiteral("form1");
    const auto found = [&](const QString& text) {
        f.text = text;
        auto counted = LedgerQuery::count(staff->db(), f);
        REQUIRE(counted.ok());
        return counted.value();
    };
    CHECK(found(QStringLiteral("健診管理課")) == 12); // the department, as the list names it
    CHECK(found(QStringLiteral("事業部")) == 12); // its department above it, in its full name
    CHECK(found(QStringLiteral("健診担当")) == 12); // the staff member 「健診 担当」, spaces ignored
    CHECK(found(QStringLiteral("受診者データベース")) == 12); // the register entry's name
    CHECK(found(QStringLiteral("No.12")) == 1); // the entry's No.
    CHECK(found(QStringLiteral("１１")) == 1); // 「11」 typed full width
    // An id is never found by its digits: department, person and register ids are small numbers.
    const auto departmentOfStaff = departmentId(*staff, QStringLiteral("健診管理課"));
    f.text = QString::number(departmentOfStaff);
    auto byId = LedgerQuery::page(*staff, f, ListOrder::OldestFirst, std::nullopt, 100);
    REQUIRE(byId.ok());
    for (const LedgerRow& row : byId.value())
        CHECK(row.number == departmentOfStaff); // only the entry of that No.

    // A name changed today finds the entries of yesterday: names are read when searching.
    REQUIRE(Organisation::renameDepartment(*chief, departmentOfStaff, QStringLiteral("特定健診課")).ok());
    CHECK(found(QStringLiteral("特定健診課")) == 12);
    CHECK(found(QStringLiteral("健診管理課")) == 0);
    requireVerified(*staff);
}
