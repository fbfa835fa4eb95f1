// Cheap Argon2id limits for the test suites only (see core/crypto/Kdf.h): the shipped
// binaries link core/crypto/KdfLimitsProduction.cpp instead.
#include "crypto/Kdf.h"

namespace daicho {

const KdfLimits& kdfLimits()
{
    static const KdfLimits limits{{256, 1, 1}, {64 * 1024, 4, 4}, 0.001, 0.01};
    return limits;
}

} // namespace daicho
