// Own Catch2 runner: the CLI needs a QCoreApplication (translators, QFile, QProcess).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // English messages whatever the machine's language, so tests can match on text; the
    // real binary gets the same through its environment (CliBinaryTests.cpp).
    qputenv("DAICHO_LANG", "en");
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
