#include "retention/DisposalPage.h"

#include "auth/Organisation.h"
#include "auth/Permission.h"
#include "auth/Session.h"
#include "cases/CaseKinds.h"
#include "common/FileDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "common/MessageBox.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerReader.h"
#include "print/DisposalListPrint.h"
#include "retention/BackupDestructionDialog.h"
#include "retention/RetentionTables.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace daicho {

using retentionTables::cell;
using retentionTables::table;

namespace {

// A ledger's number, or a kind of request from individuals by its name.
QString formNumber(const QString& formId)
{
    if (const CaseKind* kind = CaseKinds::find(formId))
        return kind->titleJa;
    const FormDefinition* form = FormRegistry::find(formId);
    return form ? form->number : formId;
}

// The items of the schedule's rows: which entry or case a row is.
constexpr int kIdRole = Qt::UserRole;
constexpr int kFormRole = Qt::UserRole + 1;
constexpr int kCaseRole = Qt::UserRole + 2; // true: a request from an individual

// The run's summary (form id=count;…) as people read it: 「様式1 2件、様式2 5件」.
QString summaryText(const QString& summary)
{
    QStringList parts;
    for (const QString& part : summary.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        parts << QCoreApplication::translate("daicho::DisposalPage", "%1: %2")
                     .arg(formNumber(part.section(QLatin1Char('='), 0, 0)), part.section(QLatin1Char('='), 1));
    return parts.join(QStringLiteral("、"));
}

QString wareki(const QDate& date)
{
    return date.isValid() ? formatWareki(date) : QString();
}

} // namespace

DisposalPage::DisposalPage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_year(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_byForm(table(this, QStringLiteral("disposalByForm"), {tr("Form"), tr("Ledger"), tr("Go"), tr("Held")}))
    , m_entries(table(this, QStringLiteral("disposalEntries"),
                      {tr("Form"), tr("No."), tr("Date"), tr("Kept until"), tr("Disposal due"), tr("Held because")}))
    , m_holdReason(new QLineEdit(this))
    , m_hold(new QPushButton(tr("&Hold the selected entries"), this))
    , m_release(new QPushButton(tr("Release the &hold"), this))
    , m_method(new QComboBox(this))
    , m_register(new QComboBox(this))
    , m_approve(new QPushButton(tr("&Approve the disposal…"), this))
    , m_confirm(new QPushButton(tr("&Confirm the disposal…"), this))
    , m_run(new QPushButton(tr("&Run the disposal…"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel the disposal…"), this))
    , m_runs(table(this, QStringLiteral("disposalRuns"),
                   {tr("No."), tr("Fiscal year"), tr("State"), tr("Approved by"), tr("Confirmed by"), tr("Entries")}))
    , m_backups(new QListWidget(this))
    , m_backupsDestroyed(new QPushButton(tr("Record the checked &backups as destroyed"), this))
    , m_openRecord(new QPushButton(tr("&Open its 様式1④ record"), this))
    , m_printList(new QPushButton(tr("&Print the list…"), this))
    , m_pdfList(new QPushButton(tr("Save the list as P&DF…"), this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("disposalPage"));
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_year->setObjectName(QStringLiteral("disposalYear"));
    m_holdReason->setObjectName(QStringLiteral("holdReason"));
    m_hold->setObjectName(QStringLiteral("holdButton"));
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_method->setObjectName(QStringLiteral("disposalMethod"));
    m_register->setObjectName(QStringLiteral("disposalRegister"));
    m_approve->setObjectName(QStringLiteral("approveDisposalButton"));
    m_confirm->setObjectName(QStringLiteral("confirmDisposalButton"));
    m_run->setObjectName(QStringLiteral("runDisposalButton"));
    m_cancel->setObjectName(QStringLiteral("cancelDisposalButton"));
    m_backups->setObjectName(QStringLiteral("disposalBackups"));
    m_backupsDestroyed->setObjectName(QStringLiteral("backupsDestroyedButton"));
    m_openRecord->setObjectName(QStringLiteral("openDisposalRecordButton"));
    m_entries->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Long register names and wordings do not widen the window past the screen.
    for (QComboBox* box : {m_method, m_register}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
    }
    // What an entry due is, a double-click away (the auditor confirms what they can read).
    connect(m_entries, &QTableWidget::cellActivated, this, [this](int row, int) {
        const qint64 id = m_entries->item(row, 0)->data(kIdRole).toLongLong();
        if (m_entries->item(row, 0)->data(kCaseRole).toBool())
            emit caseRequested(id);
        else
            emit recordRequested(m_entries->item(row, 0)->data(kFormRole).toString(), id);
    });
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holdReason->setPlaceholderText(tr("Why the selected entries are kept (required)"));
    // 第20条1項(3): data in a database is deleted by means that cannot easily be restored — what
    // the run does (secure_delete, the WAL emptied, VACUUM); 1項(2)'s software is for media.
    m_method->addItem(tr("Deletion that cannot easily be restored (第20条1項(3))"), QStringLiteral("deletion"));
    m_method->addItem(tr("Data-erasure software (データ消去ソフトウェア等による消去)"), QStringLiteral("erasure"));

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(
        tr("第20条1項(4): personal data is deleted at the end of each fiscal year once its retention period has "
           "passed. An entry kept until a day goes at the first 31 March after that day (kept until 31 March: a year "
           "later). The chief approves, the acting chief or the auditor confirms, the chief runs; the run is recorded "
           "in 様式1 (④削除・廃棄) without the contents (第20条2項)."),
        this);
    intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("disposalSummary"));
    m_openRecord->hide();

    auto* yearRow = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("Disposal at the end of fiscal &year:"), this);
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    // On paper for the one who approves and the one who confirms (押印欄), without contents.
    m_printList->setObjectName(QStringLiteral("printDisposalListButton"));
    m_pdfList->setObjectName(QStringLiteral("pdfDisposalListButton"));
    yearRow->addWidget(m_printList);
    yearRow->addWidget(m_pdfList);
    connect(m_printList, &QPushButton::clicked, this, &DisposalPage::printList);
    connect(m_pdfList, &QPushButton::clicked, this, &DisposalPage::savePdfList);
    auto* holdRow = new QHBoxLayout;
    holdRow->addWidget(m_holdReason, 1);
    holdRow->addWidget(m_hold);
    holdRow->addWidget(m_release);
    // Only the chief chooses them; the others see the open disposal's in the summary.
    m_choices = new QWidget(this);
    auto* choices = new QFormLayout(m_choices);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addRow(tr("&Method (様式1④):"), m_method);
    choices->addRow(tr("Database in the re&gister (様式1④):"), m_register);
    auto* steps = new QHBoxLayout;
    steps->addWidget(m_approve);
    steps->addWidget(m_confirm);
    steps->addWidget(m_run);
    steps->addWidget(m_cancel);
    steps->addStretch(1);
    auto* backupsRow = new QHBoxLayout;
    backupsRow->addWidget(m_backupsDestroyed);
    backupsRow->addWidget(m_openRecord);
    backupsRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(yearRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_byForm, 0);
    layout->addWidget(m_entries, 10);
    m_byForm->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_runs->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_backups->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    layout->addLayout(holdRow);
    layout->addWidget(m_choices);
    layout->addLayout(steps);
    layout->addWidget(
        new QLabel(tr("Disposals and the backups made before each (they still hold what it removed):"), this));
    auto* runsRow = new QHBoxLayout;
    runsRow->addWidget(m_runs, 3);
    runsRow->addWidget(m_backups, 2);
    layout->addLayout(runsRow, 0);
    layout->addLayout(backupsRow);
    // The entries take the room; the ledgers' table is as high as its rows (showSchedule).
    const int rowHeight = m_runs->verticalHeader()->defaultSectionSize();
    m_runs->setMaximumHeight(rowHeight * 5 + m_runs->horizontalHeader()->sizeHint().height());
    m_backups->setMaximumHeight(m_runs->maximumHeight());

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        // Another year: the standing holds again, not what was being set for this one.
        m_message->clearMessage();
        m_holds.clear();
        m_caseHolds.clear();
        if (Session* s = session())
            takeStandingHolds(*s);
        showSchedule();
    });
    connect(m_hold, &QPushButton::clicked, this, &DisposalPage::holdSelected);
    connect(m_release, &QPushButton::clicked, this, &DisposalPage::releaseSelected);
    connect(m_approve, &QPushButton::clicked, this, &DisposalPage::approve);
    connect(m_confirm, &QPushButton::clicked, this, &DisposalPage::confirm);
    connect(m_run, &QPushButton::clicked, this, &DisposalPage::runDisposal);
    connect(m_cancel, &QPushButton::clicked, this, &DisposalPage::cancelRun);
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &DisposalPage::showBackups);
    connect(m_backupsDestroyed, &QPushButton::clicked, this, &DisposalPage::recordBackups);
    connect(m_openRecord, &QPushButton::clicked, this, [this] {
        if (m_lastRecord)
            emit recordRequested(form1OperationsLog().id, *m_lastRecord);
    });
}

