#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "store/Statement.h"

#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <type_traits>

struct sqlite3;

namespace daicho {

// Owns the one long-lived, keyed SQLCipher connection of a database file.
//
// The connection is keyed with a raw 256-bit key through sqlite3_key (never SQL text),
// then the pragmas are set and read back: cipher_page_size/page_size 4096, WAL,
// foreign_keys, secure_delete, cell_size_check. Triggers are disabled for the connection
// (SQLITE_DBCONFIG_ENABLE_TRIGGER) so a trigger planted by a key holder never fires.
class Database
{
public:
    static constexpr int kPageSize = 4096;
    static constexpr int kKeyBytes = 32;

    enum class Mode { CreateNew, OpenExisting };

    // Opens (or creates, which fails if the file exists) and configures the connection.
    // Does not check the schema: see Schema::verify.
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& key, Mode mode);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The raw connection: for core/store and the raw-engine baselines of the benchmarks only
    // (no sqlite3_* call elsewhere; tests/CMakeLists.txt checks it).
    sqlite3* handle() const { return m_db; }
    // The rowid of the last row this connection inserted.
    std::int64_t lastInsertId() const;
    const QString& path() const { return m_path; }

    // A const Database (and so a const Session) only reads: its prepare() and cached() refuse
    // a statement that would write (sqlite3_stmt_readonly) and, while compiling it, anything
    // that acts before it runs or that sqlite3_stmt_readonly lets through (a pragma that sets
    // something, BEGIN/COMMIT, SAVEPOINT, ATTACH, sqlcipher_export: see readOnlyAuthorizer);
    // exec(), exportTo(), checkpoint() and Transaction need a Database that may be changed.
    [[nodiscard]] Result<Statement> prepare(const QString& sql) const;
    [[nodiscard]] Result<Statement> prepare(const QString& sql);
    // The same statement, prepared once per connection and kept (at most 64): for the queries
    // a list runs on every page, where compiling the SQL would cost more than running it. The
    // statement comes reset and unbound; the caller must not hold it across another use of
    // the same SQL.
    [[nodiscard]] Result<Statement*> cached(const QString& sql) const;
    [[nodiscard]] Result<Statement*> cached(const QString& sql);
    [[nodiscard]] Status exec(const QString& sql);

    // prepare() with `values` bound to the statement's parameters 1, 2, … in order.
    template <typename... Values>
    [[nodiscard]] Result<Statement> prepare(const QString& sql, const Values&... values) const
    {
        return bound(prepare(sql), values...);
    }
    template <typename... Values>
    [[nodiscard]] Result<Statement> prepare(const QString& sql, const Values&... values)
    {
        return bound(prepare(sql), values...);
    }
    // Prepares `sql` with `values` bound and runs it to completion: an INSERT, UPDATE or
    // DELETE.
    template <typename... Values>
    [[nodiscard]] Status run(const QString& sql, const Values&... values)
    {
        auto stmt = prepare(sql, values...);
        if (!stmt)
            return stmt.error();
        return stmt->run();
    }
    // Prepares `sql` with `values` bound and steps once (reads only): the statement standing on
    // the first row, to read its columns, or nothing when no row came.
    template <typename... Values>
    [[nodiscard]] Result<std::optional<Statement>> firstRow(const QString& sql, const Values&... values) const
    {
        return atFirstRow(prepare(sql, values...));
    }
    // Whether the query with `values` bound returns a row (reads only).
    template <typename... Values>
    [[nodiscard]] Result<bool> hasRow(const QString& sql, const Values&... values) const
    {
        auto row = firstRow(sql, values...);
        if (!row)
            return row.error();
        return row->has_value();
    }
    // Every row of the query with `values` bound (reads only), each made into an item by
    // `read`, a function of the statement standing on the row.
    template <typename Read, typename... Values>
    [[nodiscard]] auto readRows(const QString& sql, Read read, const Values&... values) const
        -> Result<QList<std::decay_t<std::invoke_result_t<Read&, const Statement&>>>>
    {
        auto stmt = prepare(sql, values...);
        if (!stmt)
            return stmt.error();
        QList<std::decay_t<std::invoke_result_t<Read&, const Statement&>>> items;
        DAICHO_TRY(stmt->forEach([&](const Statement& row) { items << read(row); }));
        return items;
    }
    // firstRow() through the statement kept by cached(): null when no row came. The same rules
    // as cached() apply to holding it.
    template <typename... Values>
    [[nodiscard]] Result<Statement*> cachedFirstRow(const QString& sql, const Values&... values) const
    {
        auto stmt = cached(sql);
        if (stmt)
            stmt.value()->bindAll(values...);
        return atFirstRow(std::move(stmt));
    }
    // First column of the first row, as text; for pragmas and small lookups (reads only).
    [[nodiscard]] Result<QString> scalar(const QString& sql) const;

