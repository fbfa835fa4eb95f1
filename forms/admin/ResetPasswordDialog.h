#pragma once

#include "common/Result.h"

#include <QDialog>

#include <functional>

namespace daicho {

class MessageBanner;
class NewPasswordFields;

// The chief gives a person a new initial password (they forgot theirs). The person gets
// new keys and must change it at the next sign-in.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const QString& initialPassword)>;

    ResetPasswordDialog(const QString& login, const QString& displayName, Submit submit, QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

    void accept() override;

private:
    Submit m_submit;
    NewPasswordFields* m_password = nullptr;
    MessageBanner* m_message;
};

} // namespace daicho
