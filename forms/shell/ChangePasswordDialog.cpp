#include "shell/ChangePasswordDialog.h"

#include "auth/Session.h"
#include "auth/UserAdmin.h"
#include "common/BusyCursor.h"
#include "common/MessageBanner.h"
#include "common/NewPasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

ChangePasswordDialog::ChangePasswordDialog(SessionAccess session, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_current(new QLineEdit(this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change your password"));

    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::Required) {
        auto* reason = new QLabel(tr("This is your first sign-in with the password you were given. Choose your own "
                                     "password now; nobody else should know it."),
                                  this);
        reason->setObjectName(QStringLiteral("passwordChangeReason"));
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }

    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setAttribute(Qt::WA_InputMethodEnabled, true);
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));

    auto* form = new QFormLayout;
    auto* currentLabel = new QLabel(tr("&Current password:"), this);
    currentLabel->setBuddy(m_current);
    form->addRow(currentLabel, m_current);
    m_newPassword = new NewPasswordFields(this, form);
    if (Session* s = m_session())
        m_newPassword->setLogin(s->user().login);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&hange password"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(mode == Mode::Required ? tr("Sign &out") : tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_current->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::accept()
{
    Session* session = m_session();
    if (!session) {
        QDialog::reject();
        return;
    }
    if (m_current->text().isEmpty()) {
        m_message->showError(tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    m_newPassword->setLogin(session->user().login);
    if (const Status ok = m_newPassword->check(); !ok) {
        m_message->showError(ok.error().message);
        m_newPassword->setFocus();
        return;
    }
    if (m_current->text() == m_newPassword->password()) {
        m_message->showError(tr("The new password must differ from the current one."));
        m_newPassword->setFocus();
        return;
    }

    m_message->showInfo(tr("Changing the password…"));
    const Status changed = [&] {
        BusyCursor busy;
        return UserAdmin::changeOwnPassword(*session, m_current->text(), m_newPassword->password());
    }();
    m_current->clear();
    if (!changed) {
        m_message->showError(changed.error().message);
        m_current->setFocus();
        return;
    }
    m_newPassword->clear();
    m_message->clearMessage();
    QDialog::accept();
}

bool ChangePasswordDialog::enforceIfRequired(Session& session, QWidget* parent)
{
    if (!session.user().mustChangePassword)
        return true;
    ChangePasswordDialog dialog([&session] { return &session; }, Mode::Required, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace daicho
