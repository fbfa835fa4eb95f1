#pragma once

#include <QString>

namespace daicho {

// The files that make up one Daicho database. Losing the key file loses the database:
// backups always carry both.
struct VaultPaths {
    QString database; // NAME.daicho (SQLCipher)

    QString keys() const { return database + QStringLiteral("-keys"); } // key slots
    QString signInJournal() const
    {
        return database + QStringLiteral("-signin");
    } // failed sign-ins, before the key is known
    QString lock() const { return database + QStringLiteral("-lock"); }
    // Present only while a key rotation is under way (see KeyRotation).
    QString rotatingDatabase() const { return database + QStringLiteral(".rotating"); }
    QString rotatingKeys() const { return keys() + QStringLiteral(".rotating"); }
};

} // namespace daicho
