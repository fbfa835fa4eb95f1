#pragma once

// What the ledger GUI tests share: a main window with one person signed in on one ledger
// page, register entries to point at, and the ways a person fills in an editor.

#include "FormsTestSupport.h"
#include "ledger/internal/LedgerQueryRows.h"

#include "common/MessageBanner.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "ledger/editor/EntryEditorDialog.h"
#include "ledger/editor/FieldEditor.h"
#include "ledger/guide/LegalBasisDialog.h"
#include "ledger/list/LedgerPage.h"
#include "ledger/list/LedgerTableModel.h"
#include "shell/MainWindow.h"
#include "shell/SessionHolder.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimeEdit>

namespace daicho::test {

// Waits (processing events) until `condition` holds or `ms` pass; returns whether it held.
inline bool eventually(const std::function<bool()>& condition, int ms = 5000)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
    }
    return true;
}

// A main window with one person signed in and one ledger page open.
struct LedgerWindow {
    LedgerWindow(TestVault& vault, const QString& login, const QString& formId)
        : holder(vault.paths(), vault.clock())
        , window(holder)
    {
        REQUIRE(holder.start(vault.signIn(login)).ok());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openPage(QStringLiteral("ledgerPage.") + formId));
        page = child<LedgerPage>(&window, QStringLiteral("ledgerPage.") + formId);
    }

    Session& session() { return *holder.session(); }

    SessionHolder holder;
    MainWindow window;
    LedgerPage* page = nullptr;
};

// The register entries the logs name: a sensitive one (health data) and one without
// sensitive data, which opt-out records (様式6-1, 7-1) may name.
struct Registers {
    EntryId sensitive = 0;
    EntryId plain = 0;
};

inline Registers addRegisters(TestVault& vault)
{
    Registers registers;
    auto sensitive = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief(), true));
    REQUIRE(sensitive.ok());
    registers.sensitive = sensitive.value();
    FieldValues plain = registerValues(vault.chief(), false);
    plain.insert(QStringLiteral("name"), QStringLiteral("講演会参加者名簿"));
    plain.insert(QStringLiteral("purposes"), QStringList{QStringLiteral("講演会の案内")});
    auto added = LedgerStore::add(vault.chief(), QStringLiteral("form3"), plain);
    REQUIRE(added.ok());
    registers.plain = added.value();
    return registers;
}

// The answers of the legal-basis guide (LegalBasisDialog) that lead to a provision or
// receipt form; empty for every other form.
inline QList<bool> guideAnswersFor(const QString& formId)
{
    // Provision: personally related information, exception, academic, abroad, not a third
    // party, public body, consent, opt-out, sensitive, opt-out sourced, improperly acquired.
    // Receipt: personally related information, exception, academic, not a third party, public
    // provider, business provider, consent, opt-out, sensitive, opt-out sourced, improperly
    // acquired, published by the Commission.
    if (formId == QLatin1String("form6-1"))
        return {false, false, false, false, false, false, false, true, false, false, false};
    if (formId == QLatin1String("form6-2"))
        return {false, false, false, false, false, false, true};
    if (formId == QLatin1String("form6-3"))
        return {true, false, false, true};
    if (formId == QLatin1String("form7-1"))
        return {false, false, false, false, false, true, false, true, false, false, false, true};
    if (formId == QLatin1String("form7-2"))
        return {false, false, false, false, false, true, true};
    if (formId == QLatin1String("form7-3"))
        return {false, false, false, false, false, false};
    return {};
}

// Answers the guide with the path to `formId` and goes on to record in it.
inline void answerGuide(LegalBasisDialog* guide, const QString& formId)
{
    for (bool yes : guideAnswersFor(formId))
        click(yes ? guide->yesButton() : guide->noButton());
    REQUIRE(guide->decision().has_value());
    CHECK(guide->decision()->formId == std::optional<QString>(formId));
    click(guide->recordButton());
}

// Closes an editor and throws away what was typed, answering the question it then asks.
inline void discard(EntryEditorDialog* editor)
{
    if (editor->hasUnsavedInput())
        MessageBox::setNextAnswer(MessageBox::Button::Discard);
    editor->reject();
    CHECK_FALSE(editor->isVisible());
}

