#include "audit/internal/TrailAuthority.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace daicho {

namespace {

QString altered(std::int64_t seq)
{
    return QCoreApplication::translate("daicho::AuditVerifier", "Entry %1 has been altered after it was written.")
        .arg(seq);
}

} // namespace

bool TrailAuthority::signedByRegistrar(const AuditEntry& e) const
{
    if (!m_keys.keyMayRegister(e))
        return false;
    const SigningKeyRecord* signer = m_keys.key(e.keyId);
    if (!signer->userId)
        return true; // the recovery key
    // The first chief's key registers itself (entry 1) and records the organisation and the
    // chief before the chief's own record exists.
    if (signer->registeredAt == 1 && !m_people.recordedBefore(*signer->userId, e.seq))
        return true;
    const Standing standing = m_people.standingAt(*signer->userId, e.seq);
    return standing.role && isRegistrar(*standing.role) && standing.removedAt == 0;
}

// The acting chief stands in for the chief (別紙1 第3条2項), not over them: their key
// registers no key for a chief, and revokes or changes none of a chief's keys; nor does it
// touch the centre's current recovery key (registering one, revoking or demoting it) — else
// they could take over the chief's account, lock the chief out or disarm the recovery key.
// After a recovery the person recovered revokes the spent recovery key, which is no longer the
// current one: that stays allowed.
std::optional<QString> TrailAuthority::actingChiefOverreach(const AuditEntry& e) const
{
    if (!e.userId || !KeyRegistry::isKeyAction(e.action) || e.seq == 1)
        return std::nullopt;
    if (m_people.standingAt(*e.userId, e.seq).role != Role::ActingChief)
        return std::nullopt;
    const auto isChief = [&](std::optional<std::int64_t> person) {
        return person && *person != *e.userId && m_people.standingAt(*person, e.seq).role == Role::Chief;
    };
    std::optional<std::int64_t> owner;
    bool recoveryKey = false;
    if (e.action == QLatin1String("key.register")) {
        owner = auditIdOf(auditDetailValue(e.detail, QStringLiteral("user")));
        recoveryKey = !owner;
    } else if (const auto id = auditIdOf(auditDetailValue(e.detail, QStringLiteral("key")))) {
        const SigningKeyRecord* target = m_keys.key(*id);
        if (!target)
            return std::nullopt; // the registry names an unknown key
        owner = target->userId;
        recoveryKey = !owner && m_keys.isCurrentRecoveryKey(*id);
    }
    if (!isChief(owner) && !recoveryKey)
        return std::nullopt;
    return QCoreApplication::translate("daicho::AuditVerifier",
                                       "Entry %1 by the acting chief officer changes the signing keys of a chief "
                                       "officer or the recovery key, which only a chief officer may do.")
        .arg(e.seq);
}

std::optional<TrailAuthority::Problem> TrailAuthority::admit(const AuditEntry& e)
{
    // Entry 1 is signed by the key it registers: admitted first, then checked.
    if (e.seq == 1) {
        if (auto problem = m_keys.admit(e, true))
            return Problem{*problem, false};
    }
    if (auto problem = m_keys.checkSignature(e))
        return Problem{*problem, false};
    if (e.userId) {
        const Standing signer = m_people.standingAt(*e.userId, e.seq);
        if (signer.removedAt != 0)
            return Problem{QCoreApplication::translate("daicho::AuditVerifier",
                                                       "Entry %1 is signed by person %2, who had been removed by "
                                                       "entry %3.")
                               .arg(e.seq)
                               .arg(*e.userId)
                               .arg(signer.removedAt),
                           false};
    }
    const bool registrar = signedByRegistrar(e);
    if (auto problem = actingChiefOverreach(e))
        return Problem{*problem, true};
    if (e.seq != 1) {
        if (auto problem = m_keys.admit(e, registrar))
            return Problem{*problem, true};
    }
    if (auto problem = m_people.admit(e, registrar))
        return Problem{*problem, true};
    return std::nullopt;
}

Result<TrailAuthority> TrailAuthority::load(const Database& db)
{
    std::vector<AuditEntry> entries;
    auto collect = [&](const AuditEntry& e) -> Status {
        if (e.action != QLatin1String("signin.ok") || e.targetTable != QLatin1String("users"))
            entries.push_back(e);
        return {};
    };
    DAICHO_TRY(AuditLog::forEachEntryWithAction(db,
                                                {QStringLiteral("key.register"), QStringLiteral("key.revoke"),
                                                 QStringLiteral("key.registrar"), QStringLiteral("user.locked"),
                                                 QStringLiteral("user.unlock"), QStringLiteral("signin.failed")},
                                                collect));
    DAICHO_TRY(AuditLog::forEachEntryAboutTable(db, QStringLiteral("users"), collect));
    std::sort(entries.begin(), entries.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.seq < b.seq; });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const AuditEntry& a, const AuditEntry& b) { return a.seq == b.seq; }),
                  entries.end());
    TrailAuthority authority;
    for (const AuditEntry& e : entries) {
        if (crypto::sha256(e.canonicalBytes()) != e.entryHash)
            return makeError(ErrorCode::Tampered, altered(e.seq));
        if (auto problem = authority.admit(e)) {
            if (!problem->ruleOnly)
                return makeError(ErrorCode::Tampered, problem->text);
            authority.m_ignored << problem->text;
        }
    }
    if (!authority.m_keys.key(1) && authority.m_keys.publicKeys().isEmpty())
        return makeError(
            ErrorCode::Tampered,
            QCoreApplication::translate("daicho::AuditVerifier", "The audit trail is empty: it has been erased."));
    return authority;
}

Status TrailAuthority::requireRecordedPerson(const Database& db, std::int64_t userId)
{
    auto authority = load(db);
    if (!authority)
        return authority.error();
    return authority->people().check(db, userId);
}

Status TrailAuthority::requireTrustedRow(const Database& db, const QString& table, const QString& id,
                                         std::optional<std::int64_t> owner) const
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
    if (auto problem = m_keys.checkSignature(e))
        return refused(*problem);
    if (e.userId && m_people.standingAt(*e.userId, e.seq).removedAt != 0)
        return refused(QCoreApplication::translate("daicho::RegistrarRows",
                                                   "entry %1 that records it is signed by a removed person.")
                           .arg(e.seq));
    const bool byOwner = owner && e.userId == owner;
    if (!byOwner && !signedByRegistrar(e))
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

Status TrailAuthority::requireChiefRow(const Database& db, const QString& table, const QString& id) const
{
    DAICHO_TRY(requireTrustedRow(db, table, id));
    auto latest = AuditLog::latestAbout(db, table, id);
    if (!latest)
        return latest.error();
    const AuditEntry& e = *latest.value(); // requireTrustedRow found it
    if (e.userId && m_people.standingAt(*e.userId, e.seq).role == Role::Chief)
        return {};
    return makeError(
        ErrorCode::Tampered,
        QCoreApplication::translate("daicho::RegistrarRows",
                                    "A record (%1 %2) was changed outside Daicho: %3 Tell the auditor and run the "
                                    "verification of the audit trail.")
            .arg(table, id,
                 QCoreApplication::translate("daicho::RegistrarRows",
                                             "entry %1 that records it is not signed by the chief officer.")
                     .arg(e.seq)),
        table + QLatin1Char('/') + id);
}

} // namespace daicho
