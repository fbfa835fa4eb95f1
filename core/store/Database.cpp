#include "store/Database.h"

#include "common/internal/CrashPoints.h"
#include "store/NoFollowOpen.h"
#include "store/PrivateFile.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace daicho {

SecureBytes rawKeySpec(const SecureBytes& key)
{
    static const char digits[] = "0123456789ABCDEF";
    SecureBytes spec;
    spec.reserve(key.size() * 2 + 3);
    spec.push_back('x');
    spec.push_back('\'');
    for (auto byte : key) {
        spec.push_back(static_cast<std::uint8_t>(digits[byte >> 4]));
        spec.push_back(static_cast<std::uint8_t>(digits[byte & 0x0f]));
    }
    spec.push_back('\'');
    return spec;
}

namespace {

int readOnlyAuthorizer(void* compilingRead, int action, const char* first, const char* second, const char*,
                       const char*);

// SQLite 3.15 has no SQLITE_OPEN_NOFOLLOW: a symbolic link planted at the name of a database
// or of its WAL, shared-memory or journal file would make SQLite write through it into
// another file. Only ordinary files (or nothing yet) are accepted.
Status refuseLinks(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QFileInfo file(path + suffix);
        if (file.isSymLink() || (file.exists() && !file.isFile()))
            return makeError(ErrorCode::Tampered,
                             QCoreApplication::translate("daicho::Database",
                                                         "%1 is a link or not an ordinary file: someone who can write "
                                                         "the folder put it there. Nothing was opened; remove it and "
                                                         "tell the auditor.")
                                 .arg(path + suffix));
    }
    return {};
}

} // namespace

std::int64_t Database::lastInsertId() const
{
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& key, Mode mode)
{
    if (key.size() != kKeyBytes)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("daicho::Database", "The database key has the wrong length."));
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && !info.exists() && !info.isSymLink())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("daicho::Database", "The database file %1 does not exist.").arg(path));
    if (mode == Mode::CreateNew && info.exists())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::Database",
                                        "A file named %1 already exists. Choose another name; nothing was overwritten.")
                .arg(path));
    if (mode == Mode::OpenExisting && info.size() == 0)
        return makeError(
            ErrorCode::NotADatabase,
            QCoreApplication::translate("daicho::Database", "The file %1 is empty: it is not a Daicho database.")
                .arg(path));

    DAICHO_TRY(refuseLinks(path));
    refuseLinksInSqliteOpens(); // and the same for a link planted after this check
    sqlite3* raw = nullptr;
    // CREATE always: ATTACH inherits these flags, and backups and rotations attach new
    // files. Existence was checked above.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_CREATE;
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, QStringLiteral("open"));
    // SQLite made the file with the process umask; its WAL and shared memory take its mode.
    if (mode == Mode::CreateNew)
        DAICHO_TRY(restrictFile(path));
    sqlite3_extended_result_codes(raw, 1);

    const SecureBytes spec = rawKeySpec(key);
    rc = sqlite3_key(raw, spec.data(), static_cast<int>(spec.size()));
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, QStringLiteral("key"));
    DAICHO_TRY(db->configure(mode));
    return db;
}

Status Database::configure(Mode mode)
{
    sqlite3_set_authorizer(m_db, readOnlyAuthorizer, &m_compilingRead);
    // SQLCipher 3.x defaults to 1024-byte pages and does not store the choice in the file:
    // it must be set before the first page is read, on every open.
    DAICHO_TRY(exec(QStringLiteral("PRAGMA cipher_page_size = 4096")));
    // Files attached later (backups, rotation, comparisons) default to 1 KiB pages otherwise.
    DAICHO_TRY(exec(QStringLiteral("PRAGMA cipher_default_page_size = 4096")));
    // First real read: a wrong key or a file that is not a database fails here.
    auto count = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!count)
        return count.error();
    if (mode == Mode::CreateNew)
        DAICHO_TRY(exec(QStringLiteral("PRAGMA page_size = 4096")));

    int enabled = -1;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &enabled);
    if (enabled != 0)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("daicho::Database",
                                                     "Triggers could not be disabled on the database connection."));

    DAICHO_TRY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    DAICHO_TRY(exec(QStringLiteral("PRAGMA secure_delete = ON")));
    DAICHO_TRY(exec(QStringLiteral("PRAGMA cell_size_check = ON")));
    // Sorting, temporary tables and VACUUM's copy stay in memory: no temporary file ever holds
    // a page, before or after a disposal (issue 13 §5).
    DAICHO_TRY(exec(QStringLiteral("PRAGMA temp_store = MEMORY")));
    auto journal = scalarFor(QStringLiteral("PRAGMA journal_mode = WAL"), Use::ReadOrWrite);
    if (!journal)
        return journal.error();
    DAICHO_TRY(exec(QStringLiteral("PRAGMA synchronous = FULL")));

    // SQLCipher 3.4.1 ignores pragmas it does not know: read each one back.
    struct Expected {
        const char* pragma;
        const char* value;
    };
    const Expected expected[] = {{"PRAGMA cipher_page_size", "4096"}, {"PRAGMA foreign_keys", "1"},
                                 {"PRAGMA secure_delete", "1"},       {"PRAGMA cell_size_check", "1"},
                                 {"PRAGMA journal_mode", "wal"},      {"PRAGMA synchronous", "2"}};
    for (const auto& e : expected) {
        // Reading journal_mode counts as a write for sqlite3_stmt_readonly.
        auto value = scalarFor(QString::fromLatin1(e.pragma), Use::ReadOrWrite);
        if (!value)
            return value.error();
        if (value.value() != QLatin1String(e.value))
            return makeError(ErrorCode::VersionMismatch,
                             QCoreApplication::translate(
                                 "daicho::Database",
                                 "The database engine did not accept a required setting. Install the sqlcipher "
                                 "package of Debian 12."),
                             QStringLiteral("%1 = %2").arg(QString::fromLatin1(e.pragma), value.value()));
    }
    return {};
}

