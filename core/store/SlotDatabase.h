#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/KeySlot.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace daicho {

// A database opened with the key a key slot's envelope holds.
struct SlotDatabase {
    SecureBytes key; // the database key
    std::unique_ptr<Database> db;
};

// Opens the envelope of `slot` with its unlocked agreement key, which is wiped then (it has no
// other use), then the database at `path` with the key the envelope holds. The database must
// hold the schema this build expects (Schema::verify).
Result<SlotDatabase> openWithSlot(const QString& path, const KeySlot& slot, UnlockedSlot& unlocked,
                                  const QByteArray& fileHeader);

} // namespace daicho
