#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QCalendarWidget;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace daicho {

// A date typed the way a Japanese office writes it (2026/4/1, R8.4.1, 令和8年4月1日,
// full-width digits), with the 和暦 it was read as beside it and a calendar to pick from.
// Text that is not a date is never taken as "no date": isValid() is false and the preview
// says so in red.
class JapaneseDateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit JapaneseDateWidget(QWidget* parent = nullptr);
    ~JapaneseDateWidget() override;

    // The date typed; nullopt when the text is empty or not a date.
    std::optional<QDate> date() const;
    void setDate(std::optional<QDate> date);
    // The day the calendar opens on when no date is typed (the session's today).
    void setToday(QDate today) { m_today = today; }
    bool isEmpty() const;
    // Empty, or a date.
    bool isValid() const;
    QString text() const;

    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* preview() const { return m_preview; }
    QToolButton* calendarButton() const { return m_calendarButton; }

    // Puts `widget` (a time) between the calendar button and the preview.
    void insertBeforePreview(QWidget* widget);
    // Names the parts, for tests and accessibility tools.
    void setPartNames(const QString& edit, const QString& preview, const QString& calendar);
    // Without the 和暦 preview beside the field (a filter bar short of room): the 和暦 date,
    // or "not a date", then shows as the field's tooltip.
    void setCompact(bool compact);

signals:
    // The text changed (typed, picked or set).
    void changed();

private:
    bool m_compact = false;
    void updatePreview();
    void prepareCalendar();
    void showCalendarEra(int year, int month);

    QLineEdit* m_edit;
    QLabel* m_preview;
    QToolButton* m_calendarButton;
    QHBoxLayout* m_layout;
    QMenu* m_calendarMenu;
    QCalendarWidget* m_calendar;
    QLabel* m_calendarEra; // 「令和8年（2026年）12月」 above the calendar's own 西暦 heading
    QDate m_today;
};

} // namespace daicho
