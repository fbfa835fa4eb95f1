#include "ledger/editor/ComboFieldEditor.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace daicho {

namespace {

// Ids and numbers (a fiscal year) are stored as integers, the rest as text keys.
bool holdsNumber(FieldType type)
{
    return type == FieldType::RegisterEntry || type == FieldType::Department || type == FieldType::Person
           || type == FieldType::Integer;
}

} // namespace

ComboFieldEditor::ComboFieldEditor(const FieldDefinition& field, QList<Option> options, UnknownText unknownText,
                                   QWidget* parent)
    : FieldEditor(field, parent)
    , m_combo(new QComboBox(this))
    , m_unknownText(std::move(unknownText))
{
    m_combo->setObjectName(partName(QStringLiteral("input")));
    m_combo->setPlaceholderText(tr("Choose…"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_combo->setMaxVisibleItems(20);
    inputLayout()->addWidget(m_combo);
    inputLayout()->addStretch(1);
    setFocusProxy(m_combo);
    setOptions(std::move(options));
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::valueChanged);
}

QVariant ComboFieldEditor::normalised(const QVariant& value) const
{
    if (!value.isValid() || value.isNull())
        return {};
    if (holdsNumber(field().type))
        return QVariant::fromValue<qint64>(value.toLongLong());
    return value.toString();
}

void ComboFieldEditor::setOptions(QList<Option> options)
{
    const QVariant current = value();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        if (!field().required)
            m_combo->addItem(QString(), QVariant());
        for (const Option& option : options)
            m_combo->addItem(option.text, normalised(option.data));
        m_combo->setCurrentIndex(field().required ? -1 : 0);
    }
    setValue(current);
}

void ComboFieldEditor::setOptionEnabled(const QVariant& optionData, bool enabled)
{
    auto* model = qobject_cast<QStandardItemModel*>(m_combo->model());
    const int index = m_combo->findData(normalised(optionData));
    if (model && index >= 0)
        if (QStandardItem* item = model->item(index))
            item->setEnabled(enabled);
}

QVariant ComboFieldEditor::value() const
{
    if (m_combo->currentIndex() < 0)
        return {};
    return m_combo->currentData();
}

void ComboFieldEditor::setValue(const QVariant& value)
{
    const QVariant wanted = normalised(value);
    if (!wanted.isValid()) {
        m_combo->setCurrentIndex(field().required ? -1 : 0);
        return;
    }
    int index = m_combo->findData(wanted);
    if (index < 0) {
        m_combo->addItem(m_unknownText ? m_unknownText(wanted) : wanted.toString(), wanted);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

QWidget* ComboFieldEditor::focusTarget() const
{
    return m_combo;
}

} // namespace daicho
