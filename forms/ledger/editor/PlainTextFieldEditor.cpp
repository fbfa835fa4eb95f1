#include "ledger/editor/PlainTextFieldEditor.h"

#include <QBoxLayout>
#include <QPlainTextEdit>

namespace daicho {

namespace {

bool isList(const FieldDefinition& field)
{
    return field.type == FieldType::TextList;
}

} // namespace

PlainTextFieldEditor::PlainTextFieldEditor(const FieldDefinition& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setObjectName(partName(QStringLiteral("input")));
    // Tab moves to the next item, as in every other input of the form.
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(isList(field) ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    if (isList(field))
        m_edit->setPlaceholderText(tr("One per line"));
    const int lines = isList(field) ? 3 : 4;
    m_edit->setFixedHeight(fontMetrics().lineSpacing() * lines + 12);
    inputLayout()->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldEditor::valueChanged);
}

QVariant PlainTextFieldEditor::value() const
{
    const QString text = m_edit->toPlainText();
    if (!isList(field()))
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
    QStringList items;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            items << line;
    return items.isEmpty() ? QVariant() : QVariant(items);
}

void PlainTextFieldEditor::setValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        m_edit->clear();
    else if (isList(field()))
        m_edit->setPlainText(value.toStringList().join(QLatin1Char('\n')));
    else
        m_edit->setPlainText(value.toString());
}

QWidget* PlainTextFieldEditor::focusTarget() const
{
    return m_edit;
}

} // namespace daicho
