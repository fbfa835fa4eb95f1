#pragma once

#include "common/Error.h"

namespace daicho {

// The exit status of daicho-cli. The numbers are part of the tool's interface (scripts
// and docs/cli.md rely on them): never renumber, only add.
enum class ExitCode : int {
    Ok = 0,
    Usage = 1, // bad arguments, or input that cannot be used (short password, ...)
    AuthFailed = 2, // wrong password or unknown ID (never says which)
    Unavailable = 3, // account locked, too many tries (wait), password change required, busy
    PermissionDenied = 4, // the signed-in role may not do this
    NotFound = 5, // no such file, not a Daicho database, no such user
    Tampered = 6, // verification failed, tampering or damage detected
    Io = 7, // read-only folder, full disk, rename failed
    VersionMismatch = 8, // cipher or schema version is not the one this build expects
    Internal = 9, // a bug or a failed crypto self-test
};

// The one table from ErrorCode to exit status.
constexpr ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok:
        return ExitCode::Ok;
    case ErrorCode::InvalidInput:
        return ExitCode::Usage;
    case ErrorCode::AuthFailed:
        return ExitCode::AuthFailed;
    case ErrorCode::AccountLocked:
    case ErrorCode::TryLater:
    case ErrorCode::PasswordChangeRequired:
    case ErrorCode::Busy:
    case ErrorCode::Cancelled:
        return ExitCode::Unavailable;
    case ErrorCode::PermissionDenied:
        return ExitCode::PermissionDenied;
    case ErrorCode::NotFound:
    case ErrorCode::NotADatabase:
        return ExitCode::NotFound;
    case ErrorCode::Corrupt:
    case ErrorCode::Tampered:
        return ExitCode::Tampered;
    case ErrorCode::Io:
        return ExitCode::Io;
    case ErrorCode::VersionMismatch:
        return ExitCode::VersionMismatch;
    case ErrorCode::Internal:
        return ExitCode::Internal;
    }
    return ExitCode::Internal;
}

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace daicho
