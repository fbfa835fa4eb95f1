#include "audit/AuditEntry.h"

#include "common/ByteCodec.h"

namespace daicho {

QByteArray AuditEntry::canonicalBytes() const
{
    ByteWriter w;
    w.raw(QByteArrayLiteral("daicho-audit-v1"));
    w.u64(static_cast<std::uint64_t>(seq));
    w.text(atUtc);
    w.u8(userId ? 1 : 0);
    w.u64(static_cast<std::uint64_t>(userId.value_or(0)));
    w.u64(static_cast<std::uint64_t>(keyId));
    w.text(action);
    w.text(targetTable);
    w.text(targetId);
    w.lengthPrefixed(rowDigest);
    w.text(detail);
    w.lengthPrefixed(prevHash);
    return w.bytes();
}

} // namespace daicho
