// Importing is audited by one entry over the range of rows it wrote. Every role that may
// import, into every form that takes an import, through the page's own menu and report
// dialog, must leave a trail that verifies: a false tampering alarm after the app's own
// import would teach the auditor to distrust the trail (issue #8 §0).

#include "LedgerTestSupport.h"

#include "common/FileDialog.h"
#include "exchange/LedgerExport.h"
#include "exchange/LedgerImport.h"
#include "ledger/FormRegistry.h"
#include "ledger/output/ImportReportDialog.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace daicho;
using namespace daicho::test;

namespace {

QStringList importableForms()
{
    QStringList ids;
    for (const FormDefinition& form : FormRegistry::all())
        if (LedgerImport::formAcceptsImport(form.id))
            ids << form.id;
    return ids;
}

// Opens the file through 「取込」→「CSVから取り込む…」, checks the report shows no problem and
// imports it with the dialog's button, as a person does.
void importThroughPage(LedgerPage* page, const QString& file, std::int64_t rows)
{
    FileDialog::setNextFileName(file);
    action(page, QStringLiteral("importCsvAction"))->trigger();
    auto* report = shownDialog<ImportReportDialog>(page);
    INFO("first problem: " << (report->problemTable()->rowCount() > 0
                                   ? report->problemTable()->item(0, 2)->text().toStdString()
                                   : std::string()));
    REQUIRE(report->problemTable()->rowCount() == 0);
    // The same file again (each role imports it here): the repeats are said, and imported anyway.
    if (!report->skipRepeatsCheck()->isHidden())
        click(report->skipRepeatsCheck());
    const QPointer<ImportReportDialog> open(report);
    click(report->importButton());
    REQUIRE(eventually([&] { return open.isNull() || !open->isVisible(); }));
    CHECK(child<MessageBanner>(page, QStringLiteral("ledgerMessage"))->text()
          == QStringLiteral("%1 entries were imported.").arg(rows));
}

} // namespace

TEST_CASE("every role that may import leaves a trail that verifies, in every importable form",
          "[forms][ledger][import][audit]")
{
    const QStringList forms = importableForms();
    REQUIRE(forms
            == QStringList{QStringLiteral("form1"), QStringLiteral("form2"), QStringLiteral("form5"),
                           QStringLiteral("form6-1"), QStringLiteral("form6-2"), QStringLiteral("form6-3"),
                           QStringLiteral("form7-1"), QStringLiteral("form7-2"), QStringLiteral("form7-3")});
    const QStringList importers{TestVault::kChiefLogin, QStringLiteral("acting"), QStringLiteral("head"),
                                QStringLiteral("staff")};
    for (const QString& formId : forms) {
        DYNAMIC_SECTION(formId.toStdString())
        {
            TestVault vault;
            vault.addPeople();
            QTemporaryDir out;
            REQUIRE(out.isValid());
            const Registers registers = addRegisters(vault);
            // One entry written by staff, exported as a person would, is the file to import:
            // a single row, the case that was reported as tampering.
            auto staff = vault.signIn(QStringLiteral("staff"));
            REQUIRE(LedgerStore::add(*staff, formId,
                                     importableEntryValues(*staff, formId, registers.sensitive, registers.plain))
                        .ok());
            LedgerFilter filter;
            filter.formId = formId;
            const QString file = out.filePath(formId + QStringLiteral(".csv"));
            REQUIRE(LedgerExport::write(*staff, filter, ExportFormat::CsvUtf8, file).ok());
            staff.reset();

            for (const QString& login : importers) {
                INFO("imported by " << login.toStdString() << " into " << formId.toStdString());
                LedgerWindow w(vault, login, formId);
                const std::int64_t before = stored(w.session(), formId);
                importThroughPage(w.page, file, 1);
                CHECK(stored(w.session(), formId) == before + 1);
                requireVerified(w.session());
            }
        }
    }
}

TEST_CASE("the chief imports many visits at once and the trail verifies", "[forms][ledger][import][audit]")
{
    TestVault vault;
    vault.addPeople();
    QTemporaryDir out;
    REQUIRE(out.isValid());
    QByteArray csv = QStringLiteral("日付,氏名,所属,用件,入室時刻,退室時刻\r\n").toUtf8();
    for (int day = 1; day <= 30; ++day)
        csv += QStringLiteral("2026/06/%1,来訪 %2,保守会社,点検,2026/06/%1 09:00,2026/06/%1 10:30\r\n")
                   .arg(day)
                   .arg(day)
                   .toUtf8();
    const QString file = out.filePath(QStringLiteral("visits.csv"));
    writeFile(file, csv);
    LedgerWindow w(vault, TestVault::kChiefLogin, QStringLiteral("form5"));
    importThroughPage(w.page, file, 30);
    CHECK(stored(w.session(), QStringLiteral("form5")) == 30);
    requireVerified(w.session());
}

