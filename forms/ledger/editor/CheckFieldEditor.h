#pragma once

#include "ledger/editor/FieldEditor.h"

#include <QList>
#include <QStringList>

class QCheckBox;

namespace daicho {

// Ticks: any of the choices (FieldType::MultiChoice, one box each, "choice.<key>.<option>")
// or yes / no (FieldType::Boolean, "input.<key>"). An optional yes/no left unticked is
// stored as nothing unless it was stored as "no" before, so that a correction reads back
// what was there.
class CheckFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    CheckFieldEditor(const FieldDefinition& field, QWidget* parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant& value) override;
    QWidget* focusTarget() const override;

    QList<QCheckBox*> boxes() const { return m_boxes; }

private:
    QList<QCheckBox*> m_boxes;
    bool m_storedNo = false; // Boolean: "no" was stored
    QStringList m_stored; // MultiChoice: the keys as stored, in their stored order
};

} // namespace daicho
