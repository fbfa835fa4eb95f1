#include "ledger/entry/EntryViewDialog.h"

#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerText.h"
#include "ledger/entry/EntrySummaryWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace daicho {

EntryViewDialog::EntryViewDialog(const FormDefinition& form, const LedgerDirectory& directory, const LedgerEntry& entry,
                                 bool mayCorrect, QWidget* parent)
    : QDialog(parent)
    , m_entryId(entry.id)
    , m_print(new QPushButton(tr("&Print this entry…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("entryViewDialog"));
    setWindowTitle(tr("Entry No. %1 — %2").arg(entry.number).arg(ledgerTitle(form)));

    auto* heading = new QLabel(ledgerTitle(form), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);

    auto* summary = new EntrySummaryWidget(form, directory, entry.values, this);
    m_summary = summary;
    summary->addHeaderRow(tr("No.:"), QString::number(entry.number), QStringLiteral("entryNumber"));
    if (form.approval != ApprovalKind::None)
        summary->addHeaderRow(tr("State:"), entryStateDisplayName(entry.state), QStringLiteral("entryState"));
    summary->addHeaderRow(tr("Version:"), QString::number(entry.revisionCount), QStringLiteral("entryVersion"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* correct = buttons->addButton(tr("&Correct…"), QDialogButtonBox::ActionRole);
    correct->setObjectName(QStringLiteral("viewCorrectButton"));
    QPushButton* history = buttons->addButton(tr("&History…"), QDialogButtonBox::ActionRole);
    history->setObjectName(QStringLiteral("viewHistoryButton"));
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("viewPrintButton"));
    m_pdf->setObjectName(QStringLiteral("viewPdfButton"));
    if (form.firstOfType(FieldType::Checklist)) {
        // An auditor keeps and sorts the lines in Excel; the print holds them too.
        m_linesExport = buttons->addButton(tr("Lines to E&xcel…"), QDialogButtonBox::ActionRole);
        m_linesExport->setObjectName(QStringLiteral("viewLinesExportButton"));
        m_linesExport->setToolTip(tr("Every check item with its result, evidence and comment, one row each"));
        connect(m_linesExport, &QPushButton::clicked, this, [this] { emit linesExportRequested(m_entryId); });
    }
    // Only after the last addButton(): the box shows every button again as it lays them out.
    correct->setVisible(mayCorrect);
    m_print->setToolTip(tr("This entry on one A4 sheet, after a preview"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeViewButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(correct, &QPushButton::clicked, this, [this] {
        accept();
        emit correctionRequested(m_entryId);
    });
    connect(history, &QPushButton::clicked, this, [this] { emit historyRequested(m_entryId); });
    connect(m_print, &QPushButton::clicked, this, [this] { emit printRequested(m_entryId); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { emit pdfRequested(m_entryId); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(entryDialogSize(form, screen(), {640, 560}));
}

EntryViewDialog::~EntryViewDialog() = default;

void EntryViewDialog::setPrintable(bool printable)
{
    m_print->setVisible(printable);
    m_pdf->setVisible(printable);
    if (m_linesExport)
        m_linesExport->setVisible(printable);
}

void EntryViewDialog::showKeeping(const QString& text)
{
    m_summary->addHeaderRow(tr("Kept:"), text, QStringLiteral("entryKeeping"));
}

void EntryViewDialog::showDataKeeping(const QString& text)
{
    m_summary->addHeaderRow(tr("Its data:"), text, QStringLiteral("registerDataKeeping"));
}

} // namespace daicho
