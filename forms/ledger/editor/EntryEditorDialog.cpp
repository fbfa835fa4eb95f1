#include "ledger/editor/EntryEditorDialog.h"

#include "auth/Session.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "ledger/EntryCodec.h"
#include "ledger/EntryValidator.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerText.h"
#include "ledger/editor/ComboFieldEditor.h"
#include "ledger/editor/DateFieldEditor.h"
#include "ledger/editor/FieldEditorFactory.h"
#include "ledger/editor/ItemLabel.h"
#include "ledger/editor/PlainTextFieldEditor.h"
#include "ledger/editor/SuggestFieldEditor.h"
#include "ledger/monitoring/ChecklistFieldEditor.h"
#include "ledger/monitoring/ChecklistSources.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "common/MessageBox.h"

#include <algorithm>

namespace daicho {

namespace {

// The height the dialog's heading, buttons and the sheet's first items (date, year, auditor)
// take.
constexpr int kAboveChecklist = 300;

FieldDefinition reasonDefinition()
{
    FieldDefinition reason;
    reason.key = QStringLiteral("correction_reason");
    reason.type = FieldType::LongText;
    reason.required = true;
    reason.maxLength = 2000;
    return reason;
}

// The item's name as the values make it (様式2's 持込日時 for a bring-in), marked when required.
QString labelText(const FieldDefinition& field, const FieldValues& values = {})
{
    QString text = fieldLabel(field, values, interfaceLabelLanguage());
    if (field.required)
        text += QStringLiteral(" (※)");
    return text;
}

bool isFreeText(const FieldDefinition& field)
{
    return field.type == FieldType::Text || field.type == FieldType::LongText || field.type == FieldType::TextList;
}

} // namespace

EntryEditorDialog::EntryEditorDialog(const FormDefinition& form, LedgerDirectory directory, SessionAccess session,
                                     QWidget* parent)
    : QDialog(parent)
    , m_form(form)
    , m_directory(std::move(directory))
    , m_session(std::move(session))
    , m_formLayout(new QFormLayout)
    , m_scroll(new QScrollArea(this))
    , m_heading(new QLabel(this))
    , m_message(new MessageBanner(this))
    , m_reason(new PlainTextFieldEditor(reasonDefinition(), this))
    , m_reasonLabel(new QLabel(tr("Reason for the correction (※)"), this))
{
    setObjectName(QStringLiteral("entryEditorDialog"));
    setWindowTitle(tr("New entry — %1").arg(ledgerTitle(form)));
    m_message->setObjectName(QStringLiteral("entryEditorMessage"));
    m_heading->setObjectName(QStringLiteral("entryEditorHeading"));
    m_heading->setText(ledgerTitle(form));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);

    auto* legend = new QLabel(tr("Items marked (※) are required."), this);
    legend->setObjectName(QStringLiteral("requiredLegend"));