// Clicks 「新規」 and returns the editor of the new entry; the guide of a provision or
// receipt page is answered on the way.
inline EntryEditorDialog* openNewEditor(LedgerPage* page)
{
    click(child<QPushButton>(page, QStringLiteral("newEntryButton")));
    if (!guideAnswersFor(page->form().id).isEmpty()) {
        auto* guide = page->findChild<LegalBasisDialog*>();
        REQUIRE(guide);
        REQUIRE(QTest::qWaitForWindowExposed(guide));
        answerGuide(guide, page->form().id);
    }
    // The one just opened: an editor closed before may still wait for its deletion.
    EntryEditorDialog* dialog = nullptr;
    for (EntryEditorDialog* found : page->findChildren<EntryEditorDialog*>())
        if (found->isVisible())
            dialog = found;
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

inline QString name(const char* part, const QString& key)
{
    return QString::fromLatin1(part) + QLatin1Char('.') + key;
}

inline void typeLine(QWidget* dialog, const QString& key, const QString& text)
{
    replaceText(child<QLineEdit>(dialog, name("input", key)), text);
}

inline void typeLines(QWidget* dialog, const QString& key, const QStringList& lines)
{
    auto* edit = child<QPlainTextEdit>(dialog, name("input", key));
    edit->clear();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        type(edit, lines.at(i));
    }
}

inline void choose(QWidget* dialog, const QString& key, const QVariant& data)
{
    auto* combo = child<QComboBox>(dialog, name("input", key));
    const int index = combo->findData(data);
    INFO("choosing " << data.toString().toStdString() << " for " << key.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

inline void tick(QWidget* dialog, const QString& objectName)
{
    auto* box = child<QCheckBox>(dialog, objectName);
    REQUIRE_FALSE(box->isChecked());
    REQUIRE(box->isVisible());
    // On the box itself, whatever the width of the widget.
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    REQUIRE(box->isChecked());
}

inline void untick(QWidget* dialog, const QString& objectName)
{
    auto* box = child<QCheckBox>(dialog, objectName);
    REQUIRE(box->isChecked());
    REQUIRE(box->isVisible());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    REQUIRE_FALSE(box->isChecked());
}

inline void setTime(QWidget* dialog, const QString& key, QTime time)
{
    // Typed as a person types it.
    replaceText(child<QLineEdit>(dialog, name("time", key)), time.toString(QStringLiteral("HH:mm")));
}

// Saves and waits for the editor to close; returns the entry the page selected after it.
inline EntryId save(LedgerPage* page, EntryEditorDialog* dialog)
{
    const QPointer<EntryEditorDialog> open(dialog);
    click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
    if (open) {
        INFO("editor message: "
             << child<MessageBanner>(dialog, QStringLiteral("entryEditorMessage"))->text().toStdString());
        REQUIRE(eventually([&] { return open.isNull(); }, 2000));
    }
    const std::optional<LedgerRow> selected = page->selectedRow();
    REQUIRE(selected);
    return selected->id;
}

inline std::int64_t stored(Session& session, const QString& formId)
{
    LedgerFilter filter;
    filter.formId = formId;
    const auto count = LedgerQuery::count(session.db(), filter);
    REQUIRE(count.ok());
    return count.value();
}

inline LedgerEntry storedEntry(Session& session, EntryId id)
{
    auto entry = LedgerReader::entry(session, id);
    REQUIRE(entry.ok());
    return entry.value();
}

// The column with this header, or of the item with this key.
inline int columnOf(LedgerTableModel* model, const QString& header)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == header)
            return column;
        if (const FieldDefinition* field = model->columnField(column); field && field->key == header)
            return column;
    }
    return -1;
}

inline QString cell(LedgerTableModel* model, int row, const QString& header)
{
    const int column = columnOf(model, header);
    REQUIRE(column >= 0);
    return model->data(model->index(row, column)).toString();
}

// Files a test writes and reads, and the actions and dialogs a person reaches.
inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    INFO("reading " << path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QAction* action(QWidget* page, const QString& objectName)
{
    auto* found = child<QAction>(page, objectName);
    REQUIRE(found->isVisible());
    REQUIRE(found->isEnabled());
    return found;
}

// The dialog of type T that `parent` opened last and still shows.
template <typename T>
T* shownDialog(QObject* parent)
{
    T* shown = nullptr;
    REQUIRE(eventually([&] {
        for (T* dialog : parent->findChildren<T*>())
            if (dialog->isVisible())
                shown = dialog;
        return shown != nullptr;
    }));
    return shown;
}

} // namespace daicho::test
