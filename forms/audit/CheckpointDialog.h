#pragma once

#include "print/PrintSheet.h"

#include <QDialog>

namespace daicho {

// Shows a checkpoint the auditor just signed, to copy by hand or print on A4 and keep
// outside the PC: with it, `daicho-cli verify --checkpoint` proves later that the trail
// was not cut short or replaced by an older copy.
class CheckpointDialog : public QDialog
{
    Q_OBJECT

public:
    CheckpointDialog(const QString& code, PrintSheet sheet, QWidget* parent = nullptr);
    ~CheckpointDialog() override;

    const PrintSheet& sheet() const { return m_sheet; }

private:
    void saveAsPdf();

    PrintSheet m_sheet;
};

} // namespace daicho
