#pragma once

#include "audit/CheckpointCode.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace daicho {

// What verifying the trail found (verifyDatabase in vault/DatabaseVerification.h runs it).
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

// How far a verification has come: `done` of `total` steps (the entries of the trail, then
// the entries of the ledgers). Returning false stops it: the result is then an error of
// ErrorCode::Cancelled, and nothing is concluded about the trail.
using VerifyProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

// Short printable fingerprint of a public key: 8 groups of 4 hex digits.
QString keyFingerprintText(const QByteArray& publicKey);

} // namespace daicho
