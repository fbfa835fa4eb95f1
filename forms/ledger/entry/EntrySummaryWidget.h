#pragma once

#include "ledger/EntryValidator.h"
#include "ledger/FormDefinition.h"

#include <QWidget>

class QFormLayout;

namespace daicho {

class LedgerDirectory;

// An entry's values to read: each item that applies and holds something, with its label,
// dates in 和暦 and names for ids. Values are selectable text ("value.<key>").
class EntrySummaryWidget : public QWidget
{
    Q_OBJECT

public:
    EntrySummaryWidget(const FormDefinition& form, const LedgerDirectory& directory, const FieldValues& values,
                       QWidget* parent = nullptr);

    // Adds a line above the items (the entry's number, state, version).
    void addHeaderRow(const QString& label, const QString& value, const QString& objectName);

private:
    void addChecklist(const FieldDefinition& field, const QVariant& value);

    QFormLayout* m_layout;
    int m_headerRows = 0;
};

} // namespace daicho
