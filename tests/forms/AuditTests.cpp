#include "LedgerTestSupport.h"

#include "audit/AuditActionText.h"
#include "audit/AuditTrailModel.h"
#include "audit/AuditTrailPage.h"
#include "audit/CheckpointDialog.h"
#include "auth/SignIn.h"
#include "auth/internal/SessionInternals.h"
#include "common/FileDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "print/PrintSheet.h"
#include "shell/LockController.h"
#include "shell/MainWindow.h"
#include "shell/SessionHolder.h"
#include "support/TestVault.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

#include <future>

using namespace daicho;
using namespace daicho::test;

namespace {

// Clicks 検証 and waits for the verification, which runs in the background, to report.
MessageBanner* verifyAndWait(AuditTrailPage* page)
{
    click(child<QPushButton>(page, QStringLiteral("verifyButton")));
    auto* result = child<MessageBanner>(page, QStringLiteral("verifyResult"));
    QDeadlineTimer deadline(10000);
    while (page->verifyProgress()->isVisible() && !deadline.hasExpired())
        QTest::qWait(10);
    REQUIRE_FALSE(page->verifyProgress()->isVisible());
    return result;
}

} // namespace

TEST_CASE("verifying the audit trail on the audit page reports it intact", "[forms][audit]")
{
    TestVault vault;
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("auditTrailPage")));
    auto* page = child<AuditTrailPage>(&window, QStringLiteral("auditTrailPage"));
    CHECK(page->model()->rowCount() > 0);
    CHECK_FALSE(child<QPushButton>(page, QStringLiteral("signCheckpointButton"))->isVisible());

    auto* result = verifyAndWait(page);
    INFO(result->text().toStdString());
    CHECK(result->kind() == MessageBanner::Kind::Success);
    CHECK(result->text().contains(QStringLiteral("intact")));

    window.lockController().lockNow();
    CHECK(page->model()->rowCount() == 0);
    CHECK(result->text().isEmpty());
}

TEST_CASE("the audit trail model loads older entries a page at a time", "[forms][audit]")
{
    constexpr std::int64_t total = 450;
    int fetches = 0;
    AuditTrailModel model;
    model.setSource(
        [&](std::int64_t beforeSeq, int limit) -> Result<QList<AuditEntry>> {
            ++fetches;
            QList<AuditEntry> page;
            for (std::int64_t seq = beforeSeq == 0 ? total : beforeSeq - 1; seq >= 1 && page.size() < limit; --seq) {
                AuditEntry entry;
                entry.seq = seq;
                entry.atUtc = QStringLiteral("2026-04-01T00:00:00.000Z");
                entry.action = QStringLiteral("user.add");
                entry.userId = 1;
                page.append(entry);
            }
            return page;
        },
        {{1, QStringLiteral("総務 部長")}});

    CHECK(model.rowCount() == AuditTrailModel::kPageSize);
    CHECK(model.data(model.index(0, AuditTrailModel::SeqColumn)).toLongLong() == total);
    CHECK(model.data(model.index(0, AuditTrailModel::TimeColumn)).toString() == QStringLiteral("2026/04/01 09:00:00"));
    CHECK(model.data(model.index(0, AuditTrailModel::UserColumn)).toString() == QStringLiteral("総務 部長"));
    CHECK(fetches == 1);

    // The tester checks the model's contract, fetching more on its own as views do.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);
    CHECK(model.data(model.index(static_cast<int>(total) - 1, AuditTrailModel::SeqColumn)).toLongLong() == 1);
    CHECK(fetches == 3);
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the auditor signs a checkpoint and it prints on A4 with the code and key fingerprints", "[forms][audit]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(QStringLiteral("auditor"))).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("auditTrailPage")));
    auto* page = child<AuditTrailPage>(&window, QStringLiteral("auditTrailPage"));

    const QString pdf = vault.folder() + QStringLiteral("/checkpoint.pdf");
    PrintSheet printed;
    QString shownCode;
    whenModalShown<CheckpointDialog>([&](CheckpointDialog* dialog) {
        printed = dialog->sheet();
        shownCode = child<QLabel>(dialog, QStringLiteral("checkpointCodeLabel"))->text();
        FileDialog::setNextFileName(pdf);
        click(child<QPushButton>(dialog, QStringLiteral("saveCheckpointPdfButton")));
        dialog->reject();
    });
    click(child<QPushButton>(page, QStringLiteral("signCheckpointButton")));

    CHECK_FALSE(shownCode.isEmpty());
    CHECK(printed.organisation == QStringLiteral("公益財団法人テスト健診センター"));
    CHECK(printed.stampBoxes.size() == 2);
    bool hasCode = false;
    bool hasFingerprints = false;
    for (const PrintSheet::Row& row : printed.rows) {
        hasCode = hasCode || (row.code && row.value == shownCode);
        hasFingerprints =
            hasFingerprints || (row.label.contains(QStringLiteral("fingerprint")) && !row.value.isEmpty());
    }
    CHECK(hasCode);
    CHECK(hasFingerprints);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));
    CHECK(file.size() > 5000);

    // The checkpoint entry is in the trail, and the trail with it still verifies.
    CHECK(verifyAndWait(page)->kind() == MessageBanner::Kind::Success);
}

