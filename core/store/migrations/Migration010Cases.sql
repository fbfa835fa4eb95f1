-- Schema version 10: cases with clocks (issue 12) — the requests from individuals (第33–39条)
-- now, incidents and data-use applications later, on one engine (core/cases).
--
-- What happened is kept in append-only tables covered by audit row digests, never updated or
-- deleted except by retention disposal: each step of a case as one event with its items
-- (CBOR, as a ledger revision's values), and each version of the desk's own data (第33条2項:
-- the desk, its address, phone and hours, the days it is closed; 第39条: the fees).
CREATE TABLE case_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL,
    number INTEGER NOT NULL, -- the event's place in its case, from 1
    kind TEXT NOT NULL, -- the case kind (request.disclosure)
    step TEXT NOT NULL, -- the step taken (receive, route, decide, ...)
    actor_id INTEGER NOT NULL REFERENCES users(id),
    at_utc TEXT NOT NULL,
    -- The desk version in force when the event was recorded (0: none yet, the defaults): the
    -- clocks of a case count with the closed days of the version its receipt was recorded in.
    desk_version INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (case_id, number)
);
CREATE TABLE desk_versions (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES users(id),
    at_utc TEXT NOT NULL,
    data TEXT NOT NULL -- JSON (DeskSettings)
);
-- The present state of each case and its clocks, derived from the events (CaseProjection):
-- what lists and the dashboard read. The verifier derives them again and compares.
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    number INTEGER NOT NULL, -- 受付番号: the n-th case received in its fiscal year
    fiscal_year INTEGER NOT NULL,
    state TEXT NOT NULL,
    closed INTEGER NOT NULL,
    received_on TEXT NOT NULL,
    desk_id INTEGER,
    section_id INTEGER,
    title TEXT NOT NULL, -- who the case is about, as lists show it (本人氏名)
    event_count INTEGER NOT NULL,
    last_event_id INTEGER NOT NULL,
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cases_by_date ON cases(received_on, id);
CREATE INDEX cases_open ON cases(closed, received_on, id);
CREATE INDEX cases_by_section ON cases(section_id, closed, received_on, id);
CREATE TABLE case_clocks (
    case_id INTEGER NOT NULL,
    clock TEXT NOT NULL,
    running INTEGER NOT NULL, -- 1 until met or stopped: what the dashboard lists
    start_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    met_on TEXT,
    flags INTEGER NOT NULL, -- CaseClockFlags: moved past a closed day, provisional holiday, ...
    PRIMARY KEY (case_id, clock)
) WITHOUT ROWID;
CREATE INDEX case_clocks_due ON case_clocks(running, due_on, case_id);
-- The public notice of 第34条1項, each version the chief published (PublicNotices): kept, never
-- changed, so that what the website said on any day can be shown.
CREATE TABLE public_notices (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES users(id),
    at_utc TEXT NOT NULL,
    text TEXT NOT NULL
);
