#include "ledger/editor/SuggestFieldEditor.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

namespace daicho {

SuggestFieldEditor::SuggestFieldEditor(const FieldDefinition& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(partName(QStringLiteral("input")));
    m_combo->setEditable(true);
    // A typed text is the value; it is not added to the suggestions.
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(20);
    m_combo->lineEdit()->setMaxLength(field.maxLength);
    inputLayout()->addWidget(m_combo, 1);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::editTextChanged, this, &FieldEditor::valueChanged);
}

QVariant SuggestFieldEditor::value() const
{
    const QString text = m_combo->currentText();
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
}

void SuggestFieldEditor::setValue(const QVariant& value)
{
    const QString text = value.isValid() && !value.isNull() ? value.toString() : QString();
    m_combo->setEditText(text);
}

QWidget* SuggestFieldEditor::focusTarget() const
{
    return m_combo;
}

void SuggestFieldEditor::setSuggestions(const QStringList& suggestions)
{
    const QString text = m_combo->currentText();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        m_combo->addItems(suggestions);
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(text);
    }
}

QStringList SuggestFieldEditor::suggestions() const
{
    QStringList list;
    for (int i = 0; i < m_combo->count(); ++i)
        list << m_combo->itemText(i);
    return list;
}

} // namespace daicho
