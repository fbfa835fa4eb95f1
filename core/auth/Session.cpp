#include "auth/Session.h"

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

// Secrets live in SecureBytes, which wipe themselves; closing the connection drops
// SQLCipher's own copy of the key.
Session::~Session() = default;

} // namespace daicho
