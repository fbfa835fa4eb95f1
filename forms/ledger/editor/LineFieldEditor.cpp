#include "ledger/editor/LineFieldEditor.h"

#include "ledger/Labels.h"

#include <QBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace daicho {

namespace {

bool isInteger(const FieldDefinition& field)
{
    return field.type == FieldType::Integer;
}

// "１２０" as "120", "１，２５０" as "1,250": an IME in full-width mode types digits like these.
QString asciiDigits(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            digits += QChar(static_cast<char16_t>(u'0' + (c.unicode() - 0xFF10)));
        else if (c == QChar(0xFF0C))
            digits += QLatin1Char(',');
        else
            digits += c;
    }
    return digits;
}

// The number a person typed, read only when it is a number and nothing else: "250",
// "1,250" (the thousands written as Excel shows them). "1件(250名分)" is not one — its
// digits are never run together into 1250.
std::optional<qint64> readNumber(const QString& typed)
{
    static const QRegularExpression plain(QStringLiteral("^[0-9]{1,12}$"));
    static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}(,[0-9]{3}){1,3}$"));
    QString text = asciiDigits(typed.trimmed());
    if (grouped.match(text).hasMatch())
        text.remove(QLatin1Char(','));
    else if (!plain.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

LineFieldEditor::LineFieldEditor(const FieldDefinition& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(partName(QStringLiteral("input")));
    if (isInteger(field)) {
        // No validator: one drops what it refuses without a word, and 「1件(250名分)」 became
        // 1250. What is typed stays; a problem is shown under it as it is typed.
        m_edit->setMaxLength(20);
        m_edit->setPlaceholderText(tr("number"));
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
    // After valueChanged (which clears an earlier problem): says at once what is wrong.
    if (isInteger(field))
        connect(m_edit, &QLineEdit::textChanged, this, [this] {
            if (const QString problem = inputProblem(); !problem.isEmpty())
                showIssue(problem);
            else
                clearIssue();
        });
}

std::optional<qint64> LineFieldEditor::number() const
{
    return readNumber(m_edit->text());
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
        return tr("“%1” takes a number only, like 250 or 1,250: “%2” is not one. Write units or a breakdown "
                  "elsewhere, or only the number.")
            .arg(fieldLabel(field()), m_edit->text().trimmed());
    return {};
}

QWidget* LineFieldEditor::focusTarget() const
{
    return m_edit;
}

} // namespace daicho
