#include "ledger/LedgerRowCache.h"

#include <catch2/catch.hpp>

using namespace daicho;

namespace {

// 1,000 rows, five a day, served by keyset like LedgerQuery; counts the reads.
struct FakeLedger {
    QList<LedgerRow> rows;
    int reads = 0;

    FakeLedger()
    {
        for (int i = 0; i < 1000; ++i) {
            LedgerRow r;
            r.id = i + 1;
            r.date = QDate(2026, 4, 1).addDays(i / 5);
            rows << r;
        }
    }
    Result<QList<LedgerRow>> fetch(std::optional<PageKey> after, int limit)
    {
        ++reads;
        QList<LedgerRow> page;
        for (const LedgerRow& r : rows) {
            const PageKey k = r.key();
            if (after && (k.date < after->date || (k.date == after->date && k.id <= after->id)))
                continue;
            if (page.size() == limit)
                break;
            page << r;
        }
        return page;
    }
};

} // namespace

TEST_CASE("the row cache keeps a few pages and reads a dropped one again by its key", "[core][ledger][cache]")
{
    FakeLedger ledger;
    LedgerRowCache cache([&](std::optional<PageKey> after, int limit) { return ledger.fetch(after, limit); }, 100, 3);
    while (!cache.atEnd())
        REQUIRE(cache.fetchMore().ok());
    CHECK(cache.count() == 1000);
    const int readsAfterScroll = ledger.reads;
    // The last pages are cached; the first was dropped and is read once more.
    REQUIRE(cache.row(999) != nullptr);
    CHECK(ledger.reads == readsAfterScroll);
    REQUIRE(cache.row(0) != nullptr);
    CHECK(cache.row(0)->id == 1);
    CHECK(ledger.reads == readsAfterScroll + 1);
    REQUIRE(cache.row(550) != nullptr);
    CHECK(cache.row(550)->id == 551);
    CHECK(cache.indexOf(551) == 550);
    CHECK(cache.row(1000) == nullptr);
}

TEST_CASE("a ledger that changed underneath is reported, not shown wrong", "[core][ledger][cache]")
{
    FakeLedger ledger;
    LedgerRowCache cache([&](std::optional<PageKey> after, int limit) { return ledger.fetch(after, limit); }, 100, 2);
    while (!cache.atEnd())
        REQUIRE(cache.fetchMore().ok());
    ledger.rows.removeAt(5); // entry 6 moved away
    CHECK(cache.row(5) == nullptr);
    CHECK_FALSE(cache.lastError().message.isEmpty());
}
