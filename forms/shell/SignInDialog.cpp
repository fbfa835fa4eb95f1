#include "shell/SignInDialog.h"

#include "common/AppIcon.h"
#include "shell/SignInForm.h"
#include "vault/RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

SignInDialog::SignInDialog(VaultPaths paths, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_paths(std::move(paths))
    , m_clock(clock)
    , m_form(new SignInForm(m_paths, clock, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — Daicho"));
    setWindowIcon(appIcon());

    auto* heading = new QLabel(tr("Sign in to the personal-data ledgers"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* database = new QLabel(tr("Database: %1").arg(QFileInfo(m_paths.database).fileName()), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setToolTip(QFileInfo(m_paths.database).absoluteFilePath());

    auto* buttons = new QDialogButtonBox(this);
    auto* recovery = buttons->addButton(tr("Use the &recovery key…"), QDialogButtonBox::ActionRole);
    recovery->setObjectName(QStringLiteral("recoveryButton"));
    recovery->setAutoDefault(false);
    auto* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(database);
    layout->addSpacing(8);
    layout->addWidget(m_form);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_form, &SignInForm::signedIn, this, [this] {
        m_session = m_form->takeSession();
        accept();
    });
    connect(recovery, &QPushButton::clicked, this, &SignInDialog::recover);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->reset();
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<Session> SignInDialog::takeSession()
{
    return std::move(m_session);
}

void SignInDialog::recover()
{
    RecoveryDialog dialog(m_paths, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session = dialog.takeSession();
    if (m_session)
        accept();
}

} // namespace daicho
