// Linked only into the shipped binaries (daicho, daicho-cli). The test suites link
// tests/support/KdfLimitsForTests.cpp instead, so cheap settings cannot exist in a release.
#include "crypto/Kdf.h"

namespace daicho {

const KdfLimits& kdfLimits()
{
    // Never below 64 MiB and 3 passes (issue #2 §4); at most 2 GiB and 16 passes so a
    // planted slot cannot make the machine swap for minutes.
    static const KdfLimits limits{{64 * 1024, 3, 1}, {2 * 1024 * 1024, 16, 4}, 0.5, 1.5};
    return limits;
}

} // namespace daicho