// Issue 11 §11 (first steps): the audit page names what an entry concerns as a reader does —
// the ledger and its No., the person — with the raw record a hover away.
TEST_CASE("the audit trail names ledger entries and people, not tables and ids", "[forms][audit]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    const JapaneseInterface japanese;
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("auditTrailPage")));
    auto* page = child<AuditTrailPage>(&window, QStringLiteral("auditTrailPage"));
    AuditTrailModel* model = page->model();
    CHECK(model->headerData(AuditTrailModel::UserColumn, Qt::Horizontal).toString() == QStringLiteral("実行者"));
    bool namedPerson = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex target = model->index(row, AuditTrailModel::TargetColumn);
        const QString shown = target.data().toString();
        CHECK_FALSE(shown.startsWith(QStringLiteral("users#")));
        if (shown.startsWith(QStringLiteral("ユーザー "))) {
            namedPerson = true;
            CHECK(target.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("users#")));
        }
    }
    CHECK(namedPerson);
}

// Issue 11 §11: a failed sign-in is recorded when somebody next signs in; the page shows when it
// happened, and when it was recorded on hover.
TEST_CASE("the audit page shows a failed sign-in at the time it happened", "[forms][audit]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    const QDateTime failedAt = vault.clock().nowUtc();
    REQUIRE_FALSE(SignIn::signIn(vault.paths(), QStringLiteral("staff"), QStringLiteral("wrong"), vault.clock()).ok());
    vault.clock().advanceSeconds(2 * 3600);
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("auditTrailPage")));
    AuditTrailModel* model = child<AuditTrailPage>(&window, QStringLiteral("auditTrailPage"))->model();
    bool seen = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AuditTrailModel::ActionColumn).data(Qt::ToolTipRole).toString()
            != QStringLiteral("signin.failed"))
            continue;
        seen = true;
        const QModelIndex time = model->index(row, AuditTrailModel::TimeColumn);
        CHECK(time.data().toString() == formatJapanDateTime(failedAt.toString(Qt::ISODateWithMs)));
        CHECK(time.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Recorded at")));
    }
    CHECK(seen);
}

