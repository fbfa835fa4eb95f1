#pragma once

#include "ledger/editor/FieldEditor.h"

#include <QDateTime>
#include <QTime>

#include <optional>

class QLabel;
class QLineEdit;

namespace daicho {

class JapaneseDateWidget;

// A date (FieldType::Date) typed in any usual Japanese way, or a date and a time in Japan
// (FieldType::DateTime, minutes; the value is the UTC instant). Parts: "input.<key>" (the
// date text), "preview.<key>" (its 和暦), "calendar.<key>", "time.<key>".
class DateFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    // `today`: the session's, where the calendar opens when nothing is typed.
    DateFieldEditor(const FieldDefinition& field, QDate today, QWidget* parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant& value) override;
    QString inputProblem() const override;
    QWidget* focusTarget() const override;

    // For a date-time: the Japan date and time of `utc`, to the minute.
    void setJapanDateTime(const QDateTime& utc);

    JapaneseDateWidget* dateWidget() const { return m_date; }
    QLineEdit* timeEdit() const { return m_time; }

private:
    JapaneseDateWidget* m_date;
    // Typed, like the date: a spin box turned 「17」 into 01:00. Empty or not a time is a problem
    // shown as it is typed, never a guess.
    QLineEdit* m_time = nullptr;
    QLabel* m_timeRead = nullptr;
    std::optional<QTime> typedTime() const;
    void showTimeRead();
    // The stored instant, given back unchanged while the minute shown is the same (an
    // imported value may carry seconds).
    QDateTime m_original;
};

} // namespace daicho
