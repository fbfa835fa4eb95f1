#pragma once

#include "common/Result.h"
#include "store/KeySlot.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// The key-slot file beside the database (NAME.daicho-keys). Versioned: a file of another
// format version is refused with a message, never guessed at. Ends with a SHA-256 of
// its contents so that damage is told apart from a wrong password.
class KeySlotFile
{
public:
    static constexpr quint16 kFormatVersion = 1;
    static constexpr int kDatabaseIdBytes = 16;

    explicit KeySlotFile(QByteArray databaseId = {})
        : m_databaseId(std::move(databaseId))
    { }

    const QByteArray& databaseId() const { return m_databaseId; }
    // Bound into every slot's associated data.
    QByteArray headerBytes() const;

    const QList<KeySlot>& keySlots() const { return m_slots; }
    const KeySlot* find(const QString& id) const;
    std::optional<KdfParams> userKdf() const; // parameters of the first user slot
    void put(const KeySlot& slot); // adds or replaces by ID
    bool remove(const QString& id);

    QByteArray serialize() const;
    static Result<KeySlotFile> parse(const QByteArray& bytes);

    static Result<KeySlotFile> load(const QString& path);
    // Atomic replacement: temp file, fsync, rename, fsync of the folder.
    [[nodiscard]] Status save(const QString& path) const;

private:
    QByteArray m_databaseId;
    QList<KeySlot> m_slots;
};

// Writes `bytes` to `path` atomically (temp file in the same folder, fsync, rename, fsync
// the folder). On failure the old file is untouched and the temp file removed.
[[nodiscard]] Status writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace daicho
