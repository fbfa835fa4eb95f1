#include "ledger/editor/FieldEditor.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace daicho {

namespace {

const QString kNormalFrame = QStringLiteral("QFrame#fieldFrame { border: 2px solid transparent; }");
const QString kIssueFrame = QStringLiteral("QFrame#fieldFrame { border: 2px solid #c62828; border-radius: 3px; }");

} // namespace

FieldEditor::FieldEditor(const FieldDefinition& field, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_frame(new QFrame(this))
    , m_inputLayout(new QHBoxLayout(m_frame))
    , m_issue(new QLabel(this))
{
    setObjectName(partName(QStringLiteral("field")));
    m_frame->setObjectName(QStringLiteral("fieldFrame"));
    m_frame->setStyleSheet(kNormalFrame);
    m_inputLayout->setContentsMargins(2, 2, 2, 2);
    m_issue->setObjectName(partName(QStringLiteral("issue")));
    m_issue->setWordWrap(true);
    m_issue->setTextFormat(Qt::PlainText);
    m_issue->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_issue->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_frame);
    layout->addWidget(m_issue);
}

FieldEditor::~FieldEditor() = default;

void FieldEditor::showIssue(const QString& message)
{
    m_frame->setStyleSheet(kIssueFrame);
    m_issue->setText(message);
    m_issue->show();
}

void FieldEditor::clearIssue()
{
    m_frame->setStyleSheet(kNormalFrame);
    m_issue->clear();
    m_issue->hide();
}

QString FieldEditor::issue() const
{
    return m_issue->text();
}

QString FieldEditor::partName(const QString& part) const
{
    return part + QLatin1Char('.') + m_field.key;
}

} // namespace daicho
