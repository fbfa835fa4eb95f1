#include "store/SlotDatabase.h"

#include "store/Schema.h"

namespace daicho {

Result<SlotDatabase> openWithSlot(const QString& path, const KeySlot& slot, UnlockedSlot& unlocked,
                                  const QByteArray& fileHeader)
{
    auto key = openEnvelope(slot, unlocked.agreementKey, fileHeader);
    unlocked.agreementKey.clear(); // wiped: it has done its only job
    if (!key)
        return key.error();
    auto db = Database::open(path, key.value(), Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    DAICHO_TRY(Schema::verify(*db.value()));
    return SlotDatabase{std::move(key.value()), std::move(db.value())};
}

} // namespace daicho
