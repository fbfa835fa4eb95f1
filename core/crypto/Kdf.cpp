#include "crypto/Kdf.h"

#include <botan/argon2.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace daicho {

namespace {
constexpr std::uint8_t kArgon2id = 2;
}

Status checkKdfParams(const KdfParams& p)
{
    const KdfLimits& limits = kdfLimits();
    const bool inBounds = p.memoryKiB >= limits.minimum.memoryKiB && p.memoryKiB <= limits.maximum.memoryKiB
                          && p.passes >= limits.minimum.passes && p.passes <= limits.maximum.passes
                          && p.lanes >= limits.minimum.lanes && p.lanes <= limits.maximum.lanes
                          && p.memoryKiB >= 8 * p.lanes;
    if (!inBounds)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::Kdf",
                                                     "The key file asks for password-hashing settings outside the "
                                                     "allowed range. It may have been altered; restore it from a "
                                                     "backup."),
                         QStringLiteral("argon2id m=%1 t=%2 p=%3").arg(p.memoryKiB).arg(p.passes).arg(p.lanes));
    return {};
}

Result<SecureBytes> deriveKey(const SecureBytes& password, const QByteArray& salt, const KdfParams& params,
                              std::size_t outputLength)
{
    DAICHO_TRY(checkKdfParams(params));
    Botan::Argon2 argon(kArgon2id, params.memoryKiB, params.passes, params.lanes);
    SecureBytes out(outputLength);
    argon.derive_key(out.data(), out.size(), reinterpret_cast<const char*>(password.data()), password.size(),
                     reinterpret_cast<const std::uint8_t*>(salt.constData()), static_cast<std::size_t>(salt.size()));
    return out;
}

namespace {

double secondsFor(const KdfParams& params)
{
    SecureBytes password(16, 0x61);
    const QByteArray salt(16, '\x5a');
    QElapsedTimer timer;
    timer.start();
    Botan::Argon2 argon(kArgon2id, params.memoryKiB, params.passes, params.lanes);
    SecureBytes out(32);
    argon.derive_key(out.data(), out.size(), reinterpret_cast<const char*>(password.data()), password.size(),
                     reinterpret_cast<const std::uint8_t*>(salt.constData()), static_cast<std::size_t>(salt.size()));
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

} // namespace

KdfParams calibrateKdf()
{
    const KdfLimits& limits = kdfLimits();
    KdfParams params = limits.minimum;
    double seconds = secondsFor(params);
    const double target = (limits.targetSecondsLow + limits.targetSecondsHigh) / 2;
    // Argon2 time is close to linear in memory × passes: grow memory first (it is what
    // makes guessing expensive on GPUs), then passes, re-measuring after each step.
    for (int step = 0; step < 8 && seconds < limits.targetSecondsLow; ++step) {
        const double factor = std::clamp(target / std::max(seconds, 1e-6), 1.0, 16.0);
        KdfParams next = params;
        const double wantedMemory = static_cast<double>(params.memoryKiB) * factor;
        next.memoryKiB = static_cast<std::uint32_t>(std::min<double>(wantedMemory, limits.maximum.memoryKiB));
        if (next.memoryKiB == params.memoryKiB) {
            const double wantedPasses = std::ceil(static_cast<double>(params.passes) * factor);
            next.passes = static_cast<std::uint32_t>(std::min<double>(wantedPasses, limits.maximum.passes));
        }
        if (next == params)
            break;
        const double nextSeconds = secondsFor(next);
        if (nextSeconds > limits.targetSecondsHigh && seconds >= limits.targetSecondsLow)
            break;
        params = next;
        seconds = nextSeconds;
    }
    return params;
}

} // namespace daicho
