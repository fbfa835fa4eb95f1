#pragma once

#include "ledger/editor/FieldEditor.h"

class QLineEdit;

namespace daicho {

// One line: a text (FieldType::Text) or a count (FieldType::Integer, digits only, full-width
// digits as typed through an IME accepted).
class LineFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    LineFieldEditor(const FieldDefinition& field, QWidget* parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant& value) override;
    QString inputProblem() const override;
    QWidget* focusTarget() const override;

    QLineEdit* lineEdit() const { return m_edit; }

private:
    std::optional<qint64> number() const;

    QLineEdit* m_edit;
};

} // namespace daicho