    // Runs SQLite's own integrity check; returns the first problem or an empty string.
    [[nodiscard]] Result<QString> integrityCheck() const;

    // Copies the whole database into `destination` (a new file) with sqlcipher_export,
    // with 4096-byte pages, encrypted with the same key or with `newKey` when given.
    [[nodiscard]] Status exportTo(const QString& destination, const SecureBytes* newKey = nullptr);

    // Checkpoints the WAL into the main file and truncates it.
    [[nodiscard]] Status checkpoint();
    // After a disposal: the WAL written into the file and emptied, the file rebuilt without its
    // free pages (VACUUM, in memory), and the WAL emptied again. Outside any transaction.
    [[nodiscard]] Status compact();
    // Rewinds every statement cached(): one left standing on its first row keeps a read open,
    // which a checkpoint, VACUUM or DROP INDEX waits for in vain (SQLITE_LOCKED). None of them
    // may be held by a caller at the time.
    void rewindCached();

    // Makes a statement running on this connection in another thread stop soon with
    // SQLITE_INTERRUPT (the one call SQLite allows from another thread).
    void interrupt() const;

    bool inTransaction() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;

private:
    Database(sqlite3* db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    { }
    Status configure(Mode mode);
    enum class Use { Read, ReadOrWrite };
    Result<Statement> prepareFor(const QString& sql, Use use) const;
    Result<Statement*> cachedFor(const QString& sql, Use use) const;
    Result<QString> scalarFor(const QString& sql, Use use) const;
    template <typename... Values>
    static Result<Statement> bound(Result<Statement> prepared, const Values&... values)
    {
        if (prepared)
            prepared->bindAll(values...);
        return prepared;
    }
    static Result<std::optional<Statement>> atFirstRow(Result<Statement> prepared);
    static Result<Statement*> atFirstRow(Result<Statement*> cached);
    Status execUnchecked(const QString& sql) const; // the copy's ATTACH and export, ReadSnapshot
    friend class ReadSnapshot;
    // The export itself, into a new file in a folder nobody else can write.
    Status exportInto(const QString& destination, const SecureBytes* newKey) const;

    sqlite3* m_db = nullptr;
    QString m_path;
    mutable std::map<QString, std::unique_ptr<Statement>> m_cache;
    mutable bool m_compilingRead = false; // read by the authorizer (see prepare() const)
};

// RAII read transaction: every statement until it ends reads one snapshot of the database,
// whatever other connections commit meanwhile (a verification must not read the trail before
// an entry and the tables after it). On a connection already in a transaction it does nothing.
class ReadSnapshot
{
public:
    static Result<std::unique_ptr<ReadSnapshot>> begin(const Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    explicit ReadSnapshot(const Database& db, bool began)
        : m_db(db)
        , m_began(began)
    { }
    const Database& m_db;
    bool m_began = false;
};

// RAII write transaction (BEGIN IMMEDIATE); rolls back unless commit() succeeded.
class Transaction
{
public:
    static Result<std::unique_ptr<Transaction>> begin(Database& db);
    ~Transaction();
    [[nodiscard]] Status commit();

    // Runs `change` (returning a Status, or a Result with what it made) in a transaction of
    // its own: committed when it succeeds, rolled back when it fails. Returns what `change`
    // returned, or the error of beginning or committing.
    template <typename Change>
    [[nodiscard]] static auto run(Database& db, Change&& change) -> decltype(change())
    {
        auto tx = begin(db);
        if (!tx)
            return tx.error();
        auto done = change();
        if (done)
            DAICHO_TRY(tx.value()->commit());
        return done;
    }

private:
    explicit Transaction(Database& db)
        : m_db(db)
    { }
    Database& m_db;
    bool m_done = false;
};

// The raw-key specification SQLCipher expects ("x'<64 hex digits>'"), in wiped memory.
SecureBytes rawKeySpec(const SecureBytes& key);

} // namespace daicho
