#pragma once

#include "ledger/FormDefinition.h"

#include <QVariant>
#include <QWidget>

class QBoxLayout;
class QFrame;
class QLabel;

namespace daicho {

// The input for one item of a form, made from its definition (FieldEditorFactory). Its
// value has the type the store expects (see FieldValues) or is invalid when empty; set and
// read back, a value comes out exactly as it went in, so a correction that changes nothing
// changes nothing. A problem is shown under the input, with a red frame around it.
//
// Object names: the editor "field.<key>", its main input "input.<key>", the problem
// "issue.<key>".
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const FieldDefinition& field, QWidget* parent = nullptr);
    ~FieldEditor() override;

    const FieldDefinition& field() const { return m_field; }

    virtual QVariant value() const = 0;
    virtual void setValue(const QVariant& value) = 0;
    // What was typed and cannot become a value (a text that is not a date), which the
    // store never sees; empty when there is none.
    virtual QString inputProblem() const { return {}; }
    // Where the cursor goes to fix a problem.
    virtual QWidget* focusTarget() const = 0;

    void showIssue(const QString& message);
    void clearIssue();
    QString issue() const;
    // A line that stays under the input ("hint.<key>"): what never to write there (第11条
    // なお書き). Empty hides it.
    void setHint(const QString& hint);
    QString hint() const;
    // A note about the value shown ("note.<key>"): an item added after the entry was written.
    // Empty hides it.
    void setNote(const QString& note);
    QString note() const;

signals:
    void valueChanged();

protected:
    // Where subclasses put their inputs, inside the frame that turns red.
    QBoxLayout* inputLayout() const { return m_inputLayout; }
    QString partName(const QString& part) const;

private:
    FieldDefinition m_field;
    QFrame* m_frame;
    QBoxLayout* m_inputLayout;
    QLabel* m_issue;
    QLabel* m_hint;
    QLabel* m_note;
};

} // namespace daicho
