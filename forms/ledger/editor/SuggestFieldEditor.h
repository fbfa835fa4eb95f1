#pragma once

#include "ledger/editor/FieldEditor.h"

#include <QStringList>

class QComboBox;

namespace daicho {

// One line of text with suggestions to choose from: 様式1's documents or database disposed
// of, offered from the chosen register entry's name and media (第20条2項). Anything else may
// be typed; the value is the text, as a LineFieldEditor's.
class SuggestFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    SuggestFieldEditor(const FieldDefinition& field, QWidget* parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant& value) override;
    QWidget* focusTarget() const override;

    // Replaces the suggestions (another register entry chosen), keeping the text.
    void setSuggestions(const QStringList& suggestions);
    QStringList suggestions() const;
    QComboBox* comboBox() const { return m_combo; }

private:
    QComboBox* m_combo;
};

} // namespace daicho
