#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "store/VaultPaths.h"

#include <QDialog>

#include <memory>

namespace daicho {

class SignInForm;

// The first screen after the database is chosen: sign in, or restore access with the
// recovery key when the chief's password is lost.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(VaultPaths paths, const Clock& clock, QWidget* parent = nullptr);
    ~SignInDialog() override;

    SignInForm* form() const { return m_form; }
    // The signed-in session after exec() returned Accepted.
    std::unique_ptr<Session> takeSession();

private:
    void recover();

    VaultPaths m_paths;
    const Clock& m_clock;
    SignInForm* m_form;
    std::unique_ptr<Session> m_session;
};

} // namespace daicho
