#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace daicho {

// The printed code of one position of the audit trail: the entry's seq and a short code
// derived from its hash, e.g. "1234:ABCDE-FGHJK-MNPQR-STVWX-YZ012". The auditor's checkpoints
// print it, and so does every printed page and export (the chain head when it was made), so
// that any paper that left the PC later proves the trail up to that point
// (`daicho-cli verify --checkpoint`).
//
// 125 bits (25 characters of Crockford base 32): two colluding signers would need about 2^62
// tries to make two different trails share a code, where the 80-bit codes printed before
// version 4 (16 characters, still accepted) fell to about 2^40, hours on one GPU.
struct CheckpointCode {
    std::int64_t seq = 0;
    QString code; // upper case, groups joined by '-'

    QString toString() const;
    // Accepts both lengths, with or without dashes, lower case, and O/I/L read for 0/1/1.
    static std::optional<CheckpointCode> parse(const QString& text);
    // Whether `entryHash` (of the entry at seq) gives this code, at this code's length.
    bool matches(const QByteArray& entryHash) const;
};

// The 125-bit code of an entry hash.
QString checkpointCodeForHash(const QByteArray& entryHash);

} // namespace daicho