QString DisposalPage::title() const
{
    return tr("Retention and disposal (第20条)");
}

void DisposalPage::clearViews()
{
    m_byForm->setRowCount(0);
    m_entries->setRowCount(0);
    m_runs->setRowCount(0);
    m_backups->clear();
    m_register->clear();
    m_summary->clear();
    m_runList.clear();
    m_message->clearMessage();
}

void DisposalPage::reload()
{
    Session* s = session();
    if (!s)
        return;
    const QDate today = japanDate(s->clock().nowUtc());
    // The coming fiscal-year end first; the one before (a run missed) and the next to plan.
    const int current = fiscalYear(today);
    const QSignalBlocker block(m_year);
    const int chosen = m_year->count() ? m_year->currentData().toInt() : current;
    m_year->clear();
    for (int year : {current - 1, current, current + 1})
        m_year->addItem(tr("%1 (%2)").arg(formatFiscalYear(year), formatWareki(fiscalYearEnd(year))), year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
    m_register->clear();
    if (auto registers = LedgerReader::registerChoices(*s))
        for (const RegisterChoice& r : registers.value())
            m_register->addItem(r.name, QVariant::fromValue<qlonglong>(r.id));
    showRuns();
    // The register entry the last disposal named (Daicho's own database, usually), not the first
    // in the list: a 様式1④ naming another database would be wrong.
    for (const DisposalRun& run : std::as_const(m_runList))
        if (run.registerId) {
            m_register->setCurrentIndex(
                std::max(0, m_register->findData(QVariant::fromValue<qlonglong>(*run.registerId))));
            break;
        }
    // The holds of the last disposal stand until the chief releases them.
    if (m_holds.isEmpty() && m_caseHolds.isEmpty() && !openRun())
        takeStandingHolds(*s);
    showSchedule();
}

std::optional<PrintSheet> DisposalPage::listSheet()
{
    Session* s = session();
    if (!s)
        return std::nullopt;
    const int year = m_year->currentData().toInt();
    const auto open = openRun();
    const bool shownOpen = open && open->fiscalYear == year;
    auto schedule = DisposalSchedules::schedule(*s, year, shownOpen ? open->holds : m_holds,
                                                shownOpen ? open->caseHolds : m_caseHolds);
    if (!schedule) {
        m_message->showError(schedule.error().message);
        return std::nullopt;
    }
    auto organisation = Organisation::organisationName(*s);
    auto directory = LedgerDirectory::load(*s);
    const auto name = [&](std::int64_t id) { return directory ? directory->personName(id) : QString(); };
    return disposalListSheet(schedule.value(), shownOpen ? open : std::nullopt,
                             organisation ? organisation.value() : QString(), japanDate(s->clock().nowUtc()), name);
}

void DisposalPage::printList()
{
    if (const auto sheet = listSheet())
        previewAndPrint(this, *sheet);
}

bool DisposalPage::saveListAsPdf(const QString& fileName)
{
    const auto sheet = listSheet();
    if (!sheet)
        return false;
    if (Status written = printToPdf(fileName, *sheet); !written.ok()) {
        m_message->showError(written.error().message);
        return false;
    }
    m_message->showInfo(tr("Saved as %1.").arg(fileName));
    return true;
}

void DisposalPage::savePdfList()
{
    const QString fileName =
        FileDialog::getSaveFileName(this, tr("Save the list as PDF"), tr("disposal-list.pdf"),
                                    FileDialog::nameFilter(tr("PDF files"), QStringLiteral("*.pdf")));
    if (!fileName.isEmpty())
        saveListAsPdf(fileName);
}

void DisposalPage::takeStandingHolds(const Session& session)
{
    if (auto standing = DisposalRuns::standingHolds(session))
        m_holds = standing.value();
    if (auto standing = DisposalRuns::standingCaseHolds(session))
        m_caseHolds = standing.value();
}

void DisposalPage::showSchedule()
{
    Session* s = session();
    m_byForm->setRowCount(0);
    m_entries->setRowCount(0);
    if (!s)
        return;
    const int year = m_year->currentData().toInt();
    // An approved disposal not yet run shows what it holds; otherwise the holds being set now.
    const auto open = openRun();
    const bool shownOpen = open && open->fiscalYear == year;
    auto schedule = DisposalSchedules::schedule(*s, year, shownOpen ? open->holds : m_holds,
                                                shownOpen ? open->caseHolds : m_caseHolds);
    if (!schedule) {
        m_message->showError(schedule.error().message);
        updateButtons();
        return;
    }
    for (const DueByForm& f : schedule->byForm) {
        const int row = m_byForm->rowCount();
        m_byForm->insertRow(row);
        const FormDefinition* form = FormRegistry::find(f.formId);
        m_byForm->setItem(row, 0, cell(formNumber(f.formId)));
        m_byForm->setItem(row, 1,
                          cell(form                        ? form->title
                               : CaseKinds::find(f.formId) ? tr("Requests from individuals and their decisions")
                                                           : QString()));
        m_byForm->setItem(row, 2, cell(QString::number(f.due)));
        m_byForm->setItem(row, 3, cell(QString::number(f.held)));
    }
    for (const DueEntry& e : schedule->entries) {
        const int row = m_entries->rowCount();
        m_entries->insertRow(row);
        auto* first = cell(formNumber(e.formId));
        first->setData(kIdRole, QVariant::fromValue<qlonglong>(e.id));
        first->setData(kFormRole, e.formId);
        m_entries->setItem(row, 0, first);
        m_entries->setItem(row, 1, cell(QString::number(e.number)));
        m_entries->setItem(row, 2, cell(wareki(QDate::fromString(e.entryDate, Qt::ISODate))));
        auto* until = cell(wareki(e.keeping.keepUntil));
        until->setToolTip(e.keeping.period.rule.article + QStringLiteral("：") + e.keeping.period.rule.wordingJa);
        m_entries->setItem(row, 3, until);
        m_entries->setItem(row, 4, cell(wareki(e.keeping.disposalDue)));
        m_entries->setItem(row, 5, cell(e.heldBecause));
    }
    // The requests from individuals (様式8–14): by their 受付番号 and the day they were closed.
    for (const DueCase& c : schedule->cases) {
        const int row = m_entries->rowCount();
        m_entries->insertRow(row);
        auto* first = cell(formNumber(c.kind));
        first->setData(kIdRole, QVariant::fromValue<qlonglong>(c.id));
        first->setData(kFormRole, c.kind);
        first->setData(kCaseRole, true);
        m_entries->setItem(row, 0, first);
        m_entries->setItem(row, 1, cell(tr("%1 No.%2").arg(formatFiscalYear(c.fiscalYear)).arg(c.number)));
        m_entries->setItem(row, 2, cell(wareki(c.closedOn)));
        auto* until = cell(wareki(c.keeping.keepUntil));
        until->setToolTip(c.keeping.period.rule.article + QStringLiteral("：") + c.keeping.period.rule.wordingJa);
        m_entries->setItem(row, 3, until);
        m_entries->setItem(row, 4, cell(wareki(c.keeping.disposalDue)));
        m_entries->setItem(row, 5, cell(c.heldBecause));
    }
    m_entries->resizeColumnsToContents();
    m_byForm->resizeColumnsToContents();
    m_byForm->setFixedHeight(m_byForm->horizontalHeader()->sizeHint().height()
                             + m_byForm->verticalHeader()->defaultSectionSize() * std::max(1, m_byForm->rowCount())
                             + 2 * m_byForm->frameWidth());
    m_dueCount = schedule->dueCount();
    QString summary = tr("%1 entries go at %2; %3 held.")
                          .arg(schedule->dueCount())
                          .arg(formatWareki(schedule->disposalDay))
                          .arg(schedule->heldCount());
    // What the second person confirms: the open disposal's method and register entry too.
    if (open && open->fiscalYear == year) {
        const int method = m_method->findData(open->method);
        const int reg = open->registerId ? m_register->findData(QVariant::fromValue<qlonglong>(*open->registerId)) : -1;
        summary +=
            QLatin1Char(' ')
            + tr("Disposal No.%1 (%2): %3, recorded in 様式1④ for 「%4」.")
                  .arg(open->id)
                  .arg(disposalStateDisplayName(open->state), method >= 0 ? m_method->itemText(method) : open->method,
                       reg >= 0 ? m_register->itemText(reg) : QString());
    }
    m_summary->setText(summary);
    updateButtons();
}

void DisposalPage::showRuns()
{
    Session* s = session();
    m_runs->setRowCount(0);
    m_runList.clear();
    if (!s)
        return;
    auto runs = DisposalRuns::list(*s);
    if (!runs) {
        m_message->showError(runs.error().message);
        return;
    }
    m_runList = runs.value();
    auto directory = LedgerDirectory::load(*s);
    auto name = [&](std::optional<std::int64_t> id) {
        return id && directory ? directory->personName(*id) : QString();
    };
    for (const DisposalRun& run : std::as_const(m_runList)) {
        const int row = m_runs->rowCount();
        m_runs->insertRow(row);
        m_runs->setItem(row, 0, cell(QString::number(run.id)));
        m_runs->setItem(row, 1, cell(formatFiscalYear(run.fiscalYear)));
        m_runs->setItem(row, 2, cell(disposalStateDisplayName(run.state)));
        m_runs->setItem(row, 3, cell(name(run.approvedBy)));
        m_runs->setItem(row, 4, cell(name(run.confirmedBy)));
        m_runs->setItem(
            row, 5,
            cell(run.state == DisposalState::Done ? summaryText(run.summary) : QString::number(run.plannedCount())));
    }
    m_runs->resizeColumnsToContents();
    showBackups();
    updateButtons();
}

std::optional<DisposalRun> DisposalPage::openRun() const
{
    for (const DisposalRun& run : m_runList)
        if (run.state == DisposalState::Approved || run.state == DisposalState::Confirmed)
            return run;
    return std::nullopt;
}

std::optional<DisposalRun> DisposalPage::selectedRun() const
{
    const int row = m_runs->currentRow();
    if (row < 0 || row >= m_runList.size() || m_runs->selectedItems().isEmpty())
        return std::nullopt;
    return m_runList.at(row);
}

void DisposalPage::showBackups()
{
    m_backups->clear();
    Session* s = session();
    const auto run = selectedRun();
    m_backupsDestroyed->setEnabled(false);
    if (!s || !run || run->state != DisposalState::Done)
        return;
    m_lastRecord = run->recordEntryId;
    m_openRecord->setVisible(m_lastRecord.has_value());
    auto backups = DisposalRuns::backupsBefore(*s, run->id);
    if (!backups) {
        m_message->showError(backups.error().message);
        return;
    }
    for (const BackupBeforeRun& b : backups.value()) {
        auto* item = new QListWidgetItem(
            tr("Backup of %1 by %2 (trail entry %3)%4")
                .arg(formatJapanDateTime(b.atUtc), b.madeBy)
                .arg(b.seq)
                .arg(b.destroyed ? tr(" — recorded as destroyed") : tr(" — still holds the disposed records")),
            m_backups);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(b.seq));
        if (!b.destroyed)
            item->setCheckState(Qt::Unchecked);
    }
    if (backups->isEmpty())
        new QListWidgetItem(tr("No backup was made before this disposal."), m_backups);
    Session* me = session();
    m_backupsDestroyed->setEnabled(me && isAllowed(me->role(), Operation::ApproveDisposal));
}

