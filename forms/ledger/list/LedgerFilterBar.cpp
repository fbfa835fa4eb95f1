#include "ledger/list/LedgerFilterBar.h"

#include "common/JapaneseCalendar.h"
#include "ledger/CarryOutLog.h"
#include "ledger/EntryExitLog.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/editor/JapaneseDateWidget.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

namespace {

const QString kInvalidDate = QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; }");
// The state filter's extra choice on 様式2: not an EntryState, a lateness (carry_out).
constexpr char kOverdueKey[] = "overdue";

QList<EntryState> statesOf(const FormDefinition& form)
{
    if (form.approval == ApprovalKind::ApproveBefore)
        return {EntryState::AwaitingApproval, EntryState::Approved, EntryState::Returned};
    return {EntryState::AwaitingReview, EntryState::Reviewed, EntryState::Returned};
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

LedgerFilterBar::LedgerFilterBar(const FormDefinition& form, QWidget* parent)
    : QWidget(parent)
    , m_form(form)
    , m_fiscalYear(new QComboBox(this))
    , m_from(new JapaneseDateWidget(this))
    , m_to(new JapaneseDateWidget(this))
    , m_department(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_orderButton(new QPushButton(this))
    , m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("ledgerFilterBar"));
    m_fiscalYear->setObjectName(QStringLiteral("fiscalYearCombo"));
    m_from->setPartNames(QStringLiteral("fromDateEdit"), QStringLiteral("fromDatePreview"),
                         QStringLiteral("fromDateCalendar"));
    m_to->setPartNames(QStringLiteral("toDateEdit"), QStringLiteral("toDatePreview"), QStringLiteral("toDateCalendar"));
    // The page must fit a 1280-pixel screen beside the navigator: no 和暦 preview here (a bad
    // date is marked and named in the banner anyway).
    m_from->setCompact(true);
    m_to->setCompact(true);
    // An empty end of the period reads as "no limit", never as a date that looks like one.
    m_from->lineEdit()->setPlaceholderText(tr("from any day"));
    m_to->lineEdit()->setPlaceholderText(tr("to any day"));
    m_department->setObjectName(QStringLiteral("departmentFilterCombo"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_orderButton->setObjectName(QStringLiteral("orderButton"));
    m_fiscalYear->addItem(tr("All"), QVariant());
    m_fiscalYear->setSizeAdjustPolicy(QComboBox::AdjustToContents); // 令和10年度 is short
    // …but a narrow window squeezed it to 「令和8£」: never narrower than the longest year.
    m_fiscalYear->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("令和10年度")) + 40);
    m_department->addItem(tr("All"), QVariant());
    // Long names (a register entry of 40 characters) must not widen the page beyond the
    // screen: the box keeps a modest width, its list opens as wide as the longest name.
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(10);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_orderButton->setToolTip(tr("Change the order of the list"));
    m_orderButton->setText(tr("Newest first"));
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);

    auto* first = new QHBoxLayout;
    first->addWidget(buddyLabel(tr("&Fiscal year:"), m_fiscalYear, this));
    first->addWidget(m_fiscalYear);
    first->addSpacing(8);
    first->addWidget(buddyLabel(tr("F&rom:"), m_from->lineEdit(), this));
    first->addWidget(m_from);
    first->addWidget(buddyLabel(tr("&to:"), m_to->lineEdit(), this));
    first->addWidget(m_to);
    // Search sits on the first row: the second holds the pickers, and both fit a 1280-pixel
    // screen beside the navigator with the application's font.
    first->addSpacing(8);
    first->addWidget(m_search, 1);
    first->addWidget(m_orderButton);

    auto* second = new QHBoxLayout;
    second->addWidget(buddyLabel(tr("&Department:"), m_department, this));
    second->addWidget(m_department);
    if (form.firstOfType(FieldType::RegisterEntry)) {
        m_register = new QComboBox(this);
        m_register->setObjectName(QStringLiteral("registerFilterCombo"));
        m_register->addItem(tr("All"), QVariant());
        m_register->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_register->setMinimumContentsLength(14);
        m_register->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
        second->addSpacing(8);
        second->addWidget(buddyLabel(tr("Re&gister entry:"), m_register, this));
        second->addWidget(m_register);
        connect(m_register, &QComboBox::currentIndexChanged, this, &LedgerFilterBar::changed);
    }
    if (form.approval != ApprovalKind::None) {
        m_state = new QComboBox(this);
        m_state->setObjectName(QStringLiteral("stateFilterCombo"));
        m_state->addItem(tr("All"), QVariant());
        for (EntryState state : statesOf(form))
            m_state->addItem(entryStateDisplayName(state), entryStateKey(state));
        if (carry_out::isCarryOutLog(form))
            m_state->addItem(tr("Return overdue"), QString::fromLatin1(kOverdueKey));
        second->addSpacing(8);
        second->addWidget(buddyLabel(tr("St&ate:"), m_state, this));
        second->addWidget(m_state);
        connect(m_state, &QComboBox::currentIndexChanged, this, &LedgerFilterBar::changed);
    }
    if (entry_exit::isEntryExitLog(form)) {
        m_insideOnly = new QCheckBox(tr("&Inside now only"), this);
        m_insideOnly->setObjectName(QStringLiteral("insideOnlyCheck"));
        m_insideOnly->setToolTip(tr("Today's entries without a time out: the people in the area now"));
        second->addSpacing(16);
        second->addWidget(m_insideOnly);
        connect(m_insideOnly, &QCheckBox::toggled, this, [this](bool inside) {
            // Today only: a year or a period would only confuse.
            m_fiscalYear->setEnabled(!inside);
            m_from->setEnabled(!inside);
            m_to->setEnabled(!inside);
            emit changed();
        });
    }
    second->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);

    connect(m_fiscalYear, &QComboBox::currentIndexChanged, this, [this] {
        m_fiscalYearChosen = true;
        emit changed();
    });
    connect(m_department, &QComboBox::currentIndexChanged, this, &LedgerFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_from, &JapaneseDateWidget::changed, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_to, &JapaneseDateWidget::changed, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_typingPause, &QTimer::timeout, this, [this] {
        markDates();
        emit changed();
    });
    connect(m_orderButton, &QPushButton::clicked, this, &LedgerFilterBar::toggleOrder);
}

