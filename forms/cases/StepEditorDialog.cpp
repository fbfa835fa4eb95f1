#include "cases/StepEditorDialog.h"

#include "auth/Session.h"
#include "calendar/JapaneseHolidays.h"
#include "calendar/LegalPeriod.h"
#include "cases/CaseStore.h"
#include "cases/CaseText.h"
#include "cases/DeskSettings.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "common/MessageBox.h"
#include "ledger/EntryValidator.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"
#include "ledger/editor/ComboFieldEditor.h"
#include "ledger/editor/DateFieldEditor.h"
#include "ledger/editor/FieldEditorFactory.h"
#include "ledger/editor/ItemLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

namespace {

bool requiredNow(const FieldDefinition& field, const FieldValues& values)
{
    return field.required || (field.requiredWhen && conditionHolds(*field.requiredWhen, values));
}

// The item's name as the values make it, marked when it must be filled in now.
QString labelText(const FieldDefinition& field, const FieldValues& values)
{
    QString text = fieldLabel(field, values, interfaceLabelLanguage());
    if (requiredNow(field, values))
        text += QStringLiteral(" (※)");
    return text;
}

} // namespace

StepEditorDialog::StepEditorDialog(const CaseKind& kind, const CaseStep& step, std::optional<CaseId> caseId,
                                   LedgerDirectory directory, SessionAccess session, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_step(step)
    , m_caseId(caseId)
    , m_directory(std::move(directory))
    , m_session(std::move(session))
    , m_formLayout(new QFormLayout)
    , m_scroll(new QScrollArea(this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("stepEditorDialog"));
    m_message->setObjectName(QStringLiteral("stepEditorMessage"));
    const QString title = tr("%1 — %2").arg(CaseText::stepLabel(step), CaseText::kindTitle(kind));
    setWindowTitle(title);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("stepEditorHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    auto* article = new QLabel(this);
    article->setObjectName(QStringLiteral("stepArticle"));
    article->setWordWrap(true);
    QStringList articles;
    if (!step.article.isEmpty())
        articles << tr("This step: %1").arg(citedArticle(step.article));
    articles << tr("The request: %1").arg(citedArticle(kind.article));
    article->setText(articles.join(QStringLiteral("　")));
    auto* legend = new QLabel(tr("Items marked (※) are required."), this);
    if (step.records) {
        // The entry written with the step is a record of its own (様式1④, 第20条2項): say so
        // before saving, not after.
        const FormDefinition* ledger = FormRegistry::find(step.records->formId);
        legend->setText(legend->text() + QStringLiteral("\n")
                        + tr("Saving also records this in %1 (%2), signed by you; never write the personal data "
                             "itself here.")
                              .arg(ledger ? ledger->number : step.records->formId, ledger ? ledger->title : QString()));
        legend->setWordWrap(true);
    }

    auto* fields = new QWidget(m_scroll);
    fields->setObjectName(QStringLiteral("stepFields"));
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addLayout(m_formLayout);
    fieldsLayout->addStretch(1);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const FieldDefinition& field : step.form.fields) {
        FieldEditor* editor = createFieldEditor(field, m_directory, fields);
        QLabel* label = makeItemLabel(labelText(field, {}), fields);
        label->setObjectName(QStringLiteral("label.") + field.key);
        label->setBuddy(editor->focusTarget());
        m_labels.insert(field.key, label);
        if (!field.hintJa.isEmpty())
            editor->setHint(interfaceLabelLanguage() == LabelLanguage::Japanese ? field.hintJa : field.hintEn);
        if (!field.article.isEmpty()) {
            const QString tip = tr("Articles: %1").arg(citedArticle(field.article));
            label->setToolTip(tip);
            editor->setToolTip(tip);
        }
        m_formLayout->addRow(label, editor);
        m_editors << editor;
        connect(editor, &FieldEditor::valueChanged, this, &StepEditorDialog::updateVisibility);
        // A problem shown beside an item goes once the item changes: the next save checks again.
        connect(editor, &FieldEditor::valueChanged, editor, &FieldEditor::clearIssue);
    }
    m_scroll->setObjectName(QStringLiteral("stepScroll"));
    m_scroll->setWidget(fields);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveStepButton"));
    save->setText(tr("&Save"));
    save->setToolTip(tr("Record this step (Ctrl+Enter); it cannot be changed afterwards"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelStepButton"));
    cancel->setText(tr("Cancel"));
    // Enter in a one-line input moves on; it never saves half an answer.
    for (QPushButton* button : {save, cancel}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &StepEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(article);
    layout->addWidget(legend);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);

    updateVisibility();
    // Never taller than the screen (1366×768 office PCs): the items scroll inside.
    QSize size = step.form.fields.size() > 6 ? QSize(900, 760) : QSize(820, 480);
    if (const QScreen* display = screen())
        size = size.boundedTo(display->availableGeometry().size() - QSize(40, 60));
    resize(size);
    markUnchanged();
}

StepEditorDialog::~StepEditorDialog() = default;

void StepEditorDialog::setDefaults(const UserEntry& writer, const QDateTime& nowUtc)
{
    const QDate today = japanDate(nowUtc);
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const FieldDefinition& field = editor->field();
        if (field.type == FieldType::Date && (field.startsToday || field.key == m_step.dateField)) {
            editor->setValue(today);
        } else if (field.namesWriter && field.type == FieldType::Person) {
            const auto& people = m_directory.activePeople();
            if (std::any_of(people.begin(), people.end(), [&](const auto& p) { return p.first == writer.id; }))
                editor->setValue(QVariant::fromValue<qint64>(writer.id));
        }
    }
    updateVisibility();
    markUnchanged();
}

void StepEditorDialog::propose(const QString& key, const QVariant& value, const QString& why)
{
    FieldEditor* target = editor(key);
    if (!target)
        return;
    target->setValue(value);
    if (!why.isEmpty())
        target->setHint(why);
    updateVisibility();
    markUnchanged();
}

FieldEditor* StepEditorDialog::editor(const QString& key) const
{
    for (FieldEditor* editor : m_editors)
        if (editor->field().key == key)
            return editor;
    return nullptr;
}

FieldValues StepEditorDialog::rawValues() const
{
    FieldValues values;
    for (FieldEditor* editor : m_editors) {
        const QVariant value = editor->value();
        if (value.isValid())
            values.insert(editor->field().key, value);
    }
    return values;
}

FieldValues StepEditorDialog::values() const
{
    const FieldValues raw = rawValues();
    FieldValues values;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        // What was typed for an item that no longer applies stays in its input (in case the
        // choice is switched back) but is not saved.
        const FieldDefinition* field = m_step.form.field(it.key());
        if (field && isShown(*field, raw))
            values.insert(it.key(), it.value());
    }
    return values;
}

bool StepEditorDialog::isShown(const FieldDefinition& field, const FieldValues& raw) const
{
    if (!fieldApplies(field, raw))
        return false;
    const FieldDefinition* on = field.onlyWhen ? m_step.form.field(field.onlyWhen->field) : nullptr;
    return !on || on == &field || isShown(*on, raw);
}

void StepEditorDialog::updateVisibility()
{
    const FieldValues raw = rawValues();
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const FieldDefinition& field = editor->field();
        if (field.onlyWhen)
            m_formLayout->setRowVisible(editor, isShown(field, raw));
        if (QLabel* label = m_labels.value(field.key))
            label->setText(labelText(field, raw));
        if (auto* combo = qobject_cast<ComboFieldEditor*>(editor))
            for (const ChoiceOption& option : field.choices)
                if (option.onlyWhen)
                    combo->setOptionEnabled(option.key, conditionHolds(*option.onlyWhen, raw));
    }
}

