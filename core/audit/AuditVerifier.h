#pragma once

#include "audit/CheckpointCode.h"
#include "common/Result.h"
#include "store/Database.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace daicho {

struct VerifyReport {
    bool ok = true;
    std::int64_t entriesChecked = 0;
    std::int64_t rowsChecked = 0;
    std::int64_t firstBadSeq = 0; // 0 when the problem is not one entry (a row, a checkpoint)
    QString problem; // translated, names the entry or row
    std::int64_t headSeq = 0;
    QByteArray headHash;
    QList<QByteArray> keyFingerprints; // each registered public key, in order; print with keyFingerprintText()
};

// Checks the whole chain: sequence, hashes, each signature against a key registered in the
// chain itself (starting from the genesis key, registrations signed by a registrar), every
// audited row against the digest of its latest entry, every person as registrars recorded
// them, every ledger row against the person who signed it and what they were allowed to do
// then, and each printed code (checkpoint, page or export) given.
// Result is an error only when the database cannot be read at all.
Result<VerifyReport> verifyAuditTrail(const Database& db, const QList<CheckpointCode>& checkpoints = {});

// Short printable fingerprint of a public key: 8 groups of 4 hex digits.
QString keyFingerprintText(const QByteArray& publicKey);

} // namespace daicho
