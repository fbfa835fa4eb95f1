#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerTypes.h"

#include <QDialog>

class QPushButton;

namespace daicho {

class LedgerDirectory;

// One entry to read, as it stands, with the way to correct it (for those who may) and to
// see its history. The page does the correcting: the dialog only asks for it.
class EntryViewDialog : public QDialog
{
    Q_OBJECT

public:
    EntryViewDialog(const FormDefinition& form, const LedgerDirectory& directory, const LedgerEntry& entry,
                    bool mayCorrect, QWidget* parent = nullptr);
    ~EntryViewDialog() override;

    EntryId entryId() const { return m_entryId; }

signals:
    void correctionRequested(daicho::EntryId id);
    void historyRequested(daicho::EntryId id);

private:
    EntryId m_entryId;
};

} // namespace daicho
