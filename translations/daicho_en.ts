<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>daicho::Application</name>
    <message>
        <source>Daicho keeps the personal-data ledgers in an encrypted database.</source>
        <translation>Daicho keeps the personal-data ledgers in an encrypted database.</translation>
    </message>
    <message>
        <source>The database file (NAME.daicho) to open.</source>
        <translation>The database file (NAME.daicho) to open.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose a database or create a new one.</source>
        <translation>%1 does not exist. Choose a database or create a new one.</translation>
    </message>
    <message>
        <source>Daicho cannot start</source>
        <translation>Daicho cannot start</translation>
    </message>
    <message>
        <source>The encryption self-test failed, so Daicho will not open any database on this PC.

%1

Ask the person who installed Daicho to check the installation.</source>
        <translation>The encryption self-test failed, so Daicho will not open any database on this PC.

%1

Ask the person who installed Daicho to check the installation.</translation>
    </message>
</context>
<context>
    <name>daicho::AuditAction</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>ID locked after failed sign-ins</source>
        <translation>ID locked after failed sign-ins</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>User changed</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>User removed</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>User unlocked</translation>
    </message>
    <message>
        <source>Password reset by the chief</source>
        <translation>Password reset by the chief</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>Access restored with the recovery key</source>
        <translation>Access restored with the recovery key</translation>
    </message>
    <message>
        <source>Signing key registered</source>
        <translation>Signing key registered</translation>
    </message>
    <message>
        <source>Signing key may register others</source>
        <translation>Signing key may register others</translation>
    </message>
    <message>
        <source>Signing key revoked</source>
        <translation>Signing key revoked</translation>
    </message>
    <message>
        <source>Key slot added</source>
        <translation>Key slot added</translation>
    </message>
    <message>
        <source>Key slot removed</source>
        <translation>Key slot removed</translation>
    </message>
    <message>
        <source>Key slot change prepared</source>
        <translation>Key slot change prepared</translation>
    </message>
    <message>
        <source>Key slot change completed</source>
        <translation>Key slot change completed</translation>
    </message>
    <message>
        <source>Key slot change abandoned</source>
        <translation>Key slot change abandoned</translation>
    </message>
    <message>
        <source>Key slots updated to the new key</source>
        <translation>Key slots updated to the new key</translation>
    </message>
    <message>
        <source>Database key replaced</source>
        <translation>Database key replaced</translation>
    </message>
    <message>
        <source>Department added</source>
        <translation>Department added</translation>
    </message>
    <message>
        <source>Department renamed</source>
        <translation>Department renamed</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Database property set</source>
        <translation>Database property set</translation>
    </message>
    <message>
        <source>Checkpoint signed</source>
        <translation>Checkpoint signed</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Initial password replaced</source>
        <translation>Initial password replaced</translation>
    </message>
    <message>
        <source>Many further failed sign-ins</source>
        <translation>Many further failed sign-ins</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Unknown key slot left out of the new key</source>
        <translation>Unknown key slot left out of the new key</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Database upgraded</translation>
    </message>
    <message>
        <source>Ledger entry written</source>
        <translation>Ledger entry written</translation>
    </message>
    <message>
        <source>Ledger entry corrected</source>
        <translation>Ledger entry corrected</translation>
    </message>
    <message>
        <source>Ledger entry approved</source>
        <translation>Ledger entry approved</translation>
    </message>
    <message>
        <source>Ledger entry reviewed</source>
        <translation>Ledger entry reviewed</translation>
    </message>
    <message>
        <source>Ledger entry returned</source>
        <translation>Ledger entry returned</translation>
    </message>
    <message>
        <source>Ledger entries imported</source>
        <translation>Ledger entries imported</translation>
    </message>
    <message>
        <source>Ledger exported</source>
        <translation>Ledger exported</translation>
    </message>
    <message>
        <source>Ledger printed</source>
        <translation>Ledger printed</translation>
    </message>
    <message>
        <source>Check item added</source>
        <translation>Check item added</translation>
    </message>
    <message>
        <source>Check item reworded</source>
        <translation>Check item reworded</translation>
    </message>
    <message>
        <source>Check item moved</source>
        <translation>Check item moved</translation>
    </message>
    <message>
        <source>Check item retired</source>
        <translation>Check item retired</translation>
    </message>
    <message>
        <source>Check item restored</source>
        <translation>Check item restored</translation>
    </message>
    <message>
        <source>Failing claim of a key slot set aside</source>
        <translation>Failing claim of a key slot set aside</translation>
    </message>
    <message>
        <source>Ledger rows derived again under updated form definitions</source>
        <translation>Ledger rows derived again under updated form definitions</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Department retired</source>
        <translation>Department retired</translation>
    </message>
    <message>
        <source>Department put back in use</source>
        <translation>Department put back in use</translation>
    </message>
    <message>
        <source>Department moved in the order</source>
        <translation>Department moved in the order</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Department %1</translation>
    </message>
    <message>
        <source>Request desk&apos;s data saved (new version)</source>
        <translation>Request desk&apos;s data saved (new version)</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Request: %1</translation>
    </message>
    <message>
        <source>%1 (case ID %2)</source>
        <translation>%1 (case ID %2)</translation>
    </message>
    <message>
        <source>Request&apos;s document printed</source>
        <translation>Request&apos;s document printed</translation>
    </message>
    <message>
        <source>Records about a person printed</source>
        <translation>Records about a person printed</translation>
    </message>
    <message>
        <source>Public notice published (第34条1項)</source>
        <translation>Public notice published (第34条1項)</translation>
    </message>
    <message>
        <source>Disposal approved (第20条1項(4))</source>
        <translation>Disposal approved (第20条1項(4))</translation>
    </message>
    <message>
        <source>Disposal confirmed</source>
        <translation>Disposal confirmed</translation>
    </message>
    <message>
        <source>Disposal cancelled</source>
        <translation>Disposal cancelled</translation>
    </message>
    <message>
        <source>Disposal run: entries deleted</source>
        <translation>Disposal run: entries deleted</translation>
    </message>
    <message>
        <source>Backups made before a disposal recorded as destroyed</source>
        <translation>Backups made before a disposal recorded as destroyed</translation>
    </message>
    <message>
        <source>Retention periods set (new version)</source>
        <translation>Retention periods set (new version)</translation>
    </message>
    <message>
        <source>Disposal No.%1</source>
        <translation>Disposal No.%1</translation>
    </message>
    <message>
        <source>Retention periods, version %1</source>
        <translation>Retention periods, version %1</translation>
    </message>
</context>
<context>
    <name>daicho::AuditFilterBar</name>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Ledger entries</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Keys and database</source>
        <translation>Keys and database</translation>
    </message>
    <message>
        <source>Organisation, settings and check items</source>
        <translation>Organisation, settings and check items</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All ledgers</source>
        <translation>All ledgers</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>From: any date</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>To: any date</translation>
    </message>
    <message>
        <source>Search the trail</source>
        <translation>Search the trail</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Le&amp;dger:</source>
        <translation>Le&amp;dger:</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it like 2026/04/01, 4/1 or 令和8年4月1日.</source>
        <translation>“%1” is not a date. Write it like 2026/04/01, 4/1 or 令和8年4月1日.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2). Swap the two dates.</source>
        <translation>The period starts (%1) after it ends (%2). Swap the two dates.</translation>
    </message>
    <message>
        <source>Showing entry No. %1 only; change any filter to see more</source>
        <translation>Showing entry No. %1 only; change any filter to see more</translation>
    </message>
</context>
<context>
    <name>daicho::AuditLog</name>
    <message>
        <source>The table is not audited.</source>
        <translation>The table is not audited.</translation>
    </message>
    <message>
        <source>An audit entry must be written inside the change&apos;s transaction.</source>
        <translation>An audit entry must be written inside the change&apos;s transaction.</translation>
    </message>
    <message>
        <source>A record (%1 %2) was changed outside Daicho, so it was not changed again. Tell the auditor and run the verification of the audit trail.</source>
        <translation>A record (%1 %2) was changed outside Daicho, so it was not changed again. Tell the auditor and run the verification of the audit trail.</translation>
    </message>
