#pragma once

#include "auth/UserEntry.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/FileLock.h"
#include "store/VaultPaths.h"
#include "store/WorkerConnection.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

namespace daicho {

// The signed-in state of one person on one open database. Every core service takes it:
// it carries who acts (for permissions and audit), the connection, the clock, and the
// secrets unlocked from the person's key slot, wiped when the session ends (sign-out,
// auto-lock, quit).
class Session
{
public:
    // The slot's X25519 private key is not kept: it only opens the envelope at sign-in.
    struct Secrets {
        SecureBytes databaseKey; // 32 bytes
        SecureBytes signingSeed; // Ed25519 seed: signs this person's audit entries
        std::int64_t signingKeyId = 0;
    };

    Session(VaultPaths paths, std::unique_ptr<Database> db, const Clock& clock, UserEntry user, Secrets secrets,
            QByteArray databaseId);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    const VaultPaths& paths() const { return m_paths; }
    // Through a const Session nothing is written: its database only prepares reads.
    const Database& db() const { return *m_db; }
    Database& db() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    const UserEntry& user() const { return m_user; }
    Role role() const { return m_user.role; }
    const QByteArray& databaseId() const { return m_databaseId; }

    // A session opened only to verify the trail of a database sign-in refuses (a record
    // changed outside Daicho, the trail cut short): it writes nothing and may do nothing else.
    bool verificationOnly() const { return m_verificationOnly; }
    // The Argon2 settings of the person's own slot, whose fingerprint the database vouched
    // for at sign-in: new slots take them when the database records none (before version 4).
    const KdfParams& slotKdf() const { return m_slotKdf; }
    // What the person should know about this database right after signing in (a key file
    // that could not be updated, a slot the database does not know): shown on the start page.
    const QStringList& notices() const { return m_notices; }
    // Work that lets the event loop run while it uses the session (an import showing its
    // progress) holds it in use: whoever would end the session then (the auto-lock) waits
    // until the last hold is released, and is told through whenReleased(). Whoever would
    // replace it or swap its database (a new sign-in, a key rotation) is refused meanwhile.
    class InUse
    {
    public:
        explicit InUse(Session& session)
            : m_session(session)
        {
            ++m_session.m_inUse;
        }
        ~InUse()
        {
            if (--m_session.m_inUse == 0 && m_session.m_released)
                std::exchange(m_session.m_released, {})();
        }
        InUse(const InUse&) = delete;
        InUse& operator=(const InUse&) = delete;

    private:
        Session& m_session;
    };
    bool inUse() const { return m_inUse > 0; }
    void whenReleased(std::function<void()> released) { m_released = std::move(released); }

    // Closes the background connection (it opens again on the next count): the session ends,
    // or a rotation is about to swap the file.
    void stopWorker() { m_worker.reset(); }

private:
    // The key material, the person, the connection and the session's worker change only in
    // core (auth/internal/SessionInternals.h): forms/ and app/ hold the session the person
    // signed in with, and no code of theirs can read the keys, act as someone else, swap the
    // connection or run its own query on the worker behind the permission checks.
    friend class SessionInternals;

    // The session's one background connection (opened on first use, see WorkerConnection).
    WorkerConnection& worker();

    VaultPaths m_paths;
    std::unique_ptr<FileLock> m_lock; // released after the connection closes
    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    UserEntry m_user;
    Secrets m_secrets;
    QByteArray m_databaseId;
    bool m_verificationOnly = false;
    KdfParams m_slotKdf;
    QStringList m_notices;
    int m_inUse = 0;
    std::function<void()> m_released;
    std::unique_ptr<WorkerConnection> m_worker; // declared last: stopped first
};

} // namespace daicho
