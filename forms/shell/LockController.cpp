#include "shell/LockController.h"

#include "auth/Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

namespace daicho {

namespace {

const char* const kKeepsUnsavedInput = "daichoKeepsUnsavedInput";

bool keepsUnsavedInput(const QDialog* dialog)
{
    return dialog->property(kKeepsUnsavedInput).toBool();
}

void cancel(QDialog* dialog)
{
    // A message box answers with its escape button, so a question reads as "no".
    if (auto* box = qobject_cast<QMessageBox*>(dialog); box && box->escapeButton()) {
        box->escapeButton()->click();
        return;
    }
    dialog->reject();
}

} // namespace

LockController::LockController(SessionHolder& holder, QObject* parent)
    : QObject(parent)
    , m_holder(holder)
    , m_idle(holder.clock())
    , m_minutes(Settings::kIdleLockMinutes.defaultValue)
{
    connect(&m_holder, &SessionHolder::sessionStarted, this, &LockController::onSessionStarted);
    connect(&m_holder, &SessionHolder::sessionEnding, this, &LockController::onSessionEnding);
    connect(&m_holder, &SessionHolder::idleLockMinutesChanged, this, &LockController::applyMinutes);
    connect(&m_idle, &IdleWatcher::idleTimedOut, this, &LockController::lockNow);
}

LockController::~LockController() = default;

void LockController::keepUnsavedInput(QDialog* dialog)
{
    dialog->setProperty(kKeepsUnsavedInput, true);
}

int LockController::keptDialogCount() const
{
    int count = 0;
    for (const QPointer<QDialog>& dialog : m_kept)
        count += dialog ? 1 : 0;
    return count;
}

void LockController::lockNow()
{
    m_holder.end(SessionHolder::EndReason::Locked);
}

void LockController::onSessionStarted(bool resumed)
{
    QList<QPointer<QDialog>> kept = std::exchange(m_kept, {});
    for (const QPointer<QDialog>& dialog : kept) {
        if (!dialog)
            continue;
        if (resumed) {
            dialog->show();
            dialog->raise();
        } else {
            // Someone else signed in: the previous person's input is not theirs to see.
            dialog->reject();
            dialog->deleteLater();
        }
    }

    int minutes = Settings::kIdleLockMinutes.defaultValue;
    if (Session* session = m_holder.session()) {
        if (const Result<int> stored = Settings::idleLockMinutes(*session))
            minutes = stored.value();
    }
    applyMinutes(minutes);
    m_idle.start();
}

void LockController::onSessionEnding(SessionHolder::EndReason reason)
{
    m_idle.stop();
    putAwayDialogs(reason == SessionHolder::EndReason::Locked);
}

void LockController::applyMinutes(int minutes)
{
    m_minutes = minutes;
    m_idle.setTimeout(std::chrono::minutes(minutes));
    emit idleLockMinutesChanged(minutes);
}

void LockController::putAwayDialogs(bool keepEditors)
{
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        auto* dialog = qobject_cast<QDialog*>(window);
        if (!dialog || !dialog->isVisible())
            continue;
        if (keepEditors && keepsUnsavedInput(dialog)) {
            // Typed passwords are secrets, not drafts: they go with the keys.
            for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
                if (edit->echoMode() != QLineEdit::Normal)
                    edit->clear();
            }
            dialog->hide();
            m_kept.append(dialog);
        } else {
            cancel(dialog);
        }
    }
}

} // namespace daicho
