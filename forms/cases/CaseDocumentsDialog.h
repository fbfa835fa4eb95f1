#pragma once

#include "cases/CaseReader.h"
#include "print/CaseDocuments.h"

#include <QDialog>

#include <functional>

class QListWidget;
class QPushButton;

namespace daicho {

class MessageBanner;
class Session;

// 「書類を印刷」 of a case: its request form and, once decided, its notice (様式8–14, as the
// kind maps them), each filled in from the case; printed through the preview on A4, or saved
// as a PDF (to mail as an electronic record, 法33条1項). Each print is recorded in the trail.
class CaseDocumentsDialog : public QDialog
{
    Q_OBJECT
public:
    using SessionAccess = std::function<Session*()>;
    CaseDocumentsDialog(const CaseKind& kind, CaseDetail detail, SessionAccess session, QWidget* parent);

    QListWidget* documentList() const { return m_list; }
    QPushButton* printButton() const { return m_printButton; }
    QPushButton* pdfButton() const { return m_pdfButton; }
    MessageBanner* message() const { return m_message; }
    // Saves the chosen document as a PDF at `fileName` (what the PDF button does after its
    // file dialog); false with the message shown when it could not.
    bool saveAsPdf(const QString& fileName);

private:
    std::optional<Letter> chosenLetter();
    void print();
    void savePdf();

    const CaseKind& m_kind;
    CaseDetail m_detail;
    SessionAccess m_session;
    QList<CaseDocumentChoice> m_documents;
    QListWidget* m_list;
    MessageBanner* m_message;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
};

} // namespace daicho
