#include "ledger/monitoring/ChecklistFieldEditor.h"

#include "common/MessageBox.h"
#include "ledger/monitoring/CheckItems.h"
#include "ledger/monitoring/ChecklistModel.h"
#include "ledger/monitoring/ChecklistTable.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace daicho {

namespace {

// High enough for the buttons, several lines of the table and the counts, so that the sheet
// is usable inside the editor dialog without scrolling the dialog to reach a line.
constexpr int kMinimumHeight = 360;

} // namespace

ChecklistFieldEditor::ChecklistFieldEditor(const FieldDefinition& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_model(new ChecklistModel(this))
    , m_table(new ChecklistTable(m_model, this))
    , m_counts(new QLabel(this))
    , m_fromItems(new QPushButton(tr("Start from the current check items"), this))
    , m_fromEarlier(new QPushButton(tr("Start from the previous sheet…"), this))
{
    m_table->setObjectName(partName(QStringLiteral("input")));
    m_counts->setObjectName(partName(QStringLiteral("counts")));
    m_fromItems->setObjectName(partName(QStringLiteral("fromItems")));
    m_fromEarlier->setObjectName(partName(QStringLiteral("fromEarlier")));
    m_fromItems->setToolTip(tr("New lines from the check items the chief keeps, with nothing filled in"));
    m_fromEarlier->setToolTip(tr("The lines of the newest earlier sheet, with the results and comments cleared"));
    // Inside the editor dialog, where Enter must never press a button by accident.
    for (QPushButton* button : {m_fromItems, m_fromEarlier}) {
        button->setAutoDefault(false);
        button->hide();
    }

    auto* hint = new QLabel(tr("Result: 1 Conforms · 2 Does not conform · 3 Not applicable · 0 clears. "
                               "Enter edits the evidence or comment."),
                            this);
    hint->setObjectName(partName(QStringLiteral("keys")));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fromItems);
    buttons->addWidget(m_fromEarlier);
    buttons->addSpacing(12);
    buttons->addWidget(hint, 1);

    inputLayout()->setDirection(QBoxLayout::TopToBottom);
    inputLayout()->addLayout(buttons);
    inputLayout()->addWidget(m_table, 1);
    inputLayout()->addWidget(m_counts);
    setMinimumHeight(kMinimumHeight);
    setFocusProxy(m_table);

    connect(m_fromItems, &QPushButton::clicked, this, &ChecklistFieldEditor::startFromCurrentItems);
    connect(m_fromEarlier, &QPushButton::clicked, this, &ChecklistFieldEditor::startFromEarlierSheet);
    connect(m_model, &ChecklistModel::linesEdited, this, [this] {
        updateCounts();
        emit valueChanged();
    });
    updateCounts();
}

ChecklistFieldEditor::~ChecklistFieldEditor() = default;

QVariant ChecklistFieldEditor::value() const
{
    if (m_model->lines().isEmpty())
        return m_unreadable;
    return checklistToValue(m_model->lines());
}

void ChecklistFieldEditor::setValue(const QVariant& value)
{
    const std::optional<ChecklistLines> lines = checklistFromValue(value);
    m_unreadable = lines ? QVariant() : value;
    m_model->setLines(lines.value_or(ChecklistLines{}));
    updateCounts();
    emit valueChanged();
}

QWidget* ChecklistFieldEditor::focusTarget() const
{
    return m_table;
}

ChecklistLines ChecklistFieldEditor::lines() const
{
    return m_model->lines();
}

void ChecklistFieldEditor::setLines(const ChecklistLines& lines)
{
    m_unreadable = QVariant();
    m_model->setLines(lines);
    updateCounts();
    emit valueChanged();
}

void ChecklistFieldEditor::setSources(ItemsSource currentItems, EarlierSheetSource earlierSheet)
{
    m_currentItems = std::move(currentItems);
    m_earlierSheet = std::move(earlierSheet);
    m_fromItems->setVisible(static_cast<bool>(m_currentItems));
    m_fromEarlier->setVisible(static_cast<bool>(m_earlierSheet));
}

