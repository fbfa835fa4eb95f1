-- Schema version 5: an import commits its rows first and writes their grams after (issue #9
-- §14), so the search index may lag behind ledger_entries for a while. Every entry whose id
-- is at most indexed_through has its grams in ledger_grams; none above it has. A search
-- reads the text of the entries above the mark instead of the index, so it never misses
-- one; sign-in completes an index that a crash left behind. Derived data like ledger_grams:
-- not audited (a rebuild from ledger_entries gives it back).
CREATE TABLE ledger_grams_progress (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_through INTEGER NOT NULL
);
-- Up to version 4 every entry was indexed in the transaction that wrote it.
INSERT INTO ledger_grams_progress (id, indexed_through) SELECT 1, coalesce(max(id), 0) FROM ledger_entries;
