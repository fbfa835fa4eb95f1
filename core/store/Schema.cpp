#include "store/Schema.h"

#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <map>

namespace daicho {

namespace {

QStringList migrationScripts()
{
    // One file per schema version, MigrationNNN<what>.sql, in the folder the build lists
    // (core/CMakeLists.txt): a later version adds a file (add column, or copy and rename:
    // SQLite 3.15 has no DROP COLUMN). Numbered from 001 with no gap, or the build is broken.
    static const QStringList scripts = [] {
        QStringList read;
        const QDir folder(QStringLiteral(":/daicho/migrations"));
        const QStringList names = folder.entryList({QStringLiteral("Migration*.sql")}, QDir::Files, QDir::Name);
        for (qsizetype i = 0; i < names.size(); ++i) {
            Q_ASSERT(names[i].startsWith(QStringLiteral("Migration%1").arg(i + 1, 3, 10, QLatin1Char('0'))));
            QFile file(folder.filePath(names[i]));
            read << (file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString());
        }
        return read;
    }();
    return scripts;
}

using SchemaObjects = std::map<QString, QString>; // "type name" -> normalised SQL

QString normalised(QString sql)
{
    return sql.simplified();
}

Result<SchemaObjects> schemaObjects(sqlite3* db)
{
    SchemaObjects objects;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_master", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, QStringLiteral("sqlite_master"));
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        auto col = [&](int i) {
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)));
        };
        objects[col(0) + QLatin1Char(' ') + col(1)] = col(2) + QLatin1Char('|') + normalised(col(3));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqliteError(db, rc, QStringLiteral("sqlite_master"));
    return objects;
}

Result<SchemaObjects> buildExpectedObjects(int version)
{
    {
        sqlite3* memory = nullptr;
        if (sqlite3_open(":memory:", &memory) != SQLITE_OK) {
            sqlite3_close(memory);
            return makeError(ErrorCode::Internal,
                             QCoreApplication::translate("daicho::Schema", "The expected schema could not be built."));
        }
        for (const QString& script : migrationScripts().mid(0, version)) {
            if (sqlite3_exec(memory, script.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
                Error e = sqliteError(memory, sqlite3_errcode(memory), QStringLiteral("migration"));
                sqlite3_close(memory);
                return e;
            }
        }
        auto objects = schemaObjects(memory);
        sqlite3_close(memory);
        return objects;
    }
}

// The expected schema of a version is what its migrations make in an empty in-memory
// database: an older file is checked against its own version before it is upgraded.
Result<SchemaObjects> expectedObjects(int version)
{
    static std::map<int, Result<SchemaObjects>> cache;
    auto it = cache.find(version);
    if (it == cache.end())
        it = cache.emplace(version, buildExpectedObjects(version)).first;
    return it->second;
}

// The file must have been written by the same SQLCipher major.minor with 4096-byte pages:
// SQLCipher 4 changed the defaults (KDF, HMAC, page size) and would misread a 3.x file.
Status verifyEngine(const Database& db)
{
    auto running = db.scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!running)
        return running.error();
    auto recorded = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'cipher_version'"));
    if (!recorded)
        return recorded.error();
    const auto majorMinor = [](const QString& v) { return v.section(QLatin1Char('.'), 0, 1); };
    if (!running->startsWith(QLatin1String("3.")) || majorMinor(running.value()) != majorMinor(recorded.value()))
        return makeError(ErrorCode::VersionMismatch,
                         QCoreApplication::translate(
                             "daicho::Schema",
                             "The database was written with SQLCipher %1, but this installation has %2. Use the "
                             "Debian 12 sqlcipher package that created it.")
                             .arg(recorded.value(), running.value()));
    auto pageSize = db.scalar(QStringLiteral("PRAGMA page_size"));
    if (!pageSize)
        return pageSize.error();
    if (pageSize->toInt() != Database::kPageSize)
        return makeError(
            ErrorCode::VersionMismatch,
            QCoreApplication::translate("daicho::Schema",
                                        "The database uses %1-byte pages instead of %2. It was not created by Daicho.")
                .arg(pageSize.value())
                .arg(Database::kPageSize));
    return {};
}

} // namespace

int Schema::currentVersion()
{
    return static_cast<int>(migrationScripts().size());
}

