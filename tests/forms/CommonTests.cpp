#include "FormsTestSupport.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/inotify.h>
#include <unistd.h>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("a test answers the next message box instead of blocking on it", "[forms][common]")
{
    MessageBox::setNextAnswer(MessageBox::Button::Yes);
    CHECK(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("Go on?")) == MessageBox::Button::Yes);
    CHECK(MessageBox::lastText() == QStringLiteral("Go on?"));
}

// The file dialog lists the database's folder without opening its files: closing any
// descriptor of the open database would drop SQLite's POSIX locks in this process, and
// another Daicho process would then delete the WAL under an import (SIGBUS).
TEST_CASE("the file dialog's types and icons open no file of the folder it lists", "[forms][common][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("centre.daicho"));
    {
        QFile file(database);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a')); // content no suffix explains: Qt would sniff it
    }
    const int watch = inotify_init1(IN_NONBLOCK);
    REQUIRE(watch >= 0);
    REQUIRE(inotify_add_watch(watch, QFile::encodeName(database).constData(), IN_OPEN) >= 0);
    const auto opens = [&] {
        int count = 0;
        alignas(inotify_event) char buffer[4096];
        for (ssize_t n; (n = ::read(watch, buffer, sizeof buffer)) > 0;)
            count += static_cast<int>(n / static_cast<ssize_t>(sizeof(inotify_event)));
        return count;
    };
    const QFileInfo info(database);
    NameOnlyIconProvider ours;
    (void)ours.type(info);
    (void)ours.icon(info);
    CHECK(opens() == 0);
    CHECK(ours.type(info) == QStringLiteral("DAICHO file"));
    // The stock provider does open it: the reason for ours.
    QFileIconProvider stock;
    (void)stock.type(info);
    CHECK(opens() > 0);
    ::close(watch);
}