void DisposalPage::updateButtons()
{
    Session* s = session();
    const bool chief = s && isAllowed(s->role(), Operation::ApproveDisposal);
    const bool second = s && isAllowed(s->role(), Operation::ConfirmDisposal);
    const auto open = openRun();
    // Holds, method and register entry are set before approving: while a disposal waits, its
    // own stand (and show).
    m_choices->setEnabled(!open);
    if (open) {
        m_method->setCurrentIndex(std::max(0, m_method->findData(open->method)));
        if (open->registerId)
            m_register->setCurrentIndex(
                std::max(0, m_register->findData(QVariant::fromValue<qlonglong>(*open->registerId))));
    }
    m_hold->setEnabled(!open);
    m_release->setEnabled(!open);
    m_holdReason->setEnabled(!open);
    for (QWidget* w : std::initializer_list<QWidget*>{m_approve, m_run, m_cancel, m_hold, m_release, m_holdReason,
                                                      m_choices, m_backupsDestroyed})
        w->setVisible(chief);
    m_confirm->setVisible(second);
    m_approve->setEnabled(chief && !open && m_dueCount > 0);
    m_run->setEnabled(chief && open && open->state == DisposalState::Confirmed);
    m_cancel->setEnabled(chief && open.has_value());
    m_confirm->setEnabled(second && open && open->state == DisposalState::Approved && s
                          && open->approvedBy != s->user().id);
}

