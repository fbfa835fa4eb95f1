-- Schema version 2: the ledgers (様式1–7).
--
-- What was written is kept in two append-only tables, never updated or deleted except by
-- retention disposal: each revision of an entry with its values (CBOR, see EntryCodec) and
-- each decision of an approver. Both are covered by audit row digests.
CREATE TABLE ledger_revisions (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL,
    number INTEGER NOT NULL,
    form TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES users(id),
    at_utc TEXT NOT NULL,
    department_id INTEGER REFERENCES departments(id),
    reason TEXT NOT NULL DEFAULT '',
    -- 1 when this revision only fills what is recorded after approval (the actual return of
    -- a carry-out): the approval of the revision before it still stands.
    keeps_approval INTEGER NOT NULL DEFAULT 0,
    data BLOB NOT NULL,
    UNIQUE (entry_id, number)
);
CREATE TABLE ledger_approvals (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL,
    revision_id INTEGER NOT NULL REFERENCES ledger_revisions(id),
    approver_id INTEGER NOT NULL REFERENCES users(id),
    at_utc TEXT NOT NULL,
    decision TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ledger_approvals_entry ON ledger_approvals(entry_id, id);
-- The present state of each entry, derived from the two tables above (LedgerProjection):
-- what lists, filters and search read. The verifier derives it again and compares.
CREATE TABLE ledger_entries (
    id INTEGER PRIMARY KEY,
    form TEXT NOT NULL,
    entry_date TEXT NOT NULL,
    department_id INTEGER,
    register_id INTEGER,
    state TEXT NOT NULL,
    revision_id INTEGER NOT NULL REFERENCES ledger_revisions(id),
    revision_count INTEGER NOT NULL,
    author_id INTEGER NOT NULL,
    search_text TEXT NOT NULL DEFAULT ''
);
-- Keyset paging: every list is ordered by (entry_date, id) within a form, optionally
-- narrowed by one of department, register entry or state.
CREATE INDEX ledger_entries_by_date ON ledger_entries(form, entry_date, id);
CREATE INDEX ledger_entries_by_department ON ledger_entries(form, department_id, entry_date, id);
CREATE INDEX ledger_entries_by_register ON ledger_entries(form, register_id, entry_date, id);
CREATE INDEX ledger_entries_by_state ON ledger_entries(form, state, entry_date, id);
-- Free-text search without FTS3 (SQLite 3.15.2 has unpatched bugs there): bigrams of the
-- normalised search text, one row per gram and block of 4096 entry ids, the ids as sorted
-- 16-bit offsets (SearchIndex). Derived data: rebuilt from ledger_entries if in doubt.
CREATE TABLE ledger_grams (
    gram INTEGER NOT NULL,
    block INTEGER NOT NULL,
    ids BLOB NOT NULL,
    PRIMARY KEY (gram, block)
) WITHOUT ROWID;