Status Schema::create(Database& db)
{
    const QStringList scripts = migrationScripts();
    for (const QString& script : scripts) {
        if (script.isEmpty())
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("daicho::Schema", "A schema migration is missing from this build."));
        DAICHO_TRY(db.exec(script));
    }
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(scripts.size()));
}

Status Schema::verify(const Database& db)
{
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const int found = version->toInt();
    if (found > currentVersion())
        return makeError(ErrorCode::VersionMismatch,
                         QCoreApplication::translate(
                             "daicho::Schema",
                             "This database was written by a newer version of Daicho (schema %1). Install that "
                             "version to open it.")
                             .arg(found));
    if (found < 1)
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("daicho::Schema", "The file holds no Daicho schema."));
    DAICHO_TRY(verifyEngine(db));
    auto expected = expectedObjects(found);
    if (!expected)
        return expected.error();
    auto actual = schemaObjects(db.handle());
    if (!actual)
        return actual.error();
    for (const auto& [name, sql] : actual.value()) {
        auto it = expected->find(name);
        if (it == expected->end() || it->second != sql)
            return makeError(ErrorCode::Tampered,
                             QCoreApplication::translate(
                                 "daicho::Schema",
                                 "The database holds a schema object that Daicho did not create (%1). Someone who "
                                 "had the key has altered the file; it was not opened for writing. Show this to "
                                 "the auditor and restore from a backup.")
                                 .arg(name),
                             name);
    }
    for (const auto& [name, sql] : expected.value()) {
        if (!actual->count(name))
            return makeError(ErrorCode::Tampered,
                             QCoreApplication::translate(
                                 "daicho::Schema",
                                 "The database lacks a part of its schema (%1). The file has been altered; restore "
                                 "it from a backup.")
                                 .arg(name),
                             name);
    }
    return {};
}

Result<bool> Schema::needsUpgrade(const Database& db)
{
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version->toInt() < currentVersion();
}

Result<int> Schema::upgrade(Database& db)
{
    if (!db.inTransaction())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("daicho::Schema",
                                                     "A schema upgrade must run inside the sign-in's transaction."));
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const int from = version->toInt();
    const QStringList scripts = migrationScripts();
    // Later migrations only add tables and indexes, so running them in order on a verified
    // older schema gives exactly what a new database has (checked again below).
    for (int v = from; v < scripts.size(); ++v)
        DAICHO_TRY(db.exec(scripts[v]));
    DAICHO_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(scripts.size())));
    DAICHO_TRY(verify(db));
    return from;
}

QStringList Schema::auditedTables()
{
    return {QStringLiteral("meta"),          QStringLiteral("departments"),
            QStringLiteral("users"),         QStringLiteral("key_slots"),
            QStringLiteral("signing_keys"),  QStringLiteral("settings"),
            QStringLiteral("check_items"),   QStringLiteral("department_retirements"),
            QStringLiteral("disposal_runs"), QStringLiteral("retention_settings")};
}

QStringList Schema::appendOnlyTables()
{
    // The desk's versions come before the events: an event is checked against the version in
    // force when it was recorded.
    return {QStringLiteral("ledger_revisions"), QStringLiteral("ledger_approvals"), QStringLiteral("desk_versions"),
            QStringLiteral("case_events"), QStringLiteral("public_notices")};
}

bool Schema::isLaterColumn(const QString& column)
{
    return column == QLatin1String("row_key") || column == QLatin1String("rule_version");
}

Result<QString> Schema::primaryKeyColumn(const Database& db, const QString& table)
{
    if (!auditedTables().contains(table) && !appendOnlyTables().contains(table))
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("daicho::Schema", "The table is not audited."), table);
    // PRAGMA table_info, not pragma_table_info(): table-valued pragmas came in SQLite 3.16.
    auto info = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    if (!info)
        return info.error();
    std::optional<QString> primaryKey;
    DAICHO_TRY(info->forEach([&](const Statement& column) {
        if (column.integer(5) == 1)
            primaryKey = column.text(1);
        return !primaryKey;
    }));
    if (primaryKey)
        return *primaryKey;
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("daicho::Schema", "An audited table has no primary key."), table);
}

} // namespace daicho
