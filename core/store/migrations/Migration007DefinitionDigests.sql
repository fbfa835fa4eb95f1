-- Schema version 7: the derived rows of ledger_entries (date, state, search text) follow the
-- form definitions of the running version. Per form, a digest of what those rows read from
-- its definition when they were last derived; a version of Daicho whose definitions differ
-- derives the rows of that form's entries again at sign-in and audits it (DefinitionRefresh).
-- Derived data like ledger_grams: not audited; a wrong or missing digest only makes the rows
-- be derived again from the signed history. Empty after this upgrade: every form is derived
-- again once.
CREATE TABLE ledger_definitions (
    form TEXT PRIMARY KEY,
    digest TEXT NOT NULL
);
