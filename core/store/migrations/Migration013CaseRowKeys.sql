-- Schema version 13: the requests from individuals are disposed of too (issue 13 §1, §6). Each
-- new step of a case holds a random key of its own, digested with it and deleted with it, as
-- the ledgers' revisions do since version 11: once a case is disposed of, the digest the trail
-- keeps of each of its steps can no longer confirm a guess of what it said. Steps kept from
-- before have no key (NULL), left out of the digest.
ALTER TABLE case_events ADD COLUMN row_key BLOB;