    auto* fields = new QWidget(m_scroll);
    fields->setObjectName(QStringLiteral("entryFields"));
    // The items at the top; room left over stays below them, not between them.
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addLayout(m_formLayout);
    fieldsLayout->addStretch(1);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const FieldDefinition& field : form.fields) {
        FieldEditor* editor = createFieldEditor(field, m_directory, fields);
        QLabel* label = makeItemLabel(labelText(field), fields);
        label->setObjectName(QStringLiteral("label.") + field.key);
        label->setBuddy(editor->focusTarget());
        m_labels.insert(field.key, label);
        // 第11条なお書き, 第20条2項: the register and the disposal record never hold the
        // personal data itself; said under every item one could type it into.
        if (!form.noPersonalData.isEmpty() && isFreeText(field))
            editor->setHint(tr("Never write the personal data itself here (%1).").arg(form.noPersonalData));
        else if (!field.hintJa.isEmpty())
            editor->setHint(interfaceLabelLanguage() == LabelLanguage::Japanese ? field.hintJa : field.hintEn);
        if (!field.article.isEmpty()) {
            const QString tip = tr("Articles: %1").arg(citedArticle(field.article));
            label->setToolTip(tip);
            editor->setToolTip(tip);
        }
        if (auto* checklist = qobject_cast<ChecklistFieldEditor*>(editor)) {
            // The sheet's table takes the whole width, under its label.
            m_formLayout->addRow(label);
            m_formLayout->addRow(checklist);
            checklist->setSources(currentCheckItemsSource(m_session),
                                  earlierSheetSource(
                                      m_session, [this] { return m_entryId; }, field.key));
        } else {
            m_formLayout->addRow(label, editor);
        }
        m_editors << editor;
        connect(editor, &FieldEditor::valueChanged, this, &EntryEditorDialog::updateVisibility);
        // A problem shown under an item goes as soon as the item is changed: it was about the
        // value saved, and the next save checks the new one.
        connect(editor, &FieldEditor::valueChanged, editor, &FieldEditor::clearIssue);
        if (field.type == FieldType::RegisterEntry)
            connect(editor, &FieldEditor::valueChanged, this, &EntryEditorDialog::updatePurposes);
    }
    m_scroll->setObjectName(QStringLiteral("entryScroll"));
    m_scroll->setWidget(fields);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_reasonLabel->setObjectName(QStringLiteral("label.correction_reason"));
    m_reasonLabel->setBuddy(m_reason->focusTarget());
    m_reasonLabel->setToolTip(tr("Kept with the correction in the entry's history."));
    auto* reasonRow = new QFormLayout;
    reasonRow->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    reasonRow->addRow(m_reasonLabel, m_reason);
    m_reasonLabel->hide();
    m_reason->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveEntryButton"));
    save->setText(tr("&Save"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelEntryButton"));
    // No default button: Enter inside a one-line input would otherwise save a half-filled
    // entry, or throw the input away.
    for (QPushButton* button : {save, cancel}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(legend);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(reasonRow);
    layout->addWidget(buttons);

    offerEarlierRecords();
    updatePurposes();
    updateVisibility();
    // Wide enough for the long statutory item names of 様式6-x・7-x beside their inputs.
    const QSize size = entryDialogSize(form, screen(), {920, 700});
    resize(size);
    // A monitoring sheet's table takes the height the dialog has beside the items above it, so
    // that many lines show at once; the items below it are a scroll away.
    for (FieldEditor* editor : std::as_const(m_editors))
        if (qobject_cast<ChecklistFieldEditor*>(editor))
            editor->setMinimumHeight(std::max(editor->minimumHeight(), size.height() - kAboveChecklist));
    connect(m_reason, &FieldEditor::valueChanged, m_reason, &FieldEditor::clearIssue);
    markUnchanged();
}

void EntryEditorDialog::markUnchanged()
{
    m_opened = rawValues();
    m_openedReason = m_reason->value();
}

bool EntryEditorDialog::hasUnsavedInput() const
{
    if (rawValues() != m_opened || m_reason->value() != m_openedReason)
        return true;
    return std::any_of(m_editors.begin(), m_editors.end(),
                       [](const FieldEditor* editor) { return !editor->inputProblem().isEmpty(); });
}

void EntryEditorDialog::keyPressEvent(QKeyEvent* event)
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

void EntryEditorDialog::reject()
{
    if (hasUnsavedInput()
        && MessageBox::question(this, tr("Discard what you typed?"),
                                tr("What you typed in this entry has not been saved. Discard it and close?"),
                                MessageBox::Buttons(MessageBox::Button::Discard | MessageBox::Button::Cancel),
                                MessageBox::Button::Cancel)
               != MessageBox::Button::Discard)
        return;
    QDialog::reject();
}

EntryEditorDialog::~EntryEditorDialog() = default;

void EntryEditorDialog::setDefaults(const UserEntry& writer, const QDateTime& nowUtc)
{
    bool departmentSet = false;
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const FieldDefinition& field = editor->field();
        if (field.key == m_form.dateField) {
            if (auto* date = qobject_cast<DateFieldEditor*>(editor)) {
                if (field.type == FieldType::DateTime)
                    date->setJapanDateTime(nowUtc);
                else
                    date->setValue(japanDate(nowUtc));
            }
        } else if (field.type == FieldType::Department && !departmentSet && writer.departmentId) {
            editor->setValue(QVariant::fromValue<qint64>(*writer.departmentId));
            departmentSet = true;
        } else if (field.namesWriter) {
            const auto& people = m_directory.activePeople();
            if (std::any_of(people.begin(), people.end(), [&](const auto& p) { return p.first == writer.id; }))
                editor->setValue(QVariant::fromValue<qint64>(writer.id));
        } else if (field.startsToday && field.type == FieldType::Date) {
            editor->setValue(japanDate(nowUtc));
        } else if (field.fiscalYear) {
            // The year being checked is usually the current one (April to March in Japan).
            editor->setValue(QVariant::fromValue<qint64>(fiscalYear(japanDate(nowUtc))));
        } else if (auto* checklist = qobject_cast<ChecklistFieldEditor*>(editor)) {
            // A new sheet starts from the check items the chief keeps (第15条).
            if (const Status loaded = checklist->loadCurrentItems(); !loaded)
                m_message->showError(tr("The check items could not be read: %1").arg(loaded.error().message));
        }
    }
    updateVisibility();
    markUnchanged();
}

void EntryEditorDialog::fillFromGuide(const FieldValues& fill, FillSource source)
{
    QStringList items;
    for (auto it = fill.begin(); it != fill.end(); ++it) {
        FieldEditor* target = editor(it.key());
        if (!target)
            continue;
        target->setValue(it.value());
        items << QStringLiteral("「%1」").arg(fieldLabel(target->field()));
    }
    updateVisibility();
    if (items.isEmpty())
        return;
    m_message->showInfo((source == FillSource::LegalBasisGuide
                             ? tr("Filled in from your answers in the legal-basis guide: %1. Check them before saving.")
                             : tr("Filled in from the line of the start page: %1. Check them before saving."))
                            .arg(items.join(QStringLiteral("、"))));
}

void EntryEditorDialog::setEntry(const LedgerEntry& entry)
{
    m_entryId = entry.id;
    // The centre's rule (not 第19条's): the actual return is recorded once the head has approved
    // the carry-out; an entry that already holds one keeps it in view.
    m_afterApprovalOpen = entry.state == EntryState::Approved;
    for (const FieldDefinition& field : m_form.fields)
        if (field.afterApproval && !isEmptyFieldValue(entry.values.value(field.key)))
            m_afterApprovalOpen = true;

    setWindowTitle(tr("Correct entry No. %1 — %2").arg(entry.number).arg(ledgerTitle(m_form)));
    m_heading->setText(tr("%1 — correction of entry No. %2").arg(ledgerTitle(m_form)).arg(entry.number));
    offerEarlierRecords(); // only those made before this one
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->setValue(entry.values.value(editor->field().key));
    showRetiredItems(entry.values);
    updatePurposes();
    // The purposes are known only now that the register entry is set.
    for (FieldEditor* editor : std::as_const(m_editors))
        if (editor->field().type == FieldType::Purpose)
            editor->setValue(entry.values.value(editor->field().key));
    m_reasonLabel->show();
    m_reason->show();
    // A draft (a monitoring sheet not yet signed off) is written over several sittings:
    // each save is a revision, and its usual reason is given, to be changed if need be.
    if (entry.state == EntryState::Draft && isEmptyFieldValue(m_reason->value()))
        m_reason->setValue(tr("Continued filling in"));
    noteItemsAddedLater(entry.values);
    updateVisibility();
    markUnchanged();
}

void EntryEditorDialog::noteItemsAddedLater(const FieldValues& stored)
{
    // An entry stored without an item that applies to it and must be answered was written
    // before Daicho asked for that item (stored entries were checked as they were written).
    // Nothing is filled in silently: a default the definition gives is shown with a note,
    // and saved only with the correction.
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const FieldDefinition& field = editor->field();
        if (stored.contains(field.key) || !fieldApplies(field, stored)
            || (!field.required && !field.olderDefault.isValid()))
            continue;
        const QString name = fieldLabel(field, interfaceLabelLanguage());
        if (field.olderDefault.isValid()) {
            editor->setValue(field.olderDefault);
            const QString shown = field.type == FieldType::Choice
                                      ? choiceLabel(field, field.olderDefault.toString(), interfaceLabelLanguage())
                                      : field.olderDefault.toString();
            editor->setNote(tr("This entry was written before Daicho asked for “%1”. It is shown as “%2”, which is "
                               "what entries said then; check it. It is saved only with this correction.")
                                .arg(name, shown));
        } else {
            editor->setNote(tr("This entry was written before Daicho asked for “%1”. Fill it in with this "
                               "correction.")
                                .arg(name));
        }
    }
}