void StepEditorDialog::markUnchanged()
{
    m_opened = rawValues();
}

bool StepEditorDialog::hasUnsavedInput() const
{
    if (rawValues() != m_opened)
        return true;
    return std::any_of(m_editors.begin(), m_editors.end(),
                       [](const FieldEditor* editor) { return !editor->inputProblem().isEmpty(); });
}

void StepEditorDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers().testFlag(Qt::ControlModifier)) {
        accept();
        return;
    }
    if (enter && qobject_cast<QLineEdit*>(QApplication::focusWidget())) {
        focusNextChild();
        return;
    }
    QDialog::keyPressEvent(event);
}

void StepEditorDialog::reject()
{
    if (hasUnsavedInput()
        && MessageBox::question(this, tr("Discard what you typed?"),
                                tr("What you typed for this step has not been saved. Discard it and close?"),
                                MessageBox::Buttons(MessageBox::Button::Discard | MessageBox::Button::Cancel),
                                MessageBox::Button::Cancel)
               != MessageBox::Button::Discard)
        return;
    QDialog::reject();
}

void StepEditorDialog::clearIssues()
{
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->clearIssue();
    m_message->clearMessage();
}

bool StepEditorDialog::showProblems(const QMap<QString, QStringList>& problems, const QStringList& general)
{
    if (problems.isEmpty() && general.isEmpty())
        return false;
    FieldEditor* first = nullptr;
    QStringList unplaced = general;
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const QStringList messages = problems.value(editor->field().key);
        if (messages.isEmpty())
            continue;
        if (!editor->isVisibleTo(this)) {
            unplaced << messages;
            continue;
        }
        editor->showIssue(messages.join(QLatin1Char('\n')));
        if (!first)
            first = editor;
    }
    for (auto it = problems.begin(); it != problems.end(); ++it)
        if (!editor(it.key()))
            unplaced << it.value();
    QString summary = tr("Nothing was saved. Correct the items marked in red.");
    if (!unplaced.isEmpty())
        summary += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    m_message->showError(summary);
    if (first) {
        m_scroll->ensureWidgetVisible(first);
        if (QWidget* target = first->focusTarget())
            target->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void StepEditorDialog::accept()
{
    clearIssues();
    Session* session = m_session ? m_session() : nullptr;
    if (!session) {
        m_message->showError(tr("Nobody is signed in."));
        return;
    }
    QMap<QString, QStringList> problems;
    for (FieldEditor* editor : std::as_const(m_editors))
        if (editor->isVisibleTo(this))
            if (const QString problem = editor->inputProblem(); !problem.isEmpty())
                problems[editor->field().key] << problem;
    const FieldValues values = this->values();
    const Result<QList<Issue>> checked = CaseStore::check(*session, m_kind.id, m_caseId, m_step.key, values);
    if (!checked) {
        m_message->showError(tr("Nothing was saved: %1").arg(checked.error().message));
        return;
    }
    QStringList general;
    for (const Issue& issue : checked.value()) {
        if (!issue.blocksSaving())
            continue;
        // What was typed and could not be read is the problem to show, not "enter the date".
        if (problems.contains(issue.field) && m_step.form.field(issue.field))
            continue;
        if (issue.field.isEmpty())
            general << issue.message;
        else
            problems[issue.field] << issue.message;
    }
    if (showProblems(problems, general))
        return;

    CaseId id = 0;
    if (m_caseId) {
        const Result<std::int64_t> taken = CaseStore::take(*session, *m_caseId, m_step.key, values);
        if (!taken) {
            FieldEditor* target = taken.error().detail.isEmpty() ? nullptr : editor(taken.error().detail);
            if (target && target->isVisibleTo(this))
                target->showIssue(taken.error().message);
            m_message->showError(tr("Nothing was saved: %1").arg(taken.error().message));
            return;
        }
        id = *m_caseId;
    } else {
        if (!confirmLateReceipt(*session, values))
            return;
        const Result<CaseId> received = CaseStore::receive(*session, m_kind.id, values);
        if (!received) {
            FieldEditor* target = received.error().detail.isEmpty() ? nullptr : editor(received.error().detail);
            if (target && target->isVisibleTo(this))
                target->showIssue(received.error().message);
            m_message->showError(tr("Nothing was saved: %1").arg(received.error().message));
            return;
        }
        id = received.value();
    }
    emit saved(id);
    QDialog::accept();
}

bool StepEditorDialog::confirmLateReceipt(const Session& session, const FieldValues& values)
{
    // A receipt recorded late (a request left at the desk, typed in days later) may open with a
    // deadline already past: said before saving, so a mistyped date is caught (第38条4項).
    const QDate received = values.value(m_step.dateField).toDate();
    const QDate today = japanDate(session.clock().nowUtc());
    auto desk = RequestDesk::current(session);
    if (!received.isValid() || !desk)
        return true;
    QStringList past;
    for (const CaseClock& clock : m_kind.clocks) {
        if (clock.startStep != m_step.key)
            continue;
        const Deadline due = deadlineFor(received, clock.rule, desk->settings.closedDays, JapaneseHolidays::shipped());
        if (due.lastDay.isValid() && due.lastDay < today)
            past << tr("%1: %2").arg(CaseText::clockLabel(clock), formatWareki(due.lastDay));
    }
    if (past.isEmpty())
        return true;
    return MessageBox::question(this, tr("A deadline has already passed"),
                                tr("Counted from the day of receipt (%1), these deadlines have already passed:\n%2\n\n"
                                   "Check the day of receipt. Record the request as received on that day?")
                                    .arg(formatWareki(received), past.join(QLatin1Char('\n'))))
           == MessageBox::Button::Yes;
}

} // namespace daicho