LedgerFilterBar::~LedgerFilterBar() = default;

void LedgerFilterBar::fillCombo(QComboBox* combo, const QList<std::pair<QVariant, QString>>& items,
                                const QVariant& remembered)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData().isValid() ? combo->currentData() : remembered;
    while (combo->count() > 1)
        combo->removeItem(1);
    int widest = 0;
    for (const auto& [value, text] : items) {
        combo->addItem(text, value);
        combo->setItemData(combo->count() - 1, text, Qt::ToolTipRole);
        widest = std::max(widest, combo->fontMetrics().horizontalAdvance(text));
    }
    combo->view()->setMinimumWidth(widest + 4 * combo->fontMetrics().averageCharWidth());
    combo->setCurrentIndex(std::max(0, current.isValid() ? combo->findData(current) : 0));
}

void LedgerFilterBar::setChoices(const LedgerDirectory& directory, const QList<int>& fiscalYears,
                                 std::optional<int> initialFiscalYear)
{
    m_from->setToday(directory.today());
    m_to->setToday(directory.today());
    QList<std::pair<QVariant, QString>> years;
    for (auto it = fiscalYears.crbegin(); it != fiscalYears.crend(); ++it)
        years.append({*it, formatFiscalYear(*it)});
    // The initial fiscal year until somebody chooses another (or all).
    const QVariant initial = initialFiscalYear ? QVariant(*initialFiscalYear) : QVariant();
    fillCombo(m_fiscalYear, years, m_fiscalYearChosen ? m_rememberedFiscalYear : initial);

    QList<std::pair<QVariant, QString>> departments;
    // Retired ones too: their entries stay in the ledgers.
    for (const auto& [id, name] : directory.departmentList())
        departments.append(
            {QVariant::fromValue<qint64>(id), directory.isDepartmentInUse(id) ? name : tr("%1 (retired)").arg(name)});
    fillCombo(m_department, departments, m_rememberedDepartment);

    if (m_register) {
        QList<std::pair<QVariant, QString>> registers;
        for (const RegisterChoice& choice : directory.registers())
            registers.append({QVariant::fromValue<qint64>(choice.id), choice.name});
        fillCombo(m_register, registers, m_rememberedRegister);
    }
    m_rememberedFiscalYear = {};
    m_rememberedDepartment = {};
    m_rememberedRegister = {};
}

