-- Schema version 3: the check items of the monitoring sheet (様式4, 第15条). The chief keeps
-- them; each sheet copies the items it was started from, so a later change of wording does
-- not change what an earlier sheet says was checked. Audited like the organisation: every
-- row is what its latest audit entry recorded. Items are retired, never deleted.
CREATE TABLE check_items (
    id INTEGER PRIMARY KEY,
    area TEXT NOT NULL,
    text TEXT NOT NULL,
    article TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
