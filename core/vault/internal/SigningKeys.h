#pragma once

#include "auth/Session.h"
#include "common/Result.h"

namespace daicho {

// Registering and revoking Ed25519 signing keys, always by a signed audit entry of a
// registrar (chief, acting chief or the recovery key), inside the caller's transaction.
// AuditVerifier rebuilds the set of valid keys from these entries alone. No permission check
// of its own: the services that change a person or a slot (UserAdmin, Recovery, SlotRecords)
// check first, so it is for core only.
namespace SigningKeys {

Result<std::int64_t> registerKey(Session& session, std::optional<UserId> userId, const QByteArray& publicKey,
                                 bool registrar);
[[nodiscard]] Status revokeKey(Session& session, std::int64_t keyId);
// Revokes every active key of a person.
[[nodiscard]] Status revokeKeysOf(Session& session, UserId userId);
// Grants or withdraws the right to register keys (role change to or from chief).
[[nodiscard]] Status setRegistrar(Session& session, UserId userId, bool registrar);

} // namespace SigningKeys

} // namespace daicho
