#include "cases/RequestsPage.h"

#include "cases/CaseDialog.h"
#include "cases/CaseKinds.h"
#include "cases/CaseReader.h"
#include "cases/CaseText.h"
#include "cases/DeskSettings.h"
#include "cases/PersonSearchDialog.h"
#include "cases/ReceiveKindDialog.h"
#include "cases/StepEditorDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "ledger/LedgerDirectory.h"
#include "print/CaseDocuments.h"
#include "print/LetterSheet.h"
#include "shell/LockController.h"
#include "shell/SessionHolder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace daicho {

namespace {

constexpr int kCaseRole = Qt::UserRole + 1;

enum Column { Number, Kind, Subject, Received, State, Section, FirstClock };

const QColor kOverdue(0xb0, 0x00, 0x20);

} // namespace

RequestsPage::RequestsPage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_readers(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_receive(new QPushButton(tr("&Receive a request…"), this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_message(new MessageBanner(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_readers->setObjectName(QStringLiteral("requestReadersLabel"));
    m_filter->setObjectName(QStringLiteral("requestFilterCombo"));
    m_receive->setObjectName(QStringLiteral("receiveRequestButton"));
    m_open->setObjectName(QStringLiteral("openCaseButton"));
    m_message->setObjectName(QStringLiteral("requestsMessage"));
    m_table->setObjectName(QStringLiteral("requestsTable"));

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* article = new QLabel(tr("規程第33条〜第39条: requests from individuals about their own data"), this);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addWidget(article, 1, Qt::AlignBottom);
    m_readers->setWordWrap(true);

    m_filter->addItem(tr("Open only"), true);
    m_filter->addItem(tr("All"), false);
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_receive->setToolTip(tr("Record a request received at the desk (Ctrl+N)"));
    m_open->setToolTip(tr("Open the selected case (Enter)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(filterLabel);
    buttons->addWidget(m_filter);
    buttons->addSpacing(16);
    buttons->addWidget(m_receive);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    // Everything recorded about one person (法33条5項), and the blank forms of the counter.
    auto* person = new QPushButton(tr("Records about a &person…"), this);
    person->setObjectName(QStringLiteral("personSearchPageButton"));
    connect(person, &QPushButton::clicked, this, [this] {
        auto* dialog = new PersonSearchDialog([this] { return session(); }, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* blank = new QPushButton(tr("&Blank forms…"), this);
    blank->setObjectName(QStringLiteral("blankFormsButton"));
    blank->setToolTip(tr("様式8, 11 and 13 (requests) and 様式9 (power of attorney), to hand out at the desk"));
    auto* blankMenu = new QMenu(blank);
    QStringList formsListed;
    blankMenu->addAction(tr("様式8 保有個人データ開示等請求書"), this, [this] { printBlankForms(true, false); });
    // 様式11 and 様式13 are the requests' own forms (第36条・第37条), for what they ask beyond 様式8.
    for (const CaseKind& kind : CaseKinds::all())
        if (kind.requestForm != blankRequestForm({}).formNumber && !formsListed.contains(kind.requestForm)) {
            formsListed << kind.requestForm;
            const QString title = blankRequestForm({}, &kind).title;
            blankMenu->addAction(tr("%1 %2").arg(kind.requestForm, title), this,
                                 [this, id = kind.id] { printBlankRequest(id); });
        }
    blankMenu->addAction(tr("様式9 委任状"), this, [this] { printBlankForms(false, true); });
    blankMenu->addAction(tr("様式8 and 様式9 together"), this, [this] { printBlankForms(true, true); });
    blank->setMenu(blankMenu);
    buttons->addWidget(person);
    buttons->addWidget(blank);

    QStringList headers{tr("Receipt No."), tr("Kind"),  tr("Individual"),
                        tr("Received on"), tr("State"), tr("Handling section")};
    // A column for each clock the kinds have (決定期限, 通知送付期限), in the first kind's order.
    for (const CaseKind& kind : CaseKinds::all())
        for (const CaseClock& clock : kind.clocks)
            if (!m_clockKeys.contains(clock.key)) {
                m_clockKeys << clock.key;
                headers << CaseText::clockLabel(clock);
            }
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Requests"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addWidget(m_readers);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &RequestsPage::refresh);
    connect(m_receive, &QPushButton::clicked, this, &RequestsPage::receive);
    connect(m_open, &QPushButton::clicked, this, &RequestsPage::openSelected);
    connect(m_table, &QTableWidget::activated, this, &RequestsPage::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RequestsPage::updateButtons);
    auto* receiveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(receiveShortcut, &QShortcut::activated, this, [this] {
        if (m_receive->isVisible())
            receive();
    });
    auto* reloadShortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(reloadShortcut, &QShortcut::activated, this, &RequestsPage::refresh);
    m_receive->hide();
    updateButtons();
}

RequestsPage::~RequestsPage() = default;

QString RequestsPage::title() const
{
    return tr("Requests for disclosure and others");
}

void RequestsPage::printBlankRequest(const QString& kindId)
{
    Session* s = session();
    const CaseKind* kind = CaseKinds::find(kindId);
    if (!s || !kind)
        return;
    auto desk = RequestDesk::current(*s);
    if (!desk) {
        m_message->showError(desk.error().message);
        return;
    }
    previewAndPrintLetters(this, {blankRequestForm(desk->settings, kind)});
}

void RequestsPage::printBlankForms(bool request, bool attorney)
{
    Session* s = session();
    if (!s)
        return;
    auto desk = RequestDesk::current(*s);
    if (!desk) {
        m_message->showError(desk.error().message);
        return;
    }
    QList<Letter> letters;
    if (request)
        letters << blankRequestForm(desk->settings);
    if (attorney)
        letters << blankPowerOfAttorney(desk->settings);
    previewAndPrintLetters(this, letters);
}

void RequestsPage::refresh()
{
    if (session())
        reload();
}

void RequestsPage::reload()
{
    Session* s = session();
    if (!s)
        return;
    const std::optional<CaseId> selected = selectedCase();
    m_message->clearMessage();
    Result<LedgerDirectory> directory = LedgerDirectory::load(*s);
    if (!directory) {
        m_message->showError(directory.error().message);
        return;
    }
    const Result<RequestDesk::Version> desk = RequestDesk::current(*s);
    const QString deskName = desk && desk->settings.deskDepartmentId
                                 ? directory->departmentName(*desk->settings.deskDepartmentId)
                                 : tr("not named yet: the chief names it on the page 「%1」").arg(tr("Request desk"));
    m_readers->setText(tr("Requests are read by the desk (%1), the section handling each request and its head, "
                          "the chief officer and the acting chief, and the auditor (第33条, 第15条). Other staff do "
                          "not see them.")
                           .arg(deskName));
    const Result<bool> mayReceive = CaseReader::mayReceive(*s);
    m_mayReceive = mayReceive && mayReceive.value();
    m_receive->setVisible(m_mayReceive);

    const bool openOnly = m_filter->currentData().toBool();
    const Result<QList<CaseSummary>> cases = CaseReader::cases(*s, openOnly);
    m_table->setRowCount(0);
    if (!cases) {
        m_message->showError(cases.error().message);
        updateButtons();
        return;
    }
    const QDate today = japanDate(s->clock().nowUtc());
    for (const CaseSummary& summary : cases.value()) {
        const CaseRecord& record = summary.record;
        const CaseKind* kind = CaseKinds::find(record.kind);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(kCaseRole, QVariant::fromValue<qint64>(record.id));
            m_table->setItem(row, column, item);
            return item;
        };
        set(Number, CaseText::caseNumber(record));
        set(Kind, kind ? CaseText::kindTitle(*kind) : record.kind);
        set(Subject, record.title);
        set(Received, formatWareki(record.receivedOn));
        set(State, CaseText::stateLabel(kind, record.state));
        set(Section, record.sectionId ? directory->departmentName(*record.sectionId) : tr("Not decided"));
        for (qsizetype i = 0; i < m_clockKeys.size(); ++i) {
            const int column = FirstClock + static_cast<int>(i);
            const CaseClockState* clock = nullptr;
            for (const CaseClockState& c : record.clocks)
                if (c.key == m_clockKeys.at(i))
                    clock = &c;
            if (!clock) {
                set(column, QString());
                continue;
            }
            QTableWidgetItem* item = set(column, CaseText::clockCell(*clock, today));
            QStringList tip{clock->explanationJa};
            tip << CaseText::flagTexts(clock->flags);
            item->setToolTip(tip.join(QLatin1Char('\n')));
            if (CaseText::isOverdue(*clock, today)) {
                item->setForeground(kOverdue);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
    }
    if (cases->isEmpty())
        m_message->showInfo(openOnly ? tr("No open requests you may read.") : tr("No requests you may read."));
    m_table->resizeColumnsToContents();
    if (selected)
        selectCase(*selected);
    updateButtons();
}

void RequestsPage::clearViews()
{
    m_table->setRowCount(0);
    m_readers->clear();
    m_message->clearMessage();
    m_receive->hide();
    updateButtons();
}

void RequestsPage::updateButtons()
{
    m_open->setEnabled(selectedCase().has_value());
}

std::optional<CaseId> RequestsPage::selectedCase() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    return items.first()->data(kCaseRole).toLongLong();
}

bool RequestsPage::selectCase(CaseId id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QTableWidgetItem* item = m_table->item(row, Number); item && item->data(kCaseRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->scrollToItem(item);
            return true;
        }
    return false;
}

void RequestsPage::openSelected()
{
    if (const std::optional<CaseId> id = selectedCase())
        openCase(*id);
}

CaseDialog* RequestsPage::openCase(CaseId id)
{
    if (!session())
        return nullptr;
    auto* dialog = new CaseDialog(
        id, [this] { return session(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAfterStep([this](CaseId changed) {
        reload();
        selectCase(changed);
    });
    // Back on the list once the case closes.
    connect(dialog, &QDialog::finished, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (isVisible())
                m_table->setFocus(Qt::OtherFocusReason);
        });
    });
    dialog->open();
    return dialog;
}

ReceiveKindDialog* RequestsPage::receive()
{
    if (!session() || !m_mayReceive)
        return nullptr;
    auto* chooser = new ReceiveKindDialog(this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &ReceiveKindDialog::kindChosen, this, [this](const QString& kindId) {
        // After the chooser has gone: one modal dialog at a time.
        QTimer::singleShot(0, this, [this, kindId] { receiveKind(kindId); });
    });
    chooser->open();
    return chooser;
}

StepEditorDialog* RequestsPage::receiveKind(const QString& kindId)
{
    Session* s = session();
    const CaseKind* kind = CaseKinds::find(kindId);
    if (!s || !kind)
        return nullptr;
    const CaseStep* opener = nullptr;
    for (const CaseStep& step : kind->steps)
        if (step.from.isEmpty())
            opener = &step;
    if (!opener)
        return nullptr;
    Result<LedgerDirectory> directory = LedgerDirectory::load(*s);
    if (!directory) {
        m_message->showError(directory.error().message);
        return nullptr;
    }
    auto* editor = new StepEditorDialog(
        *kind, *opener, std::nullopt, std::move(directory.value()), [this] { return session(); }, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setDefaults(s->user(), s->clock().nowUtc());
    // 第39条: the fee the chief set for this kind, to start with (an integer item of that article).
    if (const Result<RequestDesk::Version> desk = RequestDesk::current(*s))
        for (const FieldDefinition& field : opener->form.fields)
            if (field.type == FieldType::Integer && field.article.contains(QStringLiteral("第39条"))) {
                // The notice of the purpose of use has its own fee; the disclosures the other.
                const bool purpose = kind->id == QLatin1String("request.purpose");
                const int fee = purpose ? desk->settings.purposeFeeYen : desk->settings.disclosureFeeYen;
                editor->propose(field.key, fee,
                                tr("The fee the chief set for this request: %1 yen (第39条, desk data version %2). "
                                   "Change it if another applies.")
                                    .arg(fee)
                                    .arg(desk->id));
            }
    connect(editor, &StepEditorDialog::saved, this, [this](CaseId id) {
        reload();
        selectCase(id);
        if (const std::optional<CaseId> shown = selectedCase(); shown && *shown == id)
            m_message->showSuccess(
                tr("The request was received as %1.").arg(m_table->item(m_table->currentRow(), Number)->text()));
        else
            m_message->showSuccess(tr("The request was received."));
    });
    LockController::keepUnsavedInput(editor);
    connect(editor, &QDialog::finished, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (isVisible())
                m_table->setFocus(Qt::OtherFocusReason);
        });
    });
    editor->open();
    return editor;
}

} // namespace daicho