FieldEditor* EntryEditorDialog::editor(const QString& key) const
{
    for (FieldEditor* editor : m_editors)
        if (editor->field().key == key)
            return editor;
    return nullptr;
}

FieldValues EntryEditorDialog::rawValues() const
{
    FieldValues values;
    for (FieldEditor* editor : m_editors) {
        const QVariant value = editor->value();
        if (value.isValid())
            values.insert(editor->field().key, value);
    }
    return values;
}

FieldValues EntryEditorDialog::values() const
{
    const FieldValues raw = rawValues();
    FieldValues values;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const FieldDefinition* field = m_form.field(it.key());
        // What is typed for an item that no longer applies stays in its input, in case the
        // kind is switched back, but is not saved.
        if (field && isShown(*field, raw))
            values.insert(it.key(), it.value());
    }
    return values;
}

void EntryEditorDialog::showRetiredItems(const FieldValues& stored)
{
    // Never drop what a person once recorded without saying so: the previous revision keeps it
    // in the history, this one will not hold it.
    QStringList items;
    for (const FieldDefinition& field : m_form.retiredFields)
        if (!isEmptyFieldValue(stored.value(field.key)))
            items << tr("“%1” (%2)").arg(fieldLabel(field), citedArticle(field.article));
    if (!items.isEmpty())
        m_message->showInfo(tr("This entry holds items %1 no longer has under the rules in force: %2. A correction "
                               "saves the entry without them; the earlier version keeps them in the history.")
                                .arg(m_form.number, items.join(QStringLiteral("、"))));
}

