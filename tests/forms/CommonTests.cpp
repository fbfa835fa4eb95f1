#include "FormsTestSupport.h"

#include "common/FileDialog.h"
#include "common/MenuTextStyle.h"
#include "common/MessageBox.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QStyleFactory>
#include <QStyleOptionMenuItem>
#include <QTemporaryDir>
#include <QTreeView>

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

// Issue 11 §17: the Japanese catalogue once turned 「CSV (*.csv)」 into 「CSV（*.csv）」, which
// Qt does not read as a filter: the import dialog listed no file at all. The dialog the app
// opens, in Japanese, lists the files its filter names.
TEST_CASE("in Japanese the open dialog lists the CSV files of the folder, not the others", "[forms][common][file]")
{
    const JapaneseInterface japanese;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char* name : {"様式2.csv", "memo.txt", "台帳.CSV"}) {
        QFile file(dir.filePath(QString::fromUtf8(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const QString filter = FileDialog::nameFilter(QCoreApplication::translate("daicho::LedgerOutput", "CSV file"),
                                                  QStringLiteral("*.csv"));
    CHECK(filter == QStringLiteral("CSV ファイル (*.csv)"));
    QStringList listed;
    QStringList filters;
    whenModalShown<QFileDialog>([&](QFileDialog* dialog) {
        filters = dialog->nameFilters();
        auto* model = dialog->findChild<QFileSystemModel*>();
        REQUIRE(model != nullptr);
        const QModelIndex root = model->index(dir.path());
        for (int waited = 0; model->rowCount(root) < 2 && waited < 5000; waited += 20)
            QTest::qWait(20);
        QTest::qWait(100); // the folder's last rows
        // What the list shows: the model's rows the dialog's proxy lets through.
        auto* view = dialog->findChild<QListView*>(QStringLiteral("listView"));
        REQUIRE(view != nullptr);
        const QAbstractItemModel* shown = view->model();
        const QModelIndex shownRoot = view->rootIndex();
        for (int row = 0; row < shown->rowCount(shownRoot); ++row)
            listed << shown->index(row, 0, shownRoot).data().toString();
        dialog->reject();
    });
    CHECK(FileDialog::getOpenFileName(nullptr, QStringLiteral("取込み"), dir.path(),
                                      filter + QStringLiteral(";;") + FileDialog::allFilesFilter())
              .isEmpty());
    listed.sort();
    CHECK(filters == QStringList{filter, QStringLiteral("すべてのファイル (*)")});
    CHECK(listed == QStringList{QStringLiteral("台帳.CSV"), QStringLiteral("様式2.csv")});
}

// Issue 11 §16: Qt's Fusion sizes a menu item by the text as shown but elides it by the text
// with its '&': with BIZ UDPGothic the widest Japanese item was cut in the middle.
TEST_CASE("a menu item with a mnemonic is given the width of its marker, others are not", "[forms][common]")
{
    QFont font(QStringLiteral("BIZ UDPGothic"));
    font.setPointSizeF(10.5);
    QMenu menu;
    menu.setFont(font);
    auto* style = new MenuTextStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    menu.setStyle(style);
    QAction* marked = menu.addAction(QStringLiteral("データベースの鍵を更新（ローテーション）(&K)…"));
    QAction* plain = menu.addAction(QStringLiteral("データベースの鍵を更新（ローテーション）(K)…"));
    const auto widthOf = [&](QAction* action, const QStyle& measuring) {
        QStyleOptionMenuItem option;
        option.initFrom(&menu);
        option.text = action->text();
        option.menuItemType = QStyleOptionMenuItem::Normal;
        option.fontMetrics = QFontMetrics(font);
        const QSize text = option.fontMetrics.size(Qt::TextSingleLine | Qt::TextShowMnemonic, option.text);
        return measuring.sizeFromContents(QStyle::CT_MenuItem, &option, text, &menu).width();
    };
    const QStyle* fusion = style->baseStyle();
    CHECK(widthOf(marked, *style) == widthOf(marked, *fusion) + QFontMetrics(font).horizontalAdvance(QLatin1Char('&')));
    CHECK(widthOf(plain, *style) == widthOf(plain, *fusion));
    // What the widening is for: the text Qt elides by, with its '&', fits the widened item.
    CHECK(QFontMetrics(font).horizontalAdvance(marked->text())
          <= QFontMetrics(font).size(Qt::TextShowMnemonic, marked->text()).width()
                 + QFontMetrics(font).horizontalAdvance(QLatin1Char('&')));
}

TEST_CASE("the file dialog lists files with whole column names and dates in Japanese", "[forms][common][file]")
{
    const JapaneseInterface japanese;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("様式2_令和8年度.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("a\r\n");
    file.close();
    NameOnlyIconProvider icons;
    QFileDialog dialog(nullptr, QStringLiteral("取込み"), dir.path(), QStringLiteral("CSV (*.csv)"));
    FileDialog::prepare(dialog, icons);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QTreeView*>(QStringLiteral("treeView"));
    REQUIRE(list);
    CHECK(list->isVisible());
    QHeaderView* header = list->header();
    REQUIRE(QTest::qWaitFor([&] { return list->model()->rowCount(list->rootIndex()) == 1; }, 5000));
    for (int column = 1; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString name = list->model()->headerData(column, Qt::Horizontal).toString();
        INFO(name.toStdString());
        CHECK(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(name));
        // The file's size, kind and date, whole.
        const QString value = list->model()->index(0, column, list->rootIndex()).data().toString();
        INFO(value.toStdString());
        CHECK(header->sectionSize(column) >= list->fontMetrics().horizontalAdvance(value));
    }
    dialog.reject();
}
