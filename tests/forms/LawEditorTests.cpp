// Issue 10 ("the law, right") where a person sees it: the editors of 様式1, 様式2 and 様式3,
// and the centre's policy on the settings page. Set DAICHO_SCREENSHOTS to a folder to keep a
// picture of each editor (QWidget::grab()) for a look by eye.
#include "LedgerTestSupport.h"

#include "admin/SettingsPage.h"
#include "auth/Settings.h"
#include "ledger/EntryValidator.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/editor/SuggestFieldEditor.h"

#include <QDir>
#include <QScrollArea>

using namespace daicho;
using namespace daicho::test;

namespace {

bool shown(QWidget* dialog, const QString& key)
{
    return child<FieldEditor>(dialog, name("field", key))->isVisibleTo(dialog);
}

QString labelOf(QWidget* dialog, const QString& key)
{
    return child<QLabel>(dialog, name("label", key))->text();
}

QString issueOf(QWidget* dialog, const QString& key)
{
    return child<FieldEditor>(dialog, name("field", key))->issue();
}

// The name a conditional label gives in the interface language.
QString expected(const FormDefinition& form, const QString& key, const QString& direction)
{
    const FieldDefinition* field = form.field(key);
    REQUIRE(field);
    const FieldValues values{{QStringLiteral("direction"), direction}};
    for (const ConditionalLabel& l : field->labelsWhen)
        if (conditionHolds(l.when, values))
            return interfaceLabelLanguage() == LabelLanguage::Japanese ? l.labelJa : l.labelEn;
    return fieldLabel(*field);
}

// Shows the whole editor and keeps a picture of it when DAICHO_SCREENSHOTS names a folder.
void keepPicture(EntryEditorDialog* dialog, const QString& file)
{
    const QString folder = qEnvironmentVariable("DAICHO_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    dialog->resize(dialog->width(), 1600);
    QCoreApplication::processEvents();
    CHECK(dialog->grab().save(folder + QLatin1Char('/') + file));
}

void typeInto(QWidget* dialog, const QString& key, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name("input", key));
    edit->clear();
    type(edit, text);
}

} // namespace

// 第19条1項なお書き: moving personal data into the area from outside is 持ち運び too.
TEST_CASE("様式2's editor records a bring-in with its items named for it (第19条1項なお書き), and refuses electronic "
          "media without encryption or a password (第24条(3))",
          "[forms][ledger][law]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form2"));
    const FormDefinition& form = w.page->form();
    EntryEditorDialog* dialog = openNewEditor(w.page);

    // Nothing chosen yet: the items read as for a carry-out.
    CHECK(labelOf(dialog, QStringLiteral("taken_out"))
              .startsWith(expected(form, QStringLiteral("taken_out"), QStringLiteral("out"))));
    CHECK(shown(dialog, QStringLiteral("expected_return")));

    choose(dialog, QStringLiteral("direction"), QStringLiteral("in"));
    for (const char* key : {"taken_out", "destination", "carrier"}) {
        INFO(key);
        const QString in = expected(form, QString::fromLatin1(key), QStringLiteral("in"));
        CHECK(in != expected(form, QString::fromLatin1(key), QStringLiteral("out")));
        CHECK(labelOf(dialog, QString::fromLatin1(key)).startsWith(in));
    }
    CHECK_FALSE(shown(dialog, QStringLiteral("expected_return")));

    typeLine(dialog, QStringLiteral("taken_out"), QStringLiteral("R8.5.11"));
    setTime(dialog, QStringLiteral("taken_out"), QTime(16, 30));
    choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.sensitive));
    choose(dialog, QStringLiteral("medium"), QStringLiteral("electronic"));
    typeInto(dialog, QStringLiteral("content"), QStringLiteral("巡回健診の結果データ"));
    typeLine(dialog, QStringLiteral("count"), QStringLiteral("80"));
    typeInto(dialog, QStringLiteral("destination"), QStringLiteral("巡回健診会場（公民館）"));
    choose(dialog, QStringLiteral("reason"), QStringLiteral("purpose"));
    tick(dialog, QStringLiteral("choice.measures_electronic.locked_container"));
    tick(dialog, QStringLiteral("choice.measures_electronic.traceable"));

    // A lockable container and a traceable transport are not enough: the data itself is
    // protected (第24条(3)).
    click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
    CHECK(dialog->isVisible());
    CHECK(issueOf(dialog, QStringLiteral("measures_electronic")).contains(QStringLiteral("第24条(3)")));
    CHECK(child<MessageBanner>(dialog, QStringLiteral("entryEditorMessage"))
              ->text()
              .contains(QStringLiteral("Nothing was saved")));
    keepPicture(dialog, QStringLiteral("form2-bring-in-refused.png"));

    tick(dialog, QStringLiteral("choice.measures_electronic.password"));
    const EntryId id = save(w.page, dialog);
    const LedgerEntry entry = storedEntry(w.session(), id);
    CHECK(entry.values.value(QStringLiteral("direction")).toString() == QStringLiteral("in"));
    CHECK_FALSE(entry.values.contains(QStringLiteral("expected_return")));
    CHECK(
        entry.values.value(QStringLiteral("measures_electronic")).toStringList().contains(QStringLiteral("password")));
}

