#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace daicho {

// Passwords: at least 13 characters counted after NFKC (so full-width input counts the
// same as half-width), and not containing the user's sign-in ID.
class PasswordPolicy
{
public:
    static constexpr int kMinimumLength = 13;
    static QString normalise(const QString& password); // NFKC: what is hashed
    // The bytes that are hashed (NFKC, UTF-8) in wiped memory; `typed` and the normalised
    // copy are wiped on the way.
    static SecureBytes secretOf(QString& typed);
    [[nodiscard]] static Status check(const QString& password, const QString& login);
};

// Sign-in IDs: 1–32 characters of A–Z a–z 0–9 . _ -, compared case-insensitively after NFKC.
QString normaliseLogin(const QString& login);
[[nodiscard]] Status checkLogin(const QString& login);

} // namespace daicho
