// Issue 11 §15 through the organisation page: the chief reorders and retires sections; a
// retired one is greyed and dated, no longer offered to a new entry, still in the filters.

#include "LedgerTestSupport.h"

#include "admin/OrganisationPage.h"
#include "ledger/list/LedgerFilterBar.h"

#include <QTreeWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

QTreeWidgetItem* itemNamed(QTreeWidget* tree, const QString& prefix)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0).startsWith(prefix))
            return *it;
    return nullptr;
}

QStringList sectionsShown(QTreeWidget* tree, const QString& department)
{
    QStringList names;
    QTreeWidgetItem* parent = itemNamed(tree, department);
    REQUIRE(parent);
    for (int i = 0; i < parent->childCount(); ++i)
        names << parent->child(i)->text(0);
    return names;
}

} // namespace

TEST_CASE("the chief moves a section up and retires one on the organisation page; a new entry no longer offers it",
          "[forms][admin][organisation]")
{
    TestVault vault;
    vault.addPeople();
    LedgerWindow w(vault, TestVault::kChiefLogin, QStringLiteral("form3"));
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    REQUIRE(w.window.openPage(QStringLiteral("organisationPage")));
    auto* page = child<OrganisationPage>(&w.window, QStringLiteral("organisationPage"));
    QTreeWidget* tree = page->tree();

    // By keyboard: the section chosen, Ctrl+Up moves it above its neighbour.
    tree->setCurrentItem(itemNamed(tree, QStringLiteral("人間ドック健診課")));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
    CHECK(sectionsShown(tree, QStringLiteral("事業部"))
          == QStringList{QStringLiteral("健診管理課"), QStringLiteral("人間ドック健診課"),
                         QStringLiteral("センター健診課")});

    // Retired: greyed, with its day, and the button now puts it back.
    click(page->retireButton());
    QTreeWidgetItem* dock = itemNamed(tree, QStringLiteral("人間ドック健診課"));
    REQUIRE(dock);
    CHECK(dock->text(0).contains(QStringLiteral("令和8年4月1日")));
    CHECK(page->retireButton()->text().contains(QStringLiteral("use")));

    // A section people still work in is not retired: the message says what to do.
    tree->setCurrentItem(itemNamed(tree, QStringLiteral("健診管理課")));
    click(page->retireButton());
    auto* message = child<MessageBanner>(page, QStringLiteral("organisationMessage"));
    CHECK(message->text().contains(QStringLiteral("user administration")));
    CHECK_FALSE(itemNamed(tree, QStringLiteral("健診管理課"))->text(0).contains(QStringLiteral("retired")));

    // A new 様式1 entry of staff offers the sections in use only; the filter keeps the retired.
    LedgerWindow staff(vault, QStringLiteral("staff"), QStringLiteral("form1"));
    EntryEditorDialog* editor = openNewEditor(staff.page);
    auto* department = child<QComboBox>(editor, QStringLiteral("input.department"));
    CHECK(department->findText(QStringLiteral("事業部 人間ドック健診課")) < 0);
    CHECK(department->findText(QStringLiteral("事業部 健診管理課")) >= 0);
    discard(editor);
    auto* filter = child<QComboBox>(staff.page->filterBar(), QStringLiteral("departmentFilterCombo"));
    CHECK(filter->findText(QStringLiteral("事業部 人間ドック健診課 (retired)")) >= 0);
    requireVerified(w.session());
}

TEST_CASE("staff see the organisation but cannot change it", "[forms][admin][organisation]")
{
    TestVault vault;
    vault.addPeople();
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
    REQUIRE(w.window.openPage(QStringLiteral("organisationPage")));
    auto* page = child<OrganisationPage>(&w.window, QStringLiteral("organisationPage"));
    CHECK(itemNamed(page->tree(), QStringLiteral("健診管理課")));
    CHECK_FALSE(page->retireButton()->isVisible());
    CHECK_FALSE(page->moveUpButton()->isVisible());
}