bool EntryEditorDialog::isShown(const FieldDefinition& field, const FieldValues& raw) const
{
    // What is filled after an approval given beforehand (the return of a carry-out) waits for
    // it; on a form reviewed afterwards (the exit time of a visit) it is there from the start.
    if (field.afterApproval && m_form.approval == ApprovalKind::ApproveBefore && !m_afterApprovalOpen)
        return false;
    if (!fieldApplies(field, raw))
        return false;
    // A condition on an item that is itself hidden is not met (the end of a bulk record whose
    // "ended" box was ticked before the bulk box was cleared).
    const FieldDefinition* on = field.onlyWhen ? m_form.field(field.onlyWhen->field) : nullptr;
    return !on || on == &field || isShown(*on, raw);
}

void EntryEditorDialog::updateVisibility()
{
    const FieldValues raw = rawValues();
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const FieldDefinition& field = editor->field();
        if (field.onlyWhen || field.afterApproval)
            m_formLayout->setRowVisible(editor, isShown(field, raw));
        if (!field.labelsWhen.isEmpty())
            if (QLabel* label = m_labels.value(field.key))
                label->setText(labelText(field, raw));
        // Options that fit only some values of another item (第20条1項's methods by target).
        if (auto* combo = qobject_cast<ComboFieldEditor*>(editor))
            for (const ChoiceOption& option : field.choices)
                if (option.onlyWhen)
                    combo->setOptionEnabled(option.key, conditionHolds(*option.onlyWhen, raw));
    }
}

void EntryEditorDialog::offerEarlierRecords()
{
    if (!m_form.transfer || m_form.transferFields.earlierRecord.isEmpty())
        return;
    auto* combo = qobject_cast<ComboFieldEditor*>(editor(m_form.transferFields.earlierRecord));
    if (!combo)
        return;
    // Records of the same direction made before this one (a new record: any kept one); a
    // confirmation about personally related information (様式6-3) only names another such
    // confirmation. Newest first: the record referred to is usually a recent one.
    const auto related = [](const FormDefinition& f) { return f.transfer->basis == TransferBasis::RelatedInfo; };
    QList<ComboFieldEditor::Option> options;
    const QList<EntryReference>& references = m_directory.entryReferences();
    for (auto it = references.crbegin(); it != references.crend(); ++it) {
        const FormDefinition* other = FormRegistry::find(it->formId);
        if (!other || !other->transfer || other->transfer->direction != m_form.transfer->direction
            || related(*other) != related(m_form) || (m_entryId && it->id >= *m_entryId))
            continue;
        options.append({tr("%1 (%2)").arg(it->text, formatWareki(it->date)), QVariant::fromValue<qint64>(it->id)});
    }
    combo->setOptions(options);
}