Status ChecklistFieldEditor::loadCurrentItems()
{
    if (!m_currentItems)
        return {};
    Result<ChecklistLines> lines = m_currentItems();
    if (!lines)
        return lines.error();
    setLines(lines.value());
    return {};
}

bool ChecklistFieldEditor::confirmReplace()
{
    if (!m_model->hasInput() && !m_unreadable.isValid())
        return true;
    return MessageBox::question(this, tr("Replace the lines"),
                                tr("Results, evidence or comments are already filled in. Start again and replace all "
                                   "%n line(s) with what was filled in?",
                                   nullptr, static_cast<int>(m_model->rowCount())),
                                MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::No),
                                MessageBox::Button::No)
           == MessageBox::Button::Yes;
}

void ChecklistFieldEditor::startFromCurrentItems()
{
    if (!m_currentItems || !confirmReplace())
        return;
    if (const Status loaded = loadCurrentItems(); !loaded) {
        MessageBox::warning(this, tr("The lines were not replaced"), loaded.error().message);
        return;
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void ChecklistFieldEditor::startFromEarlierSheet()
{
    if (!m_earlierSheet)
        return;
    const Result<std::optional<EarlierSheet>> earlier = m_earlierSheet();
    if (!earlier) {
        MessageBox::warning(this, tr("The lines were not replaced"), earlier.error().message);
        return;
    }
    if (!earlier.value() || earlier.value()->lines.isEmpty()) {
        MessageBox::information(
            this, tr("No previous sheet"),
            earlier.value()
                ? tr("The previous sheet (entry No. %1) has no lines to start from.").arg(earlier.value()->number)
                : tr("There is no earlier monitoring sheet to start from. Start "
                     "from the current check items instead."));
        return;
    }
    const EarlierSheet& sheet = *earlier.value();
    QString source = tr("entry No. %1 of %2").arg(sheet.number).arg(sheet.date.toString(QStringLiteral("yyyy/MM/dd")));
    if (sheet.fiscalYear)
        source += QLatin1Char(' ') + tr("(fiscal year %1)").arg(*sheet.fiscalYear);
    QString text = tr("The %n line(s) of the previous sheet, %1, are copied with their results and comments cleared.",
                      nullptr, static_cast<int>(sheet.lines.size()))
                       .arg(source);
    if (m_model->hasInput() || m_unreadable.isValid())
        text += QStringLiteral("\n\n") + tr("What is filled in now is replaced.");
    text += QStringLiteral("\n\n")
            + tr("Keep the evidence seen then, as a starting point to confirm?\n"
                 "Yes: keep the evidence. No: leave it empty. Cancel: change nothing.");
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Start from the previous sheet"), text,
        MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::No | MessageBox::Button::Cancel),
        MessageBox::Button::Yes);
    if (answer != MessageBox::Button::Yes && answer != MessageBox::Button::No)
        return;
    setLines(checklistFromEarlierSheet(sheet.lines, answer == MessageBox::Button::Yes));
    m_table->setFocus(Qt::OtherFocusReason);
}

void ChecklistFieldEditor::updateCounts()
{
    const ChecklistLines& lines = m_model->lines();
    if (lines.isEmpty()) {
        m_counts->setText(m_unreadable.isValid() ? tr("The lines of this sheet cannot be shown by this version; they "
                                                      "are kept unless the sheet is started again.")
                                                 : tr("No lines yet."));
        return;
    }
    const ChecklistCounts counts = countResults(lines);
    QStringList parts;
    parts << tr("%n line(s)", nullptr, static_cast<int>(lines.size()));
    const std::pair<CheckResult, int> perResult[] = {{CheckResult::Conforms, counts.conforms},
                                                     {CheckResult::DoesNotConform, counts.doesNotConform},
                                                     {CheckResult::NotApplicable, counts.notApplicable},
                                                     {CheckResult::Open, counts.open}};
    for (const auto& [result, count] : perResult)
        parts
            << tr("%1: %2", "a result and the number of lines with it").arg(checkResultDisplayName(result)).arg(count);
    m_counts->setText(parts.join(QStringLiteral("  ·  ")));
}

} // namespace daicho
