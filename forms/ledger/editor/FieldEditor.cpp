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
    , m_hint(new QLabel(this))
    , m_note(new QLabel(this))
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
    m_hint->setObjectName(partName(QStringLiteral("hint")));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_hint->hide();
    m_note->setObjectName(partName(QStringLiteral("note")));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("color:#8a5300; background:#fff4e0; padding:2px;"));
    m_note->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_frame);
    layout->addWidget(m_note);
    layout->addWidget(m_issue);
    layout->addWidget(m_hint);
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

void FieldEditor::setHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString FieldEditor::hint() const
{
    return m_hint->text();
}

void FieldEditor::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString FieldEditor::note() const
{
    return m_note->text();
}

QString FieldEditor::partName(const QString& part) const
{
    return part + QLatin1Char('.') + m_field.key;
}

} // namespace daicho
