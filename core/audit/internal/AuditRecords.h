#pragma once

// The audit trail below the permission check: appending with a bare connection (the new
// database, the recovery key) and reading it (the verifier, sign-in, the services). For core
// only — forms/ and app/ read the trail through AuditTrailView (ctest "layering").
#include "audit/AuditFilter.h"
#include "audit/AuditLog.h"

namespace daicho {

namespace AuditLog {

// Appends one entry signed by the session's person; reads the target row now to record its
// digest. Requires an open transaction (returns Internal otherwise). Returns the entry's seq.
// No permission check of its own: the service that made the change checked it.
Result<std::int64_t> append(Session& session, const AuditEvent& event);
// The same with the target's digest computed by its writer while it wrote the rows (an
// import of a million rows need not read them back; the verifier reads and checks them).
Result<std::int64_t> appendWithDigest(Session& session, const AuditEvent& event,
                                      const std::optional<QByteArray>& digest);
// The same signed by `signer`, on a bare connection (the new database, the recovery key).
Result<std::int64_t> append(Database& db, const Clock& clock, const AuditSigner& signer, const AuditEvent& event);
Result<std::int64_t> appendWithDigest(Database& db, const Clock& clock, const AuditSigner& signer,
                                      const AuditEvent& event, const std::optional<QByteArray>& digest);

// Newest first, `limit` entries with seq < beforeSeq (0 = from the end): keyset paging.
Result<QList<AuditEntry>> newest(const Database& db, std::int64_t beforeSeq, int limit);
// The same, only the entries `filter` keeps (still keyset paging by seq).
Result<QList<AuditEntry>> newest(const Database& db, std::int64_t beforeSeq, int limit, const AuditFilter& filter);
Result<std::int64_t> headSeq(const Database& db);
// Every entry in seq order; stops at the first error `visit` returns.
Status forEachEntry(const Database& db, const std::function<Status(const AuditEntry&)>& visit);
// The entries with one of these actions, in seq order (through the index on action).
Status forEachEntryWithAction(const Database& db, const QStringList& actions,
                              const std::function<Status(const AuditEntry&)>& visit);
// The entries about one row of an audited table, in seq order (through the target index).
Status forEachEntryAbout(const Database& db, const QString& table, const QString& id,
                         const std::function<Status(const AuditEntry&)>& visit);
// The entries about any row of a table, in seq order (through the target index).
Status forEachEntryAboutTable(const Database& db, const QString& table,
                              const std::function<Status(const AuditEntry&)>& visit);
// The latest entry about one row, if any.
Result<std::optional<AuditEntry>> latestAbout(const Database& db, const QString& table, const QString& id);
// The newest `limit` entries one person signed, newest first (through the index on user).
// PersonsActions: what a person did, without sign-ins and the key plumbing that a
// password change or a rotation writes (key.*, keyslot.*).
enum class ActionFilter { All, OnlySignIns, PersonsActions };
Result<QList<AuditEntry>> newestBy(const Database& db, std::int64_t userId, int limit,
                                   ActionFilter filter = ActionFilter::All);

} // namespace AuditLog

// Refuses (Tampered) to change a row whose present state is not what the audit trail last
// recorded: otherwise the entry of an honest change would vouch for an edit made outside
// Daicho. Services call it before they update or delete an audited row.
[[nodiscard]] Status requireUnchanged(const Database& db, const QString& table, const QString& id);

// Digest of one row of an audited table (all columns in declared order, typed), or a null
// QByteArray when the row does not exist.
Result<QByteArray> rowDigest(const Database& db, const QString& table, const QString& id);

} // namespace daicho
