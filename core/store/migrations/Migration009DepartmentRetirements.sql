-- Schema version 9: a department or section that no longer exists is retired (issue 11 §15):
-- kept for the entries and people of the past, shown as retired, and no longer offered for
-- new entries or people. A table of its own rather than a column of departments: every row of
-- an audited table is digested whole, so a new column would change the recorded digest of
-- every department kept so far. Audited like departments: each retirement and reinstatement
-- is an entry of the trail signed by the chief or the acting chief, and verify checks the rows.
CREATE TABLE department_retirements (
    department_id INTEGER PRIMARY KEY REFERENCES departments(id),
    retired_on TEXT NOT NULL
);
