#pragma once

#include "print/LedgerPrint.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace daicho {

// What a printed ledger or entry looks like beyond its definition, chosen before printing or
// saving a PDF: the 西暦 year beside each 和暦 date, and the stamp boxes (押印欄).
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    // `title` says what follows (print preview, PDF); `proceedText` is the button that goes on.
    PrintOptionsDialog(const QString& title, const QString& proceedText, LedgerPrintOptions initial,
                       QWidget* parent = nullptr);
    ~PrintOptionsDialog() override;

    LedgerPrintOptions options() const;

    QCheckBox* seirekiCheck() const { return m_seireki; }
    QCheckBox* stampsCheck() const { return m_stamps; }
    QPushButton* proceedButton() const { return m_proceed; }

private:
    QCheckBox* m_seireki;
    QCheckBox* m_stamps;
    QPushButton* m_proceed;
};

} // namespace daicho