void EntryEditorDialog::updatePurposes()
{
    const FieldDefinition* registerField = m_form.firstOfType(FieldType::RegisterEntry);
    QStringList purposes;
    QStringList holdings; // what a disposal can name: the database and its media (第20条2項)
    if (FieldEditor* chosen = registerField ? editor(registerField->key) : nullptr) {
        const QVariant id = chosen->value();
        for (const RegisterChoice& choice : m_directory.registers())
            if (id.isValid() && choice.id == id.toLongLong()) {
                purposes = choice.purposes;
                holdings = QStringList{choice.name} + choice.media;
            }
    }
    for (FieldEditor* editor : std::as_const(m_editors))
        if (auto* suggest = qobject_cast<SuggestFieldEditor*>(editor))
            suggest->setSuggestions(holdings);
    QList<ComboFieldEditor::Option> options;
    for (const QString& purpose : std::as_const(purposes))
        options.append({purpose, purpose});
    for (FieldEditor* editor : std::as_const(m_editors))
        if (editor->field().type == FieldType::Purpose)
            if (auto* combo = qobject_cast<ComboFieldEditor*>(editor))
                combo->setOptions(options);
}

void EntryEditorDialog::clearIssues()
{
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->clearIssue();
    m_reason->clearIssue();
    m_message->clearMessage();
}

bool EntryEditorDialog::showProblems(const QMap<QString, QStringList>& problems, const QStringList& general)
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
    const QStringList reasonMessages = problems.value(m_reason->field().key);
    if (!reasonMessages.isEmpty()) {
        m_reason->showIssue(reasonMessages.join(QLatin1Char('\n')));
        if (!first)
            first = m_reason;
    }
    for (auto it = problems.begin(); it != problems.end(); ++it)
        if (!editor(it.key()) && it.key() != m_reason->field().key)
            unplaced << it.value();
    QString summary = tr("Nothing was saved. Correct the items marked in red.");
    if (!unplaced.isEmpty())
        summary += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    m_message->showError(summary);
    if (first) {
        if (first != m_reason)
            m_scroll->ensureWidgetVisible(first);
        if (QWidget* target = first->focusTarget())
            target->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void EntryEditorDialog::showSaveError(const Error& error)
{
    // The store names the item it refuses in the detail; anything else is for the banner.
    FieldEditor* target = error.detail.isEmpty() ? nullptr : editor(error.detail);
    if (target && target->isVisibleTo(this)) {
        target->showIssue(error.message);
        m_scroll->ensureWidgetVisible(target);
        if (QWidget* focus = target->focusTarget())
            focus->setFocus(Qt::OtherFocusReason);
    }
    m_message->showError(tr("Nothing was saved: %1").arg(error.message));
}

void EntryEditorDialog::accept()
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
    const QString reason = m_reason->value().toString().trimmed();
    if (isCorrection() && reason.isEmpty())
        problems[m_reason->field().key] << tr(
            "Say why the entry is corrected: the reason is kept with the correction.");

    const FieldValues values = this->values();
    const Result<QList<Issue>> checked = LedgerStore::check(*session, m_form.id, values, m_entryId);
    if (!checked) {
        m_message->showError(tr("Nothing was saved: %1").arg(checked.error().message));
        return;
    }
    QStringList general;
    for (const Issue& issue : checked.value()) {
        // What was typed and could not be read is the real problem: "enter the date" after
        // "that is not a date" would only confuse.
        if (problems.contains(issue.field) && m_form.field(issue.field))
            continue;
        if (issue.field.isEmpty())
            general << issue.message;
        else
            problems[issue.field] << issue.message;
    }
    if (showProblems(problems, general))
        return;

    if (m_entryId) {
        const Result<RevisionId> revised = LedgerStore::revise(*session, *m_entryId, values, reason);
        if (!revised) {
            showSaveError(revised.error());
            return;
        }
        emit saved(*m_entryId);
    } else {
        const Result<EntryId> added = LedgerStore::add(*session, m_form.id, values);
        if (!added) {
            showSaveError(added.error());
            return;
        }
        emit saved(added.value());
    }
    QDialog::accept();
}

} // namespace daicho
