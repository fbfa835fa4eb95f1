#include "ledger/editor/LineFieldEditor.h"

#include <QBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace daicho {

namespace {

bool isInteger(const FieldDefinition& field)
{
    return field.type == FieldType::Integer;
}

// "１２０" as "120": an IME in full-width mode types digits like these.
QString asciiDigits(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            digits += QChar(static_cast<char16_t>(u'0' + (c.unicode() - 0xFF10)));
        else
            digits += c;
    }
    return digits;
}

} // namespace

LineFieldEditor::LineFieldEditor(const FieldDefinition& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(partName(QStringLiteral("input")));
    if (isInteger(field)) {
        m_edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9\\x{FF10}-\\x{FF19}]{0,12}")), m_edit));
        m_edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000000000")) + 16);
        m_edit->setAlignment(Qt::AlignRight);
        inputLayout()->addWidget(m_edit);
        inputLayout()->addStretch(1);
    } else {
        m_edit->setMaxLength(field.maxLength);
        inputLayout()->addWidget(m_edit);
    }
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::valueChanged);
}

std::optional<qint64> LineFieldEditor::number() const
{
    bool ok = false;
    const qint64 n = asciiDigits(m_edit->text().trimmed()).toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QVariant LineFieldEditor::value() const
{
    if (m_edit->text().trimmed().isEmpty())
        return {};
    if (isInteger(field())) {
        const std::optional<qint64> n = number();
        return n ? QVariant::fromValue(*n) : QVariant();
    }
    return m_edit->text();
}

void LineFieldEditor::setValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        m_edit->clear();
    else if (isInteger(field()))
        m_edit->setText(QString::number(value.toLongLong()));
    else
        m_edit->setText(value.toString());
}

QString LineFieldEditor::inputProblem() const
{
    if (isInteger(field()) && !m_edit->text().trimmed().isEmpty() && !number())
        return tr("Type a whole number.");
    return {};
}

QWidget* LineFieldEditor::focusTarget() const
{
    return m_edit;
}

} // namespace daicho