void LedgerFilterBar::clearChoices()
{
    m_rememberedFiscalYear = m_fiscalYear->currentData();
    m_rememberedDepartment = m_department->currentData();
    if (m_register)
        m_rememberedRegister = m_register->currentData();
    for (QComboBox* combo : {m_fiscalYear, m_department, m_register}) {
        if (!combo)
            continue;
        const QSignalBlocker blocker(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        combo->setCurrentIndex(0);
    }
}

namespace {

QString periodText(std::optional<QDate> from, std::optional<QDate> to)
{
    return (from ? formatWareki(*from) : QString()) + QStringLiteral("～") + (to ? formatWareki(*to) : QString());
}

} // namespace

Result<LedgerFilter> LedgerFilterBar::filter() const
{
    LedgerFilter filter;
    filter.formId = m_form.id;
    const auto notADate = [](const QString& which, const QString& text) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 “%2” is not a date. Type it like 2026/4/1, R8.4.1 or 令和8年4月1日.").arg(which, text));
    };
    if (!m_from->isValid())
        return notADate(tr("The start of the period"), m_from->text().trimmed());
    if (!m_to->isValid())
        return notADate(tr("The end of the period"), m_to->text().trimmed());
    filter.from = m_from->date();
    filter.to = m_to->date();
    if (filter.from && filter.to && *filter.to < *filter.from)
        return makeError(ErrorCode::InvalidInput, tr("The period ends before it starts."));
    if (const QVariant year = m_fiscalYear->currentData(); year.isValid()) {
        // A fiscal year and a period together: the days that are in both.
        const QDate start = fiscalYearStart(year.toInt());
        const QDate end = fiscalYearEnd(year.toInt());
        // No day in both is a contradiction to name, not a list of 0 entries.
        if ((filter.from && *filter.from > end) || (filter.to && *filter.to < start))
            return makeError(ErrorCode::InvalidInput,
                             tr("The period %1 is outside %2 (%3–%4). Choose the fiscal year “All” or change the "
                                "period.")
                                 .arg(periodText(filter.from, filter.to), m_fiscalYear->currentText(),
                                      formatWareki(start), formatWareki(end)));
        filter.from = filter.from ? std::max(*filter.from, start) : start;
        filter.to = filter.to ? std::min(*filter.to, end) : end;
    }
    if (const QVariant department = m_department->currentData(); department.isValid())
        filter.departmentId = department.toLongLong();
    if (m_register)
        if (const QVariant id = m_register->currentData(); id.isValid())
            filter.registerId = id.toLongLong();
    if (m_state && !overdueOnly())
        if (const QVariant key = m_state->currentData(); key.isValid())
            filter.state = entryStateFromKey(key.toString());
    filter.text = m_search->text();
    return filter;
}

void LedgerFilterBar::showAwaitingDecision()
{
    if (!m_state)
        return;
    const EntryState waiting =
        m_form.approval == ApprovalKind::ApproveBefore ? EntryState::AwaitingApproval : EntryState::AwaitingReview;
    {
        const QSignalBlocker blockYear(m_fiscalYear);
        const QSignalBlocker blockDepartment(m_department);
        const QSignalBlocker blockState(m_state);
        m_fiscalYear->setCurrentIndex(0); // all years
        m_fiscalYearChosen = true;
        m_department->setCurrentIndex(0);
        if (m_register) {
            const QSignalBlocker blockRegister(m_register);
            m_register->setCurrentIndex(0);
        }
        if (m_insideOnly && m_insideOnly->isChecked()) {
            const QSignalBlocker blockInside(m_insideOnly);
            m_insideOnly->setChecked(false);
            for (QWidget* input :
                 {static_cast<QWidget*>(m_fiscalYear), static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_to)})
                input->setEnabled(true);
        }
        m_state->setCurrentIndex(std::max(0, m_state->findData(entryStateKey(waiting))));
        m_from->setDate(std::nullopt);
        m_to->setDate(std::nullopt);
        m_search->clear();
    }
    m_typingPause->stop();
    markDates();
    emit changed();
}

bool LedgerFilterBar::overdueOnly() const
{
    return m_state && m_state->currentData().toString() == QLatin1String(kOverdueKey);
}

bool LedgerFilterBar::insideOnly() const
{
    return m_insideOnly && m_insideOnly->isChecked();
}

void LedgerFilterBar::markDates()
{
    for (JapaneseDateWidget* date : {m_from, m_to})
        date->lineEdit()->setStyleSheet(date->isValid() ? QString() : kInvalidDate);
}

void LedgerFilterBar::toggleOrder()
{
    setOrder(m_order == ListOrder::NewestFirst ? ListOrder::OldestFirst : ListOrder::NewestFirst);
}

void LedgerFilterBar::setOrder(ListOrder order)
{
    m_order = order;
    m_orderButton->setText(m_order == ListOrder::NewestFirst ? tr("Newest first") : tr("Oldest first"));
    emit orderChanged();
    emit changed();
}

} // namespace daicho
