#pragma once

#include "exchange/LedgerExport.h"

#include <QDialog>

class QPushButton;
class QRadioButton;

namespace daicho {

// The encoding of a CSV export: UTF-8 with a byte-order mark (what Excel opens with a
// double-click and what holds every character) or Shift_JIS (CP932) for older programs.
class CsvExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CsvExportDialog(ExportFormat initial = ExportFormat::CsvUtf8, QWidget* parent = nullptr);
    ~CsvExportDialog() override;

    // CsvUtf8 or CsvCp932.
    ExportFormat format() const;

    QRadioButton* utf8Radio() const { return m_utf8; }
    QRadioButton* cp932Radio() const { return m_cp932; }
    QPushButton* proceedButton() const { return m_proceed; }

private:
    QRadioButton* m_utf8;
    QRadioButton* m_cp932;
    QPushButton* m_proceed;
};

} // namespace daicho