TEST_CASE("Cancel on the import's progress bar imports nothing, while checking or while writing",
          "[forms][ledger][import]")
{
    TestVault vault;
    vault.addPeople();
    QTemporaryDir out;
    REQUIRE(out.isValid());
    QByteArray csv = QStringLiteral("日付,氏名,所属,用件,入室時刻,退室時刻\r\n").toUtf8();
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("2026/06/01,来訪 %1,保守会社,点検,2026/06/01 09:00,2026/06/01 10:30\r\n").arg(i).toUtf8();
    const QString file = out.filePath(QStringLiteral("visits.csv"));
    writeFile(file, csv);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
    // Presses Cancel on the progress dialog as soon as it runs the given stage (its title).
    QString cancelDuring;
    QTimer presser;
    presser.setInterval(0);
    QObject::connect(&presser, &QTimer::timeout, [&] {
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* progress = qobject_cast<QProgressDialog*>(top);
                progress && progress->objectName() == QStringLiteral("importProgressDialog")
                && progress->windowTitle() == cancelDuring)
                progress->cancel();
    });
    presser.start();

    SECTION("while checking the file")
    {
        cancelDuring = QStringLiteral("Checking the file");
        FileDialog::setNextFileName(file);
        action(w.page, QStringLiteral("importCsvAction"))->trigger();
        CHECK(eventually([&] {
            return child<MessageBanner>(w.page, QStringLiteral("ledgerMessage"))
                ->text()
                .contains(QStringLiteral("was cancelled. Nothing was imported."));
        }));
        CHECK(w.page->findChildren<ImportReportDialog*>().isEmpty());
    }
    SECTION("while writing the entries")
    {
        cancelDuring = QStringLiteral("Importing");
        FileDialog::setNextFileName(file);
        action(w.page, QStringLiteral("importCsvAction"))->trigger();
        auto* report = shownDialog<ImportReportDialog>(w.page);
        REQUIRE(report->problemTable()->rowCount() == 0);
        click(report->importButton());
        CHECK(eventually([&] {
            return child<MessageBanner>(report, QStringLiteral("importMessage"))
                ->text()
                .contains(QStringLiteral("Nothing was imported"));
        }));
        report->reject();
    }
    CHECK(stored(w.session(), QStringLiteral("form5")) == 0);
    CHECK(w.holder.session() != nullptr);
    requireVerified(w.session());
}

TEST_CASE("a file imported a second time is said to repeat kept entries, which are left out unless asked",
          "[forms][ledger][import]")
{
    TestVault vault;
    vault.addPeople();
    QTemporaryDir out;
    REQUIRE(out.isValid());
    QByteArray csv = QStringLiteral("日付,氏名,所属,用件,入室時刻,退室時刻\r\n").toUtf8();
    for (int day = 1; day <= 2; ++day)
        csv +=
            QStringLiteral("2026/06/%1,来訪 %1,保守会社,点検,2026/06/%1 09:00,2026/06/%1 10:30\r\n").arg(day).toUtf8();
    const QString file = out.filePath(QStringLiteral("visits.csv"));
    writeFile(file, csv);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
    importThroughPage(w.page, file, 2);

    // The same file plus one new visit.
    csv += QStringLiteral("2026/06/3,来訪 3,保守会社,点検,2026/06/3 09:00,2026/06/3 10:30\r\n").toUtf8();
    writeFile(file, csv);
    FileDialog::setNextFileName(file);
    action(w.page, QStringLiteral("importCsvAction"))->trigger();
    auto* report = shownDialog<ImportReportDialog>(w.page);
    CHECK(report->problemTable()->rowCount() == 0);
    CHECK(report->repeatsLabel()->isVisible());
    CHECK(report->repeatsLabel()->text().contains(QStringLiteral("line 2 = No.1")));
    CHECK(report->repeatsLabel()->text().contains(QStringLiteral("line 3 = No.2")));
    REQUIRE(report->skipRepeatsCheck()->isVisible());
    CHECK(report->skipRepeatsCheck()->isChecked());
    // The count said is what the button adds: the new visit only, or all three when unticked.
    CHECK(report->summaryLabel()->text().contains(QStringLiteral("adds 1 entries")));
    click(report->skipRepeatsCheck());
    CHECK(report->summaryLabel()->text().contains(QStringLiteral("adds 3 entries")));
    click(report->skipRepeatsCheck());
    const QPointer<ImportReportDialog> open(report);
    click(report->importButton());
    REQUIRE(eventually([&] { return open.isNull() || !open->isVisible(); }));
    CHECK(child<MessageBanner>(w.page, QStringLiteral("ledgerMessage"))->text()
          == QStringLiteral("1 entries were imported. 2 rows were left out: the ledger keeps them already."));
    CHECK(stored(w.session(), QStringLiteral("form5")) == 3);

    // Once more, everything kept: nothing imported, and said so.
    FileDialog::setNextFileName(file);
    action(w.page, QStringLiteral("importCsvAction"))->trigger();
    report = shownDialog<ImportReportDialog>(w.page);
    const QPointer<ImportReportDialog> again(report);
    click(report->importButton());
    REQUIRE(eventually([&] { return again.isNull() || !again->isVisible(); }));
    CHECK(child<MessageBanner>(w.page, QStringLiteral("ledgerMessage"))->text().startsWith(QStringLiteral("Nothing")));
    CHECK(stored(w.session(), QStringLiteral("form5")) == 3);
    requireVerified(w.session());
}