Database::~Database()
{
    m_cache.clear(); // statements are finalised before the connection closes
    if (m_db)
        sqlite3_close_v2(m_db);
}

namespace {

// A bug, never a person's doing: code holding only a const Session tried to write.
Error writeThroughReader(const QString& sql)
{
    return makeError(ErrorCode::Internal,
                     QStringLiteral("A statement that writes was prepared on a read-only use of the database: %1")
                         .arg(sql.left(80)));
}

// What a read may do while it is compiled: read tables and call functions, and query (never
// set) a few pragmas. Everything that sqlite3_stmt_readonly calls read-only but is not a
// read — BEGIN, COMMIT, SAVEPOINT, ATTACH, DETACH — and sqlcipher_export are refused.
int readOnlyAuthorizer(void* compilingRead, int action, const char* first, const char* second, const char*, const char*)
{
    if (!*static_cast<const bool*>(compilingRead))
        return SQLITE_OK;
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_FUNCTION:
        return second && std::strcmp(second, "sqlcipher_export") == 0 ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_PRAGMA: {
        // Queried without an argument (with one, these set the value).
        static const char* const values[] = {"user_version", "page_size",        "cipher_version",
                                             "foreign_keys", "secure_delete",    "cell_size_check",
                                             "synchronous",  "cipher_page_size", "schema_version"};
        // Whose argument names what to describe or check.
        static const char* const descriptions[] = {"table_info", "index_list", "index_info", "integrity_check",
                                                   "quick_check"};
        if (first == nullptr)
            return SQLITE_DENY;
        for (const char* name : descriptions)
            if (sqlite3_stricmp(first, name) == 0)
                return SQLITE_OK;
        if (second != nullptr)
            return SQLITE_DENY;
        for (const char* name : values)
            if (sqlite3_stricmp(first, name) == 0)
                return SQLITE_OK;
        return SQLITE_DENY;
    }
    default:
        return SQLITE_DENY;
    }
}

} // namespace

Result<Statement> Database::prepareFor(const QString& sql, Use use) const
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    // A pragma that sets something acts while it is compiled, before sqlite3_stmt_readonly
    // could refuse it: a read is compiled with the connection's authorizer in its read-only
    // mode (installed once at open: changing it would expire every prepared statement).
    m_compilingRead = use == Use::Read;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    m_compilingRead = false;
    if (use == Use::Read && rc == SQLITE_AUTH)
        return writeThroughReader(sql);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, sql);
    Statement statement(m_db, stmt);
    if (use == Use::Read && !sqlite3_stmt_readonly(stmt))
        return writeThroughReader(sql);
    return statement;
}

Result<Statement> Database::prepare(const QString& sql) const
{
    return prepareFor(sql, Use::Read);
}

Result<Statement> Database::prepare(const QString& sql)
{
    return prepareFor(sql, Use::ReadOrWrite);
}

Result<Statement*> Database::cachedFor(const QString& sql, Use use) const
{
    auto found = m_cache.find(sql);
    if (found == m_cache.end()) {
        auto stmt = prepareFor(sql, use);
        if (!stmt)
            return stmt.error();
        if (m_cache.size() >= 64)
            m_cache.clear();
        found = m_cache.emplace(sql, std::make_unique<Statement>(std::move(stmt.value()))).first;
    } else if (use == Use::Read && !found->second->readOnly()) {
        return writeThroughReader(sql);
    }
    found->second->reset();
    return found->second.get();
}

Result<Statement*> Database::cached(const QString& sql) const
{
    return cachedFor(sql, Use::Read);
}

Result<Statement*> Database::cached(const QString& sql)
{
    return cachedFor(sql, Use::ReadOrWrite);
}

Result<std::optional<Statement>> Database::atFirstRow(Result<Statement> prepared)
{
    if (!prepared)
        return prepared.error();
    auto row = prepared->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Statement>();
    return std::optional<Statement>(std::move(prepared.value()));
}

Result<Statement*> Database::atFirstRow(Result<Statement*> cached)
{
    if (!cached)
        return cached.error();
    auto row = cached.value()->step();
    if (!row)
        return row.error();
    return row.value() ? cached.value() : nullptr;
}

