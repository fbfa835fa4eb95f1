#pragma once

#include <QWidget>

class QLabel;

namespace daicho {

class SessionHolder;
class SignInForm;

// What the main window shows while nobody is signed in: after an auto-lock (ロック中,
// the ID of the person who was working is offered) or after a sign-out. Signing in here
// starts a new session in the holder; the first-sign-in password change comes first.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(SessionHolder& holder, QWidget* parent = nullptr);
    ~LockScreen() override;

    // Prepares the form for the state the holder is in (locked or signed out).
    void prepare();
    SignInForm* form() const { return m_form; }

signals:
    void quitRequested();

private:
    void onSignedIn();
    void fitPanel();

    SessionHolder& m_holder;
    QWidget* m_panel;
    QLabel* m_heading;
    QLabel* m_explanation;
    QLabel* m_otherUserNote;
    SignInForm* m_form;
};

} // namespace daicho
