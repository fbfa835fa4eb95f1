// Own Catch2 runner: widgets need a QApplication, and the platform must be chosen before
// it exists.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform warns about every window hint it ignores; that noise would hide
// the warnings that matter (QAbstractItemModelTester, failed connections).
void filterMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // Without a display (CI, CTest listing the tests at build time) Qt would abort; the
    // offscreen platform draws into memory and needs nothing.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Source-language (English) texts whatever the machine's language, so tests can match.
    qputenv("DAICHO_LANG", "en");
    g_defaultHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DaichoTests"));
    QApplication::setApplicationName(QStringLiteral("daicho_forms_tests"));
    return Catch::Session().run(argc, argv);
}