Status Database::exec(const QString& sql)
{
    return execUnchecked(sql);
}

Status Database::execUnchecked(const QString& sql) const
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, sql);
    return {};
}

Result<QString> Database::scalar(const QString& sql) const
{
    return scalarFor(sql, Use::Read);
}

Result<QString> Database::scalarFor(const QString& sql, Use use) const
{
    auto stmt = prepareFor(sql, use);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->text(0) : QString();
}

Result<QString> Database::integrityCheck() const
{
    auto result = scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!result)
        return result.error();
    return result.value() == QLatin1String("ok") ? QString() : result.value();
}

Status Database::exportTo(const QString& destination, const SecureBytes* newKey)
{
    if (QFileInfo::exists(destination) || QFileInfo(destination).isSymLink())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::Database",
                                        "A file named %1 already exists. Choose another name; nothing was overwritten.")
                .arg(destination));
    // SQLite follows a link at an attached file's name, and one planted between a check and
    // the ATTACH would be written through. So the copy is written in a folder only this
    // account can enter, private from its first byte, and moved to its name when complete —
    // never over anything that appeared there meanwhile.
    auto folder = createPrivateFolderBeside(destination);
    if (!folder)
        return folder.error();
    const QString inside = folder.value() + QStringLiteral("/copy.daicho");
    Status exported = exportInto(inside, newKey);
    if (exported.ok())
        exported = moveIntoPlace(inside, destination);
    removePrivateFolder(folder.value());
    return exported;
}

Status Database::exportInto(const QString& destination, const SecureBytes* newKey) const
{
    DAICHO_TRY(createEmptyPrivateFile(destination));
    // Without this, sqlcipher_export writes 1 KiB pages into the new file.
    DAICHO_TRY(execUnchecked(QStringLiteral("PRAGMA cipher_default_page_size = 4096")));
    auto attach = prepareFor(QStringLiteral("ATTACH DATABASE ? AS daicho_export"), Use::ReadOrWrite);
    if (!attach)
        return attach.error();
    attach->bind(1, destination);
    // Without a KEY clause the attached file takes the main database's key; a new key is
    // applied through sqlite3_key_v2 so that it never appears in SQL text.
    DAICHO_TRY(attach->run());
    Status exported = [&]() -> Status {
        if (newKey) {
            const SecureBytes spec = rawKeySpec(*newKey);
            const int rc = sqlite3_key_v2(m_db, "daicho_export", spec.data(), static_cast<int>(spec.size()));
            if (rc != SQLITE_OK)
                return sqliteError(m_db, rc, QStringLiteral("key_v2"));
        }
        DAICHO_TRY(execUnchecked(QStringLiteral("PRAGMA daicho_export.cipher_page_size = 4096")));
        DAICHO_TRY(execUnchecked(QStringLiteral("PRAGMA daicho_export.page_size = 4096")));
        auto exporting = prepareFor(QStringLiteral("SELECT sqlcipher_export('daicho_export')"), Use::ReadOrWrite);
        if (!exporting)
            return exporting.error();
        if (auto done = exporting->step(); !done)
            return done.error();
        // sqlcipher_export 3.4.1 does not copy the schema version.
        auto version = scalar(QStringLiteral("PRAGMA main.user_version"));
        if (!version)
            return version.error();
        return execUnchecked(QStringLiteral("PRAGMA daicho_export.user_version = %1").arg(version->toInt()));
    }();
    const Status detached = execUnchecked(QStringLiteral("DETACH DATABASE daicho_export"));
    if (!exported.ok())
        return exported;
    return detached;
}

Status Database::checkpoint()
{
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, QStringLiteral("wal_checkpoint"));
    return {};
}

void Database::rewindCached()
{
    for (auto& [sql, statement] : m_cache)
        statement->rewind();
}

Status Database::compact()
{
    rewindCached();
    DAICHO_TRY(checkpoint());
    DAICHO_TRY(exec(QStringLiteral("VACUUM")));
    crashPoint("compact.vacuumed"); // the rebuilt file is in the WAL, the old one not yet replaced
    return checkpoint();
}

void Database::interrupt() const
{
    sqlite3_interrupt(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<std::unique_ptr<ReadSnapshot>> ReadSnapshot::begin(const Database& db)
{
    if (db.inTransaction())
        return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(db, false));
    DAICHO_TRY(db.execUnchecked(QStringLiteral("BEGIN DEFERRED")));
    std::unique_ptr<ReadSnapshot> snapshot(new ReadSnapshot(db, true));
    // A deferred transaction takes its snapshot at its first read: take it now.
    auto first = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!first)
        return first.error();
    return snapshot;
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_began && m_db.inTransaction())
        (void)m_db.execUnchecked(QStringLiteral("ROLLBACK"));
}

Result<std::unique_ptr<Transaction>> Transaction::begin(Database& db)
{
    DAICHO_TRY(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction()
{
    if (!m_done)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    Status status = m_db.exec(QStringLiteral("COMMIT"));
    if (status.ok())
        m_done = true;
    return status;
}

} // namespace daicho
