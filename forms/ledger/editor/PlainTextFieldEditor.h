#pragma once

#include "ledger/editor/FieldEditor.h"

class QPlainTextEdit;

namespace daicho {

// Several lines: a long text (FieldType::LongText), or a list with one item per line
// (FieldType::TextList; blank lines are dropped).
class PlainTextFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    PlainTextFieldEditor(const FieldDefinition& field, QWidget* parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant& value) override;
    QWidget* focusTarget() const override;

    QPlainTextEdit* textEdit() const { return m_edit; }

private:
    QPlainTextEdit* m_edit;
};

} // namespace daicho
