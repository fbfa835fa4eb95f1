#include "vault/RecoveryDialog.h"

#include "auth/Organisation.h"
#include "auth/PasswordPolicy.h"
#include "common/BusyCursor.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "common/MessageBox.h"
#include "common/NewPasswordFields.h"
#include "vault/Recovery.h"
#include "vault/RecoveryKeyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

RecoveryDialog::RecoveryDialog(VaultPaths paths, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_paths(std::move(paths))
    , m_clock(clock)
    , m_recoveryKey(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Restore access with the recovery key"));

    auto* explanation = new QLabel(
        tr("Use this only when the chief's password is lost. The chief or the acting chief gets the new password "
           "below, the database key is replaced, and a new recovery key is shown once: the old one stops "
           "working."),
        this);
    explanation->setWordWrap(true);

    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_login->setObjectName(QStringLiteral("recoveryLoginEdit"));
    m_message->setObjectName(QStringLiteral("recoveryMessage"));

    auto* form = new QFormLayout;
    auto* keyLabel = new QLabel(tr("Recovery &key:"), this);
    keyLabel->setBuddy(m_recoveryKey);
    auto* loginLabel = new QLabel(tr("Sign-in &ID of the chief or acting chief:"), this);
    loginLabel->setBuddy(m_login);
    form->addRow(keyLabel, m_recoveryKey);
    form->addRow(loginLabel, m_login);
    m_password = new NewPasswordFields(this, form);
    connect(m_login, &QLineEdit::textChanged, m_password, &NewPasswordFields::setLogin);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore access"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("restoreAccessButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

RecoveryDialog::~RecoveryDialog() = default;

std::unique_ptr<Session> RecoveryDialog::takeSession()
{
    return std::move(m_session);
}

void RecoveryDialog::accept()
{
    const QString login = m_login->text().trimmed();
    if (m_recoveryKey->text().trimmed().isEmpty() || login.isEmpty()) {
        m_message->showError(tr("Enter the recovery key and the sign-in ID."));
        return;
    }
    if (const Status loginOk = checkLogin(login); !loginOk) {
        m_message->showError(loginOk.error().message);
        return;
    }
    m_password->setLogin(login);
    if (const Status passwordOk = m_password->check(); !passwordOk) {
        m_message->showError(passwordOk.error().message);
        return;
    }

    m_message->showInfo(tr("Restoring access and replacing the database key…"));
    Result<RecoveredVault> recovered = [&] {
        BusyCursor busy;
        return Recovery::recover(m_paths, m_recoveryKey->text(), login, m_password->password(), m_clock);
    }();
    m_recoveryKey->clear();
    m_password->clear();
    if (!recovered) {
        m_message->showError(recovered.error().message);
        return;
    }
    m_message->clearMessage();

    RecoveredVault vault = std::move(recovered).value();
    const Result<QString> organisation = Organisation::organisationName(*vault.session);
    RecoveryKeyDialog keyDialog(vault.newRecoveryKey, organisation ? organisation.value() : QString(), m_paths.database,
                                japanDate(m_clock.nowUtc()), this);
    vault.newRecoveryKey.fill(u'0');
    keyDialog.exec();
    if (!vault.rotationProblem.isEmpty())
        MessageBox::warning(this, tr("Replace the database key"),
                            tr("The recovery worked, but the database key could not be replaced yet: %1 Replace it "
                               "from the Database menu as soon as possible.")
                                .arg(vault.rotationProblem));
    m_session = std::move(vault.session);
    QDialog::accept();
}

} // namespace daicho
