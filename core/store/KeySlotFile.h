#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "store/KeySlot.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// The newest position of the audit trail one person saw, signed with the signing key of
// their slot (so nobody else can write it). Kept in the key file, outside the database, so
// that a trail cut back at its end no longer contains it (see vault/ChainAnchors.h).
struct ChainAnchor {
    QString slotId;
    std::int64_t seq = 0;
    QByteArray entryHash; // 32 bytes
    QString atUtc; // when it was recorded, ISO 8601
    QByteArray signature; // Ed25519 over signedBytes()

    QByteArray signedBytes(const QByteArray& fileHeader) const;
};

// The key-slot file beside the database (NAME.daicho-keys). Versioned: a file of another
// format version is refused with a message, never guessed at. Ends with a SHA-256 of
// its contents so that damage is told apart from a wrong password.
//
// Version 2 adds the chain anchors and a MAC over the slots and anchors, keyed from the
// database key: someone who can write the folder but holds no database key cannot add or
// take out a slot or an anchor unseen.
// Version 1 files are read and written back as version 2.
class KeySlotFile
{
public:
    static constexpr quint16 kFormatVersion = 2;
    static constexpr int kDatabaseIdBytes = 16;

    explicit KeySlotFile(QByteArray databaseId = {})
        : m_databaseId(std::move(databaseId))
    { }

    const QByteArray& databaseId() const { return m_databaseId; }
    // Bound into every slot's associated data (always with format version 1 inside, so that
    // slots keep opening across versions of the file).
    QByteArray headerBytes() const;

    const QList<KeySlot>& keySlots() const { return m_slots; }
    const KeySlot* find(const QString& id) const;
    void put(const KeySlot& slot); // adds or replaces by ID; a replaced slot loses its anchor
    bool remove(const QString& id);

    const QList<ChainAnchor>& anchors() const { return m_anchors; }
    const ChainAnchor* anchor(const QString& slotId) const;
    void setAnchor(const ChainAnchor& anchor);
    void removeAnchor(const QString& slotId);

    // Whether the slot list carries a MAC under this database key (false for version 1).
    bool listIsAuthentic(const SecureBytes& databaseKey) const;
    bool hasListMac() const { return !m_listMac.isEmpty(); } // version 2 files
    // The Argon2 settings of the first person's slot: only to make an unknown ID cost what
    // a real one does (new slots take the database's settings, see vault/SlotKdf.h).
    std::optional<KdfParams> firstUserKdf() const;

    // Serialised with the list's MAC computed under `databaseKey`.
    QByteArray serialize(const SecureBytes& databaseKey) const;
    static Result<KeySlotFile> parse(const QByteArray& bytes);

    static Result<KeySlotFile> load(const QString& path);
    // Atomic replacement: temporary file, fsync, rename, fsync of the folder.
    [[nodiscard]] Status save(const QString& path, const SecureBytes& databaseKey) const;

private:
    QByteArray listMac(const SecureBytes& databaseKey) const;

    QByteArray m_databaseId;
    QList<KeySlot> m_slots;
    QList<ChainAnchor> m_anchors;
    QByteArray m_listMac; // as read
};

} // namespace daicho
