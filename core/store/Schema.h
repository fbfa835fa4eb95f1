#pragma once

#include "common/Result.h"
#include "store/Database.h"

#include <QStringList>

namespace daicho {

// Ordered schema migrations (one resource file per version, store/migrations/) and the
// check that a database holds exactly the schema this build expects.
class Schema
{
public:
    // The version this build writes and reads (PRAGMA user_version).
    static int currentVersion();

    // Creates the schema in a new, empty database (inside the caller's transaction).
    [[nodiscard]] static Status create(Database& db);

    // Refuses a database whose version is newer than this build, and reports any schema
    // object that the migrations up to its version would not have made — an extra trigger, view, index or
    // virtual table planted by someone who holds the key is tampering.
    [[nodiscard]] static Status verify(const Database& db);

    // Whether the file has an older schema that upgrade() brings up to date.
    [[nodiscard]] static Result<bool> needsUpgrade(const Database& db);
    // Applies the missing migrations inside the caller's transaction (the sign-in's, which
    // also records it in the audit trail) and verifies the result. Returns the old version.
    [[nodiscard]] static Result<int> upgrade(Database& db);

    // The tables whose every row is covered by audit row digests.
    static QStringList auditedTables();
    // Tables whose rows are written once and never changed (ledger revisions and decisions):
    // covered by row digests too, and an import covers a whole range of ids with one entry.
    static QStringList appendOnlyTables();
    // A column added to an audited table after rows were recorded in it (ledger_revisions'
    // row_key and rule_version): left out of a row's digest where the row has none.
    static bool isLaterColumn(const QString& column);
    // The single-column primary key of an audited table.
    static Result<QString> primaryKeyColumn(const Database& db, const QString& table);
};

} // namespace daicho
