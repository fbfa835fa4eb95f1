#include "ledger/editor/CheckFieldEditor.h"

#include "ledger/LedgerDirectory.h"

#include <QBoxLayout>
#include <QCheckBox>

#include <algorithm>

namespace daicho {

CheckFieldEditor::CheckFieldEditor(const FieldDefinition& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    if (field.type == FieldType::Boolean) {
        auto* box = new QCheckBox(tr("Yes"), this);
        box->setObjectName(partName(QStringLiteral("input")));
        m_boxes << box;
        inputLayout()->addWidget(box);
        inputLayout()->addStretch(1);
    } else {
        inputLayout()->setDirection(QBoxLayout::TopToBottom);
        for (const ChoiceOption& option : field.choices) {
            auto* box = new QCheckBox(choiceLabel(field, option.key, interfaceLabelLanguage()), this);
            box->setObjectName(QStringLiteral("choice.%1.%2").arg(field.key, option.key));
            box->setProperty("choiceKey", option.key);
            m_boxes << box;
            // As wide as its text: a click beside a box does not tick it.
            inputLayout()->addWidget(box, 0, Qt::AlignLeft);
        }
    }
    if (!m_boxes.isEmpty())
        setFocusProxy(m_boxes.first());
    for (QCheckBox* box : std::as_const(m_boxes))
        connect(box, &QCheckBox::toggled, this, &FieldEditor::valueChanged);
}

QVariant CheckFieldEditor::value() const
{
    if (field().type == FieldType::Boolean) {
        if (m_boxes.first()->isChecked())
            return true;
        // A required yes/no is answered either way; an optional one left alone is not.
        return field().required || m_storedNo ? QVariant(false) : QVariant();
    }
    QStringList keys;
    for (QCheckBox* box : m_boxes)
        if (box->isChecked())
            keys << box->property("choiceKey").toString();
    if (keys.isEmpty())
        return {};
    // The same ticks as stored give the stored list back, in its order.
    QStringList sortedStored = m_stored;
    QStringList sortedKeys = keys;
    std::sort(sortedStored.begin(), sortedStored.end());
    std::sort(sortedKeys.begin(), sortedKeys.end());
    return sortedStored == sortedKeys ? m_stored : keys;
}

void CheckFieldEditor::setValue(const QVariant& value)
{
    const bool empty = !value.isValid() || value.isNull();
    if (field().type == FieldType::Boolean) {
        m_storedNo = !empty && !value.toBool();
        m_boxes.first()->setChecked(!empty && value.toBool());
        return;
    }
    m_stored = empty ? QStringList() : value.toStringList();
    for (QCheckBox* box : std::as_const(m_boxes))
        box->setChecked(m_stored.contains(box->property("choiceKey").toString()));
}

QWidget* CheckFieldEditor::focusTarget() const
{
    return m_boxes.isEmpty() ? nullptr : m_boxes.first();
}

} // namespace daicho