</context>
<context>
    <name>daicho::AuditTrailModel</name>
    <message>
        <source>Entry hash: %1</source>
        <translation>Entry hash: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(recovery key)</source>
        <translation>(recovery key)</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>User #%1</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>Recorded at %1, when somebody next signed in</source>
        <translation>Recorded at %1, when somebody next signed in</translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3</source>
        <translation>No. %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Action: %1 (%2)</translation>
    </message>
    <message>
        <source>Concerns: %1 (%2 #%3)</source>
        <translation>Concerns: %1 (%2 #%3)</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Recorded as: %1</translation>
    </message>
    <message>
        <source>Recorded at (UTC): %1</source>
        <translation>Recorded at (UTC): %1</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sign-in ID</source>
        <translation>Sign-in ID</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Rows left out as repeats</source>
        <translation>Rows left out as repeats</translation>
    </message>
</context>
<context>
    <name>daicho::AuditTrailPage</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>&amp;Sign a checkpoint…</source>
        <translation>&amp;Sign a checkpoint…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Checks every entry&apos;s hash and signature, every recorded row and the signed checkpoints.</source>
        <translation>Checks every entry&apos;s hash and signature, every recorded row and the signed checkpoints.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Verified: the audit trail is intact. %1 entries up to No. %2 and %3 recorded rows were checked; %4 checkpoint(s) match.</source>
        <translation>Verified: the audit trail is intact. %1 entries up to No. %2 and %3 recorded rows were checked; %4 checkpoint(s) match.</translation>
    </message>
    <message>
        <source>The audit trail does NOT verify: %1</source>
        <translation>The audit trail does NOT verify: %1</translation>
    </message>
    <message>
        <source>The first entry that fails is No. %1. Tell the chief and the auditor; do not change anything until they have looked.</source>
        <translation>The first entry that fails is No. %1. Tell the chief and the auditor; do not change anything until they have looked.</translation>
    </message>
    <message>
        <source>Checkpoint No. %1 was signed: %2</source>
        <translation>Checkpoint No. %1 was signed: %2</translation>
    </message>
    <message>
        <source>Audit trail checkpoint</source>
        <translation>Audit trail checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint entry No.</source>
        <translation>Checkpoint entry No.</translation>
    </message>
    <message>
        <source>Checkpoint code</source>
        <translation>Checkpoint code</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Entries checked</source>
        <translation>Entries checked</translation>
    </message>
    <message>
        <source>%1 (all intact)</source>
        <translation>%1 (all intact)</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>verification failed: %1</translation>
    </message>
    <message>
        <source>Signing-key fingerprints</source>
        <translation>Signing-key fingerprints</translation>
    </message>
    <message>
        <source>To check later that the audit trail was not cut short or replaced by an older copy, run &quot;daicho-cli verify --checkpoint CODE&quot; with the code above. Compare the fingerprints with those printed on earlier checkpoints: a key that appears without a signed registration by the chief is a sign of tampering.</source>
        <translation>To check later that the audit trail was not cut short or replaced by an older copy, run &quot;daicho-cli verify --checkpoint CODE&quot; with the code above. Compare the fingerprints with those printed on earlier checkpoints: a key that appears without a signed registration by the chief is a sign of tampering.</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>Chief</translation>
    </message>
    <message>
        <source>S&amp;top verifying</source>
        <translation>S&amp;top verifying</translation>
    </message>
    <message>
        <source>Verifying… %p%</source>
        <translation>Verifying… %p%</translation>
    </message>
    <message>
        <source>Verifying the audit trail. You can go on working; the result appears here.</source>
        <translation>Verifying the audit trail. You can go on working; the result appears here.</translation>
    </message>
    <message>
        <source>Choose an entry to see all it records, with the raw keys.</source>
        <translation>Choose an entry to see all it records, with the raw keys.</translation>
    </message>
</context>
<context>
    <name>daicho::AuditVerifier</name>
    <message>
        <source>Entry %1 has been altered after it was written.</source>
        <translation>Entry %1 has been altered after it was written.</translation>
    </message>
    <message>
        <source>Row %1 of table %2</source>
        <translation>Row %1 of table %2</translation>
    </message>
    <message>
        <source>Entry %1 records rows of table %2 that entry %3 already recorded.</source>
        <translation>Entry %1 records rows of table %2 that entry %3 already recorded.</translation>
    </message>
    <message>
        <source>%1, recorded by entry %2, has been deleted outside Daicho.</source>
        <translation>%1, recorded by entry %2, has been deleted outside Daicho.</translation>
    </message>
    <message>
        <source>%1 has no audit entry: it was added outside Daicho.</source>
        <translation>%1 has no audit entry: it was added outside Daicho.</translation>
    </message>
    <message>
        <source>%1 differs from what entry %2 recorded: it was changed outside Daicho.</source>
        <translation>%1 differs from what entry %2 recorded: it was changed outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 of the ledgers is not what its signed history says: its list row was changed outside Daicho.</source>
        <translation>Entry %1 of the ledgers is not what its signed history says: its list row was changed outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 of the ledgers has no list row: it was removed outside Daicho.</source>
        <translation>Entry %1 of the ledgers has no list row: it was removed outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 is missing or out of order: the next entry found is %2.</source>
        <translation>Entry %1 is missing or out of order: the next entry found is %2.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was changed, removed or reordered.</source>
        <translation>Entry %1 does not follow entry %2: an entry was changed, removed or reordered.</translation>
    </message>
    <message>
        <source>Entry %1 changes something its author may not change.</source>
        <translation>Entry %1 changes something its author may not change.</translation>
    </message>
    <message>
        <source>Entry %1 is a checkpoint, but its author is not the auditor.</source>
        <translation>Entry %1 is a checkpoint, but its author is not the auditor.</translation>
    </message>
    <message>
        <source>The audit trail is empty: it has been erased.</source>
        <translation>The audit trail is empty: it has been erased.</translation>
    </message>
    <message>
        <source>Checkpoint %1 is not in the audit trail: the trail has been cut short or replaced by an older copy.</source>
        <translation>Checkpoint %1 is not in the audit trail: the trail has been cut short or replaced by an older copy.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 has no audit entry: it was added outside Daicho.</source>
        <translation>Row %1 of table %2 has no audit entry: it was added outside Daicho.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 differs from what entry %3 recorded: it was changed outside Daicho or put back from an older copy.</source>
        <translation>Row %1 of table %2 differs from what entry %3 recorded: it was changed outside Daicho or put back from an older copy.</translation>
    </message>
    <message>
        <source>Row %1 of table %2, recorded by entry %3, has been deleted outside Daicho.</source>
        <translation>Row %1 of table %2, recorded by entry %3, has been deleted outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2, which was never registered.</source>
        <translation>Entry %1 is signed with key %2, which was never registered.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2, which had been revoked.</source>
        <translation>Entry %1 is signed with key %2, which had been revoked.</translation>
    </message>
    <message>
        <source>Entry %1 names a different author than the owner of its signing key.</source>
        <translation>Entry %1 names a different author than the owner of its signing key.</translation>
    </message>
    <message>
        <source>The signature of entry %1 is not valid: the entry was rewritten by someone without its author&apos;s key.</source>
        <translation>The signature of entry %1 is not valid: the entry was rewritten by someone without its author&apos;s key.</translation>
    </message>
    <message>
        <source>Entry 1 does not register the first signing key.</source>
        <translation>Entry 1 does not register the first signing key.</translation>
    </message>
    <message>
        <source>Entry %1 registers a key number that is already in use.</source>
        <translation>Entry %1 registers a key number that is already in use.</translation>
    </message>
    <message>
        <source>Entry %1 refers to an unknown key.</source>
        <translation>Entry %1 refers to an unknown key.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>the recovery key</translation>
    </message>
    <message>
        <source>Entry %1 records a ledger row of an unknown form (%2).</source>
        <translation>Entry %1 records a ledger row of an unknown form (%2).</translation>
    </message>
    <message>
        <source>Entry %1 records a decision on %2 by person %3, whose role as the chief officer recorded it (%4) may not approve or review that form.</source>
        <translation>Entry %1 records a decision on %2 by person %3, whose role as the chief officer recorded it (%4) may not approve or review that form.</translation>
    </message>
    <message>
        <source>Entry %1 records a revision of %2 by person %3, whose role as the chief officer recorded it (%4) may not write that form.</source>
        <translation>Entry %1 records a revision of %2 by person %3, whose role as the chief officer recorded it (%4) may not write that form.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Entry %1 records work on %2 of department %3 by person %4, who did not belong to that department or one above it at the time.</source>
        <translation>Entry %1 records work on %2 of department %3 by person %4, who did not belong to that department or one above it at the time.</translation>
    </message>
    <message>
        <source>Row %1 of table ledger_revisions names person %2 as its author, but entry %3 that records it was signed by %4.</source>
        <translation>Row %1 of table ledger_revisions names person %2 as its author, but entry %3 that records it was signed by %4.</translation>
    </message>
    <message>
        <source>Row %1 of table ledger_approvals names person %2 as the approver, but entry %3 that records it was signed by %4.</source>
        <translation>Row %1 of table ledger_approvals names person %2 as the approver, but entry %3 that records it was signed by %4.</translation>
    </message>
    <message>
        <source>Entry %1 records a decision on a revision that does not exist.</source>
        <translation>Entry %1 records a decision on a revision that does not exist.</translation>
    </message>
    <message>
        <source>Entry %1 records person %2 approving their own writing: another approver must decide (segregation of duties).</source>
        <translation>Entry %1 records person %2 approving their own writing: another approver must decide (segregation of duties).</translation>
    </message>
    <message>
        <source>Entry %1 records a revision whose previous version is missing.</source>
        <translation>Entry %1 records a revision whose previous version is missing.</translation>
    </message>
    <message>
        <source>Entry %1 records a revision of another form than the entry&apos;s own.</source>
        <translation>Entry %1 records a revision of another form than the entry&apos;s own.</translation>
    </message>
    <message>
        <source>Revision %1 of entry %2 belongs to another form than the entry.</source>
        <translation>Revision %1 of entry %2 belongs to another form than the entry.</translation>
    </message>
    <message>
        <source>Revision %1 of entry %2 keeps the approval, but changes more than what is filled after approval: it was written outside Daicho.</source>
        <translation>Revision %1 of entry %2 keeps the approval, but changes more than what is filled after approval: it was written outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 is signed by person %2, who had been removed by entry %3.</source>
        <translation>Entry %1 is signed by person %2, who had been removed by entry %3.</translation>
    </message>
    <message>
        <source>The code given for entry %1 does not match it. Check the code against the paper first; if it was typed right, the trail up to that entry has been rewritten.</source>
        <translation>The code given for entry %1 does not match it. Check the code against the paper first; if it was typed right, the trail up to that entry has been rewritten.</translation>
    </message>
    <message>
        <source>Entry %1 registers key number %2 out of turn (the next is %3).</source>
        <translation>Entry %1 registers key number %2 out of turn (the next is %3).</translation>
    </message>
    <message>
        <source>Entry %1 by the acting chief officer changes the signing keys of a chief officer or the recovery key, which only a chief officer may do.</source>
        <translation>Entry %1 by the acting chief officer changes the signing keys of a chief officer or the recovery key, which only a chief officer may do.</translation>
    </message>
    <message>
        <source>Revision %1 of entry %2 is out of order (number %3): it was written outside Daicho.</source>
        <translation>Revision %1 of entry %2 is out of order (number %3): it was written outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 changes a policy of the centre (%2), which only the chief officer changes, but the chief officer did not sign it.</source>
        <translation>Entry %1 changes a policy of the centre (%2), which only the chief officer changes, but the chief officer did not sign it.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version (%1) is lower than the one entry %2 upgraded it to (%3): it was set back outside Daicho.</source>
        <translation>The database&apos;s schema version (%1) is lower than the one entry %2 upgraded it to (%3): it was set back outside Daicho.</translation>
    </message>
    <message>
        <source>The verification was stopped before the end: nothing is concluded about the audit trail.</source>
        <translation>The verification was stopped before the end: nothing is concluded about the audit trail.</translation>
    </message>
    <message>
        <source>Revision %1 of entry %2 refers to an earlier record that is no record made before it of the same kind: it was written outside Daicho.</source>
        <translation>Revision %1 of entry %2 refers to an earlier record that is no record made before it of the same kind: it was written outside Daicho.</translation>
    </message>
    <message>
        <source>The search index differs from the entries&apos; texts: it was changed outside Daicho, and a search may miss entries.</source>
        <translation>The search index differs from the entries&apos; texts: it was changed outside Daicho, and a search may miss entries.</translation>
    </message>
    <message>
        <source>Entry %1 records step %2 of a case by person %3, but that person did not sign it: it was written outside Daicho.</source>
        <translation>Entry %1 records step %2 of a case by person %3, but that person did not sign it: it was written outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 records version %2 of the desk&apos;s data, but its signer was not the chief officer or the acting chief who wrote it: it was written outside Daicho.</source>
        <translation>Entry %1 records version %2 of the desk&apos;s data, but its signer was not the chief officer or the acting chief who wrote it: it was written outside Daicho.</translation>
    </message>
    <message>
        <source>Case %1 is of a kind Daicho does not know.</source>
        <translation>Case %1 is of a kind Daicho does not know.</translation>
    </message>
    <message>
        <source>Entry %1 records a step of case %2 under version %3 of the desk&apos;s data, which was not the version in force: it was written outside Daicho.</source>
        <translation>Entry %1 records a step of case %2 under version %3 of the desk&apos;s data, which was not the version in force: it was written outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 records 「%2」 on case %3 by person %4, who as registrars recorded them then may not take that step (%5): it was written outside Daicho.</source>
        <translation>Entry %1 records 「%2」 on case %3 by person %4, who as registrars recorded them then may not take that step (%5): it was written outside Daicho.</translation>
    </message>
    <message>
        <source>a date out of order</source>
        <translation>a date out of order</translation>
    </message>
    <message>
        <source>Entry %1 records 「%2」 on case %3 with items Daicho would have refused (%4): it was written outside Daicho.</source>
        <translation>Entry %1 records 「%2」 on case %3 with items Daicho would have refused (%4): it was written outside Daicho.</translation>
    </message>
    <message>
        <source>Case %1 is not what its signed events say: its list row or its deadlines were changed outside Daicho.</source>
        <translation>Case %1 is not what its signed events say: its list row or its deadlines were changed outside Daicho.</translation>
    </message>
    <message>
        <source>The list of cases holds a case without its signed events: it was added outside Daicho.</source>
        <translation>The list of cases holds a case without its signed events: it was added outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 records version %2 of the public notice (第34条1項), but its signer was not the chief officer or the acting chief who published it: it was written outside Daicho.</source>
        <translation>Entry %1 records version %2 of the public notice (第34条1項), but its signer was not the chief officer or the acting chief who published it: it was written outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 records version %2 of the desk&apos;s data out of turn: Daicho numbers the versions 1, 2, 3 … in the order they are saved, and the next was %3. It was written outside Daicho.</source>
        <translation>Entry %1 records version %2 of the desk&apos;s data out of turn: Daicho numbers the versions 1, 2, 3 … in the order they are saved, and the next was %3. It was written outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 records version %2 of the desk&apos;s data with data Daicho would have refused (%3): it was written outside Daicho.</source>
        <translation>Entry %1 records version %2 of the desk&apos;s data with data Daicho would have refused (%3): it was written outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 records the receipt of case %2 out of turn: Daicho numbers the cases 1, 2, 3 … in the order they are received, and the next was %3. It was written outside Daicho.</source>
        <translation>Entry %1 records the receipt of case %2 out of turn: Daicho numbers the cases 1, 2, 3 … in the order they are received, and the next was %3. It was written outside Daicho.</translation>
    </message>
    <message>
        <source>records 「%1」 without the ledger entry Daicho writes with it (%2)</source>
        <translation>records 「%1」 without the ledger entry Daicho writes with it (%2)</translation>
    </message>
    <message>
        <source>Entry %1 records a step of a disposal that its author may not take (the chief approves and runs it; the acting chief or the auditor who did not approve it confirms it).</source>
        <translation>Entry %1 records a step of a disposal that its author may not take (the chief approves and runs it; the acting chief or the auditor who did not approve it confirms it).</translation>
    </message>
    <message>
        <source>Disposal run %1 is marked done, but the chief did not run it through Daicho: it was changed outside Daicho.</source>
        <translation>Disposal run %1 is marked done, but the chief did not run it through Daicho: it was changed outside Daicho.</translation>
    </message>
    <message>
        <source>The rows entry %1 recorded differ from what it recorded: they were changed outside Daicho.</source>
        <translation>The rows entry %1 recorded differ from what it recorded: they were changed outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 sets the centre&apos;s retention periods, which only the chief officer sets, but the chief officer did not sign it.</source>
        <translation>Entry %1 sets the centre&apos;s retention periods, which only the chief officer sets, but the chief officer did not sign it.</translation>
    </message>
    <message>
        <source>Disposal run %1 is not what its steps recorded: it was changed outside Daicho.</source>
        <translation>Disposal run %1 is not what its steps recorded: it was changed outside Daicho.</translation>
    </message>
    <message>
        <source>Disposal run %1 no longer holds what the chief approved (the list, the holds, the method, the register entry or the fiscal year): it was changed outside Daicho.</source>
        <translation>Disposal run %1 no longer holds what the chief approved (the list, the holds, the method, the register entry or the fiscal year): it was changed outside Daicho.</translation>
    </message>
    <message>
        <source>Disposal run %1 says it removed what its run did not record, or entries the chief did not approve and the second person did not confirm: it was changed outside Daicho.</source>
        <translation>Disposal run %1 says it removed what its run did not record, or entries the chief did not approve and the second person did not confirm: it was changed outside Daicho.</translation>
    </message>
    <message>
        <source>A disposal run says it removed row %1 of table %2, which the trail records of no entry the runs removed: it was removed outside Daicho.</source>
        <translation>A disposal run says it removed row %1 of table %2, which the trail records of no entry the runs removed: it was removed outside Daicho.</translation>
    </message>
    <message>
        <source>The disposal runs say they removed entries of %1 whose first revisions the trail does not show removed with them, or first revisions of entries they did not remove: it was changed outside Daicho.</source>
        <translation>The disposal runs say they removed entries of %1 whose first revisions the trail does not show removed with them, or first revisions of entries they did not remove: it was changed outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 sets the centre&apos;s retention periods as version %2, but the next version was %3: a version once set is never set again.</source>
        <translation>Entry %1 sets the centre&apos;s retention periods as version %2, but the next version was %3: a version once set is never set again.</translation>
    </message>
    <message>
        <source>Entry %1 records row %2 of a ledger without the key of its own Daicho gives every row, or under another version of the retention rules than the one in force then (%3): it was written outside Daicho.</source>
        <translation>Entry %1 records row %2 of a ledger without the key of its own Daicho gives every row, or under another version of the retention rules than the one in force then (%3): it was written outside Daicho.</translation>
    </message>
    <message>
        <source>Entry %1 of the ledgers has the id of an entry a disposal run removed, which Daicho never gives again: it was written outside Daicho.</source>
        <translation>Entry %1 of the ledgers has the id of an entry a disposal run removed, which Daicho never gives again: it was written outside Daicho.</translation>
    </message>
    <message>
        <source>A disposal run says it removed case %1, whose steps the trail does not show removed with it: it was changed outside Daicho.</source>
        <translation>A disposal run says it removed case %1, whose steps the trail does not show removed with it: it was changed outside Daicho.</translation>
    </message>
    <message>
        <source>Case %1 is still here although a disposal run says it removed it: the run&apos;s record was changed outside Daicho.</source>
        <translation>Case %1 is still here although a disposal run says it removed it: the run&apos;s record was changed outside Daicho.</translation>
    </message>
</context>
<context>
    <name>daicho::Backup</name>
    <message>
        <source>A file named %1 already exists. Choose another name; nothing was overwritten.</source>
        <translation>A file named %1 already exists. Choose another name; nothing was overwritten.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>The folder %1 does not exist or cannot be written.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>daicho::BackupDestructionDialog</name>
    <message>
        <source>Record the backups destroyed</source>
        <translation>Record the backups destroyed</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Data-erasure software (第20条1項(2))</source>
        <translation>Data-erasure software (第20条1項(2))</translation>
    </message>
    <message>
        <source>Physical destruction (第20条1項(2))</source>
        <translation>Physical destruction (第20条1項(2))</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>The centre</translation>
    </message>
    <message>
        <source>An outside firm (its certificate, 第10条⑤)</source>
        <translation>An outside firm (its certificate, 第10条⑤)</translation>
    </message>
    <message>
        <source>The firm and its certificate of destruction</source>
        <translation>The firm and its certificate of destruction</translation>
    </message>
    <message>
        <source>&amp;Record in 様式1④</source>
        <translation>&amp;Record in 様式1④</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before the disposal still hold what it deleted. Say how they were destroyed: the destruction is recorded in 様式1 (④削除・廃棄) without what they held (第20条2項).</source>
        <translation>
            <numerusform>%n backup(s) made before the disposal still hold what it deleted. Say how they were destroyed: the destruction is recorded in 様式1 (④削除・廃棄) without what they held (第20条2項).</numerusform>
            <numerusform>%n backup(s) made before the disposal still hold what it deleted. Say how they were destroyed: the destruction is recorded in 様式1 (④削除・廃棄) without what they held (第20条2項).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Destroyed on:</source>
        <translation>&amp;Destroyed on:</translation>
    </message>
    <message>
        <source>Destroyed &amp;by:</source>
        <translation>Destroyed &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>Con&amp;firmed by:</source>
        <translation>Con&amp;firmed by:</translation>
    </message>
</context>
<context>
    <name>daicho::BulkDecisionDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message numerus="yes">
        <source>Decide on %n entries — %1</source>
        <translation>
            <numerusform>Decide on %n entry — %1</numerusform>
            <numerusform>Decide on %n entries — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries wait for your decision. Read each, then decide for all of them.</source>
        <translation>
            <numerusform>%n entry waits for your decision. Read it, then decide.</numerusform>
            <numerusform>%n entries wait for your decision. Read each, then decide for all of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3</source>
        <translation>No. %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Written by %1, version %2.</source>
        <translation>Written by %1, version %2.</translation>
    </message>
    <message>
        <source>Reason for the correction:</source>
        <translation>Reason for the correction:</translation>
    </message>
    <message>
        <source>Changed in this version:</source>
        <translation>Changed in this version:</translation>
    </message>
    <message>
        <source>&amp;Comment for all of them (required to return them):</source>
        <translation>&amp;Comment for all of them (required to return them):</translation>
    </message>
    <message>
        <source>Nothing was recorded</source>
        <translation>Nothing was recorded</translation>
    </message>
    <message>
        <source>Write in the comment what the writers should correct, then return the entries.</source>
        <translation>Write in the comment what the writers should correct, then return the entries.</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>No. %1: %2</translation>
    </message>
</context>
<context>
    <name>daicho::CarryOutLog</name>
    <message>
        <source>Entry No. %1 is not a carry-out waiting for its return.</source>
        <translation>Entry No. %1 is not a carry-out waiting for its return.</translation>
    </message>
    <message>
        <source>Entry No. %1 is %2: its return is recorded once the head has approved the carry-out.</source>
        <translation>Entry No. %1 is %2: its return is recorded once the head has approved the carry-out.</translation>
    </message>
</context>
<context>
    <name>daicho::CaseAccess</name>
    <message>
        <source>the desk (相談窓口)</source>
        <translation>the desk (相談窓口)</translation>
    </message>
    <message>
        <source>the handling section</source>
        <translation>the handling section</translation>
    </message>
    <message>
        <source>the head of the handling section</source>
        <translation>the head of the handling section</translation>
    </message>
    <message>
        <source>the chief officer or the acting chief</source>
        <translation>the chief officer or the acting chief</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>daicho::CaseDialog</name>
    <message>
        <source>&amp;Print documents…</source>
        <translation>&amp;Print documents…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>History of the case</translation>
    </message>
    <message>
        <source>Print the request&apos;s documents (様式8–14)</source>
        <translation>Print the request&apos;s documents (様式8–14)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>This case is of a kind this version of Daicho does not know (%1).</source>
        <translation>This case is of a kind this version of Daicho does not know (%1).</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Receipt No.:</source>
        <translation>Receipt No.:</translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation>Individual:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Desk:</translation>
    </message>
    <message>
        <source>Handling section:</source>
        <translation>Handling section:</translation>
    </message>
    <message>
        <source>Proposed section:</source>
        <translation>Proposed section:</translation>
    </message>
    <message>
        <source>%1 (第33条1項: the section handling the database concerned, else the desk)</source>
        <translation>%1 (第33条1項: the section handling the database concerned, else the desk)</translation>
    </message>
    <message>
        <source>Desk data:</source>
        <translation>Desk data:</translation>
    </message>
    <message>
        <source>Version %1 — the deadlines count the closed days of the version in force at the receipt</source>
        <translation>Version %1 — the deadlines count the closed days of the version in force at the receipt</translation>
    </message>
    <message>
        <source>Due %1 — met on %2</source>
        <translation>Due %1 — met on %2</translation>
    </message>
    <message>
        <source>Due %1 — withdrawn: no longer running</source>
        <translation>Due %1 — withdrawn: no longer running</translation>
    </message>
    <message>
        <source>Rule…</source>
        <translation>Rule…</translation>
    </message>
    <message>
        <source>The rule behind the %1</source>
        <translation>The rule behind the %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This case is closed: nothing more is due.</source>
        <translation>This case is closed: nothing more is due.</translation>
    </message>
    <message>
        <source>You read this case to audit it (第15条): the auditor takes no step.</source>
        <translation>You read this case to audit it (第15条): the auditor takes no step.</translation>
    </message>
    <message>
        <source>No step of this case is yours to take now.</source>
        <translation>No step of this case is yours to take now.</translation>
    </message>
    <message>
        <source>Proposed: %1 (第33条1項). Another section needs a reason below.</source>
        <translation>Proposed: %1 (第33条1項). Another section needs a reason below.</translation>
    </message>
    <message>
        <source>“%1” was recorded.</source>
        <translation>“%1” was recorded.</translation>
    </message>
    <message>
        <source>The records of provision and receipt naming the individual, and their requests</source>
        <translation>The records of provision and receipt naming the individual, and their requests</translation>
    </message>
    <message>
        <source>Records about this pe&amp;rson…</source>
        <translation>Records about this pe&amp;rson…</translation>
    </message>
    <message>
        <source>Recorded in %1 at the same time</source>
        <translation>Recorded in %1 at the same time</translation>
    </message>
    <message>
        <source>Recorded in %1 at the same time (%1 No.%2)</source>
        <translation>Recorded in %1 at the same time (%1 No.%2)</translation>
    </message>
    <message>
        <source>As named at the receipt.</source>
        <translation>As named at the receipt.</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Kept:</translation>
    </message>
</context>
<context>
    <name>daicho::CaseDocumentsDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <source>Choose the document. A notice prints once the request is decided; print it, send it, then record 「通知書の送付」.</source>
        <translation>Choose the document. A notice prints once the request is decided; print it, send it, then record 「通知書の送付」.</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Documents of the case</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1 was printed.</source>
        <translation>%1 was printed.</translation>
    </message>
    <message>
        <source>Saved %1 as %2.</source>
        <translation>Saved %1 as %2.</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF files</translation>
    </message>
</context>
<context>
    <name>daicho::CaseProjection</name>
    <message>
        <source>Event %1 names a case kind or step (%2 %3) that Daicho does not know.</source>
        <translation>Event %1 names a case kind or step (%2 %3) that Daicho does not know.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>There is no such case.</translation>
    </message>
    <message>
        <source>Case %1 is of a kind Daicho does not know.</source>
        <translation>Case %1 is of a kind Daicho does not know.</translation>
    </message>
    <message>
        <source>A case has no events: its receipt was removed outside Daicho.</source>
        <translation>A case has no events: its receipt was removed outside Daicho.</translation>
    </message>
    <message>
        <source>Case %1 does not begin with its receipt: its events were changed outside Daicho.</source>
        <translation>Case %1 does not begin with its receipt: its events were changed outside Daicho.</translation>
    </message>
    <message>
        <source>Case %1 has no date of receipt.</source>
        <translation>Case %1 has no date of receipt.</translation>
    </message>
    <message>
        <source>Event %1 is out of place in case %2: the case&apos;s events were changed outside Daicho.</source>
        <translation>Event %1 is out of place in case %2: the case&apos;s events were changed outside Daicho.</translation>
    </message>
    <message>
        <source>Event %1 of case %2 takes a step (%3) that its state (%4) does not allow: it was written outside Daicho.</source>
        <translation>Event %1 of case %2 takes a step (%3) that its state (%4) does not allow: it was written outside Daicho.</translation>
    </message>
</context>
<context>
    <name>daicho::CaseStore</name>
    <message>
        <source>You may not read this case: requests are read by the desk, the handling section, the chief officer and the auditor.</source>
        <translation>You may not read this case: requests are read by the desk, the handling section, the chief officer and the auditor.</translation>
    </message>
    <message>
        <source>A case of this kind has no step called %1.</source>
        <translation>A case of this kind has no step called %1.</translation>
    </message>
    <message>
        <source>Requests are received by %1 (第33条1項).</source>
        <translation>Requests are received by %1 (第33条1項).</translation>
    </message>
    <message>
        <source>There is no kind of case called %1.</source>
        <translation>There is no kind of case called %1.</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>Case %1 does not exist.</translation>
    </message>
    <message>
        <source>This department is retired and takes no new cases. Choose one in use.</source>
        <translation>This department is retired and takes no new cases. Choose one in use.</translation>
    </message>
    <message>
        <source>「%1」 is after today (%2). Enter the day it happened.</source>
        <translation>「%1」 is after today (%2). Enter the day it happened.</translation>
    </message>
    <message>
        <source>「%1」 is before the request was received (%2). Check the date.</source>
        <translation>「%1」 is before the request was received (%2). Check the date.</translation>
    </message>
    <message>
        <source>「%1」 cannot be done now: the case is %2 and nothing more is done on it.</source>
        <translation>「%1」 cannot be done now: the case is %2 and nothing more is done on it.</translation>
    </message>
    <message>
        <source>「%1」 cannot be done now: the case is %2. What can be done now: %3.</source>
        <translation>「%1」 cannot be done now: the case is %2. What can be done now: %3.</translation>
    </message>
    <message>
        <source>「%1」 is done by %2 (%3).</source>
        <translation>「%1」 is done by %2 (%3).</translation>
    </message>
    <message>
        <source>「%1」 answers a question to the requester: record the question first (%2).</source>
        <translation>「%1」 answers a question to the requester: record the question first (%2).</translation>
    </message>
    <message>
        <source>「%1」 is recorded only after 「%2」 granted the request (%3).</source>
        <translation>「%1」 is recorded only after 「%2」 granted the request (%3).</translation>
    </message>
    <message>
        <source>The section chosen is not the one proposed (第33条1項: the health-check section that handles the database, else the desk). Say why.</source>
        <translation>The section chosen is not the one proposed (第33条1項: the health-check section that handles the database, else the desk). Say why.</translation>
    </message>
    <message>
        <source>「%1」 cannot be dated before 「%2」 (%3).</source>
        <translation>「%1」 cannot be dated before 「%2」 (%3).</translation>
    </message>
    <message>
        <source>Record 「%1」 before 「%2」 (%3).</source>
        <translation>Record 「%1」 before 「%2」 (%3).</translation>
    </message>
    <message>
        <source>「%1」 does not apply to this request (%2).</source>
        <translation>「%1」 does not apply to this request (%2).</translation>
    </message>
</context>
<context>
    <name>daicho::CaseText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 No. %2</translation>
    </message>
    <message>
        <source>Met (%1)</source>
        <translation>Met (%1)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>The last day fell on a day the desk is closed: moved to the next open day (民法第142条).</source>
        <translation>The last day fell on a day the desk is closed: moved to the next open day (民法第142条).</translation>
    </message>
    <message>
        <source>The last day is a day the desk is closed; the rule keeps it.</source>
        <translation>The last day is a day the desk is closed; the rule keeps it.</translation>
    </message>
    <message>
        <source>Provisional: a holiday not yet announced in the 官報 took part; the date may change.</source>
        <translation>Provisional: a holiday not yet announced in the 官報 took part; the date may change.</translation>
    </message>
    <message>
        <source>%1 stops this clock until the requester answers.</source>
        <translation>%1 stops this clock until the requester answers.</translation>
    </message>
    <message>
        <source>Nothing stops this clock.</source>
        <translation>Nothing stops this clock.</translation>
    </message>
    <message>
        <source>%1 does not stop this clock: the regulation gives it no pause.</source>
        <translation>%1 does not stop this clock: the regulation gives it no pause.</translation>
    </message>
    <message>
        <source>How the date came out:</source>
        <translation>How the date came out:</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
</context>
<context>
    <name>daicho::ChainAnchors</name>
    <message>
        <source>The key file says what %1 last saw of the audit trail, but that record is not signed by %1 or names no entry: it was altered outside Daicho.</source>
        <translation>The key file says what %1 last saw of the audit trail, but that record is not signed by %1 or names no entry: it was altered outside Daicho.</translation>
    </message>
    <message>
        <source>The key slot of %1, which the database records, is missing from the key file.</source>
        <translation>The key slot of %1, which the database records, is missing from the key file.</translation>
    </message>
    <message>
        <source>The key slot of %1 records that they last saw entry %2, but they signed in later (entry %3): the key file was put back from an older copy.</source>
        <translation>The key slot of %1 records that they last saw entry %2, but they signed in later (entry %3): the key file was put back from an older copy.</translation>
    </message>
    <message>
        <source>%1 signed in (entry %2), but their key slot records nothing of what they saw: it was taken out of the key file.</source>
        <translation>%1 signed in (entry %2), but their key slot records nothing of what they saw: it was taken out of the key file.</translation>
    </message>
    <message>
        <source>The audit trail does not contain entry %1, which the key slot of %2 says they saw on %3: either its newest entries were cut off outside Daicho, or that claim was written outside Daicho with %2&apos;s key. Tell the auditor; the chief officer can set the claim aside when signing in (daicho-cli anchor dismiss %2).</source>
        <translation>The audit trail does not contain entry %1, which the key slot of %2 says they saw on %3: either its newest entries were cut off outside Daicho, or that claim was written outside Daicho with %2&apos;s key. Tell the auditor; the chief officer can set the claim aside when signing in (daicho-cli anchor dismiss %2).</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail is not the one the key slot of %2 says they saw on %3: either the trail was rewritten outside Daicho, or that claim was written outside Daicho with %2&apos;s key. Tell the auditor; the chief officer can set the claim aside when signing in (daicho-cli anchor dismiss %2).</source>
        <translation>Entry %1 of the audit trail is not the one the key slot of %2 says they saw on %3: either the trail was rewritten outside Daicho, or that claim was written outside Daicho with %2&apos;s key. Tell the auditor; the chief officer can set the claim aside when signing in (daicho-cli anchor dismiss %2).</translation>
    </message>
</context>
<context>
    <name>daicho::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>This is your first sign-in with the password you were given. Choose your own password now; nobody else should know it.</source>
        <translation>This is your first sign-in with the password you were given. Choose your own password now; nobody else should know it.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hange password</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changing the password…</translation>
    </message>
</context>
<context>
    <name>daicho::CheckFieldEditor</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>daicho::CheckItemEditorDialog</name>
    <message>
        <source>Add a check item</source>
        <translation>Add a check item</translation>
    </message>
    <message>
        <source>Change a check item</source>
        <translation>Change a check item</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. 第19条2項</source>
        <translation>e.g. 第19条2項</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>A&amp;rticle:</source>
        <translation>A&amp;rticle:</translation>
    </message>
    <message>
        <source>&amp;What is checked:</source>
        <translation>&amp;What is checked:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 of at most %2 characters</translation>
    </message>
</context>
<context>
    <name>daicho::CheckItems</name>
    <message>
        <source>Choose the area the check item belongs to.</source>
        <translation>Choose the area the check item belongs to.</translation>
    </message>
    <message>
        <source>Enter what the auditor checks.</source>
        <translation>Enter what the auditor checks.</translation>
    </message>
    <message>
        <source>The check item is too long: at most %1 characters.</source>
        <translation>The check item is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The article is too long: at most 40 characters (e.g. 第19条2項).</source>
        <translation>The article is too long: at most 40 characters (e.g. 第19条2項).</translation>
    </message>
    <message>
        <source>The check item does not exist (any more). Reopen the list.</source>
        <translation>The check item does not exist (any more). Reopen the list.</translation>
    </message>
</context>
<context>
    <name>daicho::CheckItemsDialog</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Only the chief and the acting chief change the check items.</source>
        <translation>Only the chief and the acting chief change the check items.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Check items of the monitoring sheet</source>
        <translation>Check items of the monitoring sheet</translation>
    </message>
    <message>
        <source>One place up within its area (Ctrl+Up)</source>
        <translation>One place up within its area (Ctrl+Up)</translation>
    </message>
    <message>
        <source>One place down within its area (Ctrl+Down)</source>
        <translation>One place down within its area (Ctrl+Down)</translation>
    </message>
    <message>
        <source>New sheets leave a retired item out; the sheets that have it keep it</source>
        <translation>New sheets leave a retired item out; the sheets that have it keep it</translation>
    </message>
    <message>
        <source>Every new monitoring sheet (様式4) starts with the items in use, in this order (第15条).</source>
        <translation>Every new monitoring sheet (様式4) starts with the items in use, in this order (第15条).</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Check item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in use</source>
        <translation>
            <numerusform>%n item(s) in use</numerusform>
            <numerusform>%n item(s) in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retired</source>
        <translation>
            <numerusform>%n retired</numerusform>
            <numerusform>%n retired</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back in &amp;use</source>
        <translation>Put back in &amp;use</translation>
    </message>
    <message>
        <source>The check item was added at the end of its area.</source>
        <translation>The check item was added at the end of its area.</translation>
    </message>
    <message>
        <source>The check item was changed. Sheets already written keep the old wording.</source>
        <translation>The check item was changed. Sheets already written keep the old wording.</translation>
    </message>
    <message>
        <source>The check item was moved up.</source>
        <translation>The check item was moved up.</translation>
    </message>
    <message>
        <source>The check item was moved down.</source>
        <translation>The check item was moved down.</translation>
    </message>
    <message>
        <source>The check item is in use again: new sheets include it.</source>
        <translation>The check item is in use again: new sheets include it.</translation>
    </message>
    <message>
        <source>The check item was retired: new sheets leave it out.</source>
        <translation>The check item was retired: new sheets leave it out.</translation>
    </message>
</context>
<context>
    <name>daicho::Checklist</name>
    <message>
        <source>Not yet checked</source>
        <translation>Not yet checked</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>Conforms</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>Does not conform</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistDelegate</name>
    <message>
        <source>Enter finishes; Shift+Enter starts a new line</source>
        <translation>Enter finishes; Shift+Enter starts a new line</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistExport</name>
    <message>
        <source>This entry has no check items to export.</source>
        <translation>This entry has no check items to export.</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932) cannot hold every character of this sheet. Export as UTF-8 or Excel instead.</source>
        <translation>Shift_JIS (CP932) cannot hold every character of this sheet. Export as UTF-8 or Excel instead.</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistFieldEditor</name>
    <message>
        <source>Start from the current check items</source>
        <translation>Start from the current check items</translation>
    </message>
    <message>
        <source>Start from the previous sheet…</source>
        <translation>Start from the previous sheet…</translation>
    </message>
    <message>
        <source>New lines from the check items the chief keeps, with nothing filled in</source>
        <translation>New lines from the check items the chief keeps, with nothing filled in</translation>
    </message>
    <message>
        <source>The lines of the newest earlier sheet, with the results and comments cleared</source>
        <translation>The lines of the newest earlier sheet, with the results and comments cleared</translation>
    </message>
    <message>
        <source>Result: 1 Conforms · 2 Does not conform · 3 Not applicable · 0 clears. Enter edits the evidence or comment.</source>
        <translation>Result: 1 Conforms · 2 Does not conform · 3 Not applicable · 0 clears. Enter edits the evidence or comment.</translation>
    </message>
    <message>
        <source>Replace the lines</source>
        <translation>Replace the lines</translation>
    </message>
    <message numerus="yes">
        <source>Results, evidence or comments are already filled in. Start again and replace all %n line(s) with what was filled in?</source>
        <translation>
            <numerusform>Results, evidence or comments are already filled in. Start again and replace all %n line(s) with what was filled in?</numerusform>
            <numerusform>Results, evidence or comments are already filled in. Start again and replace all %n line(s) with what was filled in?</numerusform>
        </translation>
    </message>
    <message>
        <source>The lines were not replaced</source>
        <translation>The lines were not replaced</translation>
    </message>
    <message>
        <source>No previous sheet</source>
        <translation>No previous sheet</translation>
    </message>
    <message>
        <source>The previous sheet (entry No. %1) has no lines to start from.</source>
        <translation>The previous sheet (entry No. %1) has no lines to start from.</translation>
    </message>
    <message>
        <source>There is no earlier monitoring sheet to start from. Start from the current check items instead.</source>
        <translation>There is no earlier monitoring sheet to start from. Start from the current check items instead.</translation>
    </message>
    <message>
        <source>entry No. %1 of %2</source>
        <translation>entry No. %1 of %2</translation>
    </message>
    <message>
        <source>(fiscal year %1)</source>
        <translation>(fiscal year %1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n line(s) of the previous sheet, %1, are copied with their results and comments cleared.</source>
        <translation>
            <numerusform>The %n line(s) of the previous sheet, %1, are copied with their results and comments cleared.</numerusform>
            <numerusform>The %n line(s) of the previous sheet, %1, are copied with their results and comments cleared.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is filled in now is replaced.</source>
        <translation>What is filled in now is replaced.</translation>
    </message>
    <message>
        <source>Keep the evidence seen then, as a starting point to confirm?
Yes: keep the evidence. No: leave it empty. Cancel: change nothing.</source>
        <translation>Keep the evidence seen then, as a starting point to confirm?
Yes: keep the evidence. No: leave it empty. Cancel: change nothing.</translation>
    </message>
    <message>
        <source>Start from the previous sheet</source>
        <translation>Start from the previous sheet</translation>
    </message>
    <message>
        <source>The lines of this sheet cannot be shown by this version; they are kept unless the sheet is started again.</source>
        <translation>The lines of this sheet cannot be shown by this version; they are kept unless the sheet is started again.</translation>
    </message>
    <message>
        <source>No lines yet.</source>
        <translation>No lines yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line(s)</numerusform>
            <numerusform>%n line(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a result and the number of lines with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistModel</name>
    <message>
        <source>1 Conforms, 2 Does not conform, 3 Not applicable, 0 or Delete clears</source>
        <translation>1 Conforms, 2 Does not conform, 3 Not applicable, 0 or Delete clears</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Check item</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>Evidence seen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistSources</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
</context>
<context>
    <name>daicho::CheckpointDialog</name>
    <message>
        <source>Checkpoint signed</source>
        <translation>Checkpoint signed</translation>
    </message>
    <message>
        <source>Print this checkpoint, or copy the code by hand, and keep it outside the PC (for example with the monitoring sheet). It lets anyone check later that no entry up to here was removed.</source>
        <translation>Print this checkpoint, or copy the code by hand, and keep it outside the PC (for example with the monitoring sheet). It lets anyone check later that no entry up to here was removed.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the checkpoint as PDF</source>
        <translation>Save the checkpoint as PDF</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
</context>
<context>
    <name>daicho::CheckpointSigning</name>
    <message>
        <source>No checkpoint was signed: the audit trail does not verify (%1).</source>
        <translation>No checkpoint was signed: the audit trail does not verify (%1).</translation>
    </message>
    <message>
        <source>The first entry that fails is No. %1.</source>
        <translation>The first entry that fails is No. %1.</translation>
    </message>
    <message>
        <source>A checkpoint would vouch for it. The chief and the auditor look at the failure first; sign once the trail verifies again.</source>
        <translation>A checkpoint would vouch for it. The chief and the auditor look at the failure first; sign once the trail verifies again.</translation>
    </message>
</context>
<context>
    <name>daicho::Cli</name>
    <message>
        <source>Passwords and recovery keys are read from standard input only, never from the command line (%1 is refused).</source>
        <translation>Passwords and recovery keys are read from standard input only, never from the command line (%1 is refused).</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>The option %1 takes no value.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>The option %1 is given twice.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 already exists; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>Wrote the backup %1 and its key file %2. Keep both together: without the key file the backup cannot be opened.</source>
        <translation>Wrote the backup %1 and its key file %2. Keep both together: without the key file the backup cannot be opened.</translation>
    </message>
    <message>
        <source>Name the person who signs in to verify the restored copy with --user ID.</source>
        <translation>Name the person who signs in to verify the restored copy with --user ID.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>There is no backup at %1.</translation>
    </message>
    <message>
        <source>Restored %1 to %2; verifying it now.</source>
        <translation>Restored %1 to %2; verifying it now.</translation>
    </message>
    <message>
        <source>Unexpected error (code %1).</source>
        <translation>Unexpected error (code %1).</translation>
    </message>
    <message>
        <source>usage: daicho-cli %1</source>
        <translation>usage: daicho-cli %1</translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation>Name the database with --db PATH.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 is not a database file.</translation>
    </message>
    <message>
        <source>Name the new database with --db PATH.</source>
        <translation>Name the new database with --db PATH.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or move it away.</source>
        <translation>%1 already exists; choose another name or move it away.</translation>
    </message>
    <message>
        <source>Name the person signing in with --user ID.</source>
        <translation>Name the person signing in with --user ID.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>Created the demo database %1. It is for trying only: its passwords are public, so never keep real personal data in it.</source>
        <translation>Created the demo database %1. It is for trying only: its passwords are public, so never keep real personal data in it.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;. Choose one of: %2.</source>
        <translation>There is no department &quot;%1&quot;. Choose one of: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one department. Choose one of: %2.</source>
        <translation>&quot;%1&quot; names more than one department. Choose one of: %2.</translation>
    </message>
    <message>
        <source>RECOVERY KEY - shown only this once. Write it down or print it now and keep it locked away from this PC:</source>
        <translation>RECOVERY KEY - shown only this once. Write it down or print it now and keep it locked away from this PC:</translation>
    </message>
    <message>
        <source>Anyone who has it can give the chief a new password and open the database; without it, a forgotten chief&apos;s password cannot be recovered.</source>
        <translation>Anyone who has it can give the chief a new password and open the database; without it, a forgotten chief&apos;s password cannot be recovered.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name with --org NAME.</source>
        <translation>Give the organisation&apos;s name with --org NAME.</translation>
    </message>
    <message>
        <source>Give the chief&apos;s sign-in ID with --user ID.</source>
        <translation>Give the chief&apos;s sign-in ID with --user ID.</translation>
    </message>
    <message>
        <source>Give the chief&apos;s name with --name NAME.</source>
        <translation>Give the chief&apos;s name with --name NAME.</translation>
    </message>
    <message>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>New password for %1 (at least %2 characters):</translation>
    </message>
    <message>
        <source>Created %1 and its key file %2; chief: %3.</source>
        <translation>Created %1 and its key file %2; chief: %3.</translation>
    </message>
    <message>
        <source>The database key was rotated; every password and the recovery key still work. Older backups keep the old key.</source>
        <translation>The database key was rotated; every password and the recovery key still work. Older backups keep the old key.</translation>
    </message>
    <message>
        <source>Name the chief or acting chief who gets a new password with --user ID.</source>
        <translation>Name the chief or acting chief who gets a new password with --user ID.</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>%1 has a new password and the database key was rotated. The old recovery key no longer works; this is the new one.</source>
        <translation>%1 has a new password and the database key was rotated. The old recovery key no longer works; this is the new one.</translation>
    </message>
    <message>
        <source>Standard input ended before a password was read (give one per line).</source>
        <translation>Standard input ended before a password was read (give one per line).</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>The same password again:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name with --name NAME.</source>
        <translation>Give the person&apos;s name with --name NAME.</translation>
    </message>
    <message>
        <source>Give the role with --role, one of: %1.</source>
        <translation>Give the role with --role, one of: %1.</translation>
    </message>
    <message>
        <source>Added %1 (%2). They must change this password at first sign-in.</source>
        <translation>Added %1 (%2). They must change this password at first sign-in.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they must change it at next sign-in.</source>
        <translation>The password of %1 was reset; they must change it at next sign-in.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>The database key was rotated.</source>
        <translation>The database key was rotated.</translation>
    </message>
    <message>
        <source>They may still know the current database key: run &quot;daicho-cli rekey&quot; (or remove with --rekey) to rotate it.</source>
        <translation>They may still know the current database key: run &quot;daicho-cli rekey&quot; (or remove with --rekey) to rotate it.</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>Unlocked %1.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>must change password</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>usage: daicho-cli user add|passwd|remove|unlock|list ...</source>
        <translation>usage: daicho-cli user add|passwd|remove|unlock|list ...</translation>
    </message>
    <message>
        <source>Verification failed at entry %1: %2</source>
        <translation>Verification failed at entry %1: %2</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Verification failed: %1</translation>
    </message>
    <message>
        <source>OK: %1 audit entries and %2 rows checked; the chain ends at entry %3 (%4).</source>
        <translation>OK: %1 audit entries and %2 rows checked; the chain ends at entry %3 (%4).</translation>
    </message>
    <message>
        <source>Signing keys (compare with the printed checkpoint):</source>
        <translation>Signing keys (compare with the printed checkpoint):</translation>
    </message>
    <message>
        <source>Write this code on the monitoring sheet or print it, and keep it away from this PC: &quot;daicho-cli verify --checkpoint %1&quot; proves later that no entry up to here was removed or replaced.</source>
        <translation>Write this code on the monitoring sheet or print it, and keep it away from this PC: &quot;daicho-cli verify --checkpoint %1&quot; proves later that no entry up to here was removed or replaced.</translation>
    </message>
    <message>
        <source>create a database and its chief (password twice)</source>
        <translation>create a database and its chief (password twice)</translation>
    </message>
    <message>
        <source>create the demo database (for trying only)</source>
        <translation>create the demo database (for trying only)</translation>
    </message>
    <message>
        <source>add a person (roles: chief, acting_chief, head, staff, auditor)</source>
        <translation>add a person (roles: chief, acting_chief, head, staff, auditor)</translation>
    </message>
    <message>
        <source>change your own password, or reset ID&apos;s (chief)</source>
        <translation>change your own password, or reset ID&apos;s (chief)</translation>
    </message>
    <message>
        <source>remove a person (and rotate the database key)</source>
        <translation>remove a person (and rotate the database key)</translation>
    </message>
    <message>
        <source>unlock a person locked by failed sign-ins</source>
        <translation>unlock a person locked by failed sign-ins</translation>
    </message>
    <message>
        <source>list the people (--all: with removed ones)</source>
        <translation>list the people (--all: with removed ones)</translation>
    </message>
    <message>
        <source>check the audit trail, its signatures and rows</source>
        <translation>check the audit trail, its signatures and rows</translation>
    </message>
    <message>
        <source>sign an audit checkpoint (auditor) and print its code</source>
        <translation>sign an audit checkpoint (auditor) and print its code</translation>
    </message>
    <message>
        <source>write an encrypted copy and its key file to DEST</source>
        <translation>write an encrypted copy and its key file to DEST</translation>
    </message>
    <message>
        <source>copy a backup to DEST, then sign in and verify it</source>
        <translation>copy a backup to DEST, then sign in and verify it</translation>
    </message>
    <message>
        <source>rotate the database key</source>
        <translation>rotate the database key</translation>
    </message>
    <message>
        <source>give ID a new password with the recovery key</source>
        <translation>give ID a new password with the recovery key</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Passwords and recovery keys are read from standard input, one per line, never from the command line. --db names the database, --user who signs in.</source>
        <translation>Passwords and recovery keys are read from standard input, one per line, never from the command line. --db names the database, --user who signs in.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage or invalid input, 2 sign-in failed, 3 locked or try later, 4 not permitted, 5 not found or not a database, 6 verification failed or tampered, 7 input/output error, 8 version mismatch, 9 internal error. See docs/cli.md.</source>
        <translation>Exit codes: 0 ok, 1 usage or invalid input, 2 sign-in failed, 3 locked or try later, 4 not permitted, 5 not found or not a database, 6 verification failed or tampered, 7 input/output error, 8 version mismatch, 9 internal error. See docs/cli.md.</translation>
    </message>
    <message>
        <source>No command given. Try &quot;daicho-cli --help&quot;.</source>
        <translation>No command given. Try &quot;daicho-cli --help&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try &quot;daicho-cli --help&quot;.</source>
        <translation>Unknown command &quot;%1&quot;. Try &quot;daicho-cli --help&quot;.</translation>
    </message>
    <message>
        <source>daicho-cli: the database key could not be rotated yet: %1 Run &quot;daicho-cli rekey&quot; as soon as possible.</source>
        <translation>daicho-cli: the database key could not be rotated yet: %1 Run &quot;daicho-cli rekey&quot; as soon as possible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printed code of the audit trail (SEQ:XXXXX-XXXXX-XXXXX-XXXXX-XXXXX, from a checkpoint, a printed page or an export).</source>
        <translation>&quot;%1&quot; is not a printed code of the audit trail (SEQ:XXXXX-XXXXX-XXXXX-XXXXX-XXXXX, from a checkpoint, a printed page or an export).</translation>
    </message>
    <message numerus="yes">
        <source>%n printed code(s) matched.</source>
        <translation>
            <numerusform>%n printed code(s) matched.</numerusform>
            <numerusform>%n printed code(s) matched.</numerusform>
        </translation>
    </message>
    <message>
        <source>These key slots were in the key file but are not slots of active people, so they did not receive the new key: %1. Someone put them there outside Daicho; tell the auditor.</source>
        <translation>These key slots were in the key file but are not slots of active people, so they did not receive the new key: %1. Someone put them there outside Daicho; tell the auditor.</translation>
    </message>
    <message>
        <source>set aside key slots&apos; failing claims of what they saw (chief, audited)</source>
        <translation>set aside key slots&apos; failing claims of what they saw (chief, audited)</translation>
    </message>
</context>
<context>
    <name>daicho::ComboFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>daicho::CreateDatabaseDialog</name>
    <message>
        <source>Create a new database</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <source>The database is one encrypted file; a key file beside it holds each person&apos;s key slot. Keep the two together and back them up together. The first user is the %1, who adds the others.</source>
        <translation>The database is one encrypted file; a key file beside it holds each person&apos;s key slot. Keep the two together and back them up together. The first user is the %1, who adds the others.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Database &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Chief&apos;s sign-in &amp;ID:</source>
        <translation>Chief&apos;s sign-in &amp;ID:</translation>
    </message>
    <message>
        <source>Chief&apos;s &amp;name:</source>
        <translation>Chief&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Chief&apos;s &amp;password:</source>
        <translation>Chief&apos;s &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Where to create the database</source>
        <translation>Where to create the database</translation>
    </message>
    <message>
        <source>Choose where to create the database file.</source>
        <translation>Choose where to create the database file.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing database is never overwritten.</source>
        <translation>%1 already exists. Choose another name; an existing database is never overwritten.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name; it is printed on every form.</source>
        <translation>Enter the organisation&apos;s name; it is printed on every form.</translation>
    </message>
    <message>
        <source>Enter the chief&apos;s name.</source>
        <translation>Enter the chief&apos;s name.</translation>
    </message>
    <message>
        <source>Creating the database. Measuring this PC to set the strength of the password keys takes a few seconds…</source>
        <translation>Creating the database. Measuring this PC to set the strength of the password keys takes a few seconds…</translation>
    </message>
    <message>
        <source>Daicho database</source>
        <translation>Daicho database</translation>
    </message>
</context>
<context>
    <name>daicho::Csv</name>
    <message>
        <source>Line %1: the double quote (&quot;) that starts a field there is never closed. Add the closing quote; a quote inside a field is written twice (&quot;&quot;).</source>
        <translation>Line %1: the double quote (&quot;) that starts a field there is never closed. Add the closing quote; a quote inside a field is written twice (&quot;&quot;).</translation>
    </message>
    <message>
        <source>This file is neither UTF-8 nor Shift_JIS (CP932) text, so it cannot be read. Open it in Excel, save it with &quot;Save As&quot; and the file type &quot;CSV UTF-8 (Comma delimited)&quot;, then import the saved file.</source>
        <translation>This file is neither UTF-8 nor Shift_JIS (CP932) text, so it cannot be read. Open it in Excel, save it with &quot;Save As&quot; and the file type &quot;CSV UTF-8 (Comma delimited)&quot;, then import the saved file.</translation>
    </message>
</context>
<context>
    <name>daicho::CsvExportDialog</name>
    <message>
        <source>&amp;UTF-8 (Excel)</source>
        <translation>&amp;UTF-8 (Excel)</translation>
    </message>
    <message>
        <source>&amp;Shift_JIS (CP932)</source>
        <translation>&amp;Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choose the file…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Encoding of the file:</source>
        <translation>Encoding of the file:</translation>
    </message>
    <message>
        <source>Holds every character. Excel opens it with a double-click; recommended.</source>
        <translation>Holds every character. Excel opens it with a double-click; recommended.</translation>
    </message>
    <message>
        <source>For older programs that read only Shift_JIS. Characters it cannot hold (𠮷, 〜, emoji) are listed first, and nothing is written with them.</source>
        <translation>For older programs that read only Shift_JIS. Characters it cannot hold (𠮷, 〜, emoji) are listed first, and nothing is written with them.</translation>
    </message>
</context>
<context>
    <name>daicho::Database</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>The database key has the wrong length.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>A file named %1 already exists. Choose another name; nothing was overwritten.</source>
        <translation>A file named %1 already exists. Choose another name; nothing was overwritten.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Daicho database.</source>
        <translation>The file %1 is empty: it is not a Daicho database.</translation>
    </message>
    <message>
        <source>Triggers could not be disabled on the database connection.</source>
        <translation>Triggers could not be disabled on the database connection.</translation>
    </message>
    <message>
        <source>The database engine did not accept a required setting. Install the sqlcipher package of Debian 12.</source>
        <translation>The database engine did not accept a required setting. Install the sqlcipher package of Debian 12.</translation>
    </message>
    <message>
        <source>The file is not a Daicho database, or the key does not open it. Check that you chose the right file.</source>
        <translation>The file is not a Daicho database, or the key does not open it. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>The database file is damaged (truncated or altered). Restore it from a backup.</source>
        <translation>The database file is damaged (truncated or altered). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>The disk is full. Free some space and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written. Check that the folder is writable and try again.</source>
        <translation>The database file or its folder cannot be written. Check that the folder is writable and try again.</translation>
    </message>
    <message>
        <source>Reading or writing the database file failed (disk error or disk full). Nothing was changed.</source>
        <translation>Reading or writing the database file failed (disk error or disk full). Nothing was changed.</translation>
    </message>
    <message>
        <source>The database is in use by another Daicho window. Close it and try again.</source>
        <translation>The database is in use by another Daicho window. Close it and try again.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (a duplicate or a missing reference).</source>
        <translation>The change conflicts with existing data (a duplicate or a missing reference).</translation>
    </message>
    <message>
        <source>An unexpected database error occurred.</source>
        <translation>An unexpected database error occurred.</translation>
    </message>
    <message>
        <source>%1 is a link or not an ordinary file: someone who can write the folder put it there. Nothing was opened; remove it and tell the auditor.</source>
        <translation>%1 is a link or not an ordinary file: someone who can write the folder put it there. Nothing was opened; remove it and tell the auditor.</translation>
    </message>
</context>
<context>
    <name>daicho::DatabaseVerification</name>
    <message>
        <source>The verification did not run to the end (the database was locked, or another task took its place). Start it again.</source>
        <translation>The verification did not run to the end (the database was locked, or another task took its place). Start it again.</translation>
    </message>
</context>
<context>
    <name>daicho::DateFieldEditor</name>
    <message>
        <source>“%1” is not a date. Type it like 2026/4/1, R8.4.1 or 令和8年4月1日.</source>
        <translation>“%1” is not a date. Type it like 2026/4/1, R8.4.1 or 令和8年4月1日.</translation>
    </message>
    <message>
        <source>Time in Japan (24-hour clock): 17:00, 1700, 17時30分</source>
        <translation>Time in Japan (24-hour clock): 17:00, 1700, 17時30分</translation>
    </message>
    <message>
        <source>Enter the time of “%1”, like 17:00.</source>
        <translation>Enter the time of “%1”, like 17:00.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it like 17:00, 1700 or 17時30分 (24-hour clock).</source>
        <translation>“%1” is not a time. Type it like 17:00, 1700 or 17時30分 (24-hour clock).</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Enter the date of “%1” too: a time alone is not kept.</source>
        <translation>Enter the date of “%1” too: a time alone is not kept.</translation>
    </message>
</context>
<context>
    <name>daicho::DecisionDialog</name>
    <message>
        <source>Decide on entry No. %1 — %2</source>
        <translation>Decide on entry No. %1 — %2</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>&amp;Comment (required to return the entry):</source>
        <translation>&amp;Comment (required to return the entry):</translation>
    </message>
    <message>
        <source>What the writer should correct</source>
        <translation>What the writer should correct</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>The decision was not recorded</translation>
    </message>
</context>
<context>
    <name>daicho::DeskSettingsPage</name>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Save as a new version</translation>
    </message>
    <message>
        <source>The desk that receives requests from individuals (第33条), how to reach it, the fees (第39条) and the days it is closed. The deadlines of requests count these closed days: a period whose last day falls on one ends on the next open day (民法第142条). Each save is a new version; a request already received keeps counting with the version in force on its receipt, so its deadlines never move.</source>
        <translation>The desk that receives requests from individuals (第33条), how to reach it, the fees (第39条) and the days it is closed. The deadlines of requests count these closed days: a period whose last day falls on one ends on the next open day (民法第142条). Each save is a new version; a request already received keeps counting with the version in force on its receipt, so its deadlines never move.</translation>
    </message>
    <message>
        <source> yen</source>
        <translation> yen</translation>
    </message>
    <message>
        <source>&amp;Desk (department):</source>
        <translation>&amp;Desk (department):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>Co&amp;mplaints to:</source>
        <translation>Co&amp;mplaints to:</translation>
    </message>
    <message>
        <source>Fee, notice of the purpose of &amp;use:</source>
        <translation>Fee, notice of the purpose of &amp;use:</translation>
    </message>
    <message>
        <source>Fee, d&amp;isclosure:</source>
        <translation>Fee, d&amp;isclosure:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Closed every week:</source>
        <translation>Closed every week:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From (month/day)</source>
        <translation>From (month/day)</translation>
    </message>
    <message>
        <source>To (month/day)</source>
        <translation>To (month/day)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why the desk is closed</source>
        <translation>Why the desk is closed</translation>
    </message>
    <message>
        <source>Closed every year:</source>
        <translation>Closed every year:</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Closed on single days:</source>
        <translation>Closed on single days:</translation>
    </message>
    <message>
        <source>Add a da&amp;y</source>
        <translation>Add a da&amp;y</translation>
    </message>
    <message>
        <source>Remove the day</source>
        <translation>Remove the day</translation>
    </message>
    <message>
        <source>National holidays (振替休日 and 国民の休日 included) are always closed days (第33条2項(3)); they need no line here.</source>
        <translation>National holidays (振替休日 and 国民の休日 included) are always closed days (第33条2項(3)); they need no line here.</translation>
    </message>
    <message>
        <source>Request desk</source>
        <translation>Request desk</translation>
    </message>
    <message>
        <source>You may change these: the chief officer and the acting chief keep the desk (第6条, 第33条) and set the fees (第39条2項).</source>
        <translation>You may change these: the chief officer and the acting chief keep the desk (第6条, 第33条) and set the fees (第39条2項).</translation>
    </message>
    <message>
        <source>Only the chief officer or the acting chief changes these; you read them.</source>
        <translation>Only the chief officer or the acting chief changes these; you read them.</translation>
    </message>
    <message>
        <source>Not saved yet: the regulation&apos;s defaults (第33条2項)</source>
        <translation>Not saved yet: the regulation&apos;s defaults (第33条2項)</translation>
    </message>
    <message>
        <source>Version %1 in force</source>
        <translation>Version %1 in force</translation>
    </message>
    <message>
        <source>None — only the chief officer and the acting chief receive requests</source>
        <translation>None — only the chief officer and the acting chief receive requests</translation>
    </message>
    <message>
        <source>Closed every year, line %1 (%2): “%3” is not a month and day. Write it like 12/29.</source>
        <translation>Closed every year, line %1 (%2): “%3” is not a month and day. Write it like 12/29.</translation>
    </message>
    <message>
        <source>Closed on single days, line %1: “%2” is not a date. Write it like 令和9年8月13日 or 2027/8/13.</source>
        <translation>Closed on single days, line %1: “%2” is not a date. Write it like 令和9年8月13日 or 2027/8/13.</translation>
    </message>
    <message>
        <source>Nothing was saved:
%1</source>
        <translation>Nothing was saved:
%1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>Saved as version %1. Requests received from now on count their deadlines with it; those received before keep the version of their receipt.</source>
        <translation>Saved as version %1. Requests received from now on count their deadlines with it; those received before keep the version of their receipt.</translation>
    </message>
    <message>
        <source>Add a &amp;range</source>
        <translation>Add a &amp;range</translation>
    </message>
    <message>
        <source>A request about a database one of these sections handles is proposed to go to it; anything else to the desk (第33条1項).</source>
        <translation>A request about a database one of these sections handles is proposed to go to it; anything else to the desk (第33条1項).</translation>
    </message>
    <message>
        <source>Health-check sec&amp;tions (第33条1項(1)):</source>
        <translation>Health-check sec&amp;tions (第33条1項(1)):</translation>
    </message>
</context>
<context>
    <name>daicho::Disposal</name>
    <message>
        <source>Approved, awaiting confirmation</source>
        <translation>Approved, awaiting confirmation</translation>
    </message>
    <message>
        <source>Confirmed, ready to run</source>
        <translation>Confirmed, ready to run</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Held by the chief: %1</source>
        <translation>Held by the chief: %1</translation>
    </message>
    <message>
        <source>A request from an individual that is still open refers to it (%1).</source>
        <translation>A request from an individual that is still open refers to it (%1).</translation>
    </message>
    <message>
        <source>%1 No.%2, which is kept, leaves out what this record holds (第31条8項・第32条5項): kept as long as it is.</source>
        <translation>%1 No.%2, which is kept, leaves out what this record holds (第31条8項・第32条5項): kept as long as it is.</translation>
    </message>
    <message>
        <source>Entry %1 does not exist.</source>
        <translation>Entry %1 does not exist.</translation>
    </message>
    <message>
        <source>The record of a disposal run cannot be read: it was changed outside Daicho. Tell the auditor.</source>
        <translation>The record of a disposal run cannot be read: it was changed outside Daicho. Tell the auditor.</translation>
    </message>
    <message>
        <source>There is no such disposal run.</source>
        <translation>There is no such disposal run.</translation>
    </message>
    <message>
        <source>Choose how the records are deleted (the method of 様式1④).</source>
        <translation>Choose how the records are deleted (the method of 様式1④).</translation>
    </message>
    <message>
        <source>Say why each held entry is kept: the reason is recorded with the disposal.</source>
        <translation>Say why each held entry is kept: the reason is recorded with the disposal.</translation>
    </message>
    <message>
        <source>A disposal is already approved and not yet run. Run or cancel it first.</source>
        <translation>A disposal is already approved and not yet run. Run or cancel it first.</translation>
    </message>
    <message>
        <source>Nothing falls due at the end of this fiscal year that is not held.</source>
        <translation>Nothing falls due at the end of this fiscal year that is not held.</translation>
    </message>
    <message>
        <source>Only a disposal approved and not yet confirmed can be confirmed.</source>
        <translation>Only a disposal approved and not yet confirmed can be confirmed.</translation>
    </message>
    <message>
        <source>You approved this disposal, so another person must confirm it.</source>
        <translation>You approved this disposal, so another person must confirm it.</translation>
    </message>
    <message>
        <source>This disposal has already been run or cancelled.</source>
        <translation>This disposal has already been run or cancelled.</translation>
    </message>
    <message>
        <source>This disposal has already been run: its records are gone.</source>
        <translation>This disposal has already been run: its records are gone.</translation>
    </message>
    <message>
        <source>A second person (the acting chief or the auditor) must confirm this disposal before it runs.</source>
        <translation>A second person (the acting chief or the auditor) must confirm this disposal before it runs.</translation>
    </message>
    <message>
        <source>None of the approved entries may go today: each is held now or its period has not passed yet. Run the disposal after the period has passed, or cancel it.</source>
        <translation>None of the approved entries may go today: each is held now or its period has not passed yet. Run the disposal after the period has passed, or cancel it.</translation>
    </message>
    <message>
        <source>That backup was not made before this disposal.</source>
        <translation>That backup was not made before this disposal.</translation>
    </message>
    <message>
        <source>It names the individual of a request that is still open (%1): kept until the request is closed.</source>
        <translation>It names the individual of a request that is still open (%1): kept until the request is closed.</translation>
    </message>
    <message>
        <source>Nothing was disposed of: the audit trail does not verify (%1). A disposal deletes records for good, so it runs only on a trail that verifies. Tell the auditor.</source>
        <translation>Nothing was disposed of: the audit trail does not verify (%1). A disposal deletes records for good, so it runs only on a trail that verifies. Tell the auditor.</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>Case %1 does not exist.</translation>
    </message>
    <message>
        <source>The same individual&apos;s request %1 is still open: kept until it is closed.</source>
        <translation>The same individual&apos;s request %1 is still open: kept until it is closed.</translation>
    </message>
    <message>
        <source>A disposal at the end of %1 runs from %2 (第20条1項(4): at the end of each fiscal year). Approve and confirm it now; run it then.</source>
        <translation>A disposal at the end of %1 runs from %2 (第20条1項(4): at the end of each fiscal year). Approve and confirm it now; run it then.</translation>
    </message>
    <message>
        <source>Choose how the backups were destroyed: erased by software or destroyed.</source>
        <translation>Choose how the backups were destroyed: erased by software or destroyed.</translation>
    </message>
    <message>
        <source>Enter the day the backups were destroyed: today or a day before.</source>
        <translation>Enter the day the backups were destroyed: today or a day before.</translation>
    </message>
    <message>
        <source>Choose who confirmed the destruction (様式1④ 確認者): someone other than you.</source>
        <translation>Choose who confirmed the destruction (様式1④ 確認者): someone other than you.</translation>
    </message>
    <message>
        <source>Name the outside firm&apos;s certificate of destruction (第10条⑤).</source>
        <translation>Name the outside firm&apos;s certificate of destruction (第10条⑤).</translation>
    </message>
    <message>
        <source>Its decision stops the use or the provision of the individual&apos;s data (第37条, 法35条): kept while the stop stands.</source>
        <translation>Its decision stops the use or the provision of the individual&apos;s data (第37条, 法35条): kept while the stop stands.</translation>
    </message>
    <message>
        <source>The record of the request %1, which is kept, relies on it: kept as long as the request is.</source>
        <translation>The record of the request %1, which is kept, relies on it: kept as long as the request is.</translation>
    </message>
    <message>
        <source>%1 of the approved records are kept until %2: run the disposal on %3 or later (by %4), so that they go this year too.</source>
        <translation>%1 of the approved records are kept until %2: run the disposal on %3 or later (by %4), so that they go this year too.</translation>
    </message>
    <message>
        <source>The disposal was not confirmed: the audit trail does not verify (%1). Tell the auditor.</source>
        <translation>The disposal was not confirmed: the audit trail does not verify (%1). Tell the auditor.</translation>
    </message>
    <message>
        <source>This disposal is for the end of a fiscal year that has not begun: it can be confirmed from that year on.</source>
        <translation>This disposal is for the end of a fiscal year that has not begun: it can be confirmed from that year on.</translation>
    </message>
    <message>
        <source>The disposal was not confirmed: its list names records that are not due at the end of %1, or that are held now (a request of the same individual opened since, say). The chief cancels it and approves it again; if nothing explains it, the list was changed outside Daicho: tell the auditor.</source>
        <translation>The disposal was not confirmed: its list names records that are not due at the end of %1, or that are held now (a request of the same individual opened since, say). The chief cancels it and approves it again; if nothing explains it, the list was changed outside Daicho: tell the auditor.</translation>
    </message>
</context>
<context>
    <name>daicho::DisposalPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Disposal due</source>
        <translation>Disposal due</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>Held because</translation>
    </message>
    <message>
        <source>&amp;Hold the selected entries</source>
        <translation>&amp;Hold the selected entries</translation>
    </message>
    <message>
        <source>Release the &amp;hold</source>
        <translation>Release the &amp;hold</translation>
    </message>
    <message>
        <source>&amp;Approve the disposal…</source>
        <translation>&amp;Approve the disposal…</translation>
    </message>
    <message>
        <source>&amp;Confirm the disposal…</source>
        <translation>&amp;Confirm the disposal…</translation>
    </message>
    <message>
        <source>&amp;Run the disposal…</source>
        <translation>&amp;Run the disposal…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>&amp;Open its 様式1④ record</source>
        <translation>&amp;Open its 様式1④ record</translation>
    </message>
    <message>
        <source>Why the selected entries are kept (required)</source>
        <translation>Why the selected entries are kept (required)</translation>
    </message>
    <message>
        <source>Data-erasure software (データ消去ソフトウェア等による消去)</source>
        <translation>Data-erasure software (データ消去ソフトウェア等による消去)</translation>
    </message>
    <message>
        <source>第20条1項(4): personal data is deleted at the end of each fiscal year once its retention period has passed. An entry kept until a day goes at the first 31 March after that day (kept until 31 March: a year later). The chief approves, the acting chief or the auditor confirms, the chief runs; the run is recorded in 様式1 (④削除・廃棄) without the contents (第20条2項).</source>
        <translation>第20条1項(4): personal data is deleted at the end of each fiscal year once its retention period has passed. An entry kept until a day goes at the first 31 March after that day (kept until 31 March: a year later). The chief approves, the acting chief or the auditor confirms, the chief runs; the run is recorded in 様式1 (④削除・廃棄) without the contents (第20条2項).</translation>
    </message>
    <message>
        <source>&amp;Method (様式1④):</source>
        <translation>&amp;Method (様式1④):</translation>
    </message>
    <message>
        <source>Disposals and the backups made before each (they still hold what it removed):</source>
        <translation>Disposals and the backups made before each (they still hold what it removed):</translation>
    </message>
    <message>
        <source>Retention and disposal (第20条)</source>
        <translation>Retention and disposal (第20条)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 entries go at %2; %3 held.</source>
        <translation>%1 entries go at %2; %3 held.</translation>
    </message>
    <message>
        <source>Disposal No.%1 (%2): %3, recorded in 様式1④ for 「%4」.</source>
        <translation>Disposal No.%1 (%2): %3, recorded in 様式1④ for 「%4」.</translation>
    </message>
    <message>
        <source>Backup of %1 by %2 (trail entry %3)%4</source>
        <translation>Backup of %1 by %2 (trail entry %3)%4</translation>
    </message>
    <message>
        <source> — recorded as destroyed</source>
        <translation> — recorded as destroyed</translation>
    </message>
    <message>
        <source> — still holds the disposed records</source>
        <translation> — still holds the disposed records</translation>
    </message>
    <message>
        <source>No backup was made before this disposal.</source>
        <translation>No backup was made before this disposal.</translation>
    </message>
    <message>
        <source>Say why the selected entries are kept: the reason is recorded with the disposal.</source>
        <translation>Say why the selected entries are kept: the reason is recorded with the disposal.</translation>
    </message>
    <message>
        <source>Select the entries to hold first.</source>
        <translation>Select the entries to hold first.</translation>
    </message>
    <message>
        <source>Choose the database in the register that the 様式1④ record names.</source>
        <translation>Choose the database in the register that the 様式1④ record names.</translation>
    </message>
    <message>
        <source>Approve the disposal</source>
        <translation>Approve the disposal</translation>
    </message>
    <message>
        <source>Approve the disposal at the end of %1: %2

The acting chief or the auditor confirms it next; then you run it.</source>
        <translation>Approve the disposal at the end of %1: %2

The acting chief or the auditor confirms it next; then you run it.</translation>
    </message>
    <message>
        <source>Disposal No.%1 approved. The acting chief or the auditor confirms it next.</source>
        <translation>Disposal No.%1 approved. The acting chief or the auditor confirms it next.</translation>
    </message>
    <message>
        <source>Confirm the disposal</source>
        <translation>Confirm the disposal</translation>
    </message>
    <message>
        <source>Confirm disposal No.%1 (%2 entries of %3, as listed)? The chief runs it next.</source>
        <translation>Confirm disposal No.%1 (%2 entries of %3, as listed)? The chief runs it next.</translation>
    </message>
    <message>
        <source>Disposal No.%1 confirmed. The chief can run it.</source>
        <translation>Disposal No.%1 confirmed. The chief can run it.</translation>
    </message>
    <message>
        <source>Run the disposal</source>
        <translation>Run the disposal</translation>
    </message>
    <message>
        <source>Delete the %1 entries of disposal No.%2 now? They cannot be brought back. Backups made before still hold them: destroy those too and record it here.</source>
        <translation>Delete the %1 entries of disposal No.%2 now? They cannot be brought back. Backups made before still hold them: destroy those too and record it here.</translation>
    </message>
    <message>
        <source>Disposal No.%1 done: %2 entries deleted, recorded as 様式1 No.%3.</source>
        <translation>Disposal No.%1 done: %2 entries deleted, recorded as 様式1 No.%3.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved entries stayed (held now or not yet past their period).</source>
        <translation>
            <numerusform>%n approved entries stayed (held now or not yet past their period).</numerusform>
            <numerusform>%n approved entries stayed (held now or not yet past their period).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be compacted yet (%1): it is done at the next sign-in.</source>
        <translation>The file could not be compacted yet (%1): it is done at the next sign-in.</translation>
    </message>
    <message>
        <source>Cancel the disposal</source>
        <translation>Cancel the disposal</translation>
    </message>
    <message>
        <source>Cancel disposal No.%1? Nothing is deleted.</source>
        <translation>Cancel disposal No.%1? Nothing is deleted.</translation>
    </message>
    <message>
        <source>Disposal No.%1 cancelled.</source>
        <translation>Disposal No.%1 cancelled.</translation>
    </message>
    <message>
        <source>Check the backups that were destroyed first.</source>
        <translation>Check the backups that were destroyed first.</translation>
    </message>
    <message>
        <source>Deletion that cannot easily be restored (第20条1項(3))</source>
        <translation>Deletion that cannot easily be restored (第20条1項(3))</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the disposal…</source>
        <translation>Ca&amp;ncel the disposal…</translation>
    </message>
    <message>
        <source>Record the checked &amp;backups as destroyed</source>
        <translation>Record the checked &amp;backups as destroyed</translation>
    </message>
    <message>
        <source>Disposal at the end of fiscal &amp;year:</source>
        <translation>Disposal at the end of fiscal &amp;year:</translation>
    </message>
    <message>
        <source>Database in the re&amp;gister (様式1④):</source>
        <translation>Database in the re&amp;gister (様式1④):</translation>
    </message>
    <message>
        <source>Requests from individuals and their decisions</source>
        <translation>Requests from individuals and their decisions</translation>
    </message>
    <message>
        <source>%1 No.%2</source>
        <translation>%1 No.%2</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>&amp;Print the list…</translation>
    </message>
    <message>
        <source>Save the list as P&amp;DF…</source>
        <translation>Save the list as P&amp;DF…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Save the list as PDF</source>
        <translation>Save the list as PDF</translation>
    </message>
    <message>
        <source>disposal-list.pdf</source>
        <translation>disposal-list.pdf</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF files</translation>
    </message>
    <message numerus="yes">
        <source>%n entries held. The hold is recorded with the disposal when you approve it; until then it is kept on this page only.</source>
        <translation>
            <numerusform>%n entries held. The hold is recorded with the disposal when you approve it; until then it is kept on this page only.</numerusform>
            <numerusform>%n entries held. The hold is recorded with the disposal when you approve it; until then it is kept on this page only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold released. It is recorded when you approve the disposal; until then on this page only.</source>
        <translation>Hold released. It is recorded when you approve the disposal; until then on this page only.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) recorded as destroyed in 様式1 No.%1.</source>
        <translation>
            <numerusform>%n backup(s) recorded as destroyed in 様式1 No.%1.</numerusform>
            <numerusform>%n backup(s) recorded as destroyed in 様式1 No.%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::DueWork</name>
    <message>
        <source>%1 %2 No.%3 %4 — %5</source>
        <translation>%1 %2 No.%3 %4 — %5</translation>
    </message>
    <message>
        <source>%1 No.%2 — not returned by %3 (返却遅れ)</source>
        <translation>%1 No.%2 — not returned by %3 (返却遅れ)</translation>
    </message>
    <message>
        <source>第19条: what is carried out is returned as recorded</source>
        <translation>第19条: what is carried out is returned as recorded</translation>
    </message>
    <message>
        <source>%1 %2 — %3 waiting for your approval</source>
        <translation>%1 %2 — %3 waiting for your approval</translation>
    </message>
    <message>
        <source>%1 %2 — %3 waiting for your review</source>
        <translation>%1 %2 — %3 waiting for your review</translation>
    </message>
    <message>
        <source>第7条3項: the head of a department approves and reviews its records</source>
        <translation>第7条3項: the head of a department approves and reviews its records</translation>
    </message>
    <message>
        <source>%1 %2 for %3 — not yet signed off</source>
        <translation>%1 %2 for %3 — not yet signed off</translation>
    </message>
    <message>
        <source>第14条: the state of handling is checked at least once a year (第15条: the monitoring sheet)</source>
        <translation>第14条: the state of handling is checked at least once a year (第15条: the monitoring sheet)</translation>
    </message>
    <message>
        <source> (%1 done %2)</source>
        <translation> (%1 done %2)</translation>
    </message>
    <message>
        <source>第20条1項(4): personal data is deleted at the end of each fiscal year once its retention period has passed; the chief approves, a second person confirms</source>
        <translation>第20条1項(4): personal data is deleted at the end of each fiscal year once its retention period has passed; the chief approves, a second person confirms</translation>
    </message>
    <message>
        <source>Disposal No.%1 (%2 entries) — awaiting your confirmation</source>
        <translation>Disposal No.%1 (%2 entries) — awaiting your confirmation</translation>
    </message>
    <message>
        <source>Disposal No.%1 (%2 entries) — confirmed, ready to run</source>
        <translation>Disposal No.%1 (%2 entries) — confirmed, ready to run</translation>
    </message>
    <message>
        <source>Disposal at the end of %1: %2 entries (%3), %4 held</source>
        <translation>Disposal at the end of %1: %2 entries (%3), %4 held</translation>
    </message>
    <message numerus="yes">
        <source>「%1」: delete the data made on or before %2 (kept %n year(s)) and record it in 様式1④</source>
        <translation>
            <numerusform>「%1」: delete the data made on or before %2 (kept %n year(s)) and record it in 様式1④</numerusform>
            <numerusform>「%1」: delete the data made on or before %2 (kept %n year(s)) and record it in 様式1④</numerusform>
        </translation>
    </message>
    <message>
        <source>「%1」: its retention period 「%2」 names no number of years; delete what has passed it and record it in 様式1④</source>
        <translation>「%1」: its retention period 「%2」 names no number of years; delete what has passed it and record it in 様式1④</translation>
    </message>
    <message>
        <source>第11条⑨: each database has its retention period; 第20条1項(4): its data is deleted at the end of the fiscal year once the period has passed; 第20条2項: the deletion is recorded in 様式1 (第10条⑤: with the certificate of an outside firm)</source>
        <translation>第11条⑨: each database has its retention period; 第20条1項(4): its data is deleted at the end of the fiscal year once the period has passed; 第20条2項: the deletion is recorded in 様式1 (第10条⑤: with the certificate of an outside firm)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>daicho::EntryCodec</name>
    <message>
        <source>A stored entry of %1 cannot be read: the database is damaged. Restore it from a backup.</source>
        <translation>A stored entry of %1 cannot be read: the database is damaged. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>daicho::EntryEditorDialog</name>
    <message>
        <source>Reason for the correction (※)</source>
        <translation>Reason for the correction (※)</translation>
    </message>
    <message>
        <source>New entry — %1</source>
        <translation>New entry — %1</translation>
    </message>
    <message>
        <source>Items marked (※) are required.</source>
        <translation>Items marked (※) are required.</translation>
    </message>
    <message>
        <source>Kept with the correction in the entry&apos;s history.</source>
        <translation>Kept with the correction in the entry&apos;s history.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Correct entry No. %1 — %2</source>
        <translation>Correct entry No. %1 — %2</translation>
    </message>
    <message>
        <source>%1 — correction of entry No. %2</source>
        <translation>%1 — correction of entry No. %2</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the items marked in red.</source>
        <translation>Nothing was saved. Correct the items marked in red.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Say why the entry is corrected: the reason is kept with the correction.</source>
        <translation>Say why the entry is corrected: the reason is kept with the correction.</translation>
    </message>
    <message>
        <source>The check items could not be read: %1</source>
        <translation>The check items could not be read: %1</translation>
    </message>
    <message>
        <source>Continued filling in</source>
        <translation>Continued filling in</translation>
    </message>
    <message>
        <source>Never write the personal data itself here (%1).</source>
        <translation>Never write the personal data itself here (%1).</translation>
    </message>
    <message>
        <source>This entry was written before Daicho asked for “%1”. It is shown as “%2”, which is what entries said then; check it. It is saved only with this correction.</source>
        <translation>This entry was written before Daicho asked for “%1”. It is shown as “%2”, which is what entries said then; check it. It is saved only with this correction.</translation>
    </message>
    <message>
        <source>This entry was written before Daicho asked for “%1”. Fill it in with this correction.</source>
        <translation>This entry was written before Daicho asked for “%1”. Fill it in with this correction.</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Articles: %1</translation>
    </message>
    <message>
        <source>Filled in from your answers in the legal-basis guide: %1. Check them before saving.</source>
        <translation>Filled in from your answers in the legal-basis guide: %1. Check them before saving.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>This entry holds items %1 no longer has under the rules in force: %2. A correction saves the entry without them; the earlier version keeps them in the history.</source>
        <translation>This entry holds items %1 no longer has under the rules in force: %2. A correction saves the entry without them; the earlier version keeps them in the history.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>What you typed in this entry has not been saved. Discard it and close?</source>
        <translation>What you typed in this entry has not been saved. Discard it and close?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filled in from the line of the start page: %1. Check them before saving.</source>
        <translation>Filled in from the line of the start page: %1. Check them before saving.</translation>
    </message>
</context>
<context>
    <name>daicho::EntryExitLog</name>
    <message>
        <source>Entry No. %1 is not of an entry and exit log.</source>
        <translation>Entry No. %1 is not of an entry and exit log.</translation>
    </message>
    <message>
        <source>Entry No. %1 already has a time out.</source>
        <translation>Entry No. %1 already has a time out.</translation>
    </message>
</context>
<context>
    <name>daicho::EntryRules</name>
    <message>
        <source>%1 is before %2. Check both and correct the one that is wrong.</source>
        <translation>%1 is before %2. Check both and correct the one that is wrong.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be confirmed before this record can be saved (%2). Confirm it first, then record it.</source>
        <translation>&quot;%1&quot; must be confirmed before this record can be saved (%2). Confirm it first, then record it.</translation>
    </message>
    <message>
        <source>“%1”, line %2 does not conform: say in its comment what is wrong.</source>
        <translation>“%1”, line %2 does not conform: say in its comment what is wrong.</translation>
    </message>
    <message>
        <source>Some lines do not conform: write the improvement requests to the chief and heads before signing the sheet off (第15条).</source>
        <translation>Some lines do not conform: write the improvement requests to the chief and heads before signing the sheet off (第15条).</translation>
    </message>
    <message>
        <source>%1 must be a fiscal year (April to March) written as its western year, such as %2, and not after the date of the check.</source>
        <translation>%1 must be a fiscal year (April to March) written as its western year, such as %2, and not after the date of the check.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of “%1” have no result yet (line %2). Give every line a result before signing the sheet off.</source>
        <translation>
            <numerusform>%n line(s) of “%1” have no result yet (line %2). Give every line a result before signing the sheet off.</numerusform>
            <numerusform>%n line(s) of “%1” have no result yet (line %2). Give every line a result before signing the sheet off.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can only be recorded after the head of the department has approved the carry-out (the centre&apos;s rule). Save the entry without it, ask for approval, then record it.</source>
        <translation>%1 can only be recorded after the head of the department has approved the carry-out (the centre&apos;s rule). Save the entry without it, ask for approval, then record it.</translation>
    </message>
</context>
<context>
    <name>daicho::EntrySummaryWidget</name>
    <message>
        <source>%1 (no longer an item, %2):</source>
        <translation>%1 (no longer an item, %2):</translation>
    </message>
    <message>
        <source>As in record %1 (left out here)</source>
        <translation>As in record %1 (left out here)</translation>
    </message>
</context>
<context>
    <name>daicho::EntryValidator</name>
    <message>
        <source>“%1” is not an item of %2.</source>
        <translation>“%1” is not an item of %2.</translation>
    </message>
    <message>
        <source>“%1” does not apply to this entry; clear it.</source>
        <translation>“%1” does not apply to this entry; clear it.</translation>
    </message>
    <message>
        <source>Enter “%1”.</source>
        <translation>Enter “%1”.</translation>
    </message>
    <message>
        <source>“%1” has a value of the wrong kind.</source>
        <translation>“%1” has a value of the wrong kind.</translation>
    </message>
    <message>
        <source>“%1” is too long: at most %2 characters.</source>
        <translation>“%1” is too long: at most %2 characters.</translation>
    </message>
    <message>
        <source>An item of “%1” is too long: at most %2 characters.</source>
        <translation>An item of “%1” is too long: at most %2 characters.</translation>
    </message>
    <message>
        <source>“%1” cannot be negative.</source>
        <translation>“%1” cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” must be one of the listed choices.</source>
        <translation>“%1” must be one of the listed choices.</translation>
    </message>
    <message>
        <source>The register entry chosen for “%1” does not exist.</source>
        <translation>The register entry chosen for “%1” does not exist.</translation>
    </message>
    <message>
        <source>The department chosen for “%1” does not exist.</source>
        <translation>The department chosen for “%1” does not exist.</translation>
    </message>
    <message>
        <source>The person chosen for “%1” does not exist.</source>
        <translation>The person chosen for “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” must be one of the purposes registered for the chosen database (第25条).</source>
        <translation>“%1” must be one of the purposes registered for the chosen database (第25条).</translation>
    </message>
    <message>
        <source>“%1”, line %2</source>
        <translation>“%1”, line %2</translation>
    </message>
    <message>
        <source>%1: the %2 is too long (at most %3 characters).</source>
        <translation>%1: the %2 is too long (at most %3 characters).</translation>
    </message>
    <message>
        <source>%1 belongs to no known area of the sheet.</source>
        <translation>%1 belongs to no known area of the sheet.</translation>
    </message>
    <message>
        <source>%1 says nothing to check.</source>
        <translation>%1 says nothing to check.</translation>
    </message>
    <message>
        <source>check item</source>
        <translation>check item</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>“%1” cannot be “%2” when “%3” is “%4” (%5). Choose one that fits.</source>
        <translation>“%1” cannot be “%2” when “%3” is “%4” (%5). Choose one that fits.</translation>
    </message>
    <message>
        <source>Choose “%1”.</source>
        <translation>Choose “%1”.</translation>
    </message>
    <message>
        <source>Choose “%1”: %2.</source>
        <translation>Choose “%1”: %2.</translation>
    </message>
    <message>
        <source>Enter “%1”: %2.</source>
        <translation>Enter “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>daicho::EntryViewDialog</name>
    <message>
        <source>&amp;Print this entry…</source>
        <translation>&amp;Print this entry…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Entry No. %1 — %2</source>
        <translation>Entry No. %1 — %2</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>This entry on one A4 sheet, after a preview</source>
        <translation>This entry on one A4 sheet, after a preview</translation>
    </message>
    <message>
        <source>Lines to E&amp;xcel…</source>
        <translation>Lines to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Every check item with its result, evidence and comment, one row each</source>
        <translation>Every check item with its result, evidence and comment, one row each</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Kept:</translation>
    </message>
    <message>
        <source>Its data:</source>
        <translation>Its data:</translation>
    </message>
</context>
<context>
    <name>daicho::FieldTextParser</name>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it like 2026/04/01 09:30.</source>
        <translation>&quot;%1&quot; is not a date and time. Write it like 2026/04/01 09:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it like 2026/04/01 or 令和8年4月1日.</source>
        <translation>&quot;%1&quot; is not a date. Write it like 2026/04/01 or 令和8年4月1日.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither はい nor いいえ.</source>
        <translation>&quot;%1&quot; is neither はい nor いいえ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of this item.</source>
        <translation>&quot;%1&quot; is not one of the choices of this item.</translation>
    </message>
    <message>
        <source>There is no register entry (様式3) called &quot;%1&quot;.</source>
        <translation>There is no register entry (様式3) called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several register entries are called &quot;%1&quot;; rename one of them first.</source>
        <translation>Several register entries are called &quot;%1&quot;; rename one of them first.</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; write the department and section.</source>
        <translation>Several departments are called &quot;%1&quot;; write the department and section.</translation>
    </message>
    <message>
        <source>There is no user called &quot;%1&quot;.</source>
        <translation>There is no user called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several users are called &quot;%1&quot;.</source>
        <translation>Several users are called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A checklist cannot be imported from a CSV file; fill it in Daicho.</source>
        <translation>A checklist cannot be imported from a CSV file; fill it in Daicho.</translation>
    </message>
    <message>
        <source>There is no record &quot;%1&quot;. Name the earlier record by its ledger and No. as the list shows it, like 様式6-1 No.5.</source>
        <translation>There is no record &quot;%1&quot;. Name the earlier record by its ledger and No. as the list shows it, like 様式6-1 No.5.</translation>
    </message>
    <message>
        <source>There is no department in use called &quot;%1&quot; (a retired one takes no new entries).</source>
        <translation>There is no department in use called &quot;%1&quot; (a retired one takes no new entries).</translation>
    </message>
</context>
<context>
    <name>daicho::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
</context>
<context>
    <name>daicho::FileLock</name>
    <message>
        <source>The lock file %1 cannot be created. Check that the folder of the database is writable.</source>
        <translation>The lock file %1 cannot be created. Check that the folder of the database is writable.</translation>
    </message>
    <message>
        <source>The database is being changed by another Daicho window (key rotation). Wait a moment and try again.</source>
        <translation>The database is being changed by another Daicho window (key rotation). Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The key file cannot be locked for writing.</source>
        <translation>The key file cannot be locked for writing.</translation>
    </message>
</context>
<context>
    <name>daicho::FormRules</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” must include %2 (%3): the data moved has to be protected itself. The other measures come on top of that, not instead. Tick the one used.</source>
        <translation>“%1” must include %2 (%3): the data moved has to be protected itself. The other measures come on top of that, not instead. Tick the one used.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>A purpose was added or changed. Enter “%1”, the date of this change: the items of the change below describe it.</source>
        <translation>A purpose was added or changed. Enter “%1”, the date of this change: the items of the change below describe it.</translation>
    </message>
    <message>
        <source>“%1” still holds the date of the earlier change. Enter the date of this change, and check the items of the change below.</source>
        <translation>“%1” still holds the date of the earlier change. Enter the date of this change, and check the items of the change below.</translation>
    </message>
    <message>
        <source>Say whether the new purpose stays within what is reasonably related to the earlier purposes (第25条2項). Beyond that it needs the individuals&apos; consent (第26条1項).</source>
        <translation>Say whether the new purpose stays within what is reasonably related to the earlier purposes (第25条2項). Beyond that it needs the individuals&apos; consent (第26条1項).</translation>
    </message>
    <message>
        <source>A purpose beyond what is reasonably related to the earlier ones needs the individuals&apos; consent beforehand (第26条1項). Obtain it, then tick “%1”.</source>
        <translation>A purpose beyond what is reasonably related to the earlier ones needs the individuals&apos; consent beforehand (第26条1項). Obtain it, then tick “%1”.</translation>
    </message>
    <message>
        <source>Notify the individuals of the changed purpose or publish it, and tick which was done (第28条3項).</source>
        <translation>Notify the individuals of the changed purpose or publish it, and tick which was done (第28条3項).</translation>
    </message>
    <message>
        <source>The centre&apos;s own policy (kept on by the chief in the settings) asks for the individuals&apos; consent when a purpose of data holding sensitive personal information (要配慮個人情報) is added or changed. Obtain it, then tick “%1”.</source>
        <translation>The centre&apos;s own policy (kept on by the chief in the settings) asks for the individuals&apos; consent when a purpose of data holding sensitive personal information (要配慮個人情報) is added or changed. Obtain it, then tick “%1”.</translation>
    </message>
    <message>
        <source>it is needed when “%1” is “%2” (%3)</source>
        <translation>it is needed when “%1” is “%2” (%3)</translation>
    </message>
</context>
<context>
    <name>daicho::HistoryDialog</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>History of entry No. %1 — %2</source>
        <translation>History of entry No. %1 — %2</translation>
    </message>
    <message>
        <source>%1 — entry No. %2</source>
        <translation>%1 — entry No. %2</translation>
    </message>
    <message>
        <source>Items changed from the version before are marked in yellow.</source>
        <translation>Items changed from the version before are marked in yellow.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Values of the selected version</source>
        <translation>Values of the selected version</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>(first version)</source>
        <translation>(first version)</translation>
    </message>
    <message>
        <source>Changed from version %1: %2</source>
        <translation>Changed from version %1: %2</translation>
    </message>
    <message>
        <source>See in the &amp;audit trail</source>
        <translation>See in the &amp;audit trail</translation>
    </message>
    <message>
        <source>Every entry of the audit trail about this record: who wrote, corrected, decided, printed.</source>
        <translation>Every entry of the audit trail about this record: who wrote, corrected, decided, printed.</translation>
    </message>
</context>
<context>
    <name>daicho::HomePage</name>
    <message>
        <source>&amp;Sign a checkpoint…</source>
        <translation>&amp;Sign a checkpoint…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Your latest recorded actions</source>
        <translation>Your latest recorded actions</translation>
    </message>
    <message>
        <source>If you do not remember your previous sign-in as shown, or actions you did are missing here, the audit trail may have been cut: tell the auditor.</source>
        <translation>If you do not remember your previous sign-in as shown, or actions you did are missing here, the audit trail may have been cut: tell the auditor.</translation>
    </message>
    <message>
        <source>Your previous sign-in</source>
        <translation>Your previous sign-in</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is your first sign-in.</source>
        <translation>This is your first sign-in.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message numerus="yes">
        <source>The last checkpoint was signed %n day(s) ago.</source>
        <translation>
            <numerusform>The last checkpoint was signed %n day(s) ago.</numerusform>
            <numerusform>The last checkpoint was signed %n day(s) ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last checkpoint was signed %n day(s) ago</source>
        <translation>
            <numerusform>The last checkpoint was signed %n day(s) ago</numerusform>
            <numerusform>The last checkpoint was signed %n day(s) ago</numerusform>
        </translation>
    </message>
    <message>
        <source>No checkpoint has been signed yet</source>
        <translation>No checkpoint has been signed yet</translation>
    </message>
    <message numerus="yes">
        <source> (one is asked for every %n day(s)). </source>
        <translation>
            <numerusform> (one is asked for every %n day(s)). </numerusform>
            <numerusform> (one is asked for every %n day(s)). </numerusform>
        </translation>
    </message>
    <message>
        <source>Sign one and keep its printed code away from this PC: it proves later that the newest entries were not cut off.</source>
        <translation>Sign one and keep its printed code away from this PC: it proves later that the newest entries were not cut off.</translation>
    </message>
    <message>
        <source>Ask the auditor to sign one.</source>
        <translation>Ask the auditor to sign one.</translation>
    </message>
    <message>
        <source>Audit trail No.</source>
        <translation>Audit trail No.</translation>
    </message>
    <message>
        <source>Opens the audit trail page and signs a checkpoint there</source>
        <translation>Opens the audit trail page and signs a checkpoint there</translation>
    </message>
    <message>
        <source>The last checkpoint was signed today.</source>
        <translation>The last checkpoint was signed today.</translation>
    </message>
    <message numerus="yes">
        <source>Since your previous sign-in, signing in with your ID failed %n time(s), the last on %1. If that was not you, tell the chief officer.</source>
        <translation>
            <numerusform>Since your previous sign-in, signing in with your ID failed %n time, the last on %1. If that was not you, tell the chief officer.</numerusform>
            <numerusform>Since your previous sign-in, signing in with your ID failed %n times, the last on %1. If that was not you, tell the chief officer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>What is due for you</source>
        <translation>What is due for you</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the line</source>
        <translation>Enter or a double-click opens the line</translation>
    </message>
    <message>
        <source>Nothing with a deadline is due for you.</source>
        <translation>Nothing with a deadline is due for you.</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>What needs your attention</translation>
    </message>
    <message>
        <source>What is due could not be read: %1</source>
        <translation>What is due could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>Rule…</source>
        <translation>Rule…</translation>
    </message>
    <message>
        <source>The rule behind the date</source>
        <translation>The rule behind the date</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
</context>
<context>
    <name>daicho::ImportReportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import from CSV — %1</source>
        <translation>Import from CSV — %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Rows read:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row(s)</numerusform>
            <numerusform>%n row(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: the file has problems. Correct them in the file and import it again — no row is imported until every row is right.</source>
        <translation>Nothing can be imported: the file has problems. Correct them in the file and import it again — no row is imported until every row is right.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n problems are listed.</source>
        <translation>
            <numerusform>Only the first %n problems are listed.</numerusform>
            <numerusform>Only the first %n problems are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows the ledger keeps already</source>
        <translation>&amp;Leave out the rows the ledger keeps already</translation>
    </message>
    <message>
        <source>line %1 = No.%2</source>
        <translation>line %1 = No.%2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are the same in every item as entries the ledger keeps already (%1). The file may have been imported before; if they are other events that happened the same way, untick the box below to import them too.</source>
        <translation>
            <numerusform>%n row(s) are the same in every item as entries the ledger keeps already (%1). The file may have been imported before; if they are other events that happened the same way, untick the box below to import them too.</numerusform>
            <numerusform>%n row(s) are the same in every item as entries the ledger keeps already (%1). The file may have been imported before; if they are other events that happened the same way, untick the box below to import them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems were found. Import adds %n entries at once.</source>
        <translation>
            <numerusform>No problems were found. Import adds %n entries at once.</numerusform>
            <numerusform>No problems were found. Import adds %n entries at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found, and every row is kept already: nothing would be added.</source>
        <translation>No problems were found, and every row is kept already: nothing would be added.</translation>
    </message>
</context>
<context>
    <name>daicho::ImportRunner</name>
    <message>
        <source>Checking the file</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking row %L1 of %L2…</source>
        <translation>Checking row %L1 of %L2…</translation>
    </message>
    <message>
        <source>Importing row %L1 of %L2… Cancel imports nothing.</source>
        <translation>Importing row %L1 of %L2… Cancel imports nothing.</translation>
    </message>
    <message>
        <source>Indexing entry %L1 of %L2 for search… The rows are imported; Cancel leaves the rest of the index to the next sign-in, and search finds them meanwhile.</source>
        <translation>Indexing entry %L1 of %L2 for search… The rows are imported; Cancel leaves the rest of the index to the next sign-in, and search finds them meanwhile.</translation>
    </message>
</context>
<context>
    <name>daicho::JapaneseDateWidget</name>
    <message>
        <source>Type a date like 2026/4/1, R8.4.1 or 令和8年4月1日.</source>
        <translation>Type a date like 2026/4/1, R8.4.1 or 令和8年4月1日.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Pick the date from a calendar</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>Not a date</translation>
    </message>
    <message>
        <source>yyyy/m/d</source>
        <translation>yyyy/m/d</translation>
    </message>
    <message>
        <source>%1 (%2), month %3</source>
        <translation>%1 (%2), month %3</translation>
    </message>
</context>
<context>
    <name>daicho::Kdf</name>
    <message>
        <source>The key file asks for password-hashing settings outside the allowed range. It may have been altered; restore it from a backup.</source>
        <translation>The key file asks for password-hashing settings outside the allowed range. It may have been altered; restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>daicho::KeyRotation</name>
    <message>
        <source>A file could not be renamed during the key rotation. The folder must be writable.</source>
        <translation>A file could not be renamed during the key rotation. The folder must be writable.</translation>
    </message>
    <message>
        <source>The database key could not be replaced: %1 The database and its key file are unchanged.</source>
        <translation>The database key could not be replaced: %1 The database and its key file are unchanged.</translation>
    </message>
    <message>
        <source>The database is open in another Daicho window. Close the other windows and rotate the key again.</source>
        <translation>The database is open in another Daicho window. Close the other windows and rotate the key again.</translation>
    </message>
    <message>
        <source>The database is still in use.</source>
        <translation>The database is still in use.</translation>
    </message>
    <message>
        <source>The records of the key slot of %1 were changed outside Daicho, and a new key would leave them unable to sign in. Tell the auditor.</source>
        <translation>The records of the key slot of %1 were changed outside Daicho, and a new key would leave them unable to sign in. Tell the auditor.</translation>
    </message>
    <message>
        <source>Daicho is still working with this database (an import, for example). Rotate the key when it has finished.</source>
        <translation>Daicho is still working with this database (an import, for example). Rotate the key when it has finished.</translation>
    </message>
</context>
<context>
    <name>daicho::KeySlot</name>
    <message>
        <source>A key slot holds data of the wrong size.</source>
        <translation>A key slot holds data of the wrong size.</translation>
    </message>
    <message>
        <source>A key slot&apos;s public keys do not match its private keys.</source>
        <translation>A key slot&apos;s public keys do not match its private keys.</translation>
    </message>
    <message>
        <source>The key file has been altered: a slot&apos;s database key cannot be opened. Restore the key file from a backup.</source>
        <translation>The key file has been altered: a slot&apos;s database key cannot be opened. Restore the key file from a backup.</translation>
    </message>
</context>
<context>
    <name>daicho::KeySlotFile</name>
    <message>
        <source>The key file is damaged or has been altered. Restore the key file (.daicho-keys) from the same backup as the database.</source>
        <translation>The key file is damaged or has been altered. Restore the key file (.daicho-keys) from the same backup as the database.</translation>
    </message>
    <message>
        <source>The key file is not a Daicho key file. Choose the .daicho-keys file that belongs to the database.</source>
        <translation>The key file is not a Daicho key file. Choose the .daicho-keys file that belongs to the database.</translation>
    </message>
    <message>
        <source>The key file was written by a different version of Daicho (format %1). Use the version that created it.</source>
        <translation>The key file was written by a different version of Daicho (format %1). Use the version that created it.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. It must lie beside the database; restore it from the same backup as the database.</source>
        <translation>The key file %1 is missing. It must lie beside the database; restore it from the same backup as the database.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Check its permissions.</source>
        <translation>The key file %1 cannot be read. Check its permissions.</translation>
    </message>
    <message>
        <source>The file %1 could not be written (disk full or folder not writable). Nothing was changed.</source>
        <translation>The file %1 could not be written (disk full or folder not writable). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerAccess</name>
    <message>
        <source>You belong to no department, so you cannot act on %1. Ask the chief officer to set your department.</source>
        <translation>You belong to no department, so you cannot act on %1. Ask the chief officer to set your department.</translation>
    </message>
    <message>
        <source>This entry belongs to another department. Only that department, or the chief officer, may act on it.</source>
        <translation>This entry belongs to another department. Only that department, or the chief officer, may act on it.</translation>
    </message>
    <message>
        <source>A %1 may not read %2.</source>
        <translation>A %1 may not read %2.</translation>
    </message>
    <message>
        <source>A %1 may not write in %2.</source>
        <translation>A %1 may not write in %2.</translation>
    </message>
    <message>
        <source>A %1 may not approve or review %2.</source>
        <translation>A %1 may not approve or review %2.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerBulkWriter</name>
    <message>
        <source>A bulk write must run inside a transaction.</source>
        <translation>A bulk write must run inside a transaction.</translation>
    </message>
    <message>
        <source>There was nothing to import.</source>
        <translation>There was nothing to import.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerExport</name>
    <message>
        <source>The file could not be written (%1). Check that the folder exists and is writable, and that the file is not open in Excel.</source>
        <translation>The file could not be written (%1). Check that the folder exists and is writable, and that the file is not open in Excel.</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932) cannot hold %1 (first in row %2, column &quot;%3&quot;). Export as UTF-8 instead, which Excel also opens, or correct those entries.</source>
        <translation>Shift_JIS (CP932) cannot hold %1 (first in row %2, column &quot;%3&quot;). Export as UTF-8 instead, which Excel also opens, or correct those entries.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerFilterBar</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Change the order of the list</source>
        <translation>Change the order of the list</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Inside now only</source>
        <translation>&amp;Inside now only</translation>
    </message>
    <message>
        <source>Today&apos;s entries without a time out: the people in the area now</source>
        <translation>Today&apos;s entries without a time out: the people in the area now</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Re&amp;gister entry:</source>
        <translation>Re&amp;gister entry:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>St&amp;ate:</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date. Type it like 2026/4/1, R8.4.1 or 令和8年4月1日.</source>
        <translation>%1 “%2” is not a date. Type it like 2026/4/1, R8.4.1 or 令和8年4月1日.</translation>
    </message>
    <message>
        <source>The start of the period</source>
        <translation>The start of the period</translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation>The end of the period</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>from any day</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>to any day</translation>
    </message>
    <message>
        <source>The period %1 is outside %2 (%3–%4). Choose the fiscal year “All” or change the period.</source>
        <translation>The period %1 is outside %2 (%3–%4). Choose the fiscal year “All” or change the period.</translation>
    </message>
    <message>
        <source>Return overdue</source>
        <translation>Return overdue</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerImport</name>
    <message>
        <source>This column is not an item of %1. Use the header of an export of this ledger.</source>
        <translation>This column is not an item of %1. Use the header of an export of this ledger.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>This column appears twice.</translation>
    </message>
    <message>
        <source>Entries of %1 cannot be imported.</source>
        <translation>Entries of %1 cannot be imported.</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header row and one row per entry.</source>
        <translation>The file is empty. It needs a header row and one row per entry.</translation>
    </message>
    <message>
        <source>This row has more columns than the header.</source>
        <translation>This row has more columns than the header.</translation>
    </message>
    <message>
        <source>The file has a header but no entries.</source>
        <translation>The file has a header but no entries.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerOutput</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>Save a &amp;sample CSV…</source>
        <translation>Save a &amp;sample CSV…</translation>
    </message>
    <message>
        <source>Print the list as filtered, after a preview (Ctrl+P)</source>
        <translation>Print the list as filtered, after a preview (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the list as filtered as an A4 PDF</source>
        <translation>Save the list as filtered as an A4 PDF</translation>
    </message>
    <message>
        <source>The list as filtered, for Excel and other programs</source>
        <translation>The list as filtered, for Excel and other programs</translation>
    </message>
    <message>
        <source>The list as filtered as an Excel workbook (.xlsx)</source>
        <translation>The list as filtered as an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Check a CSV file, then add all its entries at once</source>
        <translation>Check a CSV file, then add all its entries at once</translation>
    </message>
    <message>
        <source>A CSV file with only the header, to fill in for an import</source>
        <translation>A CSV file with only the header, to fill in for an import</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Print — %1</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <source>The ledger was sent to the printer.</source>
        <translation>The ledger was sent to the printer.</translation>
    </message>
    <message>
        <source>Save as PDF — %1</source>
        <translation>Save as PDF — %1</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choose the file…</translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>Save the ledger as PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>The PDF was not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were saved as PDF: %1</source>
        <translation>
            <numerusform>%n entries were saved as PDF: %1</numerusform>
            <numerusform>%n entries were saved as PDF: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
    <message>
        <source>entry No. %1</source>
        <translation>entry No. %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift_JIS (CP932) cannot hold these characters, so no Shift_JIS file is written:</source>
        <translation>Shift_JIS (CP932) cannot hold these characters, so no Shift_JIS file is written:</translation>
    </message>
    <message>
        <source>Export as UTF-8 (Excel) instead? UTF-8 holds every character, and Excel opens it with a double-click.</source>
        <translation>Export as UTF-8 (Excel) instead? UTF-8 holds every character, and Excel opens it with a double-click.</translation>
    </message>
    <message>
        <source>Characters Shift_JIS cannot hold</source>
        <translation>Characters Shift_JIS cannot hold</translation>
    </message>
    <message>
        <source>Nothing was exported: Shift_JIS (CP932) cannot hold every character of this ledger.</source>
        <translation>Nothing was exported: Shift_JIS (CP932) cannot hold every character of this ledger.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were exported (%1): %2</source>
        <translation>
            <numerusform>%n entries were exported (%1): %2</numerusform>
            <numerusform>%n entries were exported (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from CSV — %1</source>
        <translation>Import from CSV — %1</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to import (more than %2 MB). Split it into smaller files.</source>
        <translation>The file %1 is too large to import (more than %2 MB). Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Save a sample CSV</source>
        <translation>Save a sample CSV</translation>
    </message>
    <message>
        <source>%1_sample.csv</source>
        <translation>%1_sample.csv</translation>
    </message>
    <message>
        <source>The sample was not saved (%1): %2</source>
        <translation>The sample was not saved (%1): %2</translation>
    </message>
    <message>
        <source>A sample with the columns of %1 was saved: %2. Fill in one row per entry, then import it.</source>
        <translation>A sample with the columns of %1 was saved: %2. Fill in one row per entry, then import it.</translation>
    </message>
    <message>
        <source>Print entry No. %1</source>
        <translation>Print entry No. %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Entry No. %1 was sent to the printer.</source>
        <translation>Entry No. %1 was sent to the printer.</translation>
    </message>
    <message>
        <source>Save entry No. %1 as PDF</source>
        <translation>Save entry No. %1 as PDF</translation>
    </message>
    <message>
        <source>Save the entry as PDF</source>
        <translation>Save the entry as PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <source>Entry No. %1 was saved as PDF: %2</source>
        <translation>Entry No. %1 was saved as PDF: %2</translation>
    </message>
    <message>
        <source>“%1” %2  (%3, %4)</source>
        <translation>“%1” %2  (%3, %4)</translation>
    </message>
    <message>
        <source>Lines of entry No. %1 to Excel</source>
        <translation>Lines of entry No. %1 to Excel</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of entry No. %1 were exported to Excel: %2</source>
        <translation>
            <numerusform>%n line(s) of entry No. %1 were exported to Excel: %2</numerusform>
            <numerusform>%n line(s) of entry No. %1 were exported to Excel: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The check of %1 was cancelled. Nothing was imported.</source>
        <translation>The check of %1 was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Nothing was printed or saved: the list&apos;s filter needs fixing first. %1</source>
        <translation>Nothing was printed or saved: the list&apos;s filter needs fixing first. %1</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Output</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <source>Write a new entry (Ctrl+N)</source>
        <translation>Write a new entry (Ctrl+N)</translation>
    </message>
    <message>
        <source>Correct the selected entry; the version before is kept</source>
        <translation>Correct the selected entry; the version before is kept</translation>
    </message>
    <message>
        <source>Send the selected entry back to the writer with a comment</source>
        <translation>Send the selected entry back to the writer with a comment</translation>
    </message>
    <message>
        <source>Every version of the selected entry and the decisions about it</source>
        <translation>Every version of the selected entry and the decisions about it</translation>
    </message>
    <message>
        <source>Print, PDF, CSV or Excel of the list as filtered</source>
        <translation>Print, PDF, CSV or Excel of the list as filtered</translation>
    </message>
    <message>
        <source>Add entries from a CSV file</source>
        <translation>Add entries from a CSV file</translation>
    </message>
    <message>
        <source>Record &amp;entry…</source>
        <translation>Record &amp;entry…</translation>
    </message>
    <message>
        <source>Record e&amp;xit…</source>
        <translation>Record e&amp;xit…</translation>
    </message>
    <message>
        <source>Somebody comes in: a new entry with today&apos;s date, the time now and you as escort</source>
        <translation>Somebody comes in: a new entry with today&apos;s date, the time now and you as escort</translation>
    </message>
    <message>
        <source>The selected person leaves: the time out becomes the time now</source>
        <translation>The selected person leaves: the time out becomes the time now</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were imported.</source>
        <translation>
            <numerusform>%n entries were imported.</numerusform>
            <numerusform>%n entries were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>Inside now: %n</source>
        <translation>
            <numerusform>Inside now: %n</numerusform>
            <numerusform>Inside now: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside now: ?</source>
        <translation>Inside now: ?</translation>
    </message>
    <message>
        <source>Entry No. %1 was added.</source>
        <translation>Entry No. %1 was added.</translation>
    </message>
    <message>
        <source>Entry No. %1 already has a time out.</source>
        <translation>Entry No. %1 already has a time out.</translation>
    </message>
    <message>
        <source>Record the exit</source>
        <translation>Record the exit</translation>
    </message>
    <message>
        <source>Record that %1 left at %2?</source>
        <translation>Record that %1 left at %2?</translation>
    </message>
    <message>
        <source>The exit was not recorded: %1</source>
        <translation>The exit was not recorded: %1</translation>
    </message>
    <message>
        <source>The exit of %1 was recorded at %2.</source>
        <translation>The exit of %1 was recorded at %2.</translation>
    </message>
    <message>
        <source>Entry No. %1 was corrected.</source>
        <translation>Entry No. %1 was corrected.</translation>
    </message>
    <message>
        <source>Entry No. %1: %2.</source>
        <translation>Entry No. %1: %2.</translation>
    </message>
    <message>
        <source>Check &amp;items…</source>
        <translation>Check &amp;items…</translation>
    </message>
    <message>
        <source>The items every new sheet starts from (kept by the chief)</source>
        <translation>The items every new sheet starts from (kept by the chief)</translation>
    </message>
    <message>
        <source>Record the re&amp;turn…</source>
        <translation>Record the re&amp;turn…</translation>
    </message>
    <message>
        <source>What the selected carry-out took out is back: the return becomes the time now</source>
        <translation>What the selected carry-out took out is back: the return becomes the time now</translation>
    </message>
    <message>
        <source>People who came in and have no time out yet, whatever day they came</source>
        <translation>People who came in and have no time out yet, whatever day they came</translation>
    </message>
    <message numerus="yes">
        <source>Return overdue: %n</source>
        <translation>
            <numerusform>Return overdue: %n</numerusform>
            <numerusform>Return overdue: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Return overdue: ?</source>
        <translation>Return overdue: ?</translation>
    </message>
    <message>
        <source>Carry-outs past their expected return with no return recorded</source>
        <translation>Carry-outs past their expected return with no return recorded</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <source>Record that what entry No. %1 took out came back now (%2)?</source>
        <translation>Record that what entry No. %1 took out came back now (%2)?</translation>
    </message>
    <message>
        <source>The return was not recorded: %1</source>
        <translation>The return was not recorded: %1</translation>
    </message>
    <message>
        <source>The return of entry No. %1 was recorded: %2.</source>
        <translation>The return of entry No. %1 was recorded: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries: %1.</source>
        <translation>
            <numerusform>%n entry: %1.</numerusform>
            <numerusform>%n entries: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries: %1. Not recorded:</source>
        <translation>
            <numerusform>%n entry: %1. Not recorded:</numerusform>
            <numerusform>%n entries: %1. Not recorded:</numerusform>
        </translation>
    </message>
    <message>
        <source>「%1」 ascending</source>
        <translation>「%1」 ascending</translation>
    </message>
    <message>
        <source>「%1」 descending</source>
        <translation>「%1」 descending</translation>
    </message>
    <message>
        <source>oldest date first</source>
        <translation>oldest date first</translation>
    </message>
    <message>
        <source>newest date first</source>
        <translation>newest date first</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the ledger keeps every row of the file already (%n rows).</source>
        <translation>
            <numerusform>Nothing was imported: the ledger keeps every row of the file already (%n rows).</numerusform>
            <numerusform>Nothing was imported: the ledger keeps every row of the file already (%n rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out: the ledger keeps them already.</source>
        <translation>
            <numerusform>%n rows were left out: the ledger keeps them already.</numerusform>
            <numerusform>%n rows were left out: the ledger keeps them already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPrint</name>
    <message>
        <source>Cannot write the PDF file %1. Check that the folder exists and is writable.</source>
        <translation>Cannot write the PDF file %1. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>A new page could not be started.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerQuery</name>
    <message>
        <source>There is no form called %1.</source>
        <translation>There is no form called %1.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerReader</name>
    <message>
        <source>The database holds entries of a form this version of Daicho does not know (%1). Use the version that wrote them.</source>
        <translation>The database holds entries of a form this version of Daicho does not know (%1). Use the version that wrote them.</translation>
    </message>
    <message>
        <source>Entry %1 does not exist.</source>
        <translation>Entry %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerRowCache</name>
    <message>
        <source>The list changed while it was shown. Reload it (F5).</source>
        <translation>The list changed while it was shown. Reload it (F5).</translation>
    </message>
    <message>
        <source>Entry %1 cannot be read: the database is damaged. Restore it from a backup.</source>
        <translation>Entry %1 cannot be read: the database is damaged. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerStore</name>
    <message>
        <source>There is no form called %1.</source>
        <translation>There is no form called %1.</translation>
    </message>
    <message>
        <source>Entry %1 does not exist.</source>
        <translation>Entry %1 does not exist.</translation>
    </message>
    <message>
        <source>Entry %1 has lost its history outside Daicho. Tell the auditor and run the verification of the audit trail.</source>
        <translation>Entry %1 has lost its history outside Daicho. Tell the auditor and run the verification of the audit trail.</translation>
    </message>
    <message>
        <source>Say why the entry is corrected: the reason is kept with the correction.</source>
        <translation>Say why the entry is corrected: the reason is kept with the correction.</translation>
    </message>
    <message>
        <source>Nothing was changed, so no correction was saved.</source>
        <translation>Nothing was changed, so no correction was saved.</translation>
    </message>
    <message>
        <source>This entry is not waiting for a decision (it is: %1).</source>
        <translation>This entry is not waiting for a decision (it is: %1).</translation>
    </message>
    <message>
        <source>%1 entries are %2, not %3.</source>
        <translation>%1 entries are %2, not %3.</translation>
    </message>
    <message>
        <source>Say what should be corrected: the comment goes back to the writer with the entry.</source>
        <translation>Say what should be corrected: the comment goes back to the writer with the entry.</translation>
    </message>
    <message>
        <source>You wrote this version of the entry, so another approver must decide on it.</source>
        <translation>You wrote this version of the entry, so another approver must decide on it.</translation>
    </message>
    <message>
        <source>The writer has not finished this entry yet (it is not signed off), so it cannot be reviewed. Review it once it is complete.</source>
        <translation>The writer has not finished this entry yet (it is not signed off), so it cannot be reviewed. Review it once it is complete.</translation>
    </message>
    <message>
        <source>This entry names you as “%1”, so another approver must decide on it.</source>
        <translation>This entry names you as “%1”, so another approver must decide on it.</translation>
    </message>
    <message>
        <source>This department is retired and takes no new entries. Choose a department in use.</source>
        <translation>This department is retired and takes no new entries. Choose a department in use.</translation>
    </message>
    <message>
        <source>The provision of this individual&apos;s data in this database to third parties was stopped at their request (%1, 第37条2項): it may not be provided. Ask the desk (相談窓口) if the stop no longer applies.</source>
        <translation>The provision of this individual&apos;s data in this database to third parties was stopped at their request (%1, 第37条2項): it may not be provided. Ask the desk (相談窓口) if the stop no longer applies.</translation>
    </message>
    <message>
        <source>This entry was written with 「%1」 of %2: its kind, department and writer stay as that step made them. Correct the date, the method or the note; for anything else, record a new entry.</source>
        <translation>This entry was written with 「%1」 of %2: its kind, department and writer stay as that step made them. Correct the date, the method or the note; for anything else, record a new entry.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerTable</name>
    <message>
        <source>There is no form called %1.</source>
        <translation>There is no form called %1.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Ver.</translation>
    </message>
    <message>
        <source>%1, return overdue</source>
        <translation>%1, return overdue</translation>
    </message>
    <message>
        <source>%1, no time out</source>
        <translation>%1, no time out</translation>
    </message>
    <message>
        <source>Not returned by its expected return: record the return, or ask the carrier.</source>
        <translation>Not returned by its expected return: record the return, or ask the carrier.</translation>
    </message>
    <message>
        <source>No time out after the day of the visit: record the exit, or find out when the person left.</source>
        <translation>No time out after the day of the visit: record the exit, or find out when the person left.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerText</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>Re&amp;turn</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>opt-out</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from a non-business</source>
        <translation>from a non-business</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerTypes</name>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>daicho::LegalBasis</name>
    <message>
        <source>Personal data that includes sensitive personal information cannot be provided by opt-out (規程第30条2項（法27条2項ただし書）). Obtain the individual&apos;s consent and record the provision in 様式6-2.</source>
        <translation>Personal data that includes sensitive personal information cannot be provided by opt-out (規程第30条2項（法27条2項ただし書）). Obtain the individual&apos;s consent and record the provision in 様式6-2.</translation>
    </message>
    <message>
        <source>Personal data that includes sensitive personal information cannot be received by opt-out (規程第30条2項・第27条2項（法27条2項ただし書・法20条2項）). Ask the provider to obtain the individual&apos;s consent and record the receipt in 様式7-2.</source>
        <translation>Personal data that includes sensitive personal information cannot be received by opt-out (規程第30条2項・第27条2項（法27条2項ただし書・法20条2項）). Ask the provider to obtain the individual&apos;s consent and record the receipt in 様式7-2.</translation>
    </message>
</context>
<context>
    <name>daicho::LegalBasisDialog</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Record in this form</source>
        <translation>&amp;Record in this form</translation>
    </message>
    <message>
        <source>Provision to a third party: which record?</source>
        <translation>Provision to a third party: which record?</translation>
    </message>
    <message>
        <source>Receipt from a third party: which record?</source>
        <translation>Receipt from a third party: which record?</translation>
    </message>
    <message>
        <source>&amp;Answers so far (choose one to change it):</source>
        <translation>&amp;Answers so far (choose one to change it):</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Answers so far</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Record it in %1.</source>
        <translation>Record it in %1.</translation>
    </message>
    <message>
        <source>This provision is not allowed.</source>
        <translation>This provision is not allowed.</translation>
    </message>
    <message>
        <source>This receipt is not allowed.</source>
        <translation>This receipt is not allowed.</translation>
    </message>
    <message>
        <source>No record is needed.</source>
        <translation>No record is needed.</translation>
    </message>
    <message>
        <source>&amp;Skip: the basis is known</source>
        <translation>&amp;Skip: the basis is known</translation>
    </message>
    <message>
        <source>Open the editor of this form now. Choose this only when the legal basis is already settled, as for the same provision every month.</source>
        <translation>Open the editor of this form now. Choose this only when the legal basis is already settled, as for the same provision every month.</translation>
    </message>
    <message>
        <source>Answer the questions about the legal basis of this provision (規程第30条; 法27条・28条・31条). They decide which record is needed (規程第31条; 法29条).</source>
        <translation>Answer the questions about the legal basis of this provision (規程第30条; 法27条・28条・31条). They decide which record is needed (規程第31条; 法29条).</translation>
    </message>
    <message>
        <source>Answer the questions about the legal basis of this receipt (規程第30条; 法27条・31条). They decide which confirmation and record are needed (規程第32条; 法30条).</source>
        <translation>Answer the questions about the legal basis of this receipt (規程第30条; 法27条・31条). They decide which confirmation and record are needed (規程第32条; 法30条).</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Articles: %1</translation>
    </message>
    <message>
        <source>Articles: %1 (rules of %2)</source>
        <translation>Articles: %1 (rules of %2)</translation>
    </message>
    <message>
        <source>&amp;Why? What counts</source>
        <translation>&amp;Why? What counts</translation>
    </message>
</context>
<context>
    <name>daicho::LineFieldEditor</name>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>“%1” takes a number only, like 250 or 1,250: “%2” is not one. Write units or a breakdown elsewhere, or only the number.</source>
        <translation>“%1” takes a number only, like 250 or 1,250: “%2” is not one. Write units or a breakdown elsewhere, or only the number.</translation>
    </message>
</context>
<context>
    <name>daicho::LockScreen</name>
    <message>
        <source>&amp;Quit Daicho</source>
        <translation>&amp;Quit Daicho</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in with your own ID to continue.</source>
        <translation>Nobody is signed in. Sign in with your own ID to continue.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Daicho is locked and every decrypted view was cleared. Enter the password to continue where you left off.</source>
        <translation>Daicho is locked and every decrypted view was cleared. Enter the password to continue where you left off.</translation>
    </message>
    <message>
        <source>Signing in as another person discards the unsaved input of %1.</source>
        <translation>Signing in as another person discards the unsaved input of %1.</translation>
    </message>
    <message>
        <source>Daicho finishes the work under way (an import) before it lets anyone sign in. Every decrypted view is hidden meanwhile.</source>
        <translation>Daicho finishes the work under way (an import) before it lets anyone sign in. Every decrypted view is hidden meanwhile.</translation>
    </message>
</context>
<context>
    <name>daicho::MainWindow</name>
    <message>
        <source>Daicho — %1</source>
        <translation>Daicho — %1</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>Replace the database &amp;key…</source>
        <translation>Replace the database &amp;key…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message numerus="yes">
        <source>Auto-lock after %n minute(s) idle</source>
        <translation>
            <numerusform>Auto-lock after %n minute(s) idle</numerusform>
            <numerusform>Auto-lock after %n minute(s) idle</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>The ledger cannot be opened</source>
        <translation>The ledger cannot be opened</translation>
    </message>
    <message>
        <source>You may not write entries of %1.</source>
        <translation>You may not write entries of %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries wait for your approval or review.</source>
        <translation>
            <numerusform>%n entry waits for your approval or review.</numerusform>
            <numerusform>%n entries wait for your approval or review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carry-outs are past their return time without a return.</source>
        <translation>
            <numerusform>%n carry-out is past its return time without a return.</numerusform>
            <numerusform>%n carry-outs are past their return time without a return.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n</source>
        <comment>the navigator: entries waiting for the person</comment>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests and cases</source>
        <translation>Requests and cases</translation>
    </message>
</context>
<context>
    <name>daicho::NewPasswordFields</name>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character(s)</numerusform>
            <numerusform>%n character(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>At least %1 characters (full-width characters count too). It must not contain the sign-in ID.</source>
        <translation>At least %1 characters (full-width characters count too). It must not contain the sign-in ID.</translation>
    </message>
</context>
<context>
    <name>daicho::Organisation</name>
    <message>
        <source>Enter the name of the department or section.</source>
        <translation>Enter the name of the department or section.</translation>
    </message>
    <message>
        <source>The name is too long (at most 60 characters).</source>
        <translation>The name is too long (at most 60 characters).</translation>
    </message>
    <message>
        <source>The chosen department does not exist.</source>
        <translation>The chosen department does not exist.</translation>
    </message>
    <message>
        <source>A section belongs to a department, not to another section.</source>
        <translation>A section belongs to a department, not to another section.</translation>
    </message>
    <message>
        <source>The department does not exist.</source>
        <translation>The department does not exist.</translation>
    </message>
    <message>
        <source>The departments form a loop (%1): the table was changed outside Daicho. Tell the auditor.</source>
        <translation>The departments form a loop (%1): the table was changed outside Daicho. Tell the auditor.</translation>
    </message>
    <message numerus="yes">
        <source>%n people still belong to %1. Move them to another department on the user administration page first.</source>
        <translation>
            <numerusform>%n people still belong to %1. Move them to another department on the user administration page first.</numerusform>
            <numerusform>%n people still belong to %1. Move them to another department on the user administration page first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has sections in use. Retire them, or move their people elsewhere and retire them, first.</source>
        <translation>%1 still has sections in use. Retire them, or move their people elsewhere and retire them, first.</translation>
    </message>
    <message>
        <source>%1 belongs to a retired department. Put that department back in use first.</source>
        <translation>%1 belongs to a retired department. Put that department back in use first.</translation>
    </message>
    <message>
        <source>%1 is the handling department of 様式3 No.%2 (第11条⑦). Correct their handling department first.</source>
        <translation>%1 is the handling department of 様式3 No.%2 (第11条⑦). Correct their handling department first.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 still wait for a decision or a correction. Have them decided first.</source>
        <translation>
            <numerusform>%n entries of %1 still wait for a decision or a correction. Have them decided first.</numerusform>
            <numerusform>%n entries of %1 still wait for a decision or a correction. Have them decided first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::OrganisationPage</name>
    <message>
        <source>Add as de&amp;partment</source>
        <translation>Add as de&amp;partment</translation>
    </message>
    <message>
        <source>Add as &amp;section of the selected department</source>
        <translation>Add as &amp;section of the selected department</translation>
    </message>
    <message>
        <source>&amp;Rename the selected one</source>
        <translation>&amp;Rename the selected one</translation>
    </message>
    <message>
        <source>Department / section</source>
        <translation>Department / section</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Enter a name first.</source>
        <translation>Enter a name first.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>%1 was added under %2.</source>
        <translation>%1 was added under %2.</translation>
    </message>
    <message>
        <source>%1 was renamed to %2.</source>
        <translation>%1 was renamed to %2.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>A department that no longer exists: kept for the entries and people of the past, no longer offered for new ones. It can be put back in use.</source>
        <translation>A department that no longer exists: kept for the entries and people of the past, no longer offered for new ones. It can be put back in use.</translation>
    </message>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1 (retired %2)</translation>
    </message>
    <message>
        <source>Put back in &amp;use</source>
        <translation>Put back in &amp;use</translation>
    </message>
    <message>
        <source>%1 was retired: its entries keep it, new entries no longer offer it.</source>
        <translation>%1 was retired: its entries keep it, new entries no longer offer it.</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1 is in use again.</translation>
    </message>
</context>
<context>
    <name>daicho::PasswordPolicy</name>
    <message>
        <source>The password is too short: it has %1 characters and needs at least %2. A short sentence is easy to remember.</source>
        <translation>The password is too short: it has %1 characters and needs at least %2. A short sentence is easy to remember.</translation>
    </message>
    <message>
        <source>The password must not contain your sign-in ID.</source>
        <translation>The password must not contain your sign-in ID.</translation>
    </message>
    <message>
        <source>A sign-in ID has 1 to 32 letters (A–Z), digits, dots, underscores or hyphens.</source>
        <translation>A sign-in ID has 1 to 32 letters (A–Z), digits, dots, underscores or hyphens.</translation>
    </message>
</context>
<context>
    <name>daicho::PdfFinish</name>
    <message>
        <source>Cannot write the PDF file %1. Check that the folder exists and is writable.</source>
        <translation>Cannot write the PDF file %1. Check that the folder exists and is writable.</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleRecord</name>
    <message>
        <source>Entry %1 unlocks a person, but its author is not the chief officer.</source>
        <translation>Entry %1 unlocks a person, but its author is not the chief officer.</translation>
    </message>
    <message>
        <source>Entry %1 names no person.</source>
        <translation>Entry %1 names no person.</translation>
    </message>
    <message>
        <source>Entry %1 records a change to person %2 that only the chief officer may record.</source>
        <translation>Entry %1 records a change to person %2 that only the chief officer may record.</translation>
    </message>
    <message>
        <source>Entry %1 changes the role of its own author.</source>
        <translation>Entry %1 changes the role of its own author.</translation>
    </message>
    <message>
        <source>Person %1, recorded by entry %2, has been deleted.</source>
        <translation>Person %1, recorded by entry %2, has been deleted.</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>Person %1 does not exist.</translation>
    </message>
    <message>
        <source>Person %1 was never recorded by the chief officer: the record was added.</source>
        <translation>Person %1 was never recorded by the chief officer: the record was added.</translation>
    </message>
    <message>
        <source>The role of %1 is not the one the chief officer recorded in entry %2 (%3).</source>
        <translation>The role of %1 is not the one the chief officer recorded in entry %2 (%3).</translation>
    </message>
    <message>
        <source>The record of %1 (name, role, department or whether removed) is not what the chief officer recorded in entry %2.</source>
        <translation>The record of %1 (name, role, department or whether removed) is not what the chief officer recorded in entry %2.</translation>
    </message>
    <message>
        <source>The must-change-password flag of %1 is not what the trail recorded.</source>
        <translation>The must-change-password flag of %1 is not what the trail recorded.</translation>
    </message>
    <message>
        <source>%1 was locked after failed sign-ins (entry %2), but the lock was removed.</source>
        <translation>%1 was locked after failed sign-ins (entry %2), but the lock was removed.</translation>
    </message>
    <message>
        <source>%1 is marked as locked, but no entry of the trail locked them.</source>
        <translation>%1 is marked as locked, but no entry of the trail locked them.</translation>
    </message>
    <message>
        <source>It was changed outside Daicho with the database key. Ask the auditor to run the verification of the audit trail.</source>
        <translation>It was changed outside Daicho with the database key. Ask the auditor to run the verification of the audit trail.</translation>
    </message>
    <message>
        <source>Entry %1 locks person %2, but the trail holds too few failed sign-ins for a lock.</source>
        <translation>Entry %1 locks person %2, but the trail holds too few failed sign-ins for a lock.</translation>
    </message>
    <message>
        <source>Entry %1 by the acting chief officer changes a chief officer&apos;s record, which only a chief officer may do.</source>
        <translation>Entry %1 by the acting chief officer changes a chief officer&apos;s record, which only a chief officer may do.</translation>
    </message>
</context>
<context>
    <name>daicho::Permission</name>
    <message>
        <source>view the organisation</source>
        <translation>view the organisation</translation>
    </message>
    <message>
        <source>change departments and sections</source>
        <translation>change departments and sections</translation>
    </message>
    <message>
        <source>view the list of users</source>
        <translation>view the list of users</translation>
    </message>
    <message>
        <source>add, change or remove users</source>
        <translation>add, change or remove users</translation>
    </message>
    <message>
        <source>unlock a locked user</source>
        <translation>unlock a locked user</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>change your own password</translation>
    </message>
    <message>
        <source>change shared settings</source>
        <translation>change shared settings</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>verify the audit trail</translation>
    </message>
    <message>
        <source>sign an audit checkpoint</source>
        <translation>sign an audit checkpoint</translation>
    </message>
    <message>
        <source>rotate the database key</source>
        <translation>rotate the database key</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>make a backup</translation>
    </message>
    <message>
        <source>Change your initial password before doing anything else.</source>
        <translation>Change your initial password before doing anything else.</translation>
    </message>
    <message>
        <source>A %1 may not %2.</source>
        <translation>A %1 may not %2.</translation>
    </message>
    <message>
        <source>read the registers and logs</source>
        <translation>read the registers and logs</translation>
    </message>
    <message>
        <source>write entries in the registers and logs</source>
        <translation>write entries in the registers and logs</translation>
    </message>
    <message>
        <source>approve or review entries</source>
        <translation>approve or review entries</translation>
    </message>
    <message>
        <source>print or export a ledger</source>
        <translation>print or export a ledger</translation>
    </message>
    <message>
        <source>import entries from a CSV file</source>
        <translation>import entries from a CSV file</translation>
    </message>
    <message>
        <source>change the check items of the monitoring sheet</source>
        <translation>change the check items of the monitoring sheet</translation>
    </message>
    <message>
        <source>This database was opened only to verify its audit trail.</source>
        <translation>This database was opened only to verify its audit trail.</translation>
    </message>
    <message>
        <source>see what falls due for disposal</source>
        <translation>see what falls due for disposal</translation>
    </message>
    <message>
        <source>approve and run the disposal of records</source>
        <translation>approve and run the disposal of records</translation>
    </message>
    <message>
        <source>confirm a disposal the chief approved</source>
        <translation>confirm a disposal the chief approved</translation>
    </message>
    <message>
        <source>set the centre&apos;s retention periods</source>
        <translation>set the centre&apos;s retention periods</translation>
    </message>
</context>
<context>
    <name>daicho::PersonSearch</name>
    <message>
        <source>Enter the person&apos;s name or its reading (two characters or more): one character would find records of many people.</source>
        <translation>Enter the person&apos;s name or its reading (two characters or more): one character would find records of many people.</translation>
    </message>
</context>
<context>
    <name>daicho::PersonSearchDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Records about a person</source>
        <translation>Records about a person</translation>
    </message>
    <message>
        <source>The records of provision and receipt (様式6-x・7-x) naming the person, and their requests. Kana, width and spaces are ignored; a name in kanji does not find a record written in kana only — type both when you know them.</source>
        <translation>The records of provision and receipt (様式6-x・7-x) naming the person, and their requests. Kana, width and spaces are ignored; a name in kanji does not find a record written in kana only — type both when you know them.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Reading (kana):</source>
        <translation>&amp;Reading (kana):</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Other party or kind</source>
        <translation>Other party or kind</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>As recorded</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Records found</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The date of birth is not a date. Type it as 1980/2/29 or 昭和55年2月29日, or leave it empty.</source>
        <translation>The date of birth is not a date. Type it as 1980/2/29 or 昭和55年2月29日, or leave it empty.</translation>
    </message>
    <message>
        <source>Request %1 No.%2</source>
        <translation>Request %1 No.%2</translation>
    </message>
    <message>
        <source>Found %1 record(s) of provision or receipt and %2 request(s).</source>
        <translation>Found %1 record(s) of provision or receipt and %2 request(s).</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Save the records as PDF</source>
        <translation>Save the records as PDF</translation>
    </message>
    <message>
        <source>records-of-provision.pdf</source>
        <translation>records-of-provision.pdf</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF files</translation>
    </message>
</context>
<context>
    <name>daicho::PlainTextFieldEditor</name>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
</context>
<context>
    <name>daicho::PrintOptionsDialog</name>
    <message>
        <source>Add the &amp;Western year to dates (令和8年4月1日（2026年）)</source>
        <translation>Add the &amp;Western year to dates (令和8年4月1日（2026年）)</translation>
    </message>
    <message>
        <source>Print &amp;stamp boxes (押印欄)</source>
        <translation>Print &amp;stamp boxes (押印欄)</translation>
    </message>
    <message>
        <source>Dates print in the Japanese calendar (和暦).</source>
        <translation>Dates print in the Japanese calendar (和暦).</translation>
    </message>
    <message>
        <source>&amp;Every item the form records (the ledger to keep)</source>
        <translation>&amp;Every item the form records (the ledger to keep)</translation>
    </message>
    <message>
        <source>Only the &amp;list&apos;s columns (an overview)</source>
        <translation>Only the &amp;list&apos;s columns (an overview)</translation>
    </message>
    <message>
        <source>Entries print in the order of the list on screen: %1.</source>
        <translation>Entries print in the order of the list on screen: %1.</translation>
    </message>
</context>
<context>
    <name>daicho::PrintSheet</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>Cannot write the PDF file %1.</translation>
    </message>
</context>
<context>
    <name>daicho::PublicNoticePage</name>
    <message>
        <source>&amp;Publish this version</source>
        <translation>&amp;Publish this version</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Save as &amp;HTML…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Made from the management register (purposes, 様式3) and the desk&apos;s data (address, hours, fees): correct those, not this text. Lines added since the version last published are green; lines removed are struck through in red.</source>
        <translation>Made from the management register (purposes, 様式3) and the desk&apos;s data (address, hours, fees): correct those, not this text. Lines added since the version last published are green; lines removed are struck through in red.</translation>
    </message>
    <message>
        <source>The public notice</source>
        <translation>The public notice</translation>
    </message>
    <message>
        <source>Save the notice as HTML</source>
        <translation>Save the notice as HTML</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Web pages</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Save the notice as PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF files</translation>
    </message>
    <message>
        <source>Public notice (第34条1項)</source>
        <translation>Public notice (第34条1項)</translation>
    </message>
    <message>
        <source>Not published yet: everything below is new.</source>
        <translation>Not published yet: everything below is new.</translation>
    </message>
    <message>
        <source>Last published: version %1 on %2 by %3.</source>
        <translation>Last published: version %1 on %2 by %3.</translation>
    </message>
    <message>
        <source>The published version is up to date.</source>
        <translation>The published version is up to date.</translation>
    </message>
    <message>
        <source>Published as version %1. Put the HTML on the website and the PDF at the desk.</source>
        <translation>Published as version %1. Put the HTML on the website and the PDF at the desk.</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>Cannot write %1. Choose another folder.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>daicho::PublicNotices</name>
    <message>
        <source>Only the chief officer or the acting chief publishes the public notice (第34条1項).</source>
        <translation>Only the chief officer or the acting chief publishes the public notice (第34条1項).</translation>
    </message>
    <message>
        <source>Nothing changed since the version published last: there is nothing new to publish.</source>
        <translation>Nothing changed since the version published last: there is nothing new to publish.</translation>
    </message>
</context>
<context>
    <name>daicho::ReceiveKindDialog</name>
    <message>
        <source>Receive a request</source>
        <translation>Receive a request</translation>
    </message>
    <message>
        <source>&amp;What does the person ask for?</source>
        <translation>&amp;What does the person ask for?</translation>
    </message>
    <message>
        <source>Check the person&apos;s identity before you receive the request (第38条1項(3)). The decision is due within a week of the receipt (第38条4項).</source>
        <translation>Check the person&apos;s identity before you receive the request (第38条1項(3)). The decision is due within a week of the receipt (第38条4項).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>request form %1</source>
        <translation>request form %1</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Next…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>daicho::Recovery</name>
    <message>
        <source>The key file has no recovery slot.</source>
        <translation>The key file has no recovery slot.</translation>
    </message>
    <message>
        <source>The recovery key is wrong. Type it exactly as printed.</source>
        <translation>The recovery key is wrong. Type it exactly as printed.</translation>
    </message>
    <message>
        <source>This recovery key has already been replaced by a newer one.</source>
        <translation>This recovery key has already been replaced by a newer one.</translation>
    </message>
    <message>
        <source>The recovery key can only restore the chief officer or the acting chief officer. Check the sign-in ID.</source>
        <translation>The recovery key can only restore the chief officer or the acting chief officer. Check the sign-in ID.</translation>
    </message>
    <message>
        <source>Close every other Daicho window on this database before using the recovery key.</source>
        <translation>Close every other Daicho window on this database before using the recovery key.</translation>
    </message>
    <message>
        <source>The recovery key was typed wrongly several times. Wait %1 seconds before trying again.</source>
        <translation>The recovery key was typed wrongly several times. Wait %1 seconds before trying again.</translation>
    </message>
    <message>
        <source>The recovery slot&apos;s signing key is not the registered, valid recovery key of this database.</source>
        <translation>The recovery slot&apos;s signing key is not the registered, valid recovery key of this database.</translation>
    </message>
</context>
<context>
    <name>daicho::RecoveryDialog</name>
    <message>
        <source>Restore access with the recovery key</source>
        <translation>Restore access with the recovery key</translation>
    </message>
    <message>
        <source>Use this only when the chief&apos;s password is lost. The chief or the acting chief gets the new password below, the database key is replaced, and a new recovery key is shown once: the old one stops working.</source>
        <translation>Use this only when the chief&apos;s password is lost. The chief or the acting chief gets the new password below, the database key is replaced, and a new recovery key is shown once: the old one stops working.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>Sign-in &amp;ID of the chief or acting chief:</source>
        <translation>Sign-in &amp;ID of the chief or acting chief:</translation>
    </message>
    <message>
        <source>&amp;Restore access</source>
        <translation>&amp;Restore access</translation>
    </message>
    <message>
        <source>Enter the recovery key and the sign-in ID.</source>
        <translation>Enter the recovery key and the sign-in ID.</translation>
    </message>
    <message>
        <source>Restoring access and replacing the database key…</source>
        <translation>Restoring access and replacing the database key…</translation>
    </message>
    <message>
        <source>Replace the database key</source>
        <translation>Replace the database key</translation>
    </message>
    <message>
        <source>The recovery worked, but the database key could not be replaced yet: %1 Replace it from the Database menu as soon as possible.</source>
        <translation>The recovery worked, but the database key could not be replaced yet: %1 Replace it from the Database menu as soon as possible.</translation>
    </message>
</context>
<context>
    <name>daicho::RecoveryKeyDialog</name>
    <message>
        <source>I have &amp;written the key down or printed it, and will keep it locked away from this PC.</source>
        <translation>I have &amp;written the key down or printed it, and will keep it locked away from this PC.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>This recovery key restores access when the chief&apos;s password is lost. It is shown only now and is not stored anywhere in readable form. Anyone who has it can open the database, so keep it like a safe&apos;s key: on paper, in a locked place, not on this PC.</source>
        <translation>This recovery key restores access when the chief&apos;s password is lost. It is shown only now and is not stored anywhere in readable form. Anyone who has it can open the database, so keep it like a safe&apos;s key: on paper, in a locked place, not on this PC.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Daicho recovery key</source>
        <translation>Daicho recovery key</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>With this key the chief or the acting chief can set a new password when theirs is lost (sign-in screen → &quot;Use the recovery key&quot;). Using it replaces it with a new key. Keep this sheet in a locked place away from the PC; whoever holds it can open the database.</source>
        <translation>With this key the chief or the acting chief can set a new password when theirs is lost (sign-in screen → &quot;Use the recovery key&quot;). Using it replaces it with a new key. Keep this sheet in a locked place away from the PC; whoever holds it can open the database.</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Kept by</translation>
    </message>
</context>
<context>
    <name>daicho::RegistrarRows</name>
    <message>
        <source>A record (%1 %2) was changed outside Daicho: %3 Tell the auditor and run the verification of the audit trail.</source>
        <translation>A record (%1 %2) was changed outside Daicho: %3 Tell the auditor and run the verification of the audit trail.</translation>
    </message>
    <message>
        <source>no entry of the trail records it.</source>
        <translation>no entry of the trail records it.</translation>
    </message>
    <message>
        <source>the entry that records it was altered.</source>
        <translation>the entry that records it was altered.</translation>
    </message>
    <message>
        <source>entry %1 that records it is not signed by the chief officer.</source>
        <translation>entry %1 that records it is not signed by the chief officer.</translation>
    </message>
    <message>
        <source>it differs from what entry %1 recorded.</source>
        <translation>it differs from what entry %1 recorded.</translation>
    </message>
    <message>
        <source>entry %1 that records it is signed by a removed person.</source>
        <translation>entry %1 that records it is signed by a removed person.</translation>
    </message>
</context>
<context>
    <name>daicho::RequestDesk</name>
    <message>
        <source>Only the chief officer or the acting chief changes the desk&apos;s data and fees.</source>
        <translation>Only the chief officer or the acting chief changes the desk&apos;s data and fees.</translation>
    </message>
    <message>
        <source>Choose the desk&apos;s department from the list.</source>
        <translation>Choose the desk&apos;s department from the list.</translation>
    </message>
    <message>
        <source>The desk&apos;s data could not be read.</source>
        <translation>The desk&apos;s data could not be read.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name: it is printed on every notice.</source>
        <translation>Enter the organisation&apos;s name: it is printed on every notice.</translation>
    </message>
    <message>
        <source>Enter the desk&apos;s address (第33条2項(1)).</source>
        <translation>Enter the desk&apos;s address (第33条2項(1)).</translation>
    </message>
    <message>
        <source>Enter the desk&apos;s phone number (第33条2項(2)).</source>
        <translation>Enter the desk&apos;s phone number (第33条2項(2)).</translation>
    </message>
    <message>
        <source>Enter the desk&apos;s hours (第33条2項(3)).</source>
        <translation>Enter the desk&apos;s hours (第33条2項(3)).</translation>
    </message>
    <message>
        <source>A fee is between 0 and 100,000 yen (第39条2項: within the actual cost).</source>
        <translation>A fee is between 0 and 100,000 yen (第39条2項: within the actual cost).</translation>
    </message>
    <message>
        <source>Version %1 of the desk&apos;s data is missing: it was removed outside Daicho. Tell the auditor and run the verification of the audit trail.</source>
        <translation>Version %1 of the desk&apos;s data is missing: it was removed outside Daicho. Tell the auditor and run the verification of the audit trail.</translation>
    </message>
    <message>
        <source>Choose the health-check sections from the list (第33条1項).</source>
        <translation>Choose the health-check sections from the list (第33条1項).</translation>
    </message>
</context>
<context>
    <name>daicho::RequestsPage</name>
    <message>
        <source>&amp;Receive a request…</source>
        <translation>&amp;Receive a request…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>規程第33条〜第39条: requests from individuals about their own data</source>
        <translation>規程第33条〜第39条: requests from individuals about their own data</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Record a request received at the desk (Ctrl+N)</source>
        <translation>Record a request received at the desk (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>Open the selected case (Enter)</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Handling section</source>
        <translation>Handling section</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requests for disclosure and others</source>
        <translation>Requests for disclosure and others</translation>
    </message>
    <message>
        <source>not named yet: the chief names it on the page 「%1」</source>
        <translation>not named yet: the chief names it on the page 「%1」</translation>
    </message>
    <message>
        <source>Request desk</source>
        <translation>Request desk</translation>
    </message>
    <message>
        <source>Requests are read by the desk (%1), the section handling each request and its head, the chief officer and the acting chief, and the auditor (第33条, 第15条). Other staff do not see them.</source>
        <translation>Requests are read by the desk (%1), the section handling each request and its head, the chief officer and the acting chief, and the auditor (第33条, 第15条). Other staff do not see them.</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>No open requests you may read.</source>
        <translation>No open requests you may read.</translation>
    </message>
    <message>
        <source>No requests you may read.</source>
        <translation>No requests you may read.</translation>
    </message>
    <message>
        <source>The fee the chief set for this request: %1 yen (第39条, desk data version %2). Change it if another applies.</source>
        <translation>The fee the chief set for this request: %1 yen (第39条, desk data version %2). Change it if another applies.</translation>
    </message>
    <message>
        <source>The request was received as %1.</source>
        <translation>The request was received as %1.</translation>
    </message>
    <message>
        <source>The request was received.</source>
        <translation>The request was received.</translation>
    </message>
    <message>
        <source>Records about a &amp;person…</source>
        <translation>Records about a &amp;person…</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>&amp;Blank forms…</translation>
    </message>
    <message>
        <source>様式8 保有個人データ開示等請求書</source>
        <translation>様式8 保有個人データ開示等請求書</translation>
    </message>
    <message>
        <source>様式9 委任状</source>
        <translation>様式9 委任状</translation>
    </message>
    <message>
        <source>様式8, 11 and 13 (requests) and 様式9 (power of attorney), to hand out at the desk</source>
        <translation>様式8, 11 and 13 (requests) and 様式9 (power of attorney), to hand out at the desk</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>様式8 and 様式9 together</source>
        <translation>様式8 and 様式9 together</translation>
    </message>
</context>
<context>
    <name>daicho::ResetPasswordDialog</name>
    <message>
        <source>Reset a password</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <source>New initial password for %1 (%2). Their old password stops working and they must choose their own at the next sign-in. The reset is recorded in the audit trail.</source>
        <translation>New initial password for %1 (%2). Their old password stops working and they must choose their own at the next sign-in. The reset is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>New initial &amp;password:</source>
        <translation>New initial &amp;password:</translation>
    </message>
</context>
<context>
    <name>daicho::RetentionPeriodsPage</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Save as a new version</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Set on</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Set by</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why the periods change (required; kept with the version)</source>
        <translation>Why the periods change (required; kept with the version)</translation>
    </message>
    <message>
        <source>The records of provision and receipt are kept as 第31条9項・第32条9項 say, the register&apos;s entries while their database exists (第11条⑨). The other ledgers are kept as long as the centre decides (第20条1項(4) 「センターが別途定める保存期間」): the chief officer sets those periods. A change applies to entries written from then on; each entry stays kept by the version in force when it was written.</source>
        <translation>The records of provision and receipt are kept as 第31条9項・第32条9項 say, the register&apos;s entries while their database exists (第11条⑨). The other ledgers are kept as long as the centre decides (第20条1項(4) 「センターが別途定める保存期間」): the chief officer sets those periods. A change applies to entries written from then on; each entry stays kept by the version in force when it was written.</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions:</translation>
    </message>
    <message>
        <source>Retention periods (第20条・第31条9項)</source>
        <translation>Retention periods (第20条・第31条9項)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Years %1 is kept</source>
        <translation>Years %1 is kept</translation>
    </message>
    <message>
        <source>Centre&apos;s choice: %1</source>
        <translation>Centre&apos;s choice: %1</translation>
    </message>
    <message>
        <source>By the regulation</source>
        <translation>By the regulation</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n year(s)</source>
        <translation>
            <numerusform>%1: %n year(s)</numerusform>
            <numerusform>%1: %n year(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>(Daicho&apos;s defaults)</source>
        <translation>(Daicho&apos;s defaults)</translation>
    </message>
    <message>
        <source>Version %1 of the periods saved. Entries written from now on are kept by it.</source>
        <translation>Version %1 of the periods saved. Entries written from now on are kept by it.</translation>
    </message>
    <message>
        <source>Requests from individuals and their decisions</source>
        <translation>Requests from individuals and their decisions</translation>
    </message>
</context>
<context>
    <name>daicho::RetentionSettings</name>
    <message>
        <source>Daicho&apos;s defaults</source>
        <translation>Daicho&apos;s defaults</translation>
    </message>
    <message>
        <source>Say why the periods change: the reason is kept with them.</source>
        <translation>Say why the periods change: the reason is kept with them.</translation>
    </message>
    <message>
        <source>The period of %1 must be from 1 to 30 years.</source>
        <translation>The period of %1 must be from 1 to 30 years.</translation>
    </message>
    <message>
        <source>The period of %1 is set by the regulation, not by the centre.</source>
        <translation>The period of %1 is set by the regulation, not by the centre.</translation>
    </message>
    <message>
        <source>Nothing was changed, so no new version was saved.</source>
        <translation>Nothing was changed, so no new version was saved.</translation>
    </message>
</context>
<context>
    <name>daicho::Role</name>
    <message>
        <source>Chief officer</source>
        <translation>Chief officer</translation>
    </message>
    <message>
        <source>Acting chief officer</source>
        <translation>Acting chief officer</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Department head</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>daicho::Schema</name>
    <message>
        <source>The expected schema could not be built.</source>
        <translation>The expected schema could not be built.</translation>
    </message>
    <message>
        <source>The database was written with SQLCipher %1, but this installation has %2. Use the Debian 12 sqlcipher package that created it.</source>
        <translation>The database was written with SQLCipher %1, but this installation has %2. Use the Debian 12 sqlcipher package that created it.</translation>
    </message>
    <message>
        <source>The database uses %1-byte pages instead of %2. It was not created by Daicho.</source>
        <translation>The database uses %1-byte pages instead of %2. It was not created by Daicho.</translation>
    </message>
    <message>
        <source>A schema migration is missing from this build.</source>
        <translation>A schema migration is missing from this build.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Daicho (schema %1). Install that version to open it.</source>
        <translation>This database was written by a newer version of Daicho (schema %1). Install that version to open it.</translation>
    </message>
    <message>
        <source>The database holds a schema object that Daicho did not create (%1). Someone who had the key has altered the file; it was not opened for writing. Show this to the auditor and restore from a backup.</source>
        <translation>The database holds a schema object that Daicho did not create (%1). Someone who had the key has altered the file; it was not opened for writing. Show this to the auditor and restore from a backup.</translation>
    </message>
    <message>
        <source>The database lacks a part of its schema (%1). The file has been altered; restore it from a backup.</source>
        <translation>The database lacks a part of its schema (%1). The file has been altered; restore it from a backup.</translation>
    </message>
    <message>
        <source>The table is not audited.</source>
        <translation>The table is not audited.</translation>
    </message>
    <message>
        <source>An audited table has no primary key.</source>
        <translation>An audited table has no primary key.</translation>
    </message>
    <message>
        <source>The file holds no Daicho schema.</source>
        <translation>The file holds no Daicho schema.</translation>
    </message>
    <message>
        <source>A schema upgrade must run inside the sign-in&apos;s transaction.</source>
        <translation>A schema upgrade must run inside the sign-in&apos;s transaction.</translation>
    </message>
</context>
<context>
    <name>daicho::SessionHolder</name>
    <message>
        <source>Daicho is still working for the person signed in (an import, for example). Sign in again when it has finished.</source>
        <translation>Daicho is still working for the person signed in (an import, for example). Sign in again when it has finished.</translation>
    </message>
</context>
<context>
    <name>daicho::Settings</name>
    <message>
        <source>The automatic lock time must be between %1 and %2 minutes.</source>
        <translation>The automatic lock time must be between %1 and %2 minutes.</translation>
    </message>
    <message>
        <source>The checkpoint reminder must be between %1 and %2 days.</source>
        <translation>The checkpoint reminder must be between %1 and %2 days.</translation>
    </message>
    <message>
        <source>Only the chief (事務取扱責任者) sets the centre&apos;s policies.</source>
        <translation>Only the chief (事務取扱責任者) sets the centre&apos;s policies.</translation>
    </message>
</context>
<context>
    <name>daicho::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>When nobody uses Daicho for this long, it locks: every decrypted view is cleared and the password is asked again. Unsaved input is kept for the same person. This applies to everyone who uses this database; the default is %n minute(s).</source>
        <translation>
            <numerusform>When nobody uses Daicho for this long, it locks: every decrypted view is cleared and the password is asked again. Unsaved input is kept for the same person. This applies to everyone who uses this database; the default is %n minute(s).</numerusform>
            <numerusform>When nobody uses Daicho for this long, it locks: every decrypted view is cleared and the password is asked again. Unsaved input is kept for the same person. This applies to everyone who uses this database; the default is %n minute(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock after idle for:</source>
        <translation>&amp;Lock after idle for:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n minute(s) (not saved yet)</source>
        <translation>
            <numerusform>Now: %n minute(s) (not saved yet)</numerusform>
            <numerusform>Now: %n minute(s) (not saved yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n minute(s)</source>
        <translation>
            <numerusform>Now: %n minute(s)</numerusform>
            <numerusform>Now: %n minute(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Ask the auditor for a &amp;checkpoint after:</source>
        <translation>Ask the auditor for a &amp;checkpoint after:</translation>
    </message>
    <message numerus="yes">
        <source>A checkpoint&apos;s printed code, kept away from this PC, is what proves later that the newest entries of the audit trail were not cut off. The start page asks the auditor for one when the last is older than this (default %n days).</source>
        <translation>
            <numerusform>A checkpoint&apos;s printed code, kept away from this PC, is what proves later that the newest entries of the audit trail were not cut off. The start page asks the auditor for one when the last is older than this (default %n days).</numerusform>
            <numerusform>A checkpoint&apos;s printed code, kept away from this PC, is what proves later that the newest entries of the audit trail were not cut off. The start page asks the auditor for one when the last is older than this (default %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. Daicho locks after %n idle minute(s)</source>
        <translation>
            <numerusform>Saved. Daicho locks after %n idle minute(s)</numerusform>
            <numerusform>Saved. Daicho locks after %n idle minute(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>the auditor is asked for a checkpoint after %n day(s).</source>
        <translation>
            <numerusform>the auditor is asked for a checkpoint after %n day(s).</numerusform>
            <numerusform>the auditor is asked for a checkpoint after %n day(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre&apos;s own policies (set by the chief)</source>
        <translation>The centre&apos;s own policies (set by the chief)</translation>
    </message>
    <message>
        <source>A new or changed purpose of data holding sensitive personal information (要配慮個人情報) needs the individuals&apos; &amp;consent</source>
        <translation>A new or changed purpose of data holding sensitive personal information (要配慮個人情報) needs the individuals&apos; &amp;consent</translation>
    </message>
    <message>
        <source>This is the centre&apos;s own policy, not a rule of the regulation. It follows the LINE account&apos;s privacy policy (第4条2項), which binds that account only. The regulation asks that a changed purpose stays within what is reasonably related to the earlier ones (第25条2項) and is made known to the individuals (第28条3項); beyond that, their consent (第26条1項). Removing a purpose never needs consent. Only the chief (事務取扱責任者) changes this policy; each change is kept in the audit trail.</source>
        <translation>This is the centre&apos;s own policy, not a rule of the regulation. It follows the LINE account&apos;s privacy policy (第4条2項), which binds that account only. The regulation asks that a changed purpose stays within what is reasonably related to the earlier ones (第25条2項) and is made known to the individuals (第28条3項); beyond that, their consent (第26条1項). Removing a purpose never needs consent. Only the chief (事務取扱責任者) changes this policy; each change is kept in the audit trail.</translation>
    </message>
</context>
<context>
    <name>daicho::SignIn</name>
    <message>
        <source>The sign-in ID or the password is wrong.</source>
        <translation>The sign-in ID or the password is wrong.</translation>
    </message>
    <message>
        <source>This sign-in ID is locked after %1 failed attempts. Ask the chief officer to unlock it.</source>
        <translation>This sign-in ID is locked after %1 failed attempts. Ask the chief officer to unlock it.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds before trying again.</source>
        <translation>Too many failed attempts. Wait %1 seconds before trying again.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded; sign-in is refused until the folder of the database is writable.</source>
        <translation>The failed attempt could not be recorded; sign-in is refused until the folder of the database is writable.</translation>
    </message>
    <message>
        <source>The key file belongs to a different database.</source>
        <translation>The key file belongs to a different database.</translation>
    </message>
    <message>
        <source>Your key slot is not the one this database recorded for you: the key file (.daicho-keys) is an older copy (from before a password change or reset) or comes from another database. Nothing was opened. Use the current key file, or tell the chief officer.</source>
        <translation>Your key slot is not the one this database recorded for you: the key file (.daicho-keys) is an older copy (from before a password change or reset) or comes from another database. Nothing was opened. Use the current key file, or tell the chief officer.</translation>
    </message>
    <message>
        <source>The key file could not record what you saw of the audit trail: %1</source>
        <translation>The key file could not record what you saw of the audit trail: %1</translation>
    </message>
    <message>
        <source>the signing key in your key slot is not one the audit trail registered for you: the key file (.daicho-keys) was altered or belongs to another database.</source>
        <translation>the signing key in your key slot is not one the audit trail registered for you: the key file (.daicho-keys) was altered or belongs to another database.</translation>
    </message>
    <message>
        <source>the signing key in your key slot was revoked by entry %1: this key file is older than your last password change or reset. Use the current key file.</source>
        <translation>the signing key in your key slot was revoked by entry %1: this key file is older than your last password change or reset. Use the current key file.</translation>
    </message>
    <message>
        <source>The key file holds a key slot (%1) that this database does not record: it was put there outside Daicho. It opens nothing here and the next key rotation leaves it out. Tell the chief officer.</source>
        <translation>The key file holds a key slot (%1) that this database does not record: it was put there outside Daicho. It opens nothing here and the next key rotation leaves it out. Tell the chief officer.</translation>
    </message>
    <message>
        <source>the key file is in an older format than this database has used: it was replaced with an older copy, which no longer records what people last saw of the audit trail.</source>
        <translation>the key file is in an older format than this database has used: it was replaced with an older copy, which no longer records what people last saw of the audit trail.</translation>
    </message>
    <message>
        <source>the key file&apos;s slots or the record of what people last saw of the audit trail were changed outside Daicho (its seal under the database key does not match).</source>
        <translation>the key file&apos;s slots or the record of what people last saw of the audit trail were changed outside Daicho (its seal under the database key does not match).</translation>
    </message>
    <message>
        <source>The audit trail holds an entry changed outside Daicho, which was left out: %1 Tell the auditor.</source>
        <translation>The audit trail holds an entry changed outside Daicho, which was left out: %1 Tell the auditor.</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1 Nothing was written to the database. Tell the auditor, who can check it with “daicho-cli verify”; if it was altered, it is restored from a backup.</source>
        <translation>Sign-in was refused: %1 Nothing was written to the database. Tell the auditor, who can check it with “daicho-cli verify”; if it was altered, it is restored from a backup.</translation>
    </message>
    <message>
        <source>Tell the auditor.</source>
        <translation>Tell the auditor.</translation>
    </message>
    <message>
        <source>Only the chief officer or the acting chief officer can set aside what key slots say was seen.</source>
        <translation>Only the chief officer or the acting chief officer can set aside what key slots say was seen.</translation>
    </message>
    <message>
        <source>No key slot holds a claim about the audit trail that fails: there is nothing to set aside.</source>
        <translation>No key slot holds a claim about the audit trail that fails: there is nothing to set aside.</translation>
    </message>
    <message>
        <source>You set aside what the key slots of %1 said they saw of the audit trail; it is recorded in the trail. Tell the auditor.</source>
        <translation>You set aside what the key slots of %1 said they saw of the audit trail; it is recorded in the trail. Tell the auditor.</translation>
    </message>
    <message>
        <source>the database&apos;s schema version (%1) is lower than the one entry %2 of the audit trail upgraded it to (%3): it was set back outside Daicho, and its upgrade is not run again.</source>
        <translation>the database&apos;s schema version (%1) is lower than the one entry %2 of the audit trail upgraded it to (%3): it was set back outside Daicho, and its upgrade is not run again.</translation>
    </message>
    <message>
        <source>Daicho was updated, and this database is brought up to date at the next sign-in of the chief officer or the acting chief: the update changes the check items of the monitoring sheet, which are theirs to keep (第15条). Ask one of them to sign in first, then sign in again.</source>
        <translation>Daicho was updated, and this database is brought up to date at the next sign-in of the chief officer or the acting chief: the update changes the check items of the monitoring sheet, which are theirs to keep (第15条). Ask one of them to sign in first, then sign in again.</translation>
    </message>
</context>
<context>
    <name>daicho::SignInDialog</name>
    <message>
        <source>Sign in — Daicho</source>
        <translation>Sign in — Daicho</translation>
    </message>
    <message>
        <source>Sign in to the personal-data ledgers</source>
        <translation>Sign in to the personal-data ledgers</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>Use the &amp;recovery key…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>daicho::SignInForm</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Sign-in &amp;ID:</source>
        <translation>Sign-in &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Enter your sign-in ID and password.</source>
        <translation>Enter your sign-in ID and password.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <source>The sign-in ID or the password is not correct.</source>
        <translation>The sign-in ID or the password is not correct.</translation>
    </message>
    <message>
        <source>This ID is locked after too many failed sign-ins. Ask the %1 to unlock it.</source>
        <translation>This ID is locked after too many failed sign-ins. Ask the %1 to unlock it.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second(s).</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n second(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your sign-in ID and password again, then set the claim aside.</source>
        <translation>Type your sign-in ID and password again, then set the claim aside.</translation>
    </message>
    <message>
        <source>Set aside the failing claims and sign in (chief officer)</source>
        <translation>Set aside the failing claims and sign in (chief officer)</translation>
    </message>
</context>
<context>
    <name>daicho::SignInJournal</name>
    <message>
        <source>The sign-in record %1 cannot be written. Check that the folder is writable and the disk is not full.</source>
        <translation>The sign-in record %1 cannot be written. Check that the folder is writable and the disk is not full.</translation>
    </message>
</context>
<context>
    <name>daicho::SlotKdf</name>
    <message>
        <source>The recorded Argon2 settings are unreadable.</source>
        <translation>The recorded Argon2 settings are unreadable.</translation>
    </message>
</context>
<context>
    <name>daicho::SortedFetch</name>
    <message>
        <source>This list has more than %1 entries, too many to sort by this column. Narrow it first (fiscal year, period, department or search), or sort by date.</source>
        <translation>This list has more than %1 entries, too many to sort by this column. Narrow it first (fiscal year, period, department or search), or sort by date.</translation>
    </message>
</context>
<context>
    <name>daicho::StepEditorDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This step: %1</source>
        <translation>This step: %1</translation>
    </message>
    <message>
        <source>The request: %1</source>
        <translation>The request: %1</translation>
    </message>
    <message>
        <source>Items marked (※) are required.</source>
        <translation>Items marked (※) are required.</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Articles: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Record this step (Ctrl+Enter); it cannot be changed afterwards</source>
        <translation>Record this step (Ctrl+Enter); it cannot be changed afterwards</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>What you typed for this step has not been saved. Discard it and close?</source>
        <translation>What you typed for this step has not been saved. Discard it and close?</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the items marked in red.</source>
        <translation>Nothing was saved. Correct the items marked in red.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saving also records this in %1 (%2), signed by you; never write the personal data itself here.</source>
        <translation>Saving also records this in %1 (%2), signed by you; never write the personal data itself here.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A deadline has already passed</source>
        <translation>A deadline has already passed</translation>
    </message>
    <message>
        <source>Counted from the day of receipt (%1), these deadlines have already passed:
%2

Check the day of receipt. Record the request as received on that day?</source>
        <translation>Counted from the day of receipt (%1), these deadlines have already passed:
%2

Check the day of receipt. Record the request as received on that day?</translation>
    </message>
</context>
<context>
    <name>daicho::TransferRules</name>
    <message>
        <source>provision (様式6)</source>
        <translation>provision (様式6)</translation>
    </message>
    <message>
        <source>receipt (様式7)</source>
        <translation>receipt (様式7)</translation>
    </message>
    <message>
        <source>“%1” is marked as left out because the earlier record holds it, yet it is filled in. Either clear it or untick it in “%2”.</source>
        <translation>“%1” is marked as left out because the earlier record holds it, yet it is filled in. Either clear it or untick it in “%2”.</translation>
    </message>
    <message>
        <source>The chosen database holds sensitive personal information (要配慮個人情報). Acquiring it needs the individual&apos;s consent unless an exception applies (規程第27条2項（法20条2項）): choose “%1”.</source>
        <translation>The chosen database holds sensitive personal information (要配慮個人情報). Acquiring it needs the individual&apos;s consent unless an exception applies (規程第27条2項（法20条2項）): choose “%1”.</translation>
    </message>
    <message>
        <source>A later record leaves “%1” out as identical to this one, so it must stay here. Keep it, or correct that record first.</source>
        <translation>A later record leaves “%1” out as identical to this one, so it must stay here. Keep it, or correct that record first.</translation>
    </message>
    <message>
        <source>Choose “%1”: the earlier record that holds what this record leaves out or relies on (規程第31条8項・第32条3項・5項).</source>
        <translation>Choose “%1”: the earlier record that holds what this record leaves out or relies on (規程第31条8項・第32条3項・5項).</translation>
    </message>
    <message>
        <source>A record cannot refer to itself. Choose an earlier record.</source>
        <translation>A record cannot refer to itself. Choose an earlier record.</translation>
    </message>
    <message>
        <source>%1 is not a kept record of %2. Choose a record of that ledger.</source>
        <translation>%1 is not a kept record of %2. Choose a record of that ledger.</translation>
    </message>
    <message>
        <source>%1 was made after this record. Only an earlier record can be referred to.</source>
        <translation>%1 was made after this record. Only an earlier record can be referred to.</translation>
    </message>
    <message>
        <source>%1 was made after this record (%2). Only an earlier record can be referred to.</source>
        <translation>%1 was made after this record (%2). Only an earlier record can be referred to.</translation>
    </message>
    <message>
        <source>The earlier record %1 concerns another party (“%2”). Only a record of the same party can stand for what this one leaves out or confirms as before (規程第31条8項・第32条3項・5項).</source>
        <translation>The earlier record %1 concerns another party (“%2”). Only a record of the same party can stand for what this one leaves out or confirms as before (規程第31条8項・第32条3項・5項).</translation>
    </message>
    <message>
        <source>The earlier record %1 does not hold “%2”, so it cannot be left out. Fill it in here.</source>
        <translation>The earlier record %1 does not hold “%2”, so it cannot be left out. Fill it in here.</translation>
    </message>
</context>
<context>
    <name>daicho::UserAdmin</name>
    <message>
        <source>This user does not exist or has been removed.</source>
        <translation>This user does not exist or has been removed.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>The name is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>Choose the department of a department head or a staff member.</source>
        <translation>Choose the department of a department head or a staff member.</translation>
    </message>
    <message>
        <source>The chosen department does not exist.</source>
        <translation>The chosen department does not exist.</translation>
    </message>
    <message>
        <source>This sign-in ID is reserved.</source>
        <translation>This sign-in ID is reserved.</translation>
    </message>
    <message>
        <source>The sign-in ID %1 is already used (also by removed users). Choose another.</source>
        <translation>The sign-in ID %1 is already used (also by removed users). Choose another.</translation>
    </message>
    <message>
        <source>You cannot change your own role: ask another chief officer, so that the organisation is never left without one.</source>
        <translation>You cannot change your own role: ask another chief officer, so that the organisation is never left without one.</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>You cannot remove yourself.</translation>
    </message>
    <message>
        <source>Change your own password with “Change password”.</source>
        <translation>Change your own password with “Change password”.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>Your key slot is missing from the key file.</source>
        <translation>Your key slot is missing from the key file.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The key file could not be written: %1 The old password stays valid; do the change again.</source>
        <translation>The key file could not be written: %1 The old password stays valid; do the change again.</translation>
    </message>
    <message>
        <source>The person was not removed: the key file could not be written (%1). Nothing was changed; try again.</source>
        <translation>The person was not removed: the key file could not be written (%1). Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>The acting chief officer cannot make, change, remove or reset a chief officer. Ask a chief officer; if none can sign in, use the recovery key.</source>
        <translation>The acting chief officer cannot make, change, remove or reset a chief officer. Ask a chief officer; if none can sign in, use the recovery key.</translation>
    </message>
</context>
<context>
    <name>daicho::UserAdminPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Sign-in ID</source>
        <translation>Sign-in ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>User administration</source>
        <translation>User administration</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked (too many failed sign-ins)</source>
        <translation>Locked (too many failed sign-ins)</translation>
    </message>
    <message>
        <source>Has not changed the initial password</source>
        <translation>Has not changed the initial password</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>%1 was added. They must change the initial password at their first sign-in.</source>
        <translation>%1 was added. They must change the initial password at their first sign-in.</translation>
    </message>
    <message>
        <source>%1 was updated.</source>
        <translation>%1 was updated.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must change it at their next sign-in.</source>
        <translation>The password of %1 was reset. They must change it at their next sign-in.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>Remove a user</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? They can no longer sign in. What they recorded stays in the ledgers and the audit trail under their name.</source>
        <translation>Remove %1 (%2)? They can no longer sign in. What they recorded stays in the ledgers and the audit trail under their name.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 was removed.</translation>
    </message>
    <message>
        <source>Replace the database key</source>
        <translation>Replace the database key</translation>
    </message>
    <message>
        <source>%1 no longer has a key slot, but could have kept a copy of the database key while they had access. Replacing the database key now makes such a copy useless.

Replace the database key now? (Recommended)</source>
        <translation>%1 no longer has a key slot, but could have kept a copy of the database key while they had access. Replacing the database key now makes such a copy useless.

Replace the database key now? (Recommended)</translation>
    </message>
    <message>
        <source>%1 was removed and the database key was replaced.</source>
        <translation>%1 was removed and the database key was replaced.</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>daicho::UserEditorDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Edit a user</source>
        <translation>Edit a user</translation>
    </message>
    <message>
        <source>Letters A–Z, digits and . _ - (up to 32). It cannot be changed later.</source>
        <translation>Letters A–Z, digits and . _ - (up to 32). It cannot be changed later.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Sign-in &amp;ID:</source>
        <translation>Sign-in &amp;ID:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Tell it to the person in private; they must change it at their first sign-in.</source>
        <translation>Tell it to the person in private; they must change it at their first sign-in.</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
</context>
<context>
    <name>daicho::VaultActions</name>
    <message>
        <source>Replace the database key</source>
        <translation>Replace the database key</translation>
    </message>
    <message>
        <source>The database is copied under a new key and every person&apos;s key slot is updated. Passwords stay the same. This takes a little while; nobody else can use the database meanwhile.

Replace the key now?</source>
        <translation>The database is copied under a new key and every person&apos;s key slot is updated. Passwords stay the same. This takes a little while; nobody else can use the database meanwhile.

Replace the key now?</translation>
    </message>
    <message>
        <source>The database key was replaced. Backups made before now still open with the old key files; keep them locked away or destroy them.</source>
        <translation>The database key was replaced. Backups made before now still open with the old key files; keep them locked away or destroy them.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>The backup was written:
%1
%2

Keep both files together; the database cannot be opened without its key file.</source>
        <translation>The backup was written:
%1
%2

Keep both files together; the database cannot be opened without its key file.</translation>
    </message>
    <message>
        <source>These key slots were in the key file but the database does not know them as slots of active people, so they did not receive the new key and were left out: %1. Someone put them there outside Daicho; tell the auditor.</source>
        <translation>These key slots were in the key file but the database does not know them as slots of active people, so they did not receive the new key and were left out: %1. Someone put them there outside Daicho; tell the auditor.</translation>
    </message>
    <message>
        <source>Daicho database</source>
        <translation>Daicho database</translation>
    </message>
</context>
<context>
    <name>daicho::VaultCreator</name>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <source>Enter the chief officer&apos;s name.</source>
        <translation>Enter the chief officer&apos;s name.</translation>
    </message>
    <message>
        <source>A file named %1 already exists. Choose another name; nothing was overwritten.</source>
        <translation>A file named %1 already exists. Choose another name; nothing was overwritten.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written. Choose another folder.</source>
        <translation>The folder %1 does not exist or cannot be written. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>daicho::WelcomeDialog</name>
    <message>
        <source>Daicho — personal-data ledgers</source>
        <translation>Daicho — personal-data ledgers</translation>
    </message>
    <message>
        <source>Which database do you want to use?</source>
        <translation>Which database do you want to use?</translation>
    </message>
    <message>
        <source>Open the &amp;last one: %1</source>
        <translation>Open the &amp;last one: %1</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Open a database…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>&amp;Create a new database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Daicho database</source>
        <translation>Daicho database</translation>
    </message>
</context>
<context>
    <name>daicho::XlsxWriter</name>
    <message>
        <source>The Excel file could not be written (%1). Check that the folder exists, is writable, and the file is not open in Excel.</source>
        <translation>The Excel file could not be written (%1). Check that the folder exists, is writable, and the file is not open in Excel.</translation>
    </message>
</context>
<context>
    <name>daicho::crypto</name>
    <message>
        <source>Decryption failed.</source>
        <translation>Decryption failed.</translation>
    </message>
    <message>
        <source>A key has the wrong size.</source>
        <translation>A key has the wrong size.</translation>
    </message>
    <message>
        <source>A public key is invalid.</source>
        <translation>A public key is invalid.</translation>
    </message>
    <message>
        <source>The cryptographic self-test failed. Daicho cannot run safely on this machine; reinstall the libbotan-2 package.</source>
        <translation>The cryptographic self-test failed. Daicho cannot run safely on this machine; reinstall the libbotan-2 package.</translation>
    </message>
</context>
</TS>
