#include "vault/WelcomeDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/UiSettings.h"
#include "vault/CreateDatabaseDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

WelcomeDialog::WelcomeDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Daicho — personal-data ledgers"));

    auto* heading = new QLabel(tr("Which database do you want to use?"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(8);

    const QString last = UiSettings::lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        auto* recent = new QPushButton(tr("Open the &last one: %1").arg(QFileInfo(last).fileName()), this);
        recent->setObjectName(QStringLiteral("openRecentButton"));
        recent->setToolTip(QDir::toNativeSeparators(last));
        recent->setDefault(true);
        layout->addWidget(recent);
        connect(recent, &QPushButton::clicked, this, [this, last] { openExisting(last); });
    }
    auto* open = new QPushButton(tr("&Open a database…"), this);
    open->setObjectName(QStringLiteral("openDatabaseButton"));
    auto* create = new QPushButton(tr("&Create a new database…"), this);
    create->setObjectName(QStringLiteral("createDatabaseButton"));
    auto* quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitButton"));
    for (QPushButton* button : {open, create, quit}) {
        button->setMinimumHeight(button->sizeHint().height() * 5 / 4);
        layout->addWidget(button);
    }
    setMinimumWidth(400);

    connect(open, &QPushButton::clicked, this, &WelcomeDialog::chooseExisting);
    connect(create, &QPushButton::clicked, this, &WelcomeDialog::createNew);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
}

WelcomeDialog::~WelcomeDialog() = default;

std::unique_ptr<Session> WelcomeDialog::takeCreatedSession()
{
    return std::move(m_created);
}

void WelcomeDialog::openExisting(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("Open a database"), tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_paths = VaultPaths{QFileInfo(path).absoluteFilePath()};
    accept();
}

void WelcomeDialog::chooseExisting()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open a database"), QDir::homePath(),
                                    FileDialog::nameFilter(tr("Daicho database"), QStringLiteral("*.daicho")));
    if (!path.isEmpty())
        openExisting(path);
}

void WelcomeDialog::createNew()
{
    CreateDatabaseDialog dialog(m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_paths = dialog.paths();
    m_created = dialog.takeSession();
    accept();
}

} // namespace daicho
