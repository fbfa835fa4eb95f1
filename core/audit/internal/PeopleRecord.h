#pragma once

#include "audit/AuditEntry.h"
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
    std::int64_t removedAt = 0; // seq of the user.remove entry, 0 while the person is active
};

// What the audit trail says each person's row of `users` must be, and whether they are
// locked. Only a registrar (chief, acting chief, the recovery key) records a person: each of
// their entries on the row (add, update, remove, password reset, recovery) holds the digest
// of the whole row after the change. A person may change exactly one thing about themselves:
// clear their must-change-password flag, by replacing their initial password
// (user.initial_password_replaced). The lock follows the trail: user.locked after failed
// sign-ins (written by whoever signs in next), lifted only by a registrar (unlock, password
// reset, recovery). A lock counts only after the failed sign-ins that lock a person
// (SignIn::kLockAfter signin.failed entries naming them since a registrar last lifted one).
//
// TrailAuthority feeds it, for the verifier (every entry) and for sign-in (only the entries
// about people, read through the indexes).
class PeopleRecord
{
public:
    static constexpr int kFailuresThatLock = 10; // SignIn::kLockAfter

    // Takes one entry whose signature was checked; `registrar` says whether its signer was a
    // registrar then. Returns the problem when the entry records a person in a way its signer
    // may not.
    std::optional<QString> admit(const AuditEntry& entry, bool registrar);

    // Tampered, naming the person and what differs, unless their row of `users` and their
    // lock are what the trail gives. NotFound when the row does not exist and never did.
    [[nodiscard]] Status check(const Database& db, std::int64_t userId) const;

    // A person's role and department as registrars had recorded them for an entry at `seq`.
    Standing standingAt(std::int64_t userId, std::int64_t seq) const;
    bool knows(std::int64_t userId) const { return m_people.count(userId) > 0; }
    // Whether a registrar had recorded the person before entry `seq`.
    bool recordedBefore(std::int64_t userId, std::int64_t seq) const;

    // The actions that make up a person's record: what loadPerson reads and admit() uses.
    static bool concernsPeople(const AuditEntry& entry);

private:
    struct History {
        std::int64_t vouchSeq = 0;
        QByteArray vouchDigest; // null when the latest registrar's entry removed the row
        bool initialPasswordReplaced = false; // by the person, after vouchSeq
        bool locked = false;
        std::int64_t lockSeq = 0;
        int failures = 0; // signin.failed naming the person since a registrar last lifted a lock
        std::vector<std::pair<std::int64_t, Standing>> standings; // from seq on, in order
    };
    std::map<std::int64_t, History> m_people;
};

} // namespace daicho
