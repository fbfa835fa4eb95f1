#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "store/VaultPaths.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace daicho {

class MessageBanner;
class NewPasswordFields;

// Restores access with the recovery key: the chief (or acting chief) gets a new password,
// the database key is rotated and a new recovery key is shown once (see Recovery).
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(VaultPaths paths, const Clock& clock, QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    std::unique_ptr<Session> takeSession();
    void accept() override;

private:
    VaultPaths m_paths;
    const Clock& m_clock;
    QLineEdit* m_recoveryKey;
    QLineEdit* m_login;
    NewPasswordFields* m_password = nullptr;
    MessageBanner* m_message;
    std::unique_ptr<Session> m_session;
};

} // namespace daicho
