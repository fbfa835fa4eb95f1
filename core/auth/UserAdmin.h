#pragma once

#include "auth/Session.h"
#include "auth/UserEntry.h"
#include "common/Result.h"

#include <QHash>
#include <QList>

namespace daicho {

struct NewUser {
    QString login;
    QString displayName;
    Role role = Role::Staff;
    std::optional<DepartmentId> departmentId;
};

// Managing people (第7条2項⑤). Every call checks the session's permission in core and
// appends to the audit trail in the same transaction as the change. Adding, removing and
// changing a password change key slots only; the database key stays (see KeyRotation).
class UserAdmin
{
public:
    static Result<QList<UserEntry>> listUsers(const Session& session, bool includeRemoved = false);
    static Result<UserEntry> user(const Session& session, UserId id);
    // When each person last signed in (UTC), from the audit trail's sign-in entries; a person
    // who never did is absent. For the chief's list of people: an ID nobody uses any more, or
    // one used at odd times, is seen there.
    static Result<QHash<UserId, QDateTime>> lastSignIns(const Session& session);

    // The person must change `initialPassword` at first sign-in.
    static Result<UserId> addUser(Session& session, const NewUser& user, QString initialPassword);
    // Display name, role and department; the sign-in ID never changes. When the person is the
    // signed-in one, the session takes their record as it now stands.
    static Status updateUser(Session& session, const UserEntry& user);
    // Deactivates the person and removes their slot; their past entries stay attributable.
    // The caller should then offer KeyRotation::rotate.
    static Status removeUser(Session& session, UserId id);
    static Status unlockUser(Session& session, UserId id);
    // The chief sets a new initial password; the person gets new keys (the old signing
    // key is revoked) and must change the password at next sign-in.
    static Status resetPassword(Session& session, UserId id, QString initialPassword);

    // The signed-in person changes their own password (required at first sign-in).
    static Status changeOwnPassword(Session& session, QString currentPassword, QString newPassword);
};

} // namespace daicho
