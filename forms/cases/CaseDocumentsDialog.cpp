#include "cases/CaseDocumentsDialog.h"

#include "cases/CaseStore.h"
#include "cases/DeskSettings.h"
#include "common/FileDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "ledger/LedgerDirectory.h"
#include "print/LetterSheet.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

CaseDocumentsDialog::CaseDocumentsDialog(const CaseKind& kind, CaseDetail detail, SessionAccess session,
                                         QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_detail(std::move(detail))
    , m_session(std::move(session))
    , m_documents(caseDocuments(kind, m_detail))
    , m_list(new QListWidget(this))
    , m_message(new MessageBanner(this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_pdfButton(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("caseDocumentsDialog"));
    m_list->setObjectName(QStringLiteral("caseDocumentList"));
    m_printButton->setObjectName(QStringLiteral("printCaseDocumentButton"));
    m_pdfButton->setObjectName(QStringLiteral("pdfCaseDocumentButton"));
    setWindowTitle(tr("Print documents"));
    auto* intro = new QLabel(tr("Choose the document. A notice prints once the request is decided; print it, send "
                                "it, then record 「通知書の送付」."),
                             this);
    intro->setWordWrap(true);
    for (const CaseDocumentChoice& d : m_documents)
        m_list->addItem(d.number + QStringLiteral("　") + d.title);
    m_list->setCurrentRow(static_cast<int>(m_documents.size()) - 1); // the notice when there is one
    m_list->setAccessibleName(tr("Documents of the case"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printButton, &QPushButton::clicked, this, &CaseDocumentsDialog::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &CaseDocumentsDialog::savePdf);
    connect(m_list, &QListWidget::activated, this, &CaseDocumentsDialog::print);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 300);
}

std::optional<Letter> CaseDocumentsDialog::chosenLetter()
{
    Session* session = m_session();
    const int row = m_list->currentRow();
    if (!session || row < 0 || row >= m_documents.size())
        return std::nullopt;
    auto desk = RequestDesk::current(*session);
    if (!desk) {
        m_message->showError(desk.error().message);
        return std::nullopt;
    }
    auto directory = LedgerDirectory::load(*session);
    if (!directory) {
        m_message->showError(directory.error().message);
        return std::nullopt;
    }
    return caseLetter(m_kind, m_detail, m_documents[row], desk->settings, directory.value());
}

void CaseDocumentsDialog::print()
{
    const auto letter = chosenLetter();
    if (!letter)
        return;
    if (!previewAndPrintLetters(this, {*letter}))
        return;
    Session* session = m_session();
    if (!session)
        return;
    if (Status recorded =
            CaseStore::recordPrint(*session, m_detail.record.id, letter->formNumber, QStringLiteral("printer"));
        !recorded.ok())
        m_message->showError(recorded.error().message);
    else
        m_message->showInfo(tr("%1 was printed.").arg(letter->formNumber));
}

bool CaseDocumentsDialog::saveAsPdf(const QString& fileName)
{
    const auto letter = chosenLetter();
    Session* session = m_session();
    if (!letter || !session)
        return false;
    // Recorded first: a PDF that exists has its entry in the trail.
    if (Status recorded =
            CaseStore::recordPrint(*session, m_detail.record.id, letter->formNumber, QStringLiteral("pdf"));
        !recorded.ok()) {
        m_message->showError(recorded.error().message);
        return false;
    }
    if (Status written = lettersToPdf(fileName, {*letter}); !written.ok()) {
        m_message->showError(written.error().message);
        return false;
    }
    m_message->showInfo(tr("Saved %1 as %2.").arg(letter->formNumber, fileName));
    return true;
}

void CaseDocumentsDialog::savePdf()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_documents.size())
        return;
    const QString fileName = FileDialog::getSaveFileName(
        this, tr("Save the document as PDF"),
        // 「様式10-1_令和8年度第3号.pdf」: one file per case and document, none overwriting another.
        QStringLiteral("%1_%2第%3号.pdf")
            .arg(m_documents[row].number, formatFiscalYear(m_detail.record.fiscalYear))
            .arg(m_detail.record.number),
        FileDialog::nameFilter(tr("PDF files"), QStringLiteral("*.pdf")));
    if (!fileName.isEmpty())
        saveAsPdf(fileName);
}

} // namespace daicho
