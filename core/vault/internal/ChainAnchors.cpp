#include "vault/internal/ChainAnchors.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/internal/SessionInternals.h"
#include "common/JapaneseCalendar.h"
#include "crypto/Crypto.h"
#include "vault/KeyFileEdit.h"
#include "vault/internal/SlotRecords.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace daicho::ChainAnchors {

namespace {

// What is wrong with one anchor of a recorded slot, or nothing.
Result<std::optional<QString>> problemOf(Statement& entryHash, const KeySlotFile& file, const KeySlot& slot,
                                         const ChainAnchor& anchor)
{
    const QDateTime japan = toJapanTime(QDateTime::fromString(anchor.atUtc, Qt::ISODateWithMs));
    const QString seen = formatWareki(japan.date()) + QLatin1Char(' ') + japan.time().toString(QStringLiteral("HH:mm"));
    // Daicho anchors only an entry that exists, so never one before the first.
    if (anchor.seq <= 0
        || !crypto::verifySignature(slot.signingPublicKey, anchor.signedBytes(file.headerBytes()), anchor.signature))
        return std::optional<QString>(
            QCoreApplication::translate(
                "daicho::ChainAnchors",
                "The key file says what %1 last saw of the audit trail, but that record is not signed by %1 or "
                "names no entry: it was altered outside Daicho.")
                .arg(anchor.slotId));
    entryHash.reset();
    entryHash.bind(1, anchor.seq);
    auto row = entryHash.step();
    if (!row)
        return row.error();
    // The anchor is signed by its person's own key: either the trail lost what they saw, or
    // they wrote the claim themselves. Both are for the auditor; the chief can set the claim
    // aside (audited) so that work goes on.
    if (!row.value())
        return std::optional<QString>(
            QCoreApplication::translate(
                "daicho::ChainAnchors",
                "The audit trail does not contain entry %1, which the key slot of %2 says they saw on %3: either its "
                "newest entries were cut off outside Daicho, or that claim was written outside Daicho with %2's key. "
                "Tell the auditor; the chief officer can set the claim aside when signing in (daicho-cli anchor "
                "dismiss %2).")
                .arg(anchor.seq)
                .arg(anchor.slotId, seen));
    if (entryHash.blob(0) != anchor.entryHash)
        return std::optional<QString>(
            QCoreApplication::translate(
                "daicho::ChainAnchors",
                "Entry %1 of the audit trail is not the one the key slot of %2 says they saw on %3: either the trail "
                "was rewritten outside Daicho, or that claim was written outside Daicho with %2's key. Tell the "
                "auditor; the chief officer can set the claim aside when signing in (daicho-cli anchor dismiss %2).")
                .arg(anchor.seq)
                .arg(anchor.slotId, seen));
    return std::optional<QString>();
}

} // namespace

// Every anchor of a slot the database records, with its problem (or none); `visit` returns
// false to stop.
static Status forEachRecordedAnchor(const Database& db, const KeySlotFile& file,
                                    const std::function<bool(const ChainAnchor&, const std::optional<QString>&)>& visit)
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
        auto problem = problemOf(stmt.value(), file, *slot, anchor);
        if (!problem)
            return problem.error();
        if (!visit(anchor, problem.value()))
            return {};
    }
    return {};
}

Result<std::optional<AnchorProblem>> findProblem(const Database& db, const KeySlotFile& file)
{
    std::optional<AnchorProblem> first;
    DAICHO_TRY(forEachRecordedAnchor(db, file, [&](const ChainAnchor& anchor, const std::optional<QString>& problem) {
        if (problem)
            first = AnchorProblem{anchor.slotId, *problem};
        return !first;
    }));
    return first;
}

Result<QList<ChainAnchor>> failingClaims(const Database& db, const KeySlotFile& file)
{
    QList<ChainAnchor> failing;
    DAICHO_TRY(forEachRecordedAnchor(db, file, [&](const ChainAnchor& anchor, const std::optional<QString>& problem) {
        if (problem)
            failing << anchor;
        return true;
    }));
    return failing;
}

