#include "Application.h"

#include "common/MenuTextStyle.h"
#include "common/MessageBox.h"
#include "common/UiSettings.h"
#include "crypto/Crypto.h"
#include "i18n/Translations.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/MainWindow.h"
#include "shell/SessionHolder.h"
#include "shell/SignInDialog.h"
#include "vault/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>

namespace daicho {

Application::Application(QApplication& app)
    : m_app(app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Daicho"));
    QCoreApplication::setApplicationName(QStringLiteral("Daicho"));
    QGuiApplication::setDesktopFileName(QStringLiteral("daicho")); // resources/daicho.desktop
    QCoreApplication::setApplicationVersion(QStringLiteral(DAICHO_VERSION));
}

Application::~Application()
{
    // The window goes first: its pages ask the holder while they are torn down.
    m_window.reset();
    m_holder.reset();
}

int Application::run()
{
    installTranslators(m_app);
    QApplication::setStyle(new MenuTextStyle); // the platform's style, menus not cut short
    applyFont();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Daicho keeps the personal-data ledgers in an encrypted database."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"), tr("The database file (NAME.daicho) to open."));
    parser.process(m_app);

    if (!passesSelfTest())
        return 1;

    VaultPaths paths;
    std::unique_ptr<Session> session;
    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty()) {
        const QFileInfo file(arguments.constFirst());
        if (file.exists())
            paths = VaultPaths{file.absoluteFilePath()};
        else
            MessageBox::warning(nullptr, tr("Open a database"),
                                tr("%1 does not exist. Choose a database or create a new one.")
                                    .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    }
    if (paths.database.isEmpty()) {
        WelcomeDialog welcome(m_clock);
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        paths = welcome.paths();
        session = welcome.takeCreatedSession();
    }

    if (!session) {
        while (!session) {
            SignInDialog signIn(paths, m_clock);
            if (signIn.exec() != QDialog::Accepted)
                return 0;
            session = signIn.takeSession();
            if (session && !ChangePasswordDialog::enforceIfRequired(*session, nullptr))
                session.reset();
        }
    }
    UiSettings::setLastDatabase(paths.database);

    m_holder = std::make_unique<SessionHolder>(paths, m_clock);
    m_window = std::make_unique<MainWindow>(*m_holder);
    if (const Status started = m_holder->start(std::move(session)); !started.ok()) {
        // A new holder holds no session, and start() refuses only to replace one in use.
        MessageBox::critical(nullptr, tr("Daicho cannot start"), started.error().message);
        return 1;
    }
    m_window->show();
    return m_app.exec();
}

void Application::applyFont()
{
    // BIZ UD was designed for legibility (universal design) and prints 人/日/月 correctly;
    // the proportional variant reads best in dialogs and tables.
    const QStringList families = QFontDatabase::families();
    for (const QString& family : {QStringLiteral("BIZ UDPGothic"), QStringLiteral("BIZ UDGothic")}) {
        if (families.contains(family)) {
            QFont font(family);
            font.setPointSizeF(std::max<qreal>(QApplication::font().pointSizeF(), 10.5));
            QApplication::setFont(font);
            return;
        }
    }
}

bool Application::passesSelfTest()
{
    const Status test = crypto::selfTest();
    if (test)
        return true;
    MessageBox::critical(nullptr, tr("Daicho cannot start"),
                         tr("The encryption self-test failed, so Daicho will not open any database on this PC.\n\n"
                            "%1\n\nAsk the person who installed Daicho to check the installation.")
                             .arg(test.error().message));
    return false;
}

} // namespace daicho
