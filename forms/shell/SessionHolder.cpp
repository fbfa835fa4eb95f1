#include "shell/SessionHolder.h"

namespace daicho {

SessionHolder::SessionHolder(VaultPaths paths, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_clock(clock)
{ }

SessionHolder::~SessionHolder() = default;

void SessionHolder::start(std::unique_ptr<Session> session)
{
    if (!session)
        return;
    if (m_session)
        end(EndReason::SignedOut);
    const bool resumed = m_lockedUserId && *m_lockedUserId == session->user().id;
    m_lockedUserId.reset();
    m_lockedLogin.clear();
    m_session = std::move(session);
    emit sessionStarted(resumed);
}

void SessionHolder::end(EndReason reason)
{
    if (!m_session)
        return;
    if (reason == EndReason::Locked) {
        m_lockedUserId = m_session->user().id;
        m_lockedLogin = m_session->user().login;
    } else {
        m_lockedUserId.reset();
        m_lockedLogin.clear();
    }
    emit sessionEnding(reason);
    m_session.reset();
    emit sessionEnded(reason);
}

} // namespace daicho
