#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "store/VaultPaths.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;

namespace daicho {

class MessageBanner;

// Sign-in ID and password, used by the sign-in dialog and the lock screen. A wrong password
// and an unknown ID get the same words; after repeated failures the button waits out the
// delay core asks for, counting down.
class SignInForm : public QWidget
{
    Q_OBJECT

public:
    SignInForm(VaultPaths paths, const Clock& clock, QWidget* parent = nullptr);
    ~SignInForm() override;

    void setLogin(const QString& login);
    QString login() const;
    // Empties the password and the message; focuses the first empty field.
    void reset();

    // The session of the last successful sign-in (once).
    std::unique_ptr<Session> takeSession();

    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }

public slots:
    void submit();
    // After a refusal because a key slot's claim of what it saw fails: the chief or acting
    // chief signs in setting that claim aside (recorded in the trail).
    void submitSettingAside();

signals:
    void signedIn();
    void loginEdited(const QString& login);
    void messageChanged();

private:
    void startWaiting(int seconds);
    void finish(Result<std::unique_ptr<Session>> result);
    void updateWaiting();

    VaultPaths m_paths;
    const Clock& m_clock;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QPushButton* m_setAside;
    QString m_setAsideSlot;
    MessageBanner* m_message;
    QTimer m_waitTimer;
    int m_waitSeconds = 0;
    std::unique_ptr<Session> m_session;
};

} // namespace daicho
