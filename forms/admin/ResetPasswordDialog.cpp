#include "admin/ResetPasswordDialog.h"

#include "common/BusyCursor.h"
#include "common/MessageBanner.h"
#include "common/NewPasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

ResetPasswordDialog::ResetPasswordDialog(const QString& login, const QString& displayName, Submit submit,
                                         QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset a password"));
    m_message->setObjectName(QStringLiteral("resetPasswordMessage"));

    auto* explanation = new QLabel(tr("New initial password for %1 (%2). Their old password stops working and "
                                      "they must choose their own at the next sign-in. The reset is recorded in "
                                      "the audit trail.")
                                       .arg(displayName, login),
                                   this);
    explanation->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reset password"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmResetButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    m_password = new NewPasswordFields(this, form, tr("New initial &password:"));
    m_password->setLogin(login);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_password->setFocus();
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::accept()
{
    if (const Status ok = m_password->check(); !ok) {
        m_message->showError(ok.error().message);
        return;
    }
    const Status submitted = [&] {
        BusyCursor busy;
        return m_submit ? m_submit(m_password->password()) : Status();
    }();
    m_password->clear();
    if (!submitted) {
        m_message->showError(submitted.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace daicho