// An entry stored before the direction existed: shown as a carry-out, which is all one could
// record then, with a note; nothing stored changes until the correction is saved.
TEST_CASE("an entry of 様式2 from before bring-ins opens as a carry-out with a note, and its correction is valid",
          "[forms][ledger][law]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    auto staff = vault.signIn(QStringLiteral("staff"));
    const FormDefinition* form = FormRegistry::find(QStringLiteral("form2"));
    REQUIRE(form);
    auto directory = LedgerDirectory::load(*staff);
    REQUIRE(directory.ok());
    FieldValues older = carryOutValues(*staff, registers.sensitive);
    older.remove(QStringLiteral("direction"));
    LedgerEntry entry;
    entry.id = 42;
    entry.formId = form->id;
    entry.state = EntryState::AwaitingApproval;
    entry.values = older;

    EntryEditorDialog dialog(*form, directory.value(), [&] { return staff.get(); });
    dialog.setEntry(entry);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* direction = child<QComboBox>(&dialog, QStringLiteral("input.direction"));
    CHECK(direction->currentData().toString() == QStringLiteral("out"));
    auto* note = child<QLabel>(&dialog, QStringLiteral("note.direction"));
    CHECK(note->isVisible());
    CHECK(note->text().contains(
        choiceLabel(*form->field(QStringLiteral("direction")), QStringLiteral("out"), interfaceLabelLanguage())));
    // Every other item is as stored; the correction adds only the direction.
    FieldValues expectedValues = older;
    expectedValues.insert(QStringLiteral("direction"), QStringLiteral("out"));
    CHECK(dialog.values() == expectedValues);
    CHECK(validateEntry(*form, dialog.values(), directory->validationContext()).isEmpty());
    CHECK(labelOf(&dialog, QStringLiteral("destination"))
              .startsWith(expected(*form, QStringLiteral("destination"), QStringLiteral("out"))));
    // Items the entry already had carry no note.
    CHECK_FALSE(child<QLabel>(&dialog, QStringLiteral("note.destination"))->isVisibleTo(&dialog));
    keepPicture(&dialog, QStringLiteral("form2-older-entry.png"));
}

// 第20条2項 (what was disposed of, never the data itself) and 第10条⑤ (an outside firm's
// certificate).
TEST_CASE("様式1's disposal names what was disposed of from the register entry (第20条2項), asks an outside firm's "
          "certificate (第10条⑤), and warns under every free text",
          "[forms][ledger][law]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
    const FormDefinition& form = w.page->form();
    EntryEditorDialog* dialog = openNewEditor(w.page);
    typeLine(dialog, QStringLiteral("date"), QStringLiteral("R8.5.11"));
    choose(dialog, QStringLiteral("kind"), QStringLiteral("disposal"));
    choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.sensitive));

    // What was disposed of is chosen from the register entry's database and media.
    auto* disposed = child<SuggestFieldEditor>(dialog, QStringLiteral("field.disposed"));
    const FieldValues registerEntry = registerValues(w.session(), true);
    CHECK(disposed->suggestions()
          == QStringList{registerEntry.value(QStringLiteral("name")).toString(),
                         registerEntry.value(QStringLiteral("medium")).toString()});
    disposed->comboBox()->setCurrentIndex(0);
    CHECK(disposed->value() == registerEntry.value(QStringLiteral("name")));

    // Every free-text item of the form warns, where a person types, never to write the
    // personal data itself there (第20条2項).
    int warned = 0;
    for (const FieldDefinition& field : form.fields) {
        if (field.type != FieldType::Text && field.type != FieldType::LongText && field.type != FieldType::TextList)
            continue;
        INFO(field.key.toStdString());
        auto* hint = child<QLabel>(dialog, name("hint", field.key));
        CHECK(hint->text().contains(QStringLiteral("第20条2項")));
        CHECK(hint->isVisibleTo(dialog) == shown(dialog, field.key));
        if (shown(dialog, field.key))
            ++warned;
    }
    CHECK(warned == 3); // what was disposed of, the certificate, the note
    CHECK(child<QLabel>(dialog, QStringLiteral("hint.disposed"))->isVisible());

    choose(dialog, QStringLiteral("target"), QStringLiteral("database"));
    choose(dialog, QStringLiteral("method"), QStringLiteral("erasure"));
    choose(dialog, QStringLiteral("disposed_by"), QStringLiteral("contractor"));
    choose(dialog, QStringLiteral("verifier"),
           QVariant::fromValue<qint64>(userId(w.session(), QStringLiteral("head"))));
    click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
    CHECK(dialog->isVisible());
    CHECK(issueOf(dialog, QStringLiteral("certificate")).contains(QStringLiteral("第10条⑤")));
    keepPicture(dialog, QStringLiteral("form1-disposal.png"));

    typeInto(dialog, QStringLiteral("certificate"), QStringLiteral("データ消去証明書 第2026-051号"));
    const EntryId id = save(w.page, dialog);
    const LedgerEntry entry = storedEntry(w.session(), id);
    CHECK(entry.values.value(QStringLiteral("disposed")) == registerEntry.value(QStringLiteral("name")));
    CHECK(entry.values.value(QStringLiteral("disposed_by")).toString() == QStringLiteral("contractor"));
    CHECK(entry.values.value(QStringLiteral("certificate")).toString()
          == QStringLiteral("データ消去証明書 第2026-051号"));
}

