#include "store/KeySlotFile.h"

#include "common/ByteCodec.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace daicho {

namespace {

const QByteArray kMagic = QByteArrayLiteral("DAICHOKS");
constexpr qsizetype kMaxField = 4096;
constexpr std::uint32_t kMaxSlots = 10000;

Error damaged(const QString& detail)
{
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate(
                         "daicho::KeySlotFile",
                         "The key file is damaged or has been altered. Restore the key file (.daicho-keys) from "
                         "the same backup as the database."),
                     detail);
}

} // namespace

QByteArray KeySlotFile::headerBytes() const
{
    ByteWriter w;
    w.raw(kMagic);
    w.u16(kFormatVersion);
    w.u16(0);
    w.raw(m_databaseId);
    return w.bytes();
}

const KeySlot* KeySlotFile::find(const QString& id) const
{
    for (const auto& slot : m_slots)
        if (slot.id == id)
            return &slot;
    return nullptr;
}

std::optional<KdfParams> KeySlotFile::userKdf() const
{
    for (const auto& slot : m_slots)
        if (slot.kind == KeySlot::Kind::User)
            return slot.kdf;
    return std::nullopt;
}

void KeySlotFile::put(const KeySlot& slot)
{
    for (auto& existing : m_slots) {
        if (existing.id == slot.id) {
            existing = slot;
            return;
        }
    }
    m_slots.append(slot);
}

bool KeySlotFile::remove(const QString& id)
{
    return m_slots.removeIf([&](const KeySlot& s) { return s.id == id; }) > 0;
}

QByteArray KeySlotFile::serialize() const
{
    ByteWriter w;
    w.raw(headerBytes());
    w.u32(static_cast<std::uint32_t>(m_slots.size()));
    for (const auto& slot : m_slots)
        w.lengthPrefixed(slot.serialize());
    QByteArray out = w.bytes();
    out.append(crypto::sha256(out));
    return out;
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& bytes)
{
    if (bytes.size() < kMagic.size() + 4 + kDatabaseIdBytes + 4 + 32 || !bytes.startsWith(kMagic))
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate(
                             "daicho::KeySlotFile",
                             "The key file is not a Daicho key file. Choose the .daicho-keys file that belongs to "
                             "the database."),
                         QStringLiteral("bad magic or size %1").arg(bytes.size()));
    const QByteArray body = bytes.left(bytes.size() - 32);
    if (crypto::sha256(body) != bytes.right(32))
        return damaged(QStringLiteral("checksum"));
    ByteReader r(body);
    r.raw(kMagic.size());
    const auto version = r.u16();
    const auto reserved = r.u16();
    if (!version || *version != kFormatVersion || !reserved || *reserved != 0)
        return makeError(ErrorCode::VersionMismatch,
                         QCoreApplication::translate(
                             "daicho::KeySlotFile",
                             "The key file was written by a different version of Daicho (format %1). Use the "
                             "version that created it.")
                             .arg(version.value_or(0)));
    KeySlotFile file(r.raw(kDatabaseIdBytes).value_or(QByteArray()));
    const auto count = r.u32();
    if (!count || *count > kMaxSlots)
        return damaged(QStringLiteral("slot count"));
    for (std::uint32_t i = 0; i < *count; ++i) {
        const auto slotBytes = r.lengthPrefixed(64 * 1024);
        if (!slotBytes)
            return damaged(QStringLiteral("slot %1 length").arg(i));
        ByteReader s(*slotBytes);
        KeySlot slot;
        const auto kind = s.u8();
        const auto id = s.lengthPrefixed(kMaxField);
        const auto memory = s.u32();
        const auto passes = s.u32();
        const auto lanes = s.u32();
        const auto salt = s.lengthPrefixed(kMaxField);
        const auto agreement = s.lengthPrefixed(kMaxField);
        const auto signing = s.lengthPrefixed(kMaxField);
        const auto privateNonce = s.lengthPrefixed(kMaxField);
        const auto privateSealed = s.lengthPrefixed(kMaxField);
        const auto ephemeral = s.lengthPrefixed(kMaxField);
        const auto envelopeNonce = s.lengthPrefixed(kMaxField);
        const auto envelopeSealed = s.lengthPrefixed(kMaxField);
        if (!kind || (*kind != 1 && *kind != 2) || !id || !memory || !passes || !lanes || !salt || !agreement
            || !signing || !privateNonce || !privateSealed || !ephemeral || !envelopeNonce || !envelopeSealed
            || s.remaining() != 0)
            return damaged(QStringLiteral("slot %1 fields").arg(i));
        slot.kind = static_cast<KeySlot::Kind>(*kind);
        slot.id = QString::fromUtf8(*id);
        slot.kdf = {*memory, *passes, *lanes};
        slot.salt = *salt;
        slot.agreementPublicKey = *agreement;
        slot.signingPublicKey = *signing;
        slot.privateNonce = *privateNonce;
        slot.privateSealed = *privateSealed;
        slot.envelopeEphemeralKey = *ephemeral;
        slot.envelopeNonce = *envelopeNonce;
        slot.envelopeSealed = *envelopeSealed;
        if (file.find(slot.id))
            return damaged(QStringLiteral("duplicate slot"));
        file.m_slots.append(slot);
    }
    if (r.remaining() != 0)
        return damaged(QStringLiteral("trailing bytes"));
    return file;
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "daicho::KeySlotFile",
                             "The key file %1 is missing. It must lie beside the database; restore it from the "
                             "same backup as the database.")
                             .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("daicho::KeySlotFile", "The key file %1 cannot be read. Check its permissions.")
                .arg(path));
    if (file.size() > 64 * 1024 * 1024)
        return damaged(QStringLiteral("too large"));
    return parse(file.readAll());
}

Status KeySlotFile::save(const QString& path) const
{
    return writeFileAtomically(path, serialize());
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const QString temp = path + QStringLiteral(".tmp");
    auto failure = [&](const QString& detail) {
        QFile::remove(temp);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "daicho::KeySlotFile",
                             "The file %1 could not be written (disk full or folder not writable). Nothing was "
                             "changed.")
                             .arg(path),
                         detail);
    };
    QFile::remove(temp);
    {
        QFile out(temp);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failure(out.errorString());
        // Key files and journals are for this OS user only.
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (out.write(bytes) != bytes.size() || !out.flush())
            return failure(out.errorString());
        if (::fsync(out.handle()) != 0)
            return failure(QStringLiteral("fsync"));
        out.close();
        if (out.error() != QFileDevice::NoError)
            return failure(out.errorString());
    }
    const QByteArray from = QFile::encodeName(temp);
    const QByteArray to = QFile::encodeName(path);
    if (::rename(from.constData(), to.constData()) != 0)
        return failure(QStringLiteral("rename"));
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace daicho
