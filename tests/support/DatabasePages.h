#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace daicho::test {

// Every page of a database file and of its WAL, decrypted with the raw database key the way
// anyone holding the key and the files could (issue 13 §5): SQLCipher 3 with 4096-byte pages,
// each ending in a reserve of 48 bytes (16-byte IV, 20-byte HMAC-SHA1, padding) and encrypted
// before it with AES-256-CBC, no padding; page 1's first 16 bytes are the file's salt, in the
// clear. A raw key is the AES key itself. The WAL: a 32-byte header, then frames of a 24-byte
// header and one page each. Free pages, stale WAL frames and frames past the last commit are
// read like the others: the bytes are in the files.
struct DecryptedPage {
    QString where; // "file page 7", "WAL frame 3 (page 7)"
    QByteArray bytes; // 4096 bytes; a page 1 keeps its salt in the first 16
};

struct DecryptedFiles {
    QList<DecryptedPage> pages;
    int filePages = 0;
    int walFrames = 0;
    qint64 walBytes = -1; // -1: no WAL file
    // Evidence that the key was right: page 1 of the file carries SQLite's header (page size
    // 4096, reserve 48) and pages begin with a b-tree page type.
    bool headerReadable = false;
    int btreePages = 0;
    QString problem; // a file of a length that is no whole number of pages or frames
};

DecryptedFiles decryptDatabaseFiles(const QString& databasePath, const SecureBytes& key);

// Where the UTF-8 bytes of `text` appear among the decrypted pages.
QStringList placesOf(const DecryptedFiles& files, const QString& text);

} // namespace daicho::test
