#include "audit/RegistrarRows.h"

#include "audit/AuditLog.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>

namespace daicho {

Status requireRecordedByRegistrar(const Database& db, const KeyRegistry& keys, const QString& table, const QString& id)
{
    auto refused = [&](const QString& why) {
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::RegistrarRows",
                                                     "A record (%1 %2) was changed outside Daicho: %3 Tell the "
                                                     "auditor and run the verification of the audit trail.")
                             .arg(table, id, why),
                         table + QLatin1Char('/') + id);
    };
    auto latest = AuditLog::latestAbout(db, table, id);
    if (!latest)
        return latest.error();
    if (!latest.value())
        return refused(QCoreApplication::translate("daicho::RegistrarRows", "no entry of the trail records it."));
    const AuditEntry& e = *latest.value();
    if (crypto::sha256(e.canonicalBytes()) != e.entryHash)
        return refused(QCoreApplication::translate("daicho::RegistrarRows", "the entry that records it was altered."));
    if (auto problem = keys.checkSignature(e))
        return refused(*problem);
    if (!keys.signedByRegistrar(e))
        return refused(QCoreApplication::translate("daicho::RegistrarRows",
                                                   "entry %1 that records it is not signed by the chief officer.")
                           .arg(e.seq));
    auto digest = rowDigest(db, table, id);
    if (!digest)
        return digest.error();
    if (digest.value() != e.rowDigest)
        return refused(
            QCoreApplication::translate("daicho::RegistrarRows", "it differs from what entry %1 recorded.").arg(e.seq));
    return {};
}

} // namespace daicho