void DisposalPage::holdSelected()
{
    const QString reason = m_holdReason->text().trimmed();
    if (reason.isEmpty()) {
        m_message->showError(tr("Say why the selected entries are kept: the reason is recorded with the disposal."));
        m_holdReason->setFocus();
        return;
    }
    std::set<int> rows;
    for (QTableWidgetItem* item : m_entries->selectedItems())
        rows.insert(item->row());
    if (rows.empty()) {
        m_message->showError(tr("Select the entries to hold first."));
        return;
    }
    for (int row : rows) {
        const QTableWidgetItem* first = m_entries->item(row, 0);
        if (first->data(kCaseRole).toBool())
            m_caseHolds.insert(first->data(kIdRole).toLongLong(), reason);
        else
            m_holds.insert(first->data(kIdRole).toLongLong(), reason);
    }
    m_holdReason->clear();
    showSchedule();
    m_message->showInfo(
        tr("%n entries held. The hold is recorded with the disposal when you approve it; until then it is kept on "
           "this page only.",
           nullptr, static_cast<int>(rows.size())));
}

void DisposalPage::releaseSelected()
{
    m_message->showInfo(tr("Hold released. It is recorded when you approve the disposal; until then on this page "
                           "only."));
    for (QTableWidgetItem* item : m_entries->selectedItems()) {
        const QTableWidgetItem* first = m_entries->item(item->row(), 0);
        if (first->data(kCaseRole).toBool())
            m_caseHolds.remove(first->data(kIdRole).toLongLong());
        else
            m_holds.remove(first->data(kIdRole).toLongLong());
    }
    showSchedule();
}

