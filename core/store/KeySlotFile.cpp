#include "store/KeySlotFile.h"

#include "common/ByteCodec.h"
#include "crypto/Crypto.h"
#include "store/PrivateFile.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>

namespace daicho {

namespace {

const QByteArray kMagic = QByteArrayLiteral("DAICHOKS");
constexpr quint16 kSlotAadVersion = 1; // slots are sealed with the version-1 header
constexpr qsizetype kMaxField = 4096;
constexpr std::uint32_t kMaxSlots = 10000;
constexpr int kMacBytes = 32;

// The sizes every slot's fields must have (docs/key-slot-format.md).
constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kKeyBytes = 32;
constexpr qsizetype kNonceBytes = 12;
constexpr qsizetype kTagBytes = 16;

Error damaged(const QString& detail)
{
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate(
                         "daicho::KeySlotFile",
                         "The key file is damaged or has been altered. Restore the key file (.daicho-keys) from "
                         "the same backup as the database."),
                     detail);
}

std::optional<KeySlot> parseSlot(const QByteArray& bytes)
{
    ByteReader s(bytes);
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
    if (!kind || (*kind != 1 && *kind != 2) || !id || id->isEmpty() || !memory || !passes || !lanes || !salt
        || !agreement || !signing || !privateNonce || !privateSealed || !ephemeral || !envelopeNonce || !envelopeSealed
        || s.remaining() != 0)
        return std::nullopt;
    // Every field has its one size: a short key or nonce would make the crypto fail deep
    // inside a rotation or a recovery, where it must not.
    if (salt->size() != kSaltBytes || agreement->size() != kKeyBytes || signing->size() != kKeyBytes
        || privateNonce->size() != kNonceBytes || privateSealed->size() != 2 * kKeyBytes + kTagBytes
        || ephemeral->size() != kKeyBytes || envelopeNonce->size() != kNonceBytes
        || envelopeSealed->size() != kKeyBytes + kTagBytes)
        return std::nullopt;
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
    return slot;
}

std::optional<ChainAnchor> parseAnchor(const QByteArray& bytes)
{
    ByteReader r(bytes);
    const auto slotId = r.lengthPrefixed(kMaxField);
    const auto seq = r.u64();
    const auto hash = r.lengthPrefixed(kMaxField);
    const auto at = r.lengthPrefixed(kMaxField);
    const auto signature = r.lengthPrefixed(kMaxField);
    if (!slotId || !seq || !hash || !at || !signature || r.remaining() != 0 || hash->size() != 32
        || signature->size() != crypto::kSignatureBytes || *seq > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    return ChainAnchor{QString::fromUtf8(*slotId), static_cast<std::int64_t>(*seq), *hash, QString::fromUtf8(*at),
                       *signature};
}

QByteArray anchorBytes(const ChainAnchor& a, bool withSignature)
{
    ByteWriter w;
    w.text(a.slotId);
    w.u64(static_cast<std::uint64_t>(a.seq));
    w.lengthPrefixed(a.entryHash);
    w.text(a.atUtc);
    if (withSignature)
        w.lengthPrefixed(a.signature);
    return w.bytes();
}

QByteArray signedAnchorBytes(const ChainAnchor& a)
{
    return anchorBytes(a, true);
}

// A u32 count, then each item's bytes (`bytesOf` the item), length-prefixed.
template <typename List, typename BytesOf>
void writeCounted(ByteWriter& w, const List& items, BytesOf bytesOf)
{
    w.u32(static_cast<std::uint32_t>(items.size()));
    for (const auto& item : items)
        w.lengthPrefixed(std::invoke(bytesOf, item));
}

} // namespace

QByteArray ChainAnchor::signedBytes(const QByteArray& fileHeader) const
{
    return QByteArrayLiteral("daicho-anchor-v1") + fileHeader + anchorBytes(*this, false);
}

QByteArray KeySlotFile::headerBytes() const
{
    ByteWriter w;
    w.raw(kMagic);
    w.u16(kSlotAadVersion);
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

std::optional<KdfParams> KeySlotFile::firstUserKdf() const
{
    for (const auto& slot : m_slots)
        if (slot.kind == KeySlot::Kind::User)
            return slot.kdf;
    return std::nullopt;
}

void KeySlotFile::put(const KeySlot& slot)
{
    // A new slot has new keys: what the old one anchored was signed by a key it no longer has.
    m_anchors.removeIf([&](const ChainAnchor& a) { return a.slotId == slot.id; });
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
    m_anchors.removeIf([&](const ChainAnchor& a) { return a.slotId == id; });
    return m_slots.removeIf([&](const KeySlot& s) { return s.id == id; }) > 0;
}

const ChainAnchor* KeySlotFile::anchor(const QString& slotId) const
{
    for (const auto& a : m_anchors)
        if (a.slotId == slotId)
            return &a;
    return nullptr;
}

void KeySlotFile::removeAnchor(const QString& slotId)
{
    m_anchors.removeIf([&](const ChainAnchor& a) { return a.slotId == slotId; });
}

void KeySlotFile::setAnchor(const ChainAnchor& anchor)
{
    for (auto& existing : m_anchors) {
        if (existing.slotId == anchor.slotId) {
            existing = anchor;
            return;
        }
    }
    m_anchors.append(anchor);
}

QByteArray KeySlotFile::listMac(const SecureBytes& databaseKey) const
{
    const SecureBytes key =
        crypto::hkdfSha256(databaseKey, m_databaseId, QByteArrayLiteral("daicho key file slot list v1"), 32);
    ByteWriter w;
    w.raw(QByteArrayLiteral("daicho-slot-list-v1"));
    w.raw(headerBytes());
    writeCounted(w, m_slots, &KeySlot::fingerprint);
    // The anchors too: someone who holds no database key cannot take out what people saw.
    writeCounted(w, m_anchors, signedAnchorBytes);
    return crypto::hmacSha256(key, w.bytes());
}

bool KeySlotFile::listIsAuthentic(const SecureBytes& databaseKey) const
{
    return m_listMac.size() == kMacBytes && m_listMac == listMac(databaseKey);
}

QByteArray KeySlotFile::serialize(const SecureBytes& databaseKey) const
{
    ByteWriter w;
    w.raw(kMagic);
    w.u16(kFormatVersion);
    w.u16(0);
    w.raw(m_databaseId);
    writeCounted(w, m_slots, &KeySlot::serialize);
    writeCounted(w, m_anchors, signedAnchorBytes);
    w.lengthPrefixed(listMac(databaseKey));
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
    if (!version || (*version != 1 && *version != kFormatVersion) || !reserved || *reserved != 0)
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
        const auto slot = slotBytes ? parseSlot(*slotBytes) : std::nullopt;
        if (!slot)
            return damaged(QStringLiteral("slot %1").arg(i));
        if (file.find(slot->id))
            return damaged(QStringLiteral("duplicate slot"));
        file.m_slots.append(*slot);
    }
    if (*version >= 2) {
        const auto anchors = r.u32();
        if (!anchors || *anchors > kMaxSlots)
            return damaged(QStringLiteral("anchor count"));
        for (std::uint32_t i = 0; i < *anchors; ++i) {
            const auto anchorBytes = r.lengthPrefixed(kMaxField);
            const auto anchor = anchorBytes ? parseAnchor(*anchorBytes) : std::nullopt;
            if (!anchor || file.anchor(anchor->slotId))
                return damaged(QStringLiteral("anchor %1").arg(i));
            file.m_anchors.append(*anchor);
        }
        const auto mac = r.lengthPrefixed(kMacBytes);
        if (!mac)
            return damaged(QStringLiteral("list MAC"));
        file.m_listMac = *mac;
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

Status KeySlotFile::save(const QString& path, const SecureBytes& databaseKey) const
{
    return writeFileAtomically(path, serialize(databaseKey));
}

} // namespace daicho
