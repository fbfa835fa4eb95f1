#pragma once

// What of a Session only core may read or change: the key material, the person it acts as,
// its connection, file lock and worker, and what sign-in records on it. A public mutator
// would let any page act as someone else (a role raised in memory passes every permission
// check), take the connection, or post its own query to the worker; a public secrets() would
// hand the database key to whoever holds a const Session. forms/ and app/ never include this
// header (ctest "layering: forms and app reach no core internal header").
#include "auth/Session.h"

#include <memory>
#include <utility>

namespace daicho {

class SessionInternals
{
public:
    static const Session::Secrets& secrets(const Session& session) { return session.m_secrets; }
    // Replaced when the person's signing key (a password change) or the database key (a
    // rotation) changes; the worker's copy of the old key is dropped with it.
    static void replaceSecrets(Session& session, Session::Secrets secrets)
    {
        session.stopWorker();
        session.m_secrets = std::move(secrets);
    }

    // The person as the database now records them (see UserAdmin, VaultCreator).
    static void setUser(Session& session, UserEntry user) { session.m_user = std::move(user); }

    // Closes the connection (a rotation swaps the file underneath; recovery hands the
    // connection to the person's new session).
    static std::unique_ptr<Database> takeDatabase(Session& session) { return std::move(session.m_db); }
    static void setDatabase(Session& session, std::unique_ptr<Database> db) { session.m_db = std::move(db); }

    // The shared lock on the database held for the session's lifetime (see FileLock).
    static void attachLock(Session& session, std::unique_ptr<FileLock> lock) { session.m_lock = std::move(lock); }
    static FileLock* lock(Session& session) { return session.m_lock.get(); }

    // The session's one background connection (opened on first use, see WorkerConnection).
    static WorkerConnection& worker(Session& session) { return session.worker(); }

    // What sign-in learnt: the settings of the person's own slot, what to tell them, and
    // whether the session may only verify the trail.
    static void setSlotKdf(Session& session, const KdfParams& kdf) { session.m_slotKdf = kdf; }
    static void addNotice(Session& session, const QString& notice) { session.m_notices << notice; }
    static void setVerificationOnly(Session& session) { session.m_verificationOnly = true; }
};

} // namespace daicho
