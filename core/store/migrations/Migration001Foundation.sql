-- Schema version 1: organisation, people, key slots, signing keys, settings, audit trail.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES departments(id),
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    department_id INTEGER REFERENCES departments(id),
    active INTEGER NOT NULL DEFAULT 1,
    must_change_password INTEGER NOT NULL DEFAULT 1
);
-- Failed sign-ins and locks: written by whoever signs in next (see SignIn), so kept out of
-- the audited users row; every change here is still recorded in the audit trail.
CREATE TABLE sign_in_states (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0
);
-- A slot's signing key changes only when its new key file is known to be on disk: the new
-- key waits in pending_signing_key_id until then (see SlotRecords).
CREATE TABLE key_slots (
    slot_id TEXT PRIMARY KEY,
    user_id INTEGER REFERENCES users(id),
    fingerprint BLOB,
    pending_fingerprint BLOB,
    signing_key_id INTEGER REFERENCES signing_keys(id),
    pending_signing_key_id INTEGER REFERENCES signing_keys(id)
);
CREATE TABLE signing_keys (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id),
    public_key BLOB NOT NULL UNIQUE,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    user_id INTEGER,
    key_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    target_table TEXT NOT NULL DEFAULT '',
    target_id TEXT NOT NULL DEFAULT '',
    row_digest BLOB,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash BLOB NOT NULL,
    entry_hash BLOB NOT NULL,
    signature BLOB NOT NULL
);
CREATE INDEX audit_log_target ON audit_log(target_table, target_id, seq);
