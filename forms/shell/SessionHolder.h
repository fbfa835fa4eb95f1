#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

#include <QObject>

#include <memory>
#include <optional>

namespace daicho {

// Owns the one signed-in Session of the application and tells every page when it starts
// and ends. Nothing else keeps a Session: pages and dialogs ask session() each time they
// act, and treat nullptr as "locked", because the session can end (auto-lock) while a
// modal box of theirs is open and their code resumes after it.
class SessionHolder : public QObject
{
    Q_OBJECT

public:
    enum class EndReason { Locked, SignedOut, Quit };
    Q_ENUM(EndReason)

    SessionHolder(VaultPaths paths, const Clock& clock, QObject* parent = nullptr);
    ~SessionHolder() override;

    Session* session() const { return m_session.get(); }
    const VaultPaths& paths() const { return m_paths; }
    const Clock& clock() const { return m_clock; }

    // The sign-in ID of the person whose session was locked (empty after a sign-out):
    // the lock screen offers it, and only that person gets their unsaved input back.
    const QString& lockedLogin() const { return m_lockedLogin; }
    // A lock or sign-out that waits for work holding the session (see sessionEndDeferred).
    std::optional<EndReason> pendingEnd() const { return m_deferredEnd; }

    // Takes a signed-in session, ending the one held (as a sign-out). Emits
    // sessionStarted(resumed), where resumed is true when the same person signs in again
    // after a lock (their unsaved input is restored). Refused (Busy, the new session closed)
    // while work holds the current session in use (Session::InUse).
    Status start(std::unique_ptr<Session> session);
    // Ends the session: sessionEnding (views clear what they show), then the Session is
    // destroyed (keys wiped, database closed), then sessionEnded. While work holds the
    // session in use (Session::InUse), it ends right after that work lets go.
    void end(EndReason reason);

    // Services that change the signed-in person (own password, settings) call these so
    // the status bar and the idle timer follow.
    void notifyUserChanged() { emit userChanged(); }
    void notifyIdleLockMinutesChanged(int minutes) { emit idleLockMinutesChanged(minutes); }

signals:
    void sessionStarted(bool resumed);
    void sessionEnding(daicho::SessionHolder::EndReason reason);
    // A lock or sign-out asked while work holds the session (an import): the session ends when
    // the work lets go, but what is on screen must go now — the person may have walked away.
    void sessionEndDeferred(daicho::SessionHolder::EndReason reason);
    void sessionEnded(daicho::SessionHolder::EndReason reason);
    void userChanged();
    void idleLockMinutesChanged(int minutes);

private:
    VaultPaths m_paths;
    const Clock& m_clock;
    std::unique_ptr<Session> m_session;
    std::optional<UserId> m_lockedUserId;
    std::optional<EndReason> m_deferredEnd; // asked while the session was in use
    QString m_lockedLogin;
};

} // namespace daicho
