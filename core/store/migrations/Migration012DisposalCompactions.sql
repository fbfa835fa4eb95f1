-- Schema version 12: which disposal runs' deletions have left the file (issue 13 §5). What a
-- run deleted stays in the WAL and in the file's old pages until the file is compacted, which
-- cannot happen inside the run's transaction. A kill between the run's commit and the
-- compaction, or a reader on another connection that keeps the WAL from being emptied, leaves
-- a done run without its row here, and every sign-in compacts the file until it has one.
-- Not audited, like ledger_grams_progress: it records work done on the file, not a decision;
-- a row taken out only makes the file be compacted once more.
CREATE TABLE disposal_compactions (
    run_id INTEGER PRIMARY KEY REFERENCES disposal_runs(id),
    compacted_at TEXT NOT NULL
);
