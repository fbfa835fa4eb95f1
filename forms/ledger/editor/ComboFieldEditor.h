#pragma once

#include "ledger/editor/FieldEditor.h"

#include <QList>

#include <functional>

class QComboBox;

namespace daicho {

// One of a list: a choice of the definition (its key), a register entry, a department or a
// person (their id), or a registered purpose (its text). A required item starts with
// nothing chosen; an optional one has an empty first line. A stored value that is no
// longer among the options (a person who left, a purpose since removed) is shown as an
// extra line, so that a correction keeps it unless somebody changes it.
class ComboFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    struct Option {
        QString text;
        QVariant data;
    };
    using UnknownText = std::function<QString(const QVariant&)>;

    ComboFieldEditor(const FieldDefinition& field, QList<Option> options, UnknownText unknownText,
                     QWidget* parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant& value) override;
    QWidget* focusTarget() const override;

    // Replaces the options (the purposes of another register entry), keeping the value.
    void setOptions(QList<Option> options);
    // Greys out an option that does not fit the other items now (a shredder for media); the
    // one chosen stays chosen, and the save says why it does not fit.
    void setOptionEnabled(const QVariant& optionData, bool enabled);

    QComboBox* comboBox() const { return m_combo; }

private:
    QVariant normalised(const QVariant& value) const;

    QComboBox* m_combo;
    UnknownText m_unknownText;
};

} // namespace daicho