// Issue 11 §12: verification runs in the background with its progress, can be stopped, and a
// failure stays on the page; a checkpoint over it is refused (in core) with a message.
TEST_CASE("verification runs in the background, can be stopped, and a failure stays on screen",
          "[forms][audit][verify]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(QStringLiteral("auditor"))).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("auditTrailPage")));
    auto* page = child<AuditTrailPage>(&window, QStringLiteral("auditTrailPage"));
    auto* result = child<MessageBanner>(page, QStringLiteral("verifyResult"));
    CHECK_FALSE(page->verifyProgress()->isVisible());

    SECTION("stopped before the end, it says nothing is concluded")
    {
        // The worker is held busy, so that the verification waits until it is stopped.
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        SessionInternals::worker(*holder.session()).post([released](const Database&) { released.wait(); }, nullptr);
        click(child<QPushButton>(page, QStringLiteral("verifyButton")));
        CHECK(page->verifyProgress()->isVisible());
        CHECK(page->stopVerifyButton()->isVisible());
        CHECK_FALSE(child<QPushButton>(page, QStringLiteral("verifyButton"))->isEnabled());
        CHECK(result->kind() == MessageBanner::Kind::Info);
        click(page->stopVerifyButton());
        release.set_value();
        QDeadlineTimer deadline(10000);
        while (page->verifyProgress()->isVisible() && !deadline.hasExpired())
            QTest::qWait(10);
        CHECK_FALSE(page->verifyProgress()->isVisible());
        CHECK(child<QPushButton>(page, QStringLiteral("verifyButton"))->isEnabled());
        INFO(result->text().toStdString());
        CHECK(result->kind() == MessageBanner::Kind::Info);
        CHECK(result->text().contains(QStringLiteral("stopped")));
    }
    SECTION("a failure stays after a refresh, and no checkpoint is signed over it")
    {
        // An insider changes a row with the key.
        REQUIRE(
            holder.session()->db().exec(QStringLiteral("UPDATE departments SET name = '改ざん' WHERE id = 2")).ok());
        verifyAndWait(page);
        CHECK(result->kind() == MessageBanner::Kind::Error);
        CHECK(result->text().contains(QStringLiteral("NOT verify")));
        click(child<QPushButton>(page, QStringLiteral("refreshAuditButton")));
        CHECK(result->kind() == MessageBanner::Kind::Error);
        CHECK(result->text().contains(QStringLiteral("NOT verify")));
        const std::int64_t before = page->model()->rowCount();
        click(child<QPushButton>(page, QStringLiteral("signCheckpointButton")));
        CHECK(result->kind() == MessageBanner::Kind::Error);
        CHECK(result->text().contains(QStringLiteral("No checkpoint was signed")));
        page->model()->rowCount();
        CHECK(page->model()->rowCount() == before);
    }
}

