#include "ledger/editor/DateFieldEditor.h"

#include "common/JapaneseCalendar.h"
#include "ledger/Labels.h"
#include "ledger/editor/JapaneseDateWidget.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace daicho {

namespace {

// Japan has kept UTC+9 without daylight saving since 1952 (see JapaneseCalendar.h).
constexpr qint64 kJapanOffsetSeconds = 9 * 3600;

} // namespace

DateFieldEditor::DateFieldEditor(const FieldDefinition& field, QDate today, QWidget* parent)
    : FieldEditor(field, parent)
    , m_date(new JapaneseDateWidget(this))
{
    m_date->setToday(today);
    m_date->setPartNames(partName(QStringLiteral("input")), partName(QStringLiteral("preview")),
                         partName(QStringLiteral("calendar")));
    inputLayout()->addWidget(m_date);
    inputLayout()->addStretch(1);
    if (field.type == FieldType::DateTime) {
        m_time = new QLineEdit(m_date);
        m_time->setObjectName(partName(QStringLiteral("time")));
        // A hint that cannot be taken for a time already filled in.
        m_time->setPlaceholderText(tr("hh:mm"));
        m_time->setMaxLength(8);
        m_time->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("17時30分")) + 16);
        m_time->setToolTip(tr("Time in Japan (24-hour clock): 17:00, 1700, 17時30分"));
        // The time before the 和暦 preview, so that date and time read as one.
        m_date->insertBeforePreview(m_time);
        connect(m_time, &QLineEdit::textChanged, this, &FieldEditor::valueChanged);
        // After valueChanged (which clears an earlier problem): a time that is not one is said at once.
        connect(m_time, &QLineEdit::textChanged, this, [this] {
            if (!m_time->text().trimmed().isEmpty() && !typedTime())
                showIssue(inputProblem());
        });
        // The time as read, beside what was typed when they differ (「17」 → 17:00): nothing
        // typed is taken another way without showing it.
        m_timeRead = new QLabel(m_date);
        m_timeRead->setObjectName(partName(QStringLiteral("timeRead")));
        m_date->insertBeforePreview(m_timeRead);
        connect(m_time, &QLineEdit::textChanged, this, &DateFieldEditor::showTimeRead);
    }
    setFocusProxy(m_date);
    connect(m_date, &JapaneseDateWidget::changed, this, &FieldEditor::valueChanged);
}

QVariant DateFieldEditor::value() const
{
    const std::optional<QDate> date = m_date->date();
    if (!date)
        return {};
    if (!m_time)
        return *date;
    const std::optional<QTime> typed = typedTime();
    if (!typed)
        return {}; // inputProblem() says why; nothing half-read reaches the store
    const QTime time = *typed;
    const QDateTime utc = QDateTime(*date, QTime(time.hour(), time.minute()), Qt::UTC).addSecs(-kJapanOffsetSeconds);
    if (m_original.isValid()) {
        const QDateTime shown = toJapanTime(m_original);
        if (shown.date() == *date && shown.time().hour() == time.hour() && shown.time().minute() == time.minute())
            return m_original;
    }
    return utc;
}

void DateFieldEditor::setValue(const QVariant& value)
{
    m_original = {};
    if (!value.isValid() || value.isNull()) {
        m_date->setDate(std::nullopt);
        if (m_time)
            m_time->clear();
        return;
    }
    if (!m_time) {
        m_date->setDate(value.toDate());
        return;
    }
    setJapanDateTime(value.toDateTime());
    m_original = value.toDateTime();
}

void DateFieldEditor::setJapanDateTime(const QDateTime& utc)
{
    const QDateTime japan = toJapanTime(utc);
    m_date->setDate(japan.date());
    if (m_time)
        m_time->setText(japan.time().toString(QStringLiteral("HH:mm")));
}

void DateFieldEditor::showTimeRead()
{
    const std::optional<QTime> time = typedTime();
    const QString read = time ? time->toString(QStringLiteral("HH:mm")) : QString();
    m_timeRead->setText(time && read != m_time->text().trimmed() ? QStringLiteral("→ %1").arg(read) : QString());
}

std::optional<QTime> DateFieldEditor::typedTime() const
{
    return m_time ? parseTypedTime(m_time->text()) : std::nullopt;
}

QString DateFieldEditor::inputProblem() const
{
    if (m_date->isValid()) {
        if (m_time && m_date->isEmpty() && !m_time->text().trimmed().isEmpty())
            return tr("Enter the date of “%1” too: a time alone is not kept.").arg(fieldLabel(field()));
        if (!m_time || m_date->isEmpty() || typedTime())
            return {};
        if (m_time->text().trimmed().isEmpty())
            return tr("Enter the time of “%1”, like 17:00.").arg(fieldLabel(field()));
        return tr("“%1” is not a time. Type it like 17:00, 1700 or 17時30分 (24-hour clock).")
            .arg(m_time->text().trimmed());
    }
    return tr("“%1” is not a date. Type it like 2026/4/1, R8.4.1 or 令和8年4月1日.").arg(m_date->text().trimmed());
}

QWidget* DateFieldEditor::focusTarget() const
{
    return m_date->lineEdit();
}

} // namespace daicho