// 第11条なお書き, and a change of purpose as 第25条2項・第28条3項 ask it.
TEST_CASE("様式3's editor warns under every free text (第11条なお書き) and takes a change of purpose as 第25条2項 "
          "and 第28条3項 ask",
          "[forms][ledger][law]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    LedgerWindow w(vault, TestVault::kChiefLogin, QStringLiteral("form3"));
    const FormDefinition& form = w.page->form();
    w.page->refresh();
    REQUIRE(w.page->selectEntry(registers.plain));
    click(child<QPushButton>(w.page, QStringLiteral("correctEntryButton")));
    auto* dialog = w.page->findChild<EntryEditorDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    for (const FieldDefinition& field : form.fields) {
        if (field.type != FieldType::Text && field.type != FieldType::LongText && field.type != FieldType::TextList)
            continue;
        INFO(field.key.toStdString());
        auto* hint = child<QLabel>(dialog, name("hint", field.key));
        CHECK(hint->isVisibleTo(dialog));
        CHECK(hint->text().contains(QStringLiteral("第11条なお書き")));
    }

    typeLines(dialog, QStringLiteral("purposes"),
              {QStringLiteral("健診結果の通知"), QStringLiteral("統計の作成"), QStringLiteral("保健指導の案内")});
    type(child<QPlainTextEdit>(dialog, QStringLiteral("input.correction_reason")), QStringLiteral("利用目的の追加"));
    click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
    CHECK(dialog->isVisible());
    CHECK_FALSE(issueOf(dialog, QStringLiteral("purpose_changed_on")).isEmpty());
    CHECK(issueOf(dialog, QStringLiteral("purpose_change_scope")).contains(QStringLiteral("第25条2項")));
    keepPicture(dialog, QStringLiteral("form3-purpose-change.png"));

    typeLine(dialog, QStringLiteral("purpose_changed_on"), QStringLiteral("R8.6.1"));
    choose(dialog, QStringLiteral("purpose_change_scope"), QStringLiteral("related"));
    click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
    CHECK(dialog->isVisible());
    CHECK(issueOf(dialog, QStringLiteral("purpose_change_notice")).contains(QStringLiteral("第28条3項")));
    tick(dialog, QStringLiteral("choice.purpose_change_notice.published"));
    CHECK(save(w.page, dialog) == registers.plain);
    const LedgerEntry entry = storedEntry(w.session(), registers.plain);
    CHECK(entry.values.value(QStringLiteral("purpose_change_scope")).toString() == QStringLiteral("related"));
    CHECK(entry.values.value(QStringLiteral("purposes")).toStringList().size() == 3);
}

TEST_CASE("the settings page shows the centre's own policy on purposes of sensitive data; only the chief changes it",
          "[forms][settings][law]")
{
    TestVault vault;
    vault.addPeople();
    const QString login = GENERATE(QString(TestVault::kChiefLogin), QStringLiteral("acting"));
    INFO(login.toStdString());
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(login)).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openPage(QStringLiteral("settingsPage")));
    auto* page = child<SettingsPage>(&window, QStringLiteral("settingsPage"));
    QCheckBox* policy = page->sensitivePurposeConsentCheck();
    CHECK(policy->isVisible());
    CHECK(policy->isChecked());
    auto* explanation = child<QLabel>(page, QStringLiteral("sensitivePurposeConsentExplanation"));
    CHECK(explanation->text().contains(QStringLiteral("centre's own policy")));
    CHECK(explanation->text().contains(QStringLiteral("第26条1項")));
    if (login == QStringLiteral("acting")) {
        CHECK_FALSE(policy->isEnabled());
        return;
    }
    CHECK(policy->isEnabled());
    click(policy);
    click(child<QPushButton>(page, QStringLiteral("saveSettingsButton")));
    CHECK_FALSE(Settings::sensitivePurposeConsent(*holder.session()).value());
}
