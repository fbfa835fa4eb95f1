#include "shell/LockScreen.h"

#include "auth/PasswordPolicy.h"
#include "common/MessageBox.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/SessionHolder.h"
#include "shell/SignInForm.h"

#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

LockScreen::LockScreen(SessionHolder& holder, QWidget* parent)
    : QWidget(parent)
    , m_holder(holder)
    , m_panel(new QFrame(this))
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_otherUserNote(new QLabel(this))
    , m_form(new SignInForm(holder.paths(), holder.clock(), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_heading->setObjectName(QStringLiteral("lockHeading"));
    m_otherUserNote->setObjectName(QStringLiteral("otherUserNote"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_otherUserNote->setWordWrap(true);

    auto* quit = new QPushButton(tr("&Quit Daicho"), this);
    quit->setObjectName(QStringLiteral("lockQuitButton"));
    quit->setAutoDefault(false);

    auto* panel = static_cast<QFrame*>(m_panel);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setFixedWidth(480);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(24, 24, 24, 24);
    panelLayout->addWidget(m_heading);
    panelLayout->addWidget(m_explanation);
    panelLayout->addSpacing(12);
    panelLayout->addWidget(m_form);
    panelLayout->addWidget(m_otherUserNote);
    panelLayout->addSpacing(12);
    panelLayout->addWidget(quit, 0, Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(panel, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_form, &SignInForm::signedIn, this, &LockScreen::onSignedIn);
    connect(m_form, &SignInForm::messageChanged, this, &LockScreen::fitPanel);
    connect(m_form, &SignInForm::loginEdited, this, [this](const QString& login) {
        const QString locked = m_holder.lockedLogin();
        m_otherUserNote->setVisible(!locked.isEmpty() && normaliseLogin(login.trimmed()) != normaliseLogin(locked));
        fitPanel();
    });
    connect(quit, &QPushButton::clicked, this, &LockScreen::quitRequested);
}

LockScreen::~LockScreen() = default;

void LockScreen::prepare()
{
    QString locked = m_holder.lockedLogin();
    if (const std::optional<SessionHolder::EndReason> pending = m_holder.pendingEnd(); pending && m_holder.session()) {
        // The screen is covered now; the session ends when the work under way lets go.
        if (*pending == SessionHolder::EndReason::Locked)
            locked = m_holder.session()->user().login;
        m_heading->setText(*pending == SessionHolder::EndReason::Locked ? tr("Locked") : tr("Sign in"));
        m_explanation->setText(tr("Daicho finishes the work under way (an import) before it lets anyone sign in. "
                                  "Every decrypted view is hidden meanwhile."));
    } else if (locked.isEmpty()) {
        m_heading->setText(tr("Sign in"));
        m_explanation->setText(tr("Nobody is signed in. Sign in with your own ID to continue."));
    } else {
        m_heading->setText(tr("Locked"));
        m_explanation->setText(tr("Daicho is locked and every decrypted view was cleared. Enter the password to "
                                  "continue where you left off."));
    }
    m_otherUserNote->setText(tr("Signing in as another person discards the unsaved input of %1.").arg(locked));
    m_otherUserNote->hide();
    m_form->setLogin(locked);
    m_form->reset();
    fitPanel();
}

void LockScreen::fitPanel()
{
    // The box layout around the panel sizes it without the wrapped texts' height for its
    // width and would squeeze the form; the panel's width is fixed, so its height is known.
    m_panel->layout()->activate();
    m_panel->setFixedHeight(m_panel->layout()->totalHeightForWidth(m_panel->width()));
}

void LockScreen::onSignedIn()
{
    std::unique_ptr<Session> session = m_form->takeSession();
    if (!session)
        return;
    if (!ChangePasswordDialog::enforceIfRequired(*session, this)) {
        session.reset();
        m_form->reset();
        return;
    }
    if (const Status started = m_holder.start(std::move(session)); !started.ok()) {
        m_form->reset();
        MessageBox::warning(this, tr("Sign in"), started.error().message);
    }
}

} // namespace daicho
