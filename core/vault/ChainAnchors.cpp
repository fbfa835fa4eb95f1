#include "vault/ChainAnchors.h"

#include "audit/AuditLog.h"
#include "common/JapaneseCalendar.h"
#include "crypto/Crypto.h"
#include "vault/KeyFileEdit.h"
#include "vault/SlotRecords.h"

#include <QCoreApplication>

namespace daicho::ChainAnchors {

namespace { } // namespace

Result<std::optional<QString>> findProblem(const Database& db, const KeySlotFile& file)
{
    auto stmt = db.prepare(QStringLiteral("SELECT entry_hash FROM audit_log WHERE seq = ?"));
    if (!stmt)
        return stmt.error();
    for (const ChainAnchor& anchor : file.anchors()) {
        const KeySlot* slot = file.find(anchor.slotId);
        if (!slot)
            continue;
        auto recorded = SlotRecords::match(db, slot->id, slot->fingerprint());
        if (!recorded)
            return recorded.error();
        if (recorded.value() == SlotRecords::Match::None)
            continue; // not a slot of this database: it grants nothing and proves nothing
        const QDateTime japan = toJapanTime(QDateTime::fromString(anchor.atUtc, Qt::ISODateWithMs));
        const QString seen =
            formatWareki(japan.date()) + QLatin1Char(' ') + japan.time().toString(QStringLiteral("HH:mm"));
        if (!crypto::verifySignature(slot->signingPublicKey, anchor.signedBytes(file.headerBytes()), anchor.signature))
            return std::optional<QString>(
                QCoreApplication::translate(
                    "daicho::ChainAnchors",
                    "The key file says what %1 last saw of the audit trail, but that record is not signed by %1: it "
                    "was altered outside Daicho.")
                    .arg(anchor.slotId));
        stmt->reset();
        stmt->bind(1, anchor.seq);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<QString>(
                QCoreApplication::translate(
                    "daicho::ChainAnchors",
                    "The audit trail no longer contains entry %1, which %2 saw on %3: its newest entries were cut "
                    "off outside Daicho.")
                    .arg(anchor.seq)
                    .arg(anchor.slotId, seen));
        if (stmt->blob(0) != anchor.entryHash)
            return std::optional<QString>(
                QCoreApplication::translate("daicho::ChainAnchors",
                                            "Entry %1 of the audit trail is not the one %2 saw on %3: the trail "
                                            "was rewritten outside Daicho.")
                    .arg(anchor.seq)
                    .arg(anchor.slotId, seen));
    }
    return std::optional<QString>();
}

Status record(const Session& session)
{
    if (session.user().id == 0 || session.verificationOnly())
        return {}; // the recovery key has no slot to anchor in; a verification writes nothing
    auto head = AuditLog::newest(session.db(), 0, 1);
    if (!head)
        return head.error();
    if (head->isEmpty())
        return {};
    const QByteArray publicKey = crypto::signingPublicKey(session.secrets().signingSeed);
    return editKeyFile(session.paths(), session.secrets().databaseKey, [&](KeySlotFile& file) -> Status {
        const KeySlot* slot = file.find(session.user().login);
        // A slot replaced meanwhile (a password reset in another window) has another key.
        if (!slot || slot->signingPublicKey != publicKey)
            return {};
        ChainAnchor anchor{slot->id,
                           head->first().seq,
                           head->first().entryHash,
                           session.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs),
                           {}};
        anchor.signature = crypto::sign(session.secrets().signingSeed, anchor.signedBytes(file.headerBytes()));
        file.setAnchor(anchor);
        return {};
    });
}

} // namespace daicho::ChainAnchors