void DisposalPage::approve()
{
    Session* s = session();
    if (!s)
        return;
    if (m_register->currentIndex() < 0) {
        m_message->showError(tr("Choose the database in the register that the 様式1④ record names."));
        return;
    }
    const int year = m_year->currentData().toInt();
    if (MessageBox::question(this, tr("Approve the disposal"),
                             tr("Approve the disposal at the end of %1: %2\n\nThe acting chief or the auditor "
                                "confirms it next; then you run it.")
                                 .arg(formatFiscalYear(year), m_summary->text()))
        != MessageBox::Button::Yes)
        return;
    auto id = DisposalRuns::approve(*s, year, m_holds, m_method->currentData().toString(),
                                    m_register->currentData().toLongLong(), m_caseHolds);
    if (!id) {
        m_message->showError(id.error().message);
        return;
    }
    m_holds.clear();
    m_caseHolds.clear();
    m_message->showSuccess(
        tr("Disposal No.%1 approved. The acting chief or the auditor confirms it next.").arg(id.value()));
    showRuns();
    showSchedule();
}

void DisposalPage::confirm()
{
    Session* s = session();
    const auto open = openRun();
    if (!s || !open)
        return;
    if (MessageBox::question(this, tr("Confirm the disposal"),
                             tr("Confirm disposal No.%1 (%2 entries of %3, as listed)? The chief runs it next.")
                                     .arg(open->id)
                                     .arg(open->plannedCount())
                                     .arg(formatFiscalYear(open->fiscalYear))
                                 + QStringLiteral("\n\n") + m_summary->text())
        != MessageBox::Button::Yes)
        return;
    const Status done = DisposalRuns::confirm(*s, open->id);
    if (!done.ok()) {
        m_message->showError(done.error().message);
        return;
    }
    m_message->showSuccess(tr("Disposal No.%1 confirmed. The chief can run it.").arg(open->id));
    showRuns();
    showSchedule();
}

