#pragma once

#include "audit/AuditEntry.h"
#include "audit/internal/KeyRegistry.h"
#include "audit/internal/PeopleRecord.h"
#include "common/Result.h"
#include "store/Database.h"

#include <QStringList>

#include <optional>

namespace daicho {

// Who the trail says may do what: the signing keys (KeyRegistry) and the people
// (PeopleRecord), which depend on each other. A *registrar* — who registers keys and records
// people — is a key carrying the registrar flag whose owner the trail records as chief or
// acting chief and not removed at that entry (or the recovery key, which has no owner): so
// a demoted or removed chief's key no longer registers anything, whatever the signing_keys
// table says. Entries are admitted in seq order.
class TrailAuthority
{
public:
    struct Problem {
        QString text;
        // The entry is sound (hash, signature) but does what its signer may not: it grants
        // nothing, and sign-in goes on without it. Otherwise the trail itself was altered.
        bool ruleOnly = false;
    };

    // Checks the entry's signature (a key registered in the chain, valid at its seq, owned by
    // its author, whose owner had not been removed) and applies it. Returns the problem, or
    // nothing; an entry with a problem changes nothing. Its own hash must have been checked.
    std::optional<Problem> admit(const AuditEntry& entry);

    bool signedByRegistrar(const AuditEntry& entry) const;
    std::optional<QString> actingChiefOverreach(const AuditEntry& entry) const;
    const KeyRegistry& keys() const { return m_keys; }
    const PeopleRecord& people() const { return m_people; }

    // What sign-in and the services read: only the entries about keys and people (through the
    // index on action and the target index), each with its hash and signature checked.
    // Tampered when one was altered, naming it. An entry signed by its author's own key that
    // does what they may not (a staff member recording themselves as chief) is left out and
    // named in ignored(): it grants nothing, the person it concerns is refused because their
    // record no longer matches, and everyone else is told. The whole chain is the verifier's.
    static Result<TrailAuthority> load(const Database& db);
    const QStringList& ignored() const { return m_ignored; }

    // Tampered unless the person's row and lock are what registrars last recorded. For a
    // service about to act on a person, so that an honest change never vouches for an edit
    // made outside Daicho.
    [[nodiscard]] static Status requireRecordedPerson(const Database& db, std::int64_t userId);

    // Tampered unless the row `table`/`id` is what the latest entry about it recorded, and
    // that entry is sound (its hash, its signature by a key valid then) and signed by a
    // registrar or by `owner`. For rows a decision rests on before the verifier has read the
    // whole trail: the department tree at sign-in, the Argon2 settings of new slots, the key
    // slots a rotation gives the new key.
    [[nodiscard]] Status requireTrustedRow(const Database& db, const QString& table, const QString& id,
                                           std::optional<std::int64_t> owner = std::nullopt) const;
    // As requireTrustedRow, and the entry is signed by a person the trail records as the chief
    // officer at that entry — not the acting chief, not the recovery key: for what only the
    // chief decides (the centre's own policies, 第7条2項①⑧).
    [[nodiscard]] Status requireChiefRow(const Database& db, const QString& table, const QString& id) const;

private:
    KeyRegistry m_keys;
    PeopleRecord m_people;
    QStringList m_ignored;
};

} // namespace daicho
