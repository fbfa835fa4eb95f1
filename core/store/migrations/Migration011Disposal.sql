-- Schema version 11: retention and disposal (issue 13, 第20条1項(4)・2項).
--
-- Each new revision and decision holds a random key of its own, digested with the row (every
-- column is) and deleted with it: once a record is disposed of, the digest the trail keeps of
-- it can no longer confirm a guess of what it said. Rows kept from before have no key (NULL),
-- and a NULL key is left out of the digest, so that what the trail recorded of them still holds.
-- A revision also records the version of the retention rules in force when it was written
-- (第31条9項・第32条9項 and the centre's own periods): an entry is kept by its first one's.
ALTER TABLE ledger_revisions ADD COLUMN row_key BLOB;
ALTER TABLE ledger_revisions ADD COLUMN rule_version TEXT;
ALTER TABLE ledger_approvals ADD COLUMN row_key BLOB;
-- Each disposal at a fiscal year's end (第20条1項(4)): approved by the chief, confirmed by a
-- second person (the acting chief or the auditor), then run. Audited like the settings: every
-- change is an entry of the trail with the row's digest. What a run removed is listed by id
-- (never by content, 第20条2項), so that the verifier accepts exactly those rows' absence, with
-- the highest ids the file held then so that no id is ever given twice.
CREATE TABLE disposal_runs (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL, -- the records go at the end of this fiscal year
    state TEXT NOT NULL, -- approved, confirmed, done, cancelled
    approved_by INTEGER NOT NULL REFERENCES users(id),
    approved_at TEXT NOT NULL,
    confirmed_by INTEGER REFERENCES users(id),
    confirmed_at TEXT,
    done_by INTEGER REFERENCES users(id),
    done_at TEXT,
    method TEXT NOT NULL, -- 様式1④ method: erasure (データ消去ソフトウェア) or deletion
    register_id INTEGER, -- the register entry the 様式1④ record names
    planned BLOB NOT NULL, -- the entry ids approved (DisposalIds)
    holds TEXT NOT NULL, -- the chief's holds: entry id and reason, one per line
    disposed BLOB, -- what the run removed (DisposedRows)
    summary TEXT, -- form=count;... and the rule versions
    record_entry_id INTEGER, -- the 様式1④ record of the run
    last_entry_id INTEGER NOT NULL DEFAULT 0,
    last_revision_id INTEGER NOT NULL DEFAULT 0,
    last_approval_id INTEGER NOT NULL DEFAULT 0,
    backups TEXT NOT NULL DEFAULT '' -- backups made before the run recorded destroyed: seq, one per line
);
-- The centre's own retention periods of the ledgers the regulation gives none for (第20条1項(4)
-- 「センターが別途定める保存期間」), each change a new version set by the chief officer with its
-- reason, never changed afterwards: version 1 is Daicho's defaults (no row); a revision records
-- the version in force when it was written and is kept by it (RetentionRules).
CREATE TABLE retention_settings (
    version INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES users(id),
    at_utc TEXT NOT NULL,
    periods TEXT NOT NULL, -- <form id>=<years>;…
    reason TEXT NOT NULL
);
