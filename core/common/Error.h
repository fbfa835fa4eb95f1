#pragma once

#include <QString>

namespace daicho {

// Stable codes: the CLI maps them to exit codes (docs/cli.md) and tests match on them.
enum class ErrorCode {
    Ok = 0,
    InvalidInput, // the caller gave something that cannot be used; message says what
    NotFound, // a file, user or row that does not exist
    AuthFailed, // wrong password or unknown user (never says which)
    AccountLocked, // ten failures; the chief must unlock
    TryLater, // too many recent failures; wait and try again
    PasswordChangeRequired,
    PermissionDenied, // the signed-in role may not do this
    NotADatabase, // the file is not a Daicho database, or the key does not fit
    Corrupt, // integrity check failed, truncated file
    Tampered, // schema objects, slots, chain, signatures or digests do not match
    VersionMismatch, // cipher or schema version is not the one this build expects
    Io, // read-only folder, full disk, rename failed
    Busy, // another instance holds the database
    Cancelled, // the person stopped a long task; nothing was changed
    Internal, // a bug: should never reach a user
};

// A failure as data: `message` is translated and shown to people; `detail` is for the
// developer log and never holds personal data or secrets.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    // What a follow-up action would act on, when there is one: the key slot whose claim of
    // what it saw fails, for the sign-in dialog's offer to set it aside.
    QString subject;
};

} // namespace daicho
