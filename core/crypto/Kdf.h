#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

#include <cstdint>

namespace daicho {

struct KdfParams {
    std::uint32_t memoryKiB = 0;
    std::uint32_t passes = 0;
    std::uint32_t lanes = 1;
    bool operator==(const KdfParams&) const = default;
};

// Bounds for Argon2id parameters. Parameters read from a slot file are checked against
// them before the KDF runs, so a planted slot cannot make sign-in trivially cheap or
// exhaust memory. kdfLimits() is defined in exactly one of two translation units: the
// shipped binaries link KdfLimitsProduction.cpp, the tests link their own cheap limits.
struct KdfLimits {
    KdfParams minimum;
    KdfParams maximum;
    double targetSecondsLow = 0.5; // calibration aims between these
    double targetSecondsHigh = 1.5;
};
const KdfLimits& kdfLimits();

[[nodiscard]] Status checkKdfParams(const KdfParams& params);

// Argon2id of `password` with `salt`; fails only on parameters out of bounds.
Result<SecureBytes> deriveKey(const SecureBytes& password, const QByteArray& salt, const KdfParams& params,
                              std::size_t outputLength = 32);

// Measures this machine and returns parameters that take between targetSecondsLow and
// targetSecondsHigh, never below the minimum (memory grows first, then passes).
KdfParams calibrateKdf();

} // namespace daicho