// Issue 11 §11: the auditor narrows the trail by kind, person, ledger, period and text, reads
// an entry whole in the details pane, and follows the links between a record and its entries.
TEST_CASE("the audit trail is filtered, read in detail, and linked both ways with the records",
          "[forms][audit][filter]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    auto staff = vault.signIn(QStringLiteral("staff"));
    const EntryId first =
        LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, registers.sensitive)).value();
    REQUIRE(LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, registers.sensitive)).ok());
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("auditTrailPage")));
    auto* page = child<AuditTrailPage>(&window, QStringLiteral("auditTrailPage"));
    AuditTrailModel* model = page->model();
    const auto actions = [&] {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->entry(row).action;
        return list;
    };
    auto* kind = child<QComboBox>(page, QStringLiteral("auditKindFilter"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Ledger entries")));
    REQUIRE(model->rowCount() > 0);
    for (const QString& action : actions())
        CHECK(action.startsWith(QStringLiteral("ledger.")));

    auto* form = child<QComboBox>(page, QStringLiteral("auditFormFilter"));
    form->setCurrentIndex(form->findData(QStringLiteral("form2")));
    REQUIRE(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->entry(row).detail.contains(QStringLiteral("form=form2")));

    auto* person = child<QComboBox>(page, QStringLiteral("auditPersonFilter"));
    kind->setCurrentIndex(0);
    form->setCurrentIndex(0);
    person->setCurrentIndex(person->findData(QVariant::fromValue<qint64>(staff->user().id)));
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->entry(row).userId == std::optional<std::int64_t>(staff->user().id));

    // A period that cannot be read is said, and the list is left as it was.
    const int shown = model->rowCount();
    auto* from = child<QLineEdit>(page, QStringLiteral("auditFromFilter"));
    replaceText(from, QStringLiteral("13/45"));
    QTest::keyClick(from, Qt::Key_Return);
    CHECK(page->resultBanner()->kind() == MessageBanner::Kind::Error);
    CHECK(page->resultBanner()->text().contains(QStringLiteral("13/45")));
    CHECK(model->rowCount() == shown);
    // A period after today: nothing.
    replaceText(from, QStringLiteral("2027/01/01"));
    QTest::keyClick(from, Qt::Key_Return);
    CHECK(model->rowCount() == 0);
    from->clear();
    QTest::keyClick(from, Qt::Key_Return);
    CHECK(model->rowCount() == shown);

    // The details pane: the reader's words and the raw key.
    page->view()->selectRow(0);
    const QString details = page->detailsPane()->toPlainText();
    CHECK(details.contains(model->entry(0).action));
    CHECK(details.contains(QStringLiteral("Recorded as")));

    // From a record to its entries: its history's button.
    person->setCurrentIndex(0);
    REQUIRE(window.openPage(QStringLiteral("ledgerPage.form1")));
    auto* ledger = child<LedgerPage>(&window, QStringLiteral("ledgerPage.form1"));
    REQUIRE(eventually([&] { return ledger->model()->rowCount() == 1; }));
    REQUIRE(ledger->selectEntry(first));
    click(child<QPushButton>(ledger, QStringLiteral("historyButton")));
    auto* history = ledger->findChild<QDialog*>(QStringLiteral("historyDialog"));
    REQUIRE(history);
    REQUIRE(QTest::qWaitForWindowExposed(history));
    click(child<QPushButton>(history, QStringLiteral("historyAuditButton")));
    CHECK(window.currentPage() == page);
    REQUIRE(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->entry(row).detail.contains(QStringLiteral("entry=%1").arg(first)));
        CHECK(model->entry(row).detail.contains(QStringLiteral("form=form1")));
    }

    // From an entry of the trail back to its record.
    const QModelIndex added = model->index(model->rowCount() - 1, 0);
    emit page->view()->activated(added);
    CHECK(window.currentPage() == ledger);
    CHECK(ledger->selectedRow().has_value());
    CHECK(ledger->selectedRow()->id == first);
}

TEST_CASE("an audit entry's details read in words: the ledger by its number, the output, the role", "[forms][audit]")
{
    CHECK(readableAuditDetail(QStringLiteral("form=form7-3;output=pdf;count=3;entry="))
          == QStringLiteral("Ledger: 様式7-3, Output: PDF, Count: 3"));
    CHECK(readableAuditDetail(QStringLiteral("login=staff;role=staff")).contains(QStringLiteral("Role: ")));
    // A key this build does not name stays as written: nothing in the trail is hidden.
    CHECK(readableAuditDetail(QStringLiteral("head_seq=12")) == QStringLiteral("head_seq: 12"));
    const JapaneseInterface japanese;
    CHECK(readableAuditDetail(QStringLiteral("form=form2;output=printer;count=1"))
          == QStringLiteral("台帳：様式2、出力先：プリンター、件数：1"));
}

TEST_CASE("a department's retirement, return and move read with its name in the trail", "[forms][audit]")
{
    AuditEntry entry;
    entry.action = QStringLiteral("department.retire");
    entry.targetTable = QStringLiteral("department_retirements");
    entry.targetId = QStringLiteral("7");
    AuditNames names;
    names.department = [](qint64 id) { return id == 7 ? QStringLiteral("事業部 人間ドック健診課") : QString(); };
    CHECK(auditTargetText(entry, names) == QStringLiteral("Department 事業部 人間ドック健診課"));
    CHECK(auditActionDisplayName(QStringLiteral("department.retire")) == QStringLiteral("Department retired"));
    CHECK(auditActionDisplayName(QStringLiteral("department.reinstate")) != QStringLiteral("department.reinstate"));
    CHECK(auditActionDisplayName(QStringLiteral("department.move")) != QStringLiteral("department.move"));
    entry.targetTable = QStringLiteral("departments");
    CHECK(auditTargetText(entry, names).contains(QStringLiteral("人間ドック健診課")));
}
