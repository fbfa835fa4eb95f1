#pragma once

#include "shell/IdleWatcher.h"
#include "shell/SessionHolder.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QDialog;

namespace daicho {

// Auto-lock (§13): after the idle time set by the chief the session ends (keys wiped,
// database closed; pages clear their views on sessionEnding). Editor dialogs marked with
// keepUnsavedInput() are hidden with what was typed, except passwords, and come back
// only when the same person signs in again; any other dialog is cancelled, so code
// waiting on a modal box resumes with "cancel" and finds no session.
class LockController : public QObject
{
    Q_OBJECT

public:
    explicit LockController(SessionHolder& holder, QObject* parent = nullptr);
    ~LockController() override;

    IdleWatcher& idleWatcher() { return m_idle; }
    int idleLockMinutes() const { return m_minutes; }

    // Marks an editor whose unsaved input survives a lock of the same person.
    static void keepUnsavedInput(QDialog* dialog);
    // Dialogs hidden by the current lock, waiting for their person.
    int keptDialogCount() const;

public slots:
    void lockNow();

signals:
    void idleLockMinutesChanged(int minutes);

private:
    void onSessionStarted(bool resumed);
    void onSessionEnding(SessionHolder::EndReason reason);
    void applyMinutes(int minutes);
    void putAwayDialogs(bool keepEditors);

    SessionHolder& m_holder;
    IdleWatcher m_idle;
    int m_minutes = 0;
    QList<QPointer<QDialog>> m_kept;
};

} // namespace daicho
