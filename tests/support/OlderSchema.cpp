#include "OlderSchema.h"

namespace daicho::test {

QString schemaTwelveSql()
{
    // As schemaTenSql: the column's text taken out, the keys of the rows left unread.
    return QStringLiteral("PRAGMA writable_schema = ON;"
                          "UPDATE sqlite_master SET sql = replace(sql, ', row_key BLOB', '') "
                          "WHERE type = 'table' AND name = 'case_events';"
                          "PRAGMA writable_schema = OFF;");
}

QString schemaElevenSql()
{
    return schemaTwelveSql() + QStringLiteral("DROP TABLE disposal_compactions;");
}

QString schemaTenSql()
{
    // SQLite 3.15 has no DROP COLUMN: the tables' text is set back (writable_schema), and the
    // rows keep their row keys in fields SQLite no longer reads, as a file of schema 10 would not
    // have them. The upgrade's ADD COLUMN reads them again, so what the trail recorded holds.
    return schemaElevenSql()
           + QStringLiteral(
               "DROP TABLE disposal_runs; DROP TABLE retention_settings;"
               "PRAGMA writable_schema = ON;"
               "UPDATE sqlite_master SET sql = replace(replace(sql, ', row_key BLOB', ''), ', rule_version TEXT', '') "
               "WHERE type = 'table' AND name IN ('ledger_revisions', 'ledger_approvals');"
               "PRAGMA writable_schema = OFF;");
}

QString schemaNineSql()
{
    return schemaTenSql()
           + QStringLiteral(
               "DROP TABLE public_notices; DROP TABLE case_clocks; DROP TABLE cases; DROP TABLE desk_versions; "
               "DROP TABLE case_events;");
}

QString schemaEightSql()
{
    return schemaNineSql() + QStringLiteral("DROP TABLE department_retirements;");
}

QString schemaSevenSql()
{
    return schemaEightSql()
           + QStringLiteral(
               "DROP INDEX ledger_entries_by_number;"
               "CREATE TABLE ledger_entries_seven AS SELECT id, form, entry_date, department_id, register_id, state, "
               "revision_id, revision_count, author_id, search_text FROM ledger_entries;"
               "DROP TABLE ledger_entries;"
               "CREATE TABLE ledger_entries (\n"
               "    id INTEGER PRIMARY KEY,\n"
               "    form TEXT NOT NULL,\n"
               "    entry_date TEXT NOT NULL,\n"
               "    department_id INTEGER,\n"
               "    register_id INTEGER,\n"
               "    state TEXT NOT NULL,\n"
               "    revision_id INTEGER NOT NULL REFERENCES ledger_revisions(id),\n"
               "    revision_count INTEGER NOT NULL,\n"
               "    author_id INTEGER NOT NULL,\n"
               "    search_text TEXT NOT NULL DEFAULT ''\n"
               ");"
               "INSERT INTO ledger_entries SELECT * FROM ledger_entries_seven;"
               "DROP TABLE ledger_entries_seven;"
               "CREATE INDEX ledger_entries_by_date ON ledger_entries(form, entry_date, id);"
               "CREATE INDEX ledger_entries_by_department ON ledger_entries(form, department_id, entry_date, id);"
               "CREATE INDEX ledger_entries_by_register ON ledger_entries(form, register_id, entry_date, id);"
               "CREATE INDEX ledger_entries_by_state ON ledger_entries(form, state, entry_date, id);");
}

} // namespace daicho::test
