// A const Session& promises that nothing is written through it (issue 9 §4): its database
// offers no exec() and no transaction (checked by the compiler), and prepares only statements
// that read (checked by SQLite's own sqlite3_stmt_readonly at run time).
#include "ledger/LedgerStore.h"
#include "store/Database.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <type_traits>

using namespace daicho;
using namespace daicho::test;

namespace {

template <typename Db>
constexpr bool canExec = requires(Db& db)
{
    db.exec(QString());
};
template <typename Db>
constexpr bool canBegin = requires(Db& db)
{
    Transaction::begin(db);
};

} // namespace

static_assert(std::is_same_v<decltype(std::declval<const Session&>().db()), const Database&>);
static_assert(!canExec<const Database> && !canBegin<const Database>);
static_assert(canExec<Database> && canBegin<Database>);

TEST_CASE("a const session reads but cannot write", "[core][store][layering]")
{
    TestVault vault;
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    const Session& reader = vault.chief();

    auto read = reader.db().prepare(QStringLiteral("SELECT count(*) FROM ledger_entries"));
    REQUIRE(read.ok());
    REQUIRE(read->step().value());
    CHECK(read->integer(0) == 1);
    CHECK(reader.db().scalar(QStringLiteral("PRAGMA user_version")).ok());
    CHECK(reader.db().prepare(QStringLiteral("PRAGMA table_info(users)")).ok());
    CHECK(reader.db().scalar(QStringLiteral("PRAGMA foreign_keys")).value() == QStringLiteral("1"));

    // Writes, and what sqlite3_stmt_readonly calls read-only but a reader must not do: end or
    // open a transaction (an import's rows committed before their audit entry), attach a
    // plaintext file and export into it, turn a safety pragma off or rekey while compiling.
    for (const char* sql :
         {"DELETE FROM ledger_entries", "UPDATE users SET role = 'chief'",
          "INSERT INTO settings (key, value) VALUES ('x', '1')", "PRAGMA user_version = 1", "CREATE TABLE planted (a)",
          "COMMIT", "BEGIN", "SAVEPOINT s", "RELEASE s", "ATTACH DATABASE '/tmp/daicho-plain.db' AS plain KEY ''",
          "DETACH DATABASE plain", "SELECT sqlcipher_export('main')", "PRAGMA foreign_keys = OFF",
          "PRAGMA secure_delete = 0", "PRAGMA writable_schema = 1", "PRAGMA rekey = 'x'", "PRAGMA wal_checkpoint",
          "PRAGMA journal_mode = DELETE"}) {
        INFO(sql);
        const auto prepared = reader.db().prepare(QString::fromLatin1(sql));
        REQUIRE_FALSE(prepared.ok());
        CHECK(prepared.error().code == ErrorCode::Internal);
        CHECK_FALSE(reader.db().cached(QString::fromLatin1(sql)).ok());
        CHECK_FALSE(reader.db().scalar(QString::fromLatin1(sql)).ok());
    }
    // A writing statement cached by a writer is not handed to a reader either.
    Session& writer = vault.chief();
    const QString touch = QStringLiteral("UPDATE settings SET value = value WHERE key = 'none'");
    REQUIRE(writer.db().cached(touch).ok());
    CHECK_FALSE(reader.db().cached(touch).ok());

    // Nothing of it acted: the safety pragmas hold, no file was attached.
    CHECK(reader.db().scalar(QStringLiteral("PRAGMA foreign_keys")).value() == QStringLiteral("1"));
    CHECK(reader.db().scalar(QStringLiteral("PRAGMA secure_delete")).value() == QStringLiteral("1"));
    CHECK_FALSE(QFile::exists(QStringLiteral("/tmp/daicho-plain.db")));
    // A writer's statements still compile and run as before.
    REQUIRE(writer.db().exec(QStringLiteral("SAVEPOINT w")).ok());
    REQUIRE(writer.db().exec(QStringLiteral("RELEASE w")).ok());
    CHECK(count(reader, QStringLiteral("SELECT count(*) FROM ledger_entries WHERE id = %1").arg(reg)) == 1);
    requireVerified(reader);
}
