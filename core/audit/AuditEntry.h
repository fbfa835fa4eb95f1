#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace daicho {

// What a service says happened; AuditLog adds time, author, digest, chain and signature.
struct AuditEvent {
    QString action; // e.g. "user.add", "signin.ok" (stable keys, see docs/audit.md)
    QString targetTable; // an audited table, or empty
    QString targetId; // primary key of the row as text, or empty
    QString detail; // key=value;... never personal data of data subjects, never secrets
};

// One stored entry of the chain.
struct AuditEntry {
    std::int64_t seq = 0;
    QString atUtc; // ISO 8601, UTC, milliseconds
    std::optional<std::int64_t> userId;
    std::int64_t keyId = 0;
    QString action;
    QString targetTable;
    QString targetId;
    QByteArray rowDigest; // null when the row no longer exists
    QString detail;
    QByteArray prevHash;
    QByteArray entryHash;
    QByteArray signature;

    // The bytes that entryHash is the SHA-256 of (docs/audit.md).
    QByteArray canonicalBytes() const;
};

} // namespace daicho
