#include "ledger/output/PrintOptionsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace daicho {

PrintOptionsDialog::PrintOptionsDialog(const QString& title, const QString& proceedText, LedgerPrintOptions initial,
                                       QWidget* parent, const QString& ledgerOrder)
    : QDialog(parent)
    , m_seireki(new QCheckBox(tr("Add the &Western year to dates (令和8年4月1日（2026年）)"), this))
    , m_stamps(new QCheckBox(tr("Print &stamp boxes (押印欄)"), this))
    , m_proceed(new QPushButton(proceedText, this))
{
    setObjectName(QStringLiteral("printOptionsDialog"));
    setWindowTitle(title);
    m_seireki->setObjectName(QStringLiteral("printSeirekiCheck"));
    m_stamps->setObjectName(QStringLiteral("printStampsCheck"));
    m_proceed->setObjectName(QStringLiteral("printProceedButton"));
    m_seireki->setChecked(initial.seirekiInBrackets);
    m_stamps->setChecked(initial.stampBoxes);

    auto* intro = new QLabel(tr("Dates print in the Japanese calendar (和暦)."), this);
    intro->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_proceed, QDialogButtonBox::AcceptRole);
    m_proceed->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("printCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!ledgerOrder.isEmpty()) {
        m_allItems = new QRadioButton(tr("&Every item the form records (the ledger to keep)"), this);
        m_listedItems = new QRadioButton(tr("Only the &list's columns (an overview)"), this);
        m_allItems->setObjectName(QStringLiteral("printAllItemsRadio"));
        m_listedItems->setObjectName(QStringLiteral("printListedItemsRadio"));
        (initial.items == PrintedItems::AllRecorded ? m_allItems : m_listedItems)->setChecked(true);
        auto* order = new QLabel(tr("Entries print in the order of the list on screen: %1.").arg(ledgerOrder), this);
        order->setObjectName(QStringLiteral("printOrderLabel"));
        order->setWordWrap(true);
        layout->addWidget(m_allItems);
        layout->addWidget(m_listedItems);
        layout->addWidget(order);
        layout->addSpacing(4);
    }
    layout->addWidget(m_seireki);
    layout->addWidget(m_stamps);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    m_seireki->setFocus(Qt::OtherFocusReason);
}

PrintOptionsDialog::~PrintOptionsDialog() = default;

LedgerPrintOptions PrintOptionsDialog::options() const
{
    LedgerPrintOptions options;
    options.seirekiInBrackets = m_seireki->isChecked();
    options.stampBoxes = m_stamps->isChecked();
    if (m_listedItems && m_listedItems->isChecked())
        options.items = PrintedItems::ListedColumns;
    return options;
}

} // namespace daicho
