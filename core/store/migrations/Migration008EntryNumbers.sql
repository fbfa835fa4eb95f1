-- Schema version 8: each ledger numbers its own entries (様式2 No.1, 2, 3 …; issue 11 §8),
-- the number people see in lists, prints, exports and the audit trail; the id stays internal.
-- Derived like the rest of ledger_entries: the n-th entry of a form by id is No. n, written
-- when the entry is added, derived again by the verifier. 0 until the first sign-in after
-- this upgrade numbers the entries already kept (DefinitionRefresh, "number:1").
ALTER TABLE ledger_entries ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ledger_entries_by_number ON ledger_entries(form, number);
