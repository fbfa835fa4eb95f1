#include "ledger/editor/JapaneseDateWidget.h"

#include "common/JapaneseCalendar.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace daicho {

JapaneseDateWidget::JapaneseDateWidget(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_calendarButton(new QToolButton(this))
    , m_layout(new QHBoxLayout(this))
    , m_calendarMenu(new QMenu(this))
    , m_calendar(new QCalendarWidget(m_calendarMenu))
    , m_calendarEra(new QLabel(m_calendarMenu))
{
    // A hint that cannot be taken for a date already filled in.
    m_edit->setPlaceholderText(tr("yyyy/m/d"));
    m_edit->setToolTip(tr("Type a date like 2026/4/1, R8.4.1 or 令和8年4月1日."));
    m_edit->setMaxLength(20);
    const QFontMetrics metrics(font());
    m_edit->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("令和10年12月31日")) + 12);
    m_edit->setMaximumWidth(metrics.horizontalAdvance(QStringLiteral("令和10年12月31日")) * 3 / 2);
    // The preview is as wide as the longest 和暦 date, so that the row does not jump.
    m_preview->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("令和10年12月31日")) + 4);
    m_preview->setTextFormat(Qt::PlainText);

    m_calendarButton->setText(tr("Calendar"));
    m_calendarButton->setToolTip(tr("Pick the date from a calendar"));
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    m_calendarButton->setMenu(m_calendarMenu);
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    // The menu arrow Qt draws over the text cut 「カレンダー」; the button opens it anyway.
    m_calendarButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
    m_calendar->setGridVisible(true);
    // A Japanese office calendar has no week numbers, and names the year in 和暦.
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendarEra->setObjectName(QStringLiteral("calendarEra"));
    m_calendarEra->setAlignment(Qt::AlignCenter);
    QFont bold = m_calendarEra->font();
    bold.setBold(true);
    m_calendarEra->setFont(bold);
    auto* calendarBox = new QWidget(m_calendarMenu);
    auto* calendarLayout = new QVBoxLayout(calendarBox);
    calendarLayout->setContentsMargins(4, 4, 4, 4);
    calendarLayout->addWidget(m_calendarEra);
    calendarLayout->addWidget(m_calendar);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &JapaneseDateWidget::showCalendarEra);
    auto* calendarAction = new QWidgetAction(m_calendarMenu);
    calendarAction->setDefaultWidget(calendarBox);
    m_calendarMenu->addAction(calendarAction);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_edit);
    m_layout->addWidget(m_calendarButton);
    m_layout->addWidget(m_preview);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updatePreview();
        emit changed();
    });
    connect(m_calendarMenu, &QMenu::aboutToShow, this, &JapaneseDateWidget::prepareCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate picked) {
        setDate(picked);
        m_calendarMenu->close();
        m_edit->setFocus();
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate picked) {
        setDate(picked);
        m_calendarMenu->close();
        m_edit->setFocus();
    });
}

JapaneseDateWidget::~JapaneseDateWidget() = default;

std::optional<QDate> JapaneseDateWidget::date() const
{
    if (isEmpty())
        return std::nullopt;
    // 「9/30」 is read in the current fiscal year; the preview shows the date read.
    return parseJapaneseDate(m_edit->text().trimmed(), m_today);
}

void JapaneseDateWidget::setDate(std::optional<QDate> date)
{
    m_edit->setText(date && date->isValid() ? date->toString(QStringLiteral("yyyy/MM/dd")) : QString());
}

bool JapaneseDateWidget::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool JapaneseDateWidget::isValid() const
{
    return isEmpty() || date().has_value();
}

QString JapaneseDateWidget::text() const
{
    return m_edit->text();
}

void JapaneseDateWidget::insertBeforePreview(QWidget* widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_preview), widget);
}

void JapaneseDateWidget::setPartNames(const QString& edit, const QString& preview, const QString& calendar)
{
    m_edit->setObjectName(edit);
    m_preview->setObjectName(preview);
    m_calendarButton->setObjectName(calendar);
}

void JapaneseDateWidget::setCompact(bool compact)
{
    m_compact = compact;
    m_preview->setVisible(!compact);
    m_calendarButton->setText(compact ? QStringLiteral("▾") : tr("Calendar"));
    updatePreview();
}

void JapaneseDateWidget::updatePreview()
{
    const QString typeHint = tr("Type a date like 2026/4/1, R8.4.1 or 令和8年4月1日.");
    if (isEmpty()) {
        m_preview->clear();
        m_preview->setStyleSheet({});
        m_edit->setToolTip(typeHint);
        return;
    }
    if (const std::optional<QDate> parsed = date()) {
        m_preview->setText(formatWareki(*parsed));
        m_preview->setStyleSheet({});
        m_edit->setToolTip(m_compact ? formatWareki(*parsed) : typeHint);
        return;
    }
    m_preview->setText(tr("Not a date"));
    m_preview->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold;"));
    m_edit->setToolTip(m_compact ? tr("Not a date") : typeHint);
}

void JapaneseDateWidget::prepareCalendar()
{
    if (const std::optional<QDate> typed = date())
        m_calendar->setSelectedDate(*typed);
    else if (m_today.isValid())
        m_calendar->setSelectedDate(m_today);
    showCalendarEra(m_calendar->yearShown(), m_calendar->monthShown());
}

void JapaneseDateWidget::showCalendarEra(int year, int month)
{
    const QDate first(year, month, 1);
    // The era of the month's first day (令和元年5月 begins an era in its middle: rare enough).
    m_calendarEra->setText(tr("%1 (%2), month %3").arg(formatWarekiYear(first)).arg(year).arg(month));
}

} // namespace daicho
