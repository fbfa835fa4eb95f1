#pragma once

// The verifier itself, below the permission check: verifyDatabase (vault/) checks who may
// verify, then runs it.
#include "audit/AuditVerifier.h"
#include "store/Database.h"

namespace daicho {

// Checks the whole chain: sequence, hashes, each signature against a key registered in the
// chain itself (starting from the genesis key, registrations signed by a registrar), every
// audited row against the digest of its latest entry, every person as registrars recorded
// them, every ledger row against the person who signed it and what they were allowed to do
// then, and each printed code (checkpoint, page or export) given.
// Result is an error only when the database cannot be read at all.
Result<VerifyReport> verifyAuditTrail(const Database& db, const QList<CheckpointCode>& checkpoints = {},
                                      const VerifyProgress& progress = {});

} // namespace daicho
