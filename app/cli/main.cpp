// daicho-cli: the command-line tool. All logic is in daicho_cli_lib (RunCli.h) so that the
// tests can run it in-process; this file only sets up the process.
#include "RunCli.h"

#include "ExitCodes.h"
#include "common/ProcessHardening.h"
#include "crypto/Crypto.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    daicho::hardenProcess(); // before any secret or file exists
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("daicho-cli"));
    daicho::installTranslators(app);

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Known-answer tests first: a broken crypto library must not touch a database.
    if (const daicho::Status selfTest = daicho::crypto::selfTest(); !selfTest) {
        err << "daicho-cli: " << selfTest.error().message << Qt::endl;
        return daicho::toInt(daicho::ExitCode::Internal);
    }

    const daicho::SystemClock clock;
    return daicho::runCli(QCoreApplication::arguments().mid(1), in, out, err, clock);
}
