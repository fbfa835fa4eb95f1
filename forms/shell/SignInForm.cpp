#include "shell/SignInForm.h"

#include "auth/Role.h"
#include "auth/SignIn.h"
#include "common/BusyCursor.h"
#include "common/MessageBanner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

SignInForm::SignInForm(VaultPaths paths, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_paths(std::move(paths))
    , m_clock(clock)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
    , m_setAside(new QPushButton(this))
    , m_message(new MessageBanner(this))
{
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_setAside->setObjectName(QStringLiteral("setAsideButton"));
    m_setAside->setAutoDefault(false);
    m_setAside->hide();
    m_message->setObjectName(QStringLiteral("signInMessage"));

    m_login->setMaxLength(32);
    m_login->setInputMethodHints(Qt::ImhPreferLatin | Qt::ImhNoAutoUppercase);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAttribute(Qt::WA_InputMethodEnabled, true);
    // Return in the fields is handled below (ID → password → sign in). As a dialog's default
    // button the same Return would click it a second time, with the password field already
    // emptied by the first try, and replace its message with "enter your ID and password".
    m_signIn->setDefault(false);
    m_signIn->setAutoDefault(false);

    auto* form = new QFormLayout;
    auto* loginLabel = new QLabel(tr("Sign-in &ID:"), this);
    loginLabel->setBuddy(m_login);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(loginLabel, m_login);
    form->addRow(passwordLabel, m_password);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_setAside);
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_signIn);

    connect(m_signIn, &QPushButton::clicked, this, &SignInForm::submit);
    connect(m_setAside, &QPushButton::clicked, this, &SignInForm::submitSettingAside);
    connect(m_login, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &SignInForm::submit);
    connect(m_login, &QLineEdit::textEdited, this, &SignInForm::loginEdited);
    connect(m_message, &MessageBanner::messageChanged, this, &SignInForm::messageChanged);

    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &SignInForm::updateWaiting);
}

SignInForm::~SignInForm() = default;

void SignInForm::setLogin(const QString& login)
{
    m_login->setText(login);
}

QString SignInForm::login() const
{
    return m_login->text().trimmed();
}

void SignInForm::reset()
{
    m_password->clear();
    m_message->clearMessage();
    if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

std::unique_ptr<Session> SignInForm::takeSession()
{
    return std::move(m_session);
}

void SignInForm::submit()
{
    if (m_waitSeconds > 0)
        return;
    const QString login = this->login();
    QString password = m_password->text();
    // The field is emptied at once so the typed password does not stay on screen or in
    // the widget while Argon2id runs.
    m_password->clear();
    if (login.isEmpty() || password.isEmpty()) {
        m_message->showError(tr("Enter your sign-in ID and password."));
        (login.isEmpty() ? m_login : m_password)->setFocus();
        return;
    }

    m_message->showInfo(tr("Checking the password…"));
    m_signIn->setEnabled(false);
    Result<std::unique_ptr<Session>> result = [&] {
        BusyCursor busy;
        return SignIn::signIn(m_paths, login, std::move(password), m_clock);
    }();
    m_signIn->setEnabled(true);
    finish(std::move(result));
}

void SignInForm::submitSettingAside()
{
    const QString login = this->login();
    QString password = m_password->text();
    m_password->clear();
    if (m_setAsideSlot.isEmpty() || login.isEmpty() || password.isEmpty()) {
        m_message->showError(tr("Type your sign-in ID and password again, then set the claim aside."));
        (login.isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    m_message->showInfo(tr("Checking the password…"));
    m_signIn->setEnabled(false);
    m_setAside->setEnabled(false);
    Result<std::unique_ptr<Session>> result = [&] {
        BusyCursor busy;
        return SignIn::signInSettingAsideClaims(m_paths, login, std::move(password), m_clock);
    }();
    m_signIn->setEnabled(true);
    m_setAside->setEnabled(true);
    finish(std::move(result));
}

void SignInForm::finish(Result<std::unique_ptr<Session>> result)
{
    m_setAside->hide();
    m_setAsideSlot.clear();
    if (result.ok()) {
        m_message->clearMessage();
        m_session = std::move(result).value();
        emit signedIn();
        return;
    }

    const Error& error = result.error();
    switch (error.code) {
    case ErrorCode::AuthFailed:
        // Said here, not taken from core, so the two cases can never read differently.
        m_message->showError(tr("The sign-in ID or the password is not correct."));
        break;
    case ErrorCode::TryLater:
        startWaiting(std::max(1, SignIn::secondsUntilNextTry(m_paths, login(), m_clock)));
        break;
    case ErrorCode::AccountLocked:
        m_message->showError(tr("This ID is locked after too many failed sign-ins. Ask the %1 to unlock it.")
                                 .arg(roleDisplayName(Role::Chief)));
        break;
    default:
        m_message->showError(error.message);
        if (error.code == ErrorCode::Tampered && !error.subject.isEmpty()) {
            // Only the chief or acting chief may; core refuses anyone else.
            m_setAsideSlot = error.subject;
            m_setAside->setText(tr("Set aside the failing claims and sign in (chief officer)"));
            m_setAside->show();
        }
        break;
    }
    m_password->setFocus();
}

void SignInForm::startWaiting(int seconds)
{
    m_waitSeconds = seconds;
    m_signIn->setEnabled(false);
    m_waitTimer.start();
    updateWaiting();
}

void SignInForm::updateWaiting()
{
    if (m_waitSeconds <= 0) {
        m_waitTimer.stop();
        m_signIn->setEnabled(true);
        m_message->showInfo(tr("You can try again now."));
        return;
    }
    m_message->showError(tr("Too many failed sign-ins. Try again in %n second(s).", nullptr, m_waitSeconds));
    --m_waitSeconds;
}

} // namespace daicho
