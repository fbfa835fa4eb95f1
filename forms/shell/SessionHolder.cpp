#include "shell/SessionHolder.h"

#include <QTimer>

#include <utility>

namespace daicho {

SessionHolder::SessionHolder(VaultPaths paths, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_clock(clock)
{ }

SessionHolder::~SessionHolder() = default;

Status SessionHolder::start(std::unique_ptr<Session> session)
{
    if (!session)
        return {};
    // Work on the stack still uses the current session (an import with its progress bar):
    // end() would only defer, and the new session would then be destroyed under that work
    // — or be the one the deferred end ends. The new one closes instead (its keys wiped).
    if (m_session && m_session->inUse())
        return makeError(ErrorCode::Busy, tr("Daicho is still working for the person signed in (an import, for "
                                             "example). Sign in again when it has finished."));
    if (m_session)
        end(EndReason::SignedOut);
    const bool resumed = m_lockedUserId && *m_lockedUserId == session->user().id;
    m_lockedUserId.reset();
    m_lockedLogin.clear();
    m_session = std::move(session);
    emit sessionStarted(resumed);
    return {};
}

void SessionHolder::end(EndReason reason)
{
    if (!m_session)
        return;
    if (m_session->inUse()) {
        // Work on the stack still uses it (an import with its progress bar): end it as soon
        // as that work lets go — a sign-out or quit asked meanwhile wins over a lock.
        if (!m_deferredEnd || *m_deferredEnd == EndReason::Locked)
            m_deferredEnd = reason;
        m_session->whenReleased([this] {
            QTimer::singleShot(0, this, [this] {
                if (const std::optional<EndReason> deferred = std::exchange(m_deferredEnd, std::nullopt))
                    end(*deferred);
            });
        });
        emit sessionEndDeferred(reason);
        return;
    }
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
