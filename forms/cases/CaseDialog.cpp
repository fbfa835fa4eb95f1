#include "cases/CaseDialog.h"

#include "auth/Role.h"
#include "auth/Session.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseKinds.h"
#include "cases/CaseText.h"
#include "cases/PersonSearchDialog.h"
#include "cases/StepEditorDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "common/MessageBox.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerText.h"
#include "ledger/editor/FieldEditor.h"
#include "retention/DisposalSchedule.h"
#include "retention/RetentionRules.h"
#include "shell/LockController.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {

void clearLayout(QLayout* layout)
{
    while (layout->count() > 0) {
        QLayoutItem* item = layout->takeAt(0);
        if (QWidget* widget = item->widget())
            delete widget;
        else if (QLayout* inner = item->layout())
            clearLayout(inner);
        delete item;
    }
}

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

CaseDialog::CaseDialog(CaseId id, SessionAccess session, QWidget* parent)
    : QDialog(parent)
    , m_id(id)
    , m_session(std::move(session))
    , m_host(parent)
    , m_heading(new QLabel(this))
    , m_message(new MessageBanner(this))
    , m_header(new QFormLayout)
    , m_clocks(new QGridLayout)
    , m_clocksBox(new QWidget(this))
    , m_history(new QTreeWidget(this))
    , m_stepRow(new QHBoxLayout)
    , m_noSteps(new QLabel(this))
    , m_print(new QPushButton(tr("&Print documents…"), this))
{
    setObjectName(QStringLiteral("caseDialog"));
    m_heading->setObjectName(QStringLiteral("caseHeading"));
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_clocksBox->setObjectName(QStringLiteral("caseClocks"));
    m_history->setObjectName(QStringLiteral("caseHistory"));
    m_noSteps->setObjectName(QStringLiteral("caseNoSteps"));
    m_print->setObjectName(QStringLiteral("printDocumentsButton"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_header->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_clocksBox->setLayout(m_clocks);
    m_clocks->setColumnStretch(1, 1);

    m_history->setColumnCount(4);
    m_history->setHeaderLabels({tr("Step"), tr("Date"), tr("Recorded by"), tr("Recorded at")});
    m_history->setAccessibleName(tr("History of the case"));
    m_history->setRootIsDecorated(true);
    m_history->setWordWrap(true);
    m_history->setUniformRowHeights(false);
    m_history->header()->setStretchLastSection(true);

    m_noSteps->setWordWrap(true);
    // 様式8–14, filled in from the case (CaseDocumentsDialog); and everything recorded about the
    // individual (法33条5項's disclosure of the records of provision).
    m_print->setToolTip(tr("Print the request's documents (様式8–14)"));
    connect(m_print, &QPushButton::clicked, this, [this] {
        emit printRequested(m_id);
        openDocuments();
    });
    auto* records = new QPushButton(tr("Records about this pe&rson…"), this);
    records->setObjectName(QStringLiteral("personRecordsButton"));
    records->setToolTip(tr("The records of provision and receipt naming the individual, and their requests"));
    connect(records, &QPushButton::clicked, this, &CaseDialog::openPersonRecords);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeCaseButton"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_print);
    bottom->addWidget(records);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addLayout(m_header);
    layout->addWidget(sectionHeading(tr("Deadlines"), this));
    layout->addWidget(m_clocksBox);
    layout->addWidget(sectionHeading(tr("History"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(sectionHeading(tr("Next steps"), this));
    layout->addLayout(m_stepRow);
    layout->addWidget(m_noSteps);
    layout->addLayout(bottom);
    resize(980, 760);
    reload();
}

CaseDialog::~CaseDialog() = default;

QString CaseDialog::departmentText(std::optional<std::int64_t> id) const
{
    return id ? m_directory.departmentName(*id) : tr("Not decided");
}

void CaseDialog::reload()
{
    Session* s = m_session ? m_session() : nullptr;
    if (!s)
        return;
    Result<CaseDetail> detail = CaseReader::detail(*s, m_id);
    if (!detail) {
        m_detail.reset();
        m_message->showError(detail.error().message);
        return;
    }
    Result<LedgerDirectory> directory = LedgerDirectory::load(*s);
    if (!directory) {
        m_message->showError(directory.error().message);
        return;
    }
    m_directory = std::move(directory.value());
    m_detail = std::move(detail.value());
    const CaseKind* kind = CaseKinds::find(m_detail->record.kind);
    if (!kind) {
        m_message->showError(
            tr("This case is of a kind this version of Daicho does not know (%1).").arg(m_detail->record.kind));
        return;
    }
    const CaseRecord& record = m_detail->record;
    const QString title = tr("%1 %2 — %3").arg(CaseText::kindTitle(*kind), CaseText::caseNumber(record), record.title);
    setWindowTitle(title);
    m_heading->setText(title);
    showHeader(*kind, *s);
    showClocks(*kind, japanDate(s->clock().nowUtc()));
    showHistory(*kind);
    showSteps(*s);
}

void CaseDialog::showHeader(const CaseKind& kind, const Session& session)
{
    clearLayout(m_header);
    const CaseRecord& record = m_detail->record;
    auto add = [this](const QString& label, const QString& value, const QString& name) {
        QLabel* shown = valueLabel(value, this);
        shown->setObjectName(name);
        m_header->addRow(label, shown);
    };
    add(tr("Kind:"), CaseText::kindWithArticle(kind), QStringLiteral("caseKind"));
    add(tr("Receipt No.:"), CaseText::caseNumber(record), QStringLiteral("caseNumber"));
    add(tr("Individual:"), record.title, QStringLiteral("caseSubject"));
    add(tr("Received on:"), formatWarekiWithWeekday(record.receivedOn), QStringLiteral("caseReceivedOn"));
    add(tr("State:"), CaseText::stateLabel(&kind, record.state), QStringLiteral("caseState"));
    add(tr("Desk:"), departmentText(record.deskId), QStringLiteral("caseDesk"));
    add(tr("Handling section:"), departmentText(record.sectionId), QStringLiteral("caseSection"));
    if (!record.sectionId && m_detail->proposedSection && !record.closed)
        add(tr("Proposed section:"),
            tr("%1 (第33条1項: the section handling the database concerned, else the desk)")
                .arg(m_directory.departmentName(*m_detail->proposedSection)),
            QStringLiteral("caseProposedSection"));
    add(tr("Desk data:"),
        tr("Version %1 — the deadlines count the closed days of the version in force at the receipt")
            .arg(record.deskVersion),
        QStringLiteral("caseDeskVersion"));
    // Issue 13 §3: how long the case is kept and when it goes (第20条1項(4)).
    auto keeping = DisposalSchedules::keepingOfCase(session, *m_detail);
    add(tr("Kept:"), keeping ? keepingSummaryJa(keeping.value()) : keeping.error().message,
        QStringLiteral("caseKeeping"));
}

void CaseDialog::showClocks(const CaseKind& kind, QDate today)
{
    clearLayout(m_clocks);
    int row = 0;
    for (const CaseClockState& state : m_detail->record.clocks) {
        const CaseClock* clock = CaseText::clockOf(kind, state.key);
        if (!clock)
            continue;
        auto* label = sectionHeading(CaseText::clockLabel(*clock), m_clocksBox);
        QString text;
        if (state.metOn)
            text = tr("Due %1 — met on %2").arg(formatWarekiWithWeekday(state.dueOn), formatWareki(*state.metOn));
        else if (!state.running || (state.flags & ClockStopped) != 0)
            text = tr("Due %1 — withdrawn: no longer running").arg(formatWarekiWithWeekday(state.dueOn));
        else
            text = formatDeadlineJa(state.dueOn, today);
        QLabel* due = valueLabel(text, m_clocksBox);
        due->setObjectName(QStringLiteral("clock.") + state.key);
        if (CaseText::isOverdue(state, today))
            due->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        auto* rule = new QPushButton(tr("Rule…"), m_clocksBox);
        rule->setObjectName(QStringLiteral("clockRule.") + state.key);
        rule->setToolTip(citedArticle(clock->rule.article) + QStringLiteral("：") + clock->rule.wordingJa);
        rule->setAutoDefault(false);
        connect(rule, &QPushButton::clicked, this, [this, key = state.key] { showRule(key); });
        m_clocks->addWidget(label, row, 0, Qt::AlignTop);
        m_clocks->addWidget(due, row, 1);
        m_clocks->addWidget(rule, row, 2, Qt::AlignTop);
        ++row;
        QStringList notes = CaseText::flagTexts(state.flags);
        if (state.running)
            notes << CaseText::pauseText(kind, *clock);
        QLabel* note = valueLabel(notes.join(QLatin1Char('\n')), m_clocksBox);
        note->setObjectName(QStringLiteral("clockNote.") + state.key);
        note->setStyleSheet(QStringLiteral("color: #505050;"));
        if (!notes.isEmpty())
            m_clocks->addWidget(note, row++, 1, 1, 2);
        else
            delete note;
    }
}

void CaseDialog::showRule(const QString& clockKey)
{
    if (!m_detail)
        return;
    const CaseKind* kind = CaseKinds::find(m_detail->record.kind);
    const CaseClock* clock = kind ? CaseText::clockOf(*kind, clockKey) : nullptr;
    if (!clock)
        return;
    const CaseClockState* state = nullptr;
    for (const CaseClockState& c : m_detail->record.clocks)
        if (c.key == clockKey)
            state = &c;
    MessageBox::information(this, tr("The rule behind the %1").arg(CaseText::clockLabel(*clock)),
                            CaseText::ruleText(*kind, *clock, state));
}

void CaseDialog::showHistory(const CaseKind& kind)
{
    m_history->clear();
    const LabelLanguage language = interfaceLabelLanguage();
    for (const CaseEvent& event : m_detail->events) {
        const CaseStep* step = kind.step(event.step);
        const QString stepText = step ? CaseText::stepLabel(*step) : event.step;
        QString date;
        if (step && !step->dateField.isEmpty())
            if (const FieldDefinition* field = step->form.field(step->dateField))
                date =
                    formatFieldValue(*field, event.values.value(field->key), m_directory, language, DateStyle::Wareki);
        auto* item =
            new QTreeWidgetItem(m_history, {tr("%1. %2").arg(event.number).arg(stepText), date,
                                            m_directory.personName(event.actorId), formatWarekiDateTime(event.atUtc)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (!step)
            continue;
        for (const FieldDefinition& field : step->form.fields) {
            if (field.key == step->dateField || !event.values.contains(field.key))
                continue;
            const QString value =
                formatFieldValue(field, event.values.value(field.key), m_directory, language, DateStyle::Wareki);
            if (value.isEmpty())
                continue;
            auto* line =
                new QTreeWidgetItem(item, {tr("%1: %2").arg(fieldLabel(field, event.values, language), value)});
            line->setFirstColumnSpanned(true);
            // A long reason is cut at the dialog's width: the whole of it on hovering.
            line->setToolTip(0, line->text(0));
        }
        if (step->records && event.values.contains(step->records->entryKey))
            addRecordLine(item, *step, event.values.value(step->records->entryKey).toLongLong());
    }
    m_history->expandAll();
    m_history->resizeColumnToContents(1);
    m_history->resizeColumnToContents(2);
    m_history->setColumnWidth(0, std::max(m_history->columnWidth(0), 260));
}

void CaseDialog::addRecordLine(QTreeWidgetItem* stepItem, const CaseStep& step, EntryId entryId)
{
    // The ledger entry written with the step (様式1④, 第20条2項): its No. when this person may
    // read that ledger, else only that it was written.
    const FormDefinition* form = FormRegistry::find(step.records->formId);
    const QString formNumber = form ? form->number : step.records->formId;
    QString text = tr("Recorded in %1 at the same time").arg(formNumber);
    if (Session* s = m_session ? m_session() : nullptr)
        if (auto entry = LedgerReader::entry(*s, entryId); entry.ok())
            text = tr("Recorded in %1 at the same time (%1 No.%2)").arg(formNumber).arg(entry->number);
    auto* line = new QTreeWidgetItem(stepItem, {text});
    line->setFirstColumnSpanned(true);
}

void CaseDialog::showSteps(const Session& session)
{
    clearLayout(m_stepRow);
    m_stepButtons.clear();
    for (const CaseStep* step : m_detail->stepsForMe) {
        auto* button = new QPushButton(CaseText::stepLabel(*step) + QStringLiteral("…"), this);
        button->setObjectName(QStringLiteral("step.") + step->key);
        button->setAutoDefault(false);
        if (!step->article.isEmpty())
            button->setToolTip(citedArticle(step->article));
        connect(button, &QPushButton::clicked, this, [this, key = step->key] { openStep(key); });
        m_stepRow->addWidget(button);
        button->show(); // at once, not when the layout gets to it
        m_stepButtons.insert(step->key, button);
    }
    m_stepRow->addStretch(1);
    if (!m_detail->stepsForMe.isEmpty()) {
        m_noSteps->hide();
        return;
    }
    if (m_detail->record.closed)
        m_noSteps->setText(tr("This case is closed: nothing more is due."));
    else if (session.role() == Role::Auditor)
        m_noSteps->setText(tr("You read this case to audit it (第15条): the auditor takes no step."));
    else
        m_noSteps->setText(tr("No step of this case is yours to take now."));
    m_noSteps->show();
}

QList<QPushButton*> CaseDialog::stepButtons() const
{
    return m_stepButtons.values();
}

QPushButton* CaseDialog::stepButton(const QString& stepKey) const
{
    return m_stepButtons.value(stepKey);
}

StepEditorDialog* CaseDialog::openStep(const QString& stepKey)
{
    Session* s = m_session ? m_session() : nullptr;
    if (!s || !m_detail)
        return nullptr;
    const CaseKind* kind = CaseKinds::find(m_detail->record.kind);
    const CaseStep* step = nullptr;
    for (const CaseStep* mine : m_detail->stepsForMe)
        if (mine->key == stepKey)
            step = mine;
    if (!kind || !step)
        return nullptr;
    // Names read now: a person added a moment ago is offered.
    Result<LedgerDirectory> directory = LedgerDirectory::load(*s);
    if (!directory) {
        m_message->showError(directory.error().message);
        return nullptr;
    }
    auto* editor =
        new StepEditorDialog(*kind, *step, m_id, std::move(directory.value()), m_session, m_host ? m_host : this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // Over this dialog, which is not its parent (see the constructor).
    editor->setWindowModality(Qt::ApplicationModal);
    editor->setDefaults(s->user(), s->clock().nowUtc());
    // 第33条1項: the section proposed from the register entry concerned is chosen to start with
    // when the case has none yet; another one needs the reason the step asks for.
    if (!step->reasonIfNotProposed.isEmpty() && m_detail->proposedSection)
        if (const FieldDefinition* section = step->form.firstOfType(FieldType::Department)) {
            const QString why = tr("Proposed: %1 (第33条1項). Another section needs a reason below.")
                                    .arg(m_directory.departmentName(*m_detail->proposedSection));
            if (!m_detail->record.sectionId)
                editor->propose(section->key, QVariant::fromValue<qint64>(*m_detail->proposedSection), why);
            else if (FieldEditor* field = editor->editor(section->key))
                field->setHint(why);
        }
    // The database the request concerns is the one a later step names to start with (the
    // erasure's 様式1④ record): another may be chosen.
    const FieldValues& receipt = m_detail->events.first().values;
    if (!step->from.isEmpty())
        for (const FieldDefinition& field : step->form.fields)
            if (field.type == FieldType::RegisterEntry)
                for (const FieldDefinition& asked : kind->steps.first().form.fields)
                    if (asked.type == FieldType::RegisterEntry && receipt.contains(asked.key))
                        editor->propose(field.key, receipt.value(asked.key), tr("As named at the receipt."));
    connect(editor, &StepEditorDialog::saved, this, [this, label = CaseText::stepLabel(*step)](CaseId id) {
        reload();
        m_message->showSuccess(tr("“%1” was recorded.").arg(label));
        emit changed(id);
    });
    if (m_afterStep)
        connect(editor, &StepEditorDialog::saved, m_host ? m_host : this, m_afterStep);
    LockController::keepUnsavedInput(editor);
    editor->show();
    return editor;
}

CaseDocumentsDialog* CaseDialog::openDocuments()
{
    if (!m_detail)
        return nullptr;
    const CaseKind* kind = CaseKinds::find(m_detail->record.kind);
    if (!kind)
        return nullptr;
    auto* dialog = new CaseDocumentsDialog(*kind, *m_detail, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PersonSearchDialog* CaseDialog::openPersonRecords()
{
    if (!m_detail || m_detail->events.isEmpty())
        return nullptr;
    const FieldValues& receipt = m_detail->events.first().values;
    auto* dialog = new PersonSearchDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QDate birth = receipt.value(QStringLiteral("subject_birth")).toDate();
    dialog->searchFor({receipt.value(QStringLiteral("subject_name")).toString(),
                       receipt.value(QStringLiteral("subject_kana")).toString(),
                       birth.isValid() ? std::optional(birth) : std::nullopt});
    dialog->open();
    return dialog;
}

} // namespace daicho
