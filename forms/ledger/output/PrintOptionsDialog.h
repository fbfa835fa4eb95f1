#pragma once

#include "print/LedgerPrint.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QRadioButton;

namespace daicho {

// What a printed ledger or entry looks like beyond its definition, chosen before printing or
// saving a PDF: the 西暦 year beside each 和暦 date, and the stamp boxes (押印欄); for a
// ledger also which items (every item of the form, or the list's columns), with the order it
// prints in (the order on screen) said.
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    // `title` says what follows (print preview, PDF); `proceedText` is the button that goes on.
    // `ledgerOrder` (a ledger, not one entry): the order the list is in, e.g. 「日付の古い順」.
    PrintOptionsDialog(const QString& title, const QString& proceedText, LedgerPrintOptions initial,
                       QWidget* parent = nullptr, const QString& ledgerOrder = {});
    ~PrintOptionsDialog() override;

    LedgerPrintOptions options() const;

    QCheckBox* seirekiCheck() const { return m_seireki; }
    QCheckBox* stampsCheck() const { return m_stamps; }
    QRadioButton* allItemsRadio() const { return m_allItems; } // null for one entry
    QRadioButton* listedItemsRadio() const { return m_listedItems; }
    QPushButton* proceedButton() const { return m_proceed; }

private:
    QCheckBox* m_seireki;
    QCheckBox* m_stamps;
    QRadioButton* m_allItems = nullptr;
    QRadioButton* m_listedItems = nullptr;
    QPushButton* m_proceed;
};

} // namespace daicho
