#pragma once

#include "audit/AuditEntry.h"
#include "audit/KeyRegistry.h"
#include "auth/Role.h"
#include "common/Result.h"
#include "store/Database.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace daicho {

// A person's role and department from one registrar's entry on (第7条2項⑤: the chief
// manages who may do what). The department is unknown for entries written before version 4
// recorded it.
struct Standing {
    std::optional<Role> role;
    std::optional<std::int64_t> departmentId;
    bool departmentKnown = false;
};

// What the audit trail says each person's row of `users` must be, and whether they are
// locked. Only a registrar (chief, acting chief, the recovery key) records a person: each of
// their entries on the row (add, update, remove, password reset, recovery) holds the digest
// of the whole row after the change. A person may change exactly one thing about themselves:
// clear their must-change-password flag, by replacing their initial password
// (user.initial_password_replaced). The lock follows the trail: user.locked after failed
// sign-ins (written by whoever signs in next), lifted only by a registrar (unlock, password
// reset, recovery).
//
// The same rule serves the verifier (every entry, in order) and sign-in (only the entries
// about the person signing in, read through the indexes).
class PeopleRecord
{
public:
    // Takes one entry whose signature was checked against `keys`. Returns the problem when
    // the entry records a person in a way its signer may not.
    std::optional<QString> admit(const AuditEntry& entry, const KeyRegistry& keys);

    // Tampered, naming the person and what differs, unless their row of `users` and their
    // lock are what the trail gives. NotFound when the row does not exist and never did.
    [[nodiscard]] Status check(const Database& db, std::int64_t userId) const;

    // A person's role and department as registrars had recorded them for an entry at `seq`.
    Standing standingAt(std::int64_t userId, std::int64_t seq) const;
    bool knows(std::int64_t userId) const { return m_people.count(userId) > 0; }

    // The record of one person, from the entries about their row and about their lock; each
    // entry it relies on has its hash and signature checked. Tampered when one fails.
    static Result<PeopleRecord> loadPerson(const Database& db, const KeyRegistry& keys, std::int64_t userId);

    // For a service about to act on a person (a registrar changing them, the recovery key
    // restoring them): Tampered unless their record is what registrars last recorded, so
    // that an honest change never vouches for an edit made outside Daicho.
    [[nodiscard]] static Status requireRecorded(const Database& db, std::int64_t userId);

    // The actions that make up a person's record: what loadPerson reads and admit() uses.
    static bool concernsPeople(const AuditEntry& entry);

private:
    struct History {
        std::int64_t vouchSeq = 0;
        QByteArray vouchDigest; // null when the latest registrar's entry removed the row
        bool initialPasswordReplaced = false; // by the person, after vouchSeq
        bool locked = false;
        std::int64_t lockSeq = 0;
        std::vector<std::pair<std::int64_t, Standing>> standings; // from seq on, in order
    };
    std::map<std::int64_t, History> m_people;
};

} // namespace daicho
