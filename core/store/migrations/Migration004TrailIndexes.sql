-- Schema version 4: what sign-in reads of the audit trail without reading all of it. Sign-in
-- rebuilds the signing keys from the key.* entries (by action) and checks the person's own
-- record against what a registrar last recorded; the start page lists a person's own
-- latest actions (by user). The verifier still reads every entry.
CREATE INDEX audit_log_action ON audit_log(action, seq);
CREATE INDEX audit_log_user ON audit_log(user_id, seq);
