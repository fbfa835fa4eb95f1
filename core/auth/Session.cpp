#include "auth/Session.h"

#include "vault/internal/ChainAnchors.h"

namespace daicho {

Session::Session(VaultPaths paths, std::unique_ptr<Database> db, const Clock& clock, UserEntry user, Secrets secrets,
                 QByteArray databaseId)
    : m_paths(std::move(paths))
    , m_db(std::move(db))
    , m_clock(clock)
    , m_user(std::move(user))
    , m_secrets(std::move(secrets))
    , m_databaseId(std::move(databaseId))
{ }

// The person's slot records the head of the trail as they leave it (sign-out, lock, quit,
// the end of a command), so that their own work cut off later is refused at the next
// sign-in of anyone (ChainAnchors). Best effort: a key file that cannot be written now was
// reported at sign-in already. Secrets live in SecureBytes, which wipe themselves; closing
// the connection drops SQLCipher's own copy of the key.
WorkerConnection& Session::worker()
{
    if (!m_worker)
        m_worker = std::make_unique<WorkerConnection>(m_paths.database, m_secrets.databaseKey);
    return *m_worker;
}

Session::~Session()
{
    stopWorker();
    if (m_db)
        (void)ChainAnchors::record(*this);
}

} // namespace daicho
