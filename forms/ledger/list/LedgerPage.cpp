#include "ledger/list/LedgerPage.h"

#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "common/MessageBox.h"
#include "ledger/CarryOutLog.h"
#include "ledger/EntryExitLog.h"
#include "ledger/Labels.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerText.h"
#include "ledger/editor/DateFieldEditor.h"
#include "ledger/editor/EntryEditorDialog.h"
#include "ledger/entry/BulkDecisionDialog.h"
#include "ledger/entry/DecisionDialog.h"
#include "ledger/entry/EntryViewDialog.h"
#include "ledger/entry/HistoryDialog.h"
#include "ledger/guide/LegalBasisDialog.h"
#include "ledger/list/LedgerCounter.h"
#include "ledger/list/LedgerFilterBar.h"
#include "ledger/list/LedgerTableModel.h"
#include "ledger/list/SortedFetch.h"
#include "ledger/monitoring/CheckItemsDialog.h"
#include "ledger/output/LedgerOutput.h"
#include "retention/DisposalSchedule.h"
#include "retention/RegisterRetention.h"
#include "shell/LockController.h"
#include "shell/SessionHolder.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <QTimer>

#include <algorithm>

namespace daicho {

namespace {

// Sorting by another column than the date reads the whole list; beyond this, narrow it first.
constexpr int kMaxSortedRows = 5000;

// A column never takes more than this when fitted to its contents; the rest is a hover away.
constexpr int kMaxColumnWidth = 320;

} // namespace

LedgerPage::LedgerPage(SessionHolder& holder, const FormDefinition& form, QWidget* parent)
    : Page(holder, parent)
    , m_form(form)
    , m_filterBar(new LedgerFilterBar(form, this))
    , m_model(new LedgerTableModel(form, this))
    , m_counter(new LedgerCounter(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_message(new MessageBanner(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_decide(new QPushButton(decideButtonText(form) + QStringLiteral("…"), this))
    , m_return(new QPushButton(returnButtonText() + QStringLiteral("…"), this))
    , m_history(new QPushButton(tr("&History…"), this))
    , m_output(new LedgerOutput(
          form, [this] { return session(); }, [this] { return listFilter(); }, [this] { return orderOnScreen(); },
          this))
    , m_outputButton(new QPushButton(tr("&Output"), this))
    , m_importButton(new QPushButton(tr("I&mport"), this))
{
    setObjectName(QStringLiteral("ledgerPage.") + form.id);
    m_view->setObjectName(QStringLiteral("ledgerTable"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_message->setObjectName(QStringLiteral("ledgerMessage"));
    m_new->setObjectName(QStringLiteral("newEntryButton"));
    m_correct->setObjectName(QStringLiteral("correctEntryButton"));
    m_decide->setObjectName(QStringLiteral("decideEntryButton"));
    m_return->setObjectName(QStringLiteral("returnEntryButton"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_new->setToolTip(tr("Write a new entry (Ctrl+N)"));
    m_correct->setToolTip(tr("Correct the selected entry; the version before is kept"));
    m_return->setToolTip(tr("Send the selected entry back to the writer with a comment"));
    m_history->setToolTip(tr("Every version of the selected entry and the decisions about it"));
    m_outputButton->setObjectName(QStringLiteral("outputButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_outputButton->setToolTip(tr("Print, PDF, CSV or Excel of the list as filtered"));
    m_importButton->setToolTip(tr("Add entries from a CSV file"));
    m_outputButton->setMenu(m_output->outputMenu());
    m_importButton->setMenu(m_output->importMenu());
    if (entry_exit::isEntryExitLog(form)) {
        m_recordIn = new QPushButton(tr("Record &entry…"), this);
        m_recordOut = new QPushButton(tr("Record e&xit…"), this);
        m_inside = new QLabel(this);
        m_recordIn->setObjectName(QStringLiteral("recordEntryInButton"));
        m_recordOut->setObjectName(QStringLiteral("recordExitButton"));
        m_inside->setObjectName(QStringLiteral("insideCountLabel"));
        m_recordIn->setToolTip(tr("Somebody comes in: a new entry with today's date, the time now and you as escort"));
        m_recordOut->setToolTip(tr("The selected person leaves: the time out becomes the time now"));
    }
    if (carry_out::isCarryOutLog(form)) {
        m_recordReturn = new QPushButton(tr("Record the re&turn…"), this);
        m_overdue = new QLabel(this);
        m_recordReturn->setObjectName(QStringLiteral("recordReturnButton"));
        m_overdue->setObjectName(QStringLiteral("overdueCountLabel"));
        m_recordReturn->setToolTip(tr("What the selected carry-out took out is back: the return becomes the time now"));
    }
    if (form.firstOfType(FieldType::Checklist)) {
        m_checkItems = new QPushButton(tr("Check &items…"), this);
        m_checkItems->setObjectName(QStringLiteral("checkItemsButton"));
        m_checkItems->setToolTip(tr("The items every new sheet starts from (kept by the chief)"));
    }

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once for a head's review of many (Ctrl+click, Shift+arrows); the other
    // actions take one entry.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, &LedgerPage::sortByColumn);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    auto* heading = new QLabel(title(), this);
    heading->setObjectName(QStringLiteral("ledgerHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* article = new QLabel(citedArticle(form.article), this);
    article->setObjectName(QStringLiteral("ledgerArticle"));
    // The articles wrap rather than widen the window past a 1280-pixel screen.
    article->setWordWrap(true);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addWidget(article, 1, Qt::AlignBottom);

    auto* buttons = new QHBoxLayout;
    if (m_recordIn) {
        // At the door, coming and going are the daily work: first.
        buttons->addWidget(m_recordIn);
        buttons->addWidget(m_recordOut);
        buttons->addSpacing(12);
    }
    for (QPushButton* button : {m_new, m_correct, m_decide, m_return, m_history})
        buttons->addWidget(button);
    if (m_recordReturn) {
        buttons->addSpacing(12);
        buttons->addWidget(m_recordReturn);
    }
    if (m_checkItems) {
        buttons->addSpacing(12);
        buttons->addWidget(m_checkItems);
    }
    buttons->addSpacing(12);
    buttons->addWidget(m_outputButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch(1);
    // The counts sit beside the heading: the row of buttons then fits a 1280-pixel screen
    // beside the navigator even for 様式5, which has two more.
    for (QLabel* late : {m_inside, m_overdue}) {
        if (!late)
            continue;
        headingRow->addWidget(late, 0, Qt::AlignBottom);
        headingRow->addSpacing(12);
    }
    headingRow->addWidget(m_count, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addWidget(m_filterBar);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_new, &QPushButton::clicked, this, &LedgerPage::newEntry);
    connect(m_correct, &QPushButton::clicked, this, &LedgerPage::correctSelected);
    connect(m_decide, &QPushButton::clicked, this, &LedgerPage::decideSelected);
    connect(m_return, &QPushButton::clicked, this, &LedgerPage::returnSelected);
    connect(m_history, &QPushButton::clicked, this, &LedgerPage::historyOfSelected);
    if (m_recordIn) {
        connect(m_recordIn, &QPushButton::clicked, this, &LedgerPage::recordEntryIn);
        connect(m_recordOut, &QPushButton::clicked, this, &LedgerPage::recordExitOfSelected);
    }
    if (m_recordReturn)
        connect(m_recordReturn, &QPushButton::clicked, this, &LedgerPage::recordReturnOfSelected);
    if (m_checkItems)
        connect(m_checkItems, &QPushButton::clicked, this, &LedgerPage::showCheckItems);
    connect(m_output, &LedgerOutput::succeeded, m_message, &MessageBanner::showSuccess);
    connect(m_output, &LedgerOutput::failed, m_message, &MessageBanner::showError);
    connect(m_output, &LedgerOutput::noted, m_message, &MessageBanner::showInfo);
    connect(m_output, &LedgerOutput::imported, this, [this](std::int64_t count, std::int64_t skipped) {
        reload();
        if (count == 0 && skipped > 0) {
            m_message->showInfo(tr("Nothing was imported: the ledger keeps every row of the file already (%n rows).",
                                   nullptr, static_cast<int>(skipped)));
            return;
        }
        QString text = tr("%n entries were imported.", nullptr, static_cast<int>(count));
        if (skipped > 0)
            text += QLatin1Char(' ')
                    + tr("%n rows were left out: the ledger keeps them already.", nullptr, static_cast<int>(skipped));
        m_message->showSuccess(text);
    });
    connect(m_view, &QTableView::activated, this, &LedgerPage::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LedgerPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LedgerPage::fitColumns);
    connect(m_model, &LedgerTableModel::fetchFailed, m_message, &MessageBanner::showError);
    // The order button brings the list back to its date order.
    connect(m_filterBar, &LedgerFilterBar::orderChanged, this, [this] { m_sort.reset(); });
    connect(m_filterBar, &LedgerFilterBar::changed, this, &LedgerPage::applyFilter);
    connect(m_counter, &LedgerCounter::counted, this,
            [this](qint64 count) { m_count->setText(tr("%n entries", nullptr, static_cast<int>(count))); });
    connect(m_counter, &LedgerCounter::failed, this, [this](const QString& message) {
        m_count->setText(tr("Not counted"));
        m_count->setToolTip(message);
    });

    // Window shortcuts: only the page on show has them (a hidden page's are inactive).
    auto* newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(newShortcut, &QShortcut::activated, this, [this] {
        if (m_new->isVisible() && m_new->isEnabled())
            newEntry();
    });
    auto* findShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });
    auto* reloadShortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(reloadShortcut, &QShortcut::activated, this, &LedgerPage::refresh);

    updateButtons();
}

LedgerPage::~LedgerPage() = default;

QString LedgerPage::title() const
{
    return ledgerTitleWithKind(m_form);
}

void LedgerPage::refresh()
{
    if (!session())
        return;
    reload();
}

void LedgerPage::showAwaitingMyDecision()
{
    if (!session())
        return;
    m_filterBar->showAwaitingDecision();
}

void LedgerPage::reload()
{
    Session* s = session();
    if (!s)
        return;
    emit reloaded();
    Result<LedgerDirectory> directory = LedgerDirectory::load(*s);
    if (!directory) {
        m_message->showError(directory.error().message);
        return;
    }
    m_directory = std::move(directory.value());
    const int current = fiscalYear(japanDate(s->clock().nowUtc()));
    // A log opens on the current fiscal year; the management register (様式3) is a standing
    // list kept while its entries exist, not a year's log, so it opens on all of them.
    const bool standing = m_form.retention.kind == RetentionKind::WhileRegistered;
    m_filterBar->setChoices(m_directory, fiscalYears(*s, current), standing ? std::nullopt : std::optional(current));
    applyFilter();
}

void LedgerPage::clearViews()
{
    m_counter->stopAll(); // no thread keeps a keyed connection once locked
    m_model->clear();
    m_filterBar->clearChoices();
    m_directory = LedgerDirectory();
    m_count->clear();
    m_count->setToolTip({});
    if (m_inside)
        m_inside->clear();
    m_message->clearMessage();
    updateButtons();
}

QList<int> LedgerPage::fiscalYears(const Session& session, int current) const
{
    // From the oldest entry's fiscal year to the current one (or the newest entry's, if an
    // entry is dated later): one row from each end of the list.
    LedgerFilter all;
    all.formId = m_form.id;
    int first = current;
    int last = current;
    for (ListOrder order : {ListOrder::OldestFirst, ListOrder::NewestFirst}) {
        const Result<QList<LedgerRow>> row = LedgerQuery::page(session, all, order, std::nullopt, 1);
        if (row && !row->isEmpty() && row->first().date.isValid()) {
            first = std::min(first, fiscalYear(row->first().date));
            last = std::max(last, fiscalYear(row->first().date));
        }
    }
    QList<int> years;
    for (int year = first; year <= last; ++year)
        years << year;
    return years;
}

Result<LedgerFilter> LedgerPage::listFilter() const
{
    Result<LedgerFilter> filter = m_filterBar->filter();
    Session* s = session();
    if (!filter || !s)
        return filter;
    if (m_filterBar->overdueOnly())
        return carry_out::overdueOnly(filter.value(), s->clock().nowUtc());
    if (!m_filterBar->insideOnly())
        return filter;
    // Visits with no time out, whatever day they began (第17条(1)): the list, its print and
    // its export alike.
    LedgerFilter inside = filter.value();
    inside.from.reset();
    inside.to.reset();
    inside.keep = [visit = *m_form.presence](const FieldValues& values) { return entry_exit::isOpen(visit, values); };
    return inside;
}

void LedgerPage::applyFilter()
{
    Session* s = session();
    if (!s)
        return;
    m_message->clearMessage();
    updateInsideCount();
    updateOverdueCount();
    const Result<LedgerFilter> filter = listFilter();
    if (!filter) {
        // An unreadable date is never taken as "no date": the list waits for a good one.
        m_counter->cancel();
        m_model->clear();
        m_count->clear();
        m_message->showError(filter.error().message);
        return;
    }
    const LedgerFilter chosen = filter.value();
    LedgerTableModel::Fetch fetch = listFetch(chosen);
    m_count->setToolTip({});
    showSortIndicator();
    if (m_filterBar->insideOnly() || m_filterBar->overdueOnly()) {
        // The time out and the return are inside the encrypted entry: the entries are read and
        // the open or overdue ones kept (the filter's condition), here and for the count.
        m_counter->cancel();
        m_model->setSource(std::move(fetch), m_directory, s->clock().nowUtc());
        fitColumns();
        const Result<int> open =
            m_filterBar->insideOnly() ? entry_exit::countOpen(*s, chosen) : carry_out::countOverdue(*s, chosen);
        m_count->setText(open ? tr("%n entries", nullptr, open.value()) : tr("Not counted"));
        if (!open)
            m_count->setToolTip(open.error().message);
        return;
    }
    m_model->setSource(std::move(fetch), m_directory, s->clock().nowUtc());
    fitColumns();
    m_count->setText(tr("Counting…"));
    m_counter->start(*s, chosen);
}

void LedgerPage::updateInsideCount()
{
    Session* s = session();
    if (!m_inside || !s)
        return;
    LedgerFilter all;
    all.formId = m_form.id;
    // Whatever day the visit began: one left open yesterday is still inside as far as the
    // log knows (第17条(1)), and the list marks it for the head.
    const Result<int> open = entry_exit::countOpen(*s, all);
    m_inside->setText(open ? tr("Inside now: %n", nullptr, open.value()) : tr("Inside now: ?"));
    m_inside->setToolTip(open ? tr("People who came in and have no time out yet, whatever day they came")
                              : open.error().message);
}

void LedgerPage::updateOverdueCount()
{
    Session* s = session();
    if (!m_overdue || !s)
        return;
    LedgerFilter all;
    all.formId = m_form.id;
    const Result<int> overdue = carry_out::countOverdue(*s, all);
    m_overdue->setText(overdue ? tr("Return overdue: %n", nullptr, overdue.value()) : tr("Return overdue: ?"));
    m_overdue->setStyleSheet(overdue && overdue.value() > 0 ? QStringLiteral("color: #b00020; font-weight: bold;")
                                                            : QString());
    m_overdue->setToolTip(overdue ? tr("Carry-outs past their expected return with no return recorded")
                                  : overdue.error().message);
}

void LedgerPage::fitColumns()
{
    if (m_columnsFitted)
        return;
    if (m_model->rowCount() == 0) {
        // An empty list still shows whole headers (「本人の同意が得られていることを確認した旨」 was
        // cut to 「本人の同意が得ら」); its rows fit the columns again when they come.
        QHeaderView* header = m_view->horizontalHeader();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, std::min(header->sectionSizeHint(column), kMaxColumnWidth));
        return;
    }
    m_columnsFitted = true;
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), kMaxColumnWidth));
}

QList<LedgerRow> LedgerPage::selectedRows() const
{
    QModelIndexList indexes = m_view->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<LedgerRow> rows;
    for (const QModelIndex& index : std::as_const(indexes))
        if (index.row() < m_model->rowCount())
            if (const LedgerRow* row = m_model->entryRow(index.row()))
                rows << *row;
    return rows;
}

bool LedgerPage::mayDecideAll(const QList<LedgerRow>& rows) const
{
    Session* s = session();
    if (!s || rows.isEmpty())
        return false;
    for (const LedgerRow& row : rows)
        if (!awaitsDecision(row.state) || !LedgerAccess::requireDecide(*s, m_form, row.departmentId).ok())
            return false;
    return true;
}

std::optional<LedgerRow> LedgerPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1 || rows.first().row() >= m_model->rowCount())
        return std::nullopt;
    const LedgerRow* row = m_model->entryRow(rows.first().row());
    return row ? std::optional<LedgerRow>(*row) : std::nullopt;
}

bool LedgerPage::selectEntry(EntryId id)
{
    const std::optional<int> row = m_model->rowOf(id);
    if (!row)
        return false;
    m_view->selectRow(*row);
    m_view->scrollTo(m_model->index(*row, 0));
    return true;
}

void LedgerPage::updateButtons()
{
    Session* s = session();
    const std::optional<LedgerRow> row = selectedRow();
    const bool mayWrite = s && LedgerAccess::requireWrite(*s, m_form, std::nullopt).ok();
    const bool mayDecide = s && LedgerAccess::requireDecide(*s, m_form, std::nullopt).ok();
    m_new->setVisible(mayWrite);
    m_correct->setVisible(mayWrite);
    m_decide->setVisible(mayDecide);
    m_return->setVisible(mayDecide);
    m_new->setEnabled(mayWrite);
    m_correct->setEnabled(mayWrite && row && LedgerAccess::requireWrite(*s, m_form, row->departmentId).ok());
    const bool decidable = mayDecide && mayDecideAll(selectedRows());
    m_decide->setEnabled(decidable);
    m_return->setEnabled(decidable);
    m_history->setEnabled(s && row);
    if (m_recordIn) {
        m_recordIn->setVisible(mayWrite);
        m_recordIn->setEnabled(mayWrite);
        m_recordOut->setVisible(mayWrite);
        m_recordOut->setEnabled(mayWrite && row && entry_exit::isOpen(*m_form.presence, row->values)
                                && LedgerAccess::requireWrite(*s, m_form, row->departmentId).ok());
    }
    if (m_recordReturn) {
        // The carrier or the staff of the entry's department, once the head has approved it.
        m_recordReturn->setVisible(mayWrite);
        m_recordReturn->setEnabled(mayWrite && row && row->state == EntryState::Approved
                                   && carry_out::awaitsReturn(m_form, row->values)
                                   && LedgerAccess::requireWrite(*s, m_form, row->departmentId).ok());
    }
    if (m_checkItems)
        m_checkItems->setEnabled(s != nullptr);
    m_output->updateActions();
    m_outputButton->setVisible(m_output->mayExport());
    m_importButton->setVisible(m_output->mayImport());
}

void LedgerPage::returnFocusToList(QDialog* dialog)
{
    // Keyboard work goes on where it was: back on the list once the dialog closes (#11 §18).
    // After the window has taken its focus back (to the button that opened the dialog).
    connect(dialog, &QDialog::finished, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (isVisible())
                m_view->setFocus(Qt::OtherFocusReason);
        });
    });
}

QString LedgerPage::numberText(EntryId id)
{
    Session* s = session();
    const Result<std::int64_t> number = s ? LedgerReader::number(*s, id) : Result<std::int64_t>(std::int64_t{0});
    return number && number.value() > 0 ? QString::number(number.value()) : QString();
}

void LedgerPage::afterWrite(EntryId id, const QString& message)
{
    reload();
    selectEntry(id);
    m_message->showSuccess(message);
}

void LedgerPage::newEntry()
{
    if (!session())
        return;
    const std::optional<TransferDirection> direction = transferDirectionOf(m_form);
    if (!direction) {
        writeNewEntry();
        return;
    }
    // 第30条–第32条: which record a provision or receipt needs follows from its legal basis,
    // so the guide comes first; it may lead to another of these forms, or to none.
    auto* guide = new LegalBasisDialog(*direction, this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->offerDirectRecord(m_form.id);
    connect(guide, &LegalBasisDialog::formChosen, this, [this](const QString& formId, const FieldValues& fill) {
        if (formId == m_form.id)
            writeNewEntry(fill);
        else
            emit newEntryRequested(formId, fill);
    });
    guide->open();
}

void LedgerPage::writeNewEntry(const FieldValues& fill, bool fromStartPage)
{
    if (EntryEditorDialog* dialog = openNewEditor(); dialog && !fill.isEmpty())
        dialog->fillFromGuide(fill, fromStartPage ? EntryEditorDialog::FillSource::StartPage
                                                  : EntryEditorDialog::FillSource::LegalBasisGuide);
}

EntryEditorDialog* LedgerPage::openNewEditor()
{
    Session* s = session();
    if (!s)
        return nullptr;
    if (const Status allowed = LedgerAccess::requireWrite(*s, m_form, std::nullopt); !allowed) {
        m_message->showError(allowed.error().message);
        return nullptr;
    }
    // Names read now: a register entry added a moment ago on another page is offered.
    Result<LedgerDirectory> directory = LedgerDirectory::load(*s);
    if (!directory) {
        m_message->showError(directory.error().message);
        return nullptr;
    }
    auto* dialog = new EntryEditorDialog(
        m_form, std::move(directory.value()), [this] { return session(); }, this);
    dialog->setDefaults(s->user(), s->clock().nowUtc());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EntryEditorDialog::saved, this,
            [this](EntryId id) { afterWrite(id, tr("Entry No. %1 was added.").arg(numberText(id))); });
    LockController::keepUnsavedInput(dialog);
    returnFocusToList(dialog);
    dialog->open();
    return dialog;
}

void LedgerPage::recordEntryIn()
{
    Session* s = session();
    if (!s || !m_recordIn)
        return;
    const QDateTime now = s->clock().nowUtc();
    const std::int64_t writer = s->user().id;
    EntryEditorDialog* dialog = openNewEditor();
    if (!dialog)
        return;
    if (auto* timeIn = qobject_cast<DateFieldEditor*>(dialog->editor(m_form.presence->timeIn)))
        timeIn->setJapanDateTime(now);
    if (FieldEditor* escort = dialog->editor(m_form.presence->escort))
        escort->setValue(QVariant::fromValue<qint64>(writer));
    // What the page filled in is not the person's input: Cancel closes without asking.
    dialog->markUnchanged();
    if (FieldEditor* name = dialog->editor(m_form.presence->name))
        name->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void LedgerPage::recordExitOfSelected()
{
    Session* s = session();
    const std::optional<LedgerRow> row = selectedRow();
    if (!s || !row || !m_recordOut)
        return;
    const Result<LedgerEntry> entry = LedgerReader::entry(*s, row->id);
    if (!entry) {
        m_message->showError(entry.error().message);
        return;
    }
    if (!entry_exit::isOpen(*m_form.presence, entry->values)) {
        m_message->showInfo(tr("Entry No. %1 already has a time out.").arg(row->number));
        return;
    }
    const QDateTime now = s->clock().nowUtc();
    const QString name = entry->values.value(m_form.presence->name).toString();
    const QString time = toJapanTime(now).time().toString(QStringLiteral("HH:mm"));
    if (MessageBox::question(this, tr("Record the exit"), tr("Record that %1 left at %2?").arg(name, time),
                             MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::No),
                             MessageBox::Button::Yes)
        != MessageBox::Button::Yes)
        return;
    s = session();
    if (!s)
        return;
    const Result<entry_exit::RecordedExit> recorded = entry_exit::recordExit(*s, row->id);
    if (!recorded) {
        m_message->showError(tr("The exit was not recorded: %1").arg(recorded.error().message));
        return;
    }
    afterWrite(row->id, tr("The exit of %1 was recorded at %2.")
                            .arg(name, toJapanTime(recorded->timeOutUtc).time().toString(QStringLiteral("HH:mm"))));
}

void LedgerPage::recordReturnOfSelected()
{
    Session* s = session();
    const std::optional<LedgerRow> row = selectedRow();
    if (!s || !row || !m_recordReturn)
        return;
    const QString time = formatWarekiDateTime(s->clock().nowUtc());
    if (MessageBox::question(
            this, tr("Record the return"),
            tr("Record that what entry No. %1 took out came back now (%2)?").arg(row->number).arg(time),
            MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::No), MessageBox::Button::Yes)
        != MessageBox::Button::Yes)
        return;
    s = session();
    if (!s)
        return;
    const Result<carry_out::RecordedReturn> recorded = carry_out::recordReturn(*s, row->id);
    if (!recorded) {
        m_message->showError(tr("The return was not recorded: %1").arg(recorded.error().message));
        return;
    }
    afterWrite(row->id, tr("The return of entry No. %1 was recorded: %2.")
                            .arg(row->number)
                            .arg(formatWarekiDateTime(recorded->returnedUtc)));
}

void LedgerPage::correctSelected()
{
    if (const std::optional<LedgerRow> row = selectedRow())
        correctEntry(row->id);
}

void LedgerPage::correctEntry(EntryId id)
{
    Session* s = session();
    if (!s)
        return;
    const Result<LedgerEntry> entry = LedgerReader::entry(*s, id);
    if (!entry) {
        m_message->showError(entry.error().message);
        return;
    }
    Result<LedgerDirectory> directory = LedgerDirectory::load(*s);
    if (!directory) {
        m_message->showError(directory.error().message);
        return;
    }
    auto* dialog = new EntryEditorDialog(
        m_form, std::move(directory.value()), [this] { return session(); }, this);
    dialog->setEntry(entry.value());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EntryEditorDialog::saved, this,
            [this](EntryId saved) { afterWrite(saved, tr("Entry No. %1 was corrected.").arg(numberText(saved))); });
    LockController::keepUnsavedInput(dialog);
    returnFocusToList(dialog);
    dialog->open();
}

void LedgerPage::decideSelected()
{
    if (selectedRows().size() > 1)
        openBulkDecision(false);
    else
        openDecision(false);
}

void LedgerPage::returnSelected()
{
    if (selectedRows().size() > 1)
        openBulkDecision(true);
    else
        openDecision(true);
}

void LedgerPage::openBulkDecision(bool returning)
{
    Session* s = session();
    const QList<LedgerRow> rows = selectedRows();
    if (!s || !mayDecideAll(rows))
        return;
    QList<BulkDecisionDialog::Item> items;
    for (const LedgerRow& row : rows) {
        const Result<LedgerEntry> entry = LedgerReader::entry(*s, row.id);
        const Result<QList<LedgerRevision>> revisions = LedgerReader::revisions(*s, row.id);
        if (!entry || !revisions) {
            m_message->showError(!entry ? entry.error().message : revisions.error().message);
            return;
        }
        items << BulkDecisionDialog::Item{entry.value(), revisions.value()};
    }
    auto* dialog = new BulkDecisionDialog(
        m_form, m_directory, std::move(items), [this] { return session(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &BulkDecisionDialog::decided, this,
        [this](const QList<EntryId>& ids, Decision decision, const QStringList& refused) {
            reload();
            if (!ids.isEmpty())
                selectEntry(ids.first());
            if (refused.isEmpty()) {
                m_message->showSuccess(
                    tr("%n entries: %1.", nullptr, static_cast<int>(ids.size())).arg(decisionDisplayName(decision)));
                return;
            }
            m_message->showError(tr("%n entries: %1. Not recorded:", nullptr, static_cast<int>(ids.size()))
                                     .arg(decisionDisplayName(decision))
                                 + QLatin1Char('\n') + refused.join(QLatin1Char('\n')));
        });
    returnFocusToList(dialog);
    dialog->open();
    (returning ? static_cast<QWidget*>(dialog->commentEdit()) : dialog->positiveButton())
        ->setFocus(Qt::OtherFocusReason);
}

void LedgerPage::openDecision(bool returning)
{
    Session* s = session();
    const std::optional<LedgerRow> row = selectedRow();
    if (!s || !row)
        return;
    const Result<LedgerEntry> entry = LedgerReader::entry(*s, row->id);
    if (!entry) {
        m_message->showError(entry.error().message);
        return;
    }
    auto* dialog = new DecisionDialog(
        m_form, m_directory, entry.value(), [this] { return session(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DecisionDialog::decided, this, [this](EntryId id, Decision decision) {
        afterWrite(id, tr("Entry No. %1: %2.").arg(numberText(id)).arg(decisionDisplayName(decision)));
    });
    returnFocusToList(dialog);
    dialog->open();
    (returning ? static_cast<QWidget*>(dialog->commentEdit()) : dialog->positiveButton())
        ->setFocus(Qt::OtherFocusReason);
}

void LedgerPage::historyOfSelected()
{
    if (const std::optional<LedgerRow> row = selectedRow())
        showHistory(row->id);
}

void LedgerPage::showHistory(EntryId id, QWidget* over)
{
    Session* s = session();
    if (!s)
        return;
    Result<QList<LedgerRevision>> revisions = LedgerReader::revisions(*s, id);
    if (!revisions) {
        m_message->showError(revisions.error().message);
        return;
    }
    Result<QList<LedgerApproval>> approvals = LedgerReader::approvals(*s, id);
    if (!approvals) {
        m_message->showError(approvals.error().message);
        return;
    }
    const Result<std::int64_t> number = LedgerReader::number(*s, id);
    auto* dialog = new HistoryDialog(m_form, m_directory, number ? number.value() : 0, std::move(revisions.value()),
                                     std::move(approvals.value()), over ? over : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!over) // opened from an entry's view, the focus goes back to the view
        returnFocusToList(dialog);
    // The link from a record to its audit entries, for those who read the trail (第15条).
    if (isAllowed(s->role(), Operation::ViewAuditTrail)) {
        dialog->offerAuditTrail();
        const std::int64_t shown = number ? number.value() : 0;
        connect(dialog, &HistoryDialog::auditTrailRequested, this,
                [this, id, shown] { emit auditTrailRequested(m_form.id, id, shown); });
    }
    dialog->open();
}

void LedgerPage::showCheckItems()
{
    if (!session() || !m_checkItems)
        return;
    // Everybody who reads the sheets sees the items; the dialog offers changes only to the
    // chief and acting chief.
    auto* dialog = new CheckItemsDialog([this] { return session(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusToList(dialog);
    dialog->open();
}

void LedgerPage::openSelected()
{
    if (const std::optional<LedgerRow> row = selectedRow())
        openEntry(row->id);
}

void LedgerPage::openEntry(EntryId id)
{
    Session* s = session();
    if (!s)
        return;
    const Result<LedgerEntry> entry = LedgerReader::entry(*s, id);
    if (!entry) {
        m_message->showError(entry.error().message);
        return;
    }
    const bool mayCorrect = LedgerAccess::requireWrite(*s, m_form, entry->departmentId).ok();
    auto* dialog = new EntryViewDialog(m_form, m_directory, entry.value(), mayCorrect, this);
    dialog->setPrintable(m_output->mayExport());
    // 第20条1項(4): until when it is kept and the fiscal-year end it goes at.
    if (const Result<EntryKeeping> keeping = DisposalSchedules::keepingOf(*s, id))
        dialog->showKeeping(keepingSummaryJa(keeping.value()));
    if (m_form.registerFields) {
        const int year = fiscalYear(japanDate(s->clock().nowUtc()));
        if (const auto held = RegisterRetention::ofRegister(*s, id, year); held && held.value())
            dialog->showDataKeeping(RegisterRetention::summaryJa(*held.value()));
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EntryViewDialog::correctionRequested, this, &LedgerPage::correctEntry);
    connect(dialog, &EntryViewDialog::printRequested, this,
            [this, dialog](EntryId entryId) { m_output->printEntry(entryId, dialog); });
    connect(dialog, &EntryViewDialog::pdfRequested, this,
            [this, dialog](EntryId entryId) { m_output->saveEntryPdf(entryId, dialog); });
    connect(dialog, &EntryViewDialog::linesExportRequested, this,
            [this, dialog](EntryId entryId) { m_output->exportEntryLines(entryId, dialog); });
    connect(dialog, &EntryViewDialog::historyRequested, this,
            [this, dialog](EntryId entryId) { showHistory(entryId, dialog); });
    returnFocusToList(dialog);
    dialog->open();
}

std::optional<int> LedgerPage::dateColumn() const
{
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (const FieldDefinition* field = m_model->columnField(column); field && field->key == m_form.dateField)
            return column;
    return std::nullopt;
}

LedgerTableModel::Fetch LedgerPage::listFetch(const LedgerFilter& chosen)
{
    const ListOrder order = m_filterBar->order();
    // A search runs once for this list; its pages are slices of the keys it found.
    auto memo = std::make_shared<SearchMemo>();
    LedgerTableModel::Fetch fetch = [this, chosen, order, memo](std::optional<PageKey> after, int limit,
                                                                Decoding decoding) -> Result<QList<LedgerRow>> {
        Session* current = session();
        if (!current)
            return makeError(ErrorCode::InvalidInput, tr("Nobody is signed in."));
        return LedgerQuery::page(*current, chosen, order, after, limit, decoding, memo.get());
    };
    if (m_sort) {
        const int column = m_sort->first;
        fetch = sortedFetch(
            std::move(fetch), [model = m_model, column](const LedgerRow& row) { return model->sortKey(row, column); },
            m_sort->second, kMaxSortedRows);
    }
    return fetch;
}

LedgerOutput::ListOrderOnScreen LedgerPage::orderOnScreen()
{
    LedgerOutput::ListOrderOnScreen onScreen;
    if (m_sort) {
        const QString column = m_model->headerData(m_sort->first, Qt::Horizontal, Qt::DisplayRole).toString();
        onScreen.description = m_sort->second == Qt::AscendingOrder ? tr("「%1」 ascending").arg(column)
                                                                    : tr("「%1」 descending").arg(column);
    } else {
        onScreen.description =
            m_filterBar->order() == ListOrder::OldestFirst ? tr("oldest date first") : tr("newest date first");
    }
    const Result<LedgerFilter> filter = listFilter();
    if (filter) {
        LedgerTableModel::Fetch fetch = listFetch(filter.value());
        onScreen.rows = [fetch](std::optional<PageKey> after, int limit) { return fetch(after, limit, Decoding::Now); };
    }
    return onScreen;
}

void LedgerPage::sortByColumn(int column)
{
    if (column == dateColumn()) {
        // The date is the list's own order (keyset paging): the first click comes back to it.
        if (!m_sort) {
            m_filterBar->setOrder(m_filterBar->order() == ListOrder::NewestFirst ? ListOrder::OldestFirst
                                                                                 : ListOrder::NewestFirst);
            return;
        }
        m_sort.reset();
        applyFilter();
        return;
    }
    const Qt::SortOrder order = m_sort && m_sort->first == column && m_sort->second == Qt::AscendingOrder
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    m_sort = std::make_pair(column, order);
    applyFilter();
}

void LedgerPage::showSortIndicator()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker quiet(header);
    // Qt draws an ascending order as ▼ (QHeaderView's convention); an office reads ▲ as 昇順 and
    // ▼ as 降順, as Excel shows them. The arrow is set the way it is read: newest first shows ▼.
    const auto shown = [](Qt::SortOrder order) {
        return order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    };
    if (m_sort) {
        header->setSortIndicator(m_sort->first, shown(m_sort->second));
        return;
    }
    const std::optional<int> date = dateColumn();
    header->setSortIndicator(
        date.value_or(-1),
        shown(m_filterBar->order() == ListOrder::OldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder));
}

} // namespace daicho