void DisposalPage::runDisposal()
{
    Session* s = session();
    const auto open = openRun();
    if (!s || !open)
        return;
    // Said before asking (the core refuses it too): not before 1 March of the year's last month.
    if (japanDate(s->clock().nowUtc()) < open->firstRunDay()) {
        m_message->showError(disposalTooEarlyText(open.value()));
        return;
    }
    if (MessageBox::question(this, tr("Run the disposal"),
                             tr("Delete the %1 entries of disposal No.%2 now? They cannot be brought back. Backups "
                                "made before still hold them: destroy those too and record it here.")
                                 .arg(open->plannedCount())
                                 .arg(open->id))
        != MessageBox::Button::Yes)
        return;
    auto outcome = DisposalRuns::run(*s, open->id);
    if (!outcome) {
        m_message->showError(outcome.error().message);
        return;
    }
    auto number = LedgerReader::number(*s, outcome->recordEntryId);
    QString text = tr("Disposal No.%1 done: %2 entries deleted, recorded as 様式1 No.%3.")
                       .arg(open->id)
                       .arg(outcome->disposed)
                       .arg(number ? number.value() : 0);
    if (outcome->leftOut > 0)
        text += QLatin1Char(' ')
                + tr("%n approved entries stayed (held now or not yet past their period).", nullptr, outcome->leftOut);
    if (!outcome->compacted)
        text += QLatin1Char(' ')
                + tr("The file could not be compacted yet (%1): it is done at the next sign-in.")
                      .arg(outcome->compactionProblem);
    m_lastRecord = outcome->recordEntryId;
    m_openRecord->setVisible(true);
    m_message->showSuccess(text);
    showRuns();
    takeStandingHolds(*s); // what the run held stays held for the next year's list
    showSchedule();
    if (m_runs->rowCount() > 0)
        m_runs->selectRow(0);
}