Result<QStringList> findMissingOrStale(const Database& db, const KeySlotFile& file)
{
    QStringList found;
    // Claims set aside by the chief (anchor.dismiss names the slot in its detail).
    QHash<QString, std::int64_t> dismissals;
    DAICHO_TRY(AuditLog::forEachEntryWithAction(db, {QStringLiteral("anchor.dismiss")}, [&](const AuditEntry& e) {
        dismissals[auditDetailValue(e.detail, QStringLiteral("slot"))] = e.seq;
        return Status{};
    }));
    auto recorded = db.prepare(
        QStringLiteral("SELECT slot_id, user_id FROM key_slots WHERE fingerprint IS NOT NULL ORDER BY slot_id"));
    if (!recorded)
        return recorded.error();
    const Status walked = recorded->forEach([&](Statement&) -> Status {
        const QString slotId = recorded->text(0);
        const KeySlot* slot = file.find(slotId);
        if (!slot) {
            found << QCoreApplication::translate("daicho::ChainAnchors",
                                                 "The key slot of %1, which the database records, is missing from "
                                                 "the key file.")
                         .arg(slotId);
            return Status{};
        }
        if (recorded->isNull(1))
            return Status{}; // the recovery key signs in to nothing
        auto signIns = AuditLog::newestBy(db, recorded->integer(1), 1, AuditLog::ActionFilter::OnlySignIns);
        if (!signIns)
            return signIns.error();
        if (signIns->isEmpty())
            return Status{};
        const std::int64_t lastSignIn = signIns->first().seq;
        const ChainAnchor* anchor = file.anchor(slotId);
        const bool valid = anchor
                           && crypto::verifySignature(slot->signingPublicKey, anchor->signedBytes(file.headerBytes()),
                                                      anchor->signature);
        if (valid && anchor->seq < lastSignIn) {
            found << QCoreApplication::translate("daicho::ChainAnchors",
                                                 "The key slot of %1 records that they last saw entry %2, but they "
                                                 "signed in later (entry %3): the key file was put back from an older "
                                                 "copy.")
                         .arg(slotId)
                         .arg(anchor->seq)
                         .arg(lastSignIn);
            return Status{};
        }
        if (valid)
            return Status{};
        // No anchor: expected only while the slot was replaced (new keys: a password changed or
        // reset, a slot added) or its claim set aside after the person's last sign-in. A key
        // rotation keeps every anchor, so it excuses nothing.
        std::int64_t replaced = 0;
        DAICHO_TRY(AuditLog::forEachEntryAbout(db, QStringLiteral("key_slots"), slotId, [&](const AuditEntry& e) {
            static const QStringList replacing{QStringLiteral("keyslot.add"), QStringLiteral("keyslot.prepare"),
                                               QStringLiteral("keyslot.commit")};
            if (replacing.contains(e.action))
                replaced = e.seq;
            return Status{};
        }));
        if (replaced <= lastSignIn)
            replaced = dismissals.value(slotId, 0);
        if (replaced > lastSignIn)
            return Status{};
        found << QCoreApplication::translate("daicho::ChainAnchors",
                                             "%1 signed in (entry %2), but their key slot records nothing of what they "
                                             "saw: it was taken out of the key file.")
                     .arg(slotId)
                     .arg(lastSignIn);
        return {};
    });
    if (!walked.ok())
        return walked.error();
    return found;
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
    const QByteArray publicKey = crypto::signingPublicKey(SessionInternals::secrets(session).signingSeed);
    return editKeyFile(
        session.paths(), SessionInternals::secrets(session).databaseKey, [&](KeySlotFile& file) -> Status {
            const KeySlot* slot = file.find(session.user().login);
            // A slot replaced meanwhile (a password reset in another window) has another key.
            if (!slot || slot->signingPublicKey != publicKey)
                return {};
            ChainAnchor anchor{slot->id,
                               head->first().seq,
                               head->first().entryHash,
                               session.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs),
                               {}};
            anchor.signature =
                crypto::sign(SessionInternals::secrets(session).signingSeed, anchor.signedBytes(file.headerBytes()));
            file.setAnchor(anchor);
            return {};
        });
}

} // namespace daicho::ChainAnchors
