#pragma once

#include <QString>

namespace daicho::test {

// SQL that turns a database of the current schema back into what schema 12 had: no keys of the
// cases' steps (schema 13).
QString schemaTwelveSql();
// … what schema 11 had: schema 12, and no record of which disposal runs the file was compacted
// after (schema 12).
QString schemaElevenSql();
// SQL that turns a database of the current schema back into what schema 10 had: schema 11, and
// no disposal runs, no row keys nor rule versions in the ledgers' tables (schema 11).
QString schemaTenSql();
// SQL that turns a database of the current schema back into what schema 9 had: no cases nor
// desk versions (schema 10).
QString schemaNineSql();
// SQL that turns a database of the current schema back into what schema 8 had: schema 9, and
// no retired departments (schema 9).
QString schemaEightSql();

// SQL that turns a database of the current schema back into what schema 7 had: schema 8, and
// ledger_entries without the entries' numbers of schema 8 (SQLite 3.15 has no DROP COLUMN, so the table is
// made again as schema 2 made it, with its rows and indexes). For tests of upgrades from
// older versions, run before setting PRAGMA user_version back.
QString schemaSevenSql();

} // namespace daicho::test