void DisposalPage::cancelRun()
{
    Session* s = session();
    const auto open = openRun();
    if (!s || !open)
        return;
    if (MessageBox::question(this, tr("Cancel the disposal"),
                             tr("Cancel disposal No.%1? Nothing is deleted.").arg(open->id))
        != MessageBox::Button::Yes)
        return;
    const Status done = DisposalRuns::cancel(*s, open->id);
    if (!done.ok()) {
        m_message->showError(done.error().message);
        return;
    }
    m_message->showInfo(tr("Disposal No.%1 cancelled.").arg(open->id));
    showRuns();
    takeStandingHolds(*s);
    showSchedule();
}

void DisposalPage::recordBackups()
{
    Session* s = session();
    const auto run = selectedRun();
    if (!s || !run)
        return;
    QList<std::int64_t> seqs;
    for (int i = 0; i < m_backups->count(); ++i)
        if (m_backups->item(i)->checkState() == Qt::Checked)
            seqs << m_backups->item(i)->data(Qt::UserRole).toLongLong();
    if (seqs.isEmpty()) {
        m_message->showError(tr("Check the backups that were destroyed first."));
        return;
    }
    // How, when and by whom: asked, never assumed (第20条1項(2), 第10条⑤).
    QList<std::pair<std::int64_t, QString>> people;
    if (auto directory = LedgerDirectory::load(*s))
        for (const auto& person : directory->activePeople())
            if (person.first != s->user().id)
                people << person;
    auto* dialog =
        new BackupDestructionDialog(static_cast<int>(seqs.size()), japanDate(s->clock().nowUtc()), people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::int64_t runId = run->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, runId, seqs] {
        Session* current = session();
        if (!current)
            return;
        auto record = DisposalRuns::recordBackupsDestroyed(*current, runId, seqs, dialog->destruction());
        if (!record) {
            m_message->showError(record.error().message);
            return;
        }
        auto number = LedgerReader::number(*current, record.value());
        m_message->showSuccess(
            tr("%n backup(s) recorded as destroyed in 様式1 No.%1.", nullptr, static_cast<int>(seqs.size()))
                .arg(number ? number.value() : 0));
        const int row = m_runs->currentRow();
        showRuns();
        m_runs->selectRow(row);
    });
    dialog->open();
}

} // namespace daicho
