#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;

namespace daicho {

class MessageBanner;
class NewPasswordFields;
class Session;

// The signed-in person changes their own password. Forced at the first sign-in (and after
// the chief reset it): then the only other way out is to sign out.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Voluntary, Required };
    // `session` is asked each time: the session can end (auto-lock) while this is open.
    using SessionAccess = std::function<Session*()>;

    ChangePasswordDialog(SessionAccess session, Mode mode, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    void accept() override;

    // Shows the dialog when the person must change the password. Returns false when they
    // would not (the caller then signs them out).
    static bool enforceIfRequired(Session& session, QWidget* parent);

private:
    SessionAccess m_session;
    QLineEdit* m_current;
    NewPasswordFields* m_newPassword = nullptr;
    MessageBanner* m_message;
};

} // namespace daicho
