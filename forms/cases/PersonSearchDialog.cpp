#include "cases/PersonSearchDialog.h"

#include "auth/Organisation.h"
#include "cases/CaseKinds.h"
#include "common/FileDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "ledger/editor/JapaneseDateWidget.h"
#include "print/PersonRecordsPrint.h"
#include "print/PrintSheet.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {

QString recordText(const LedgerRow& row)
{
    return (row.form ? row.form->number : QString()) + QStringLiteral(" No.") + QString::number(row.number);
}

} // namespace

PersonSearchDialog::PersonSearchDialog(SessionAccess session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_name(new QLineEdit(this))
    , m_kana(new QLineEdit(this))
    , m_birth(new JapaneseDateWidget(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_message(new MessageBanner(this))
    , m_results(new QTableWidget(this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("personSearchDialog"));
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_kana->setObjectName(QStringLiteral("personKanaEdit"));
    m_search->setObjectName(QStringLiteral("personSearchButton"));
    m_results->setObjectName(QStringLiteral("personResults"));
    m_print->setObjectName(QStringLiteral("personPrintButton"));
    m_pdf->setObjectName(QStringLiteral("personPdfButton"));
    setWindowTitle(tr("Records about a person"));
    auto* intro = new QLabel(tr("The records of provision and receipt (様式6-x・7-x) naming the person, and their "
                                "requests. Kana, width and spaces are ignored; a name in kanji does not find a "
                                "record written in kana only — type both when you know them."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Reading (kana):"), m_kana);
    form->addRow(tr("Date of &birth:"), m_birth);
    m_search->setDefault(true);
    m_results->setColumnCount(4);
    m_results->setHorizontalHeaderLabels({tr("Record"), tr("Date"), tr("Other party or kind"), tr("As recorded")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setAccessibleName(tr("Records found"));
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QPushButton::clicked, this, &PersonSearchDialog::search);
    connect(m_print, &QPushButton::clicked, this, &PersonSearchDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &PersonSearchDialog::savePdf);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_search, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(860, 560);
}

void PersonSearchDialog::searchFor(const PersonQuery& query)
{
    m_name->setText(query.name);
    m_kana->setText(query.kana);
    m_birth->setDate(query.birth);
    search();
}

PersonQuery PersonSearchDialog::query() const
{
    return {m_name->text().trimmed(), m_kana->text().trimmed(), m_birth->date()};
}

void PersonSearchDialog::search()
{
    Session* session = m_session();
    if (!session)
        return;
    if (!m_birth->isValid()) {
        m_message->showError(tr("The date of birth is not a date. Type it as 1980/2/29 or 昭和55年2月29日, or "
                                "leave it empty."));
        return;
    }
    m_searched = query();
    auto found = PersonSearch::find(*session, m_searched);
    m_results->setRowCount(0);
    if (!found) {
        m_found.reset();
        m_message->showError(found.error().message);
        m_print->setEnabled(false);
        m_pdf->setEnabled(false);
        return;
    }
    m_found = found.value();
    for (const LedgerRow& row : m_found->transfers) {
        const int r = m_results->rowCount();
        m_results->insertRow(r);
        const QString party = row.form && !row.form->transferFields.partyName.isEmpty()
                                  ? row.values.value(row.form->transferFields.partyName).toString()
                                  : QString();
        QString individual;
        if (row.form)
            for (const FieldDefinition& field : row.form->fields)
                if (field.labelJa.startsWith(QStringLiteral("本人の氏名")))
                    individual = row.values.value(field.key).toString();
        m_results->setItem(r, 0, new QTableWidgetItem(recordText(row)));
        m_results->setItem(r, 1, new QTableWidgetItem(formatWareki(row.date)));
        m_results->setItem(r, 2, new QTableWidgetItem(party));
        m_results->setItem(r, 3, new QTableWidgetItem(individual));
    }
    for (const CaseSummary& c : m_found->cases) {
        const int r = m_results->rowCount();
        m_results->insertRow(r);
        const CaseKind* kind = CaseKinds::find(c.record.kind);
        m_results->setItem(r, 0,
                           new QTableWidgetItem(
                               tr("Request %1 No.%2").arg(formatFiscalYear(c.record.fiscalYear)).arg(c.record.number)));
        m_results->setItem(r, 1, new QTableWidgetItem(formatWareki(c.record.receivedOn)));
        m_results->setItem(r, 2, new QTableWidgetItem(kind ? kind->titleJa : c.record.kind));
        m_results->setItem(r, 3, new QTableWidgetItem(c.record.title));
    }
    m_results->resizeColumnsToContents();
    const qsizetype records = m_found->transfers.size();
    const qsizetype requests = m_found->cases.size();
    m_message->showInfo(tr("Found %1 record(s) of provision or receipt and %2 request(s).").arg(records).arg(requests));
    m_print->setEnabled(records > 0);
    m_pdf->setEnabled(records > 0);
}

void PersonSearchDialog::print()
{
    Session* session = m_session();
    if (!session || !m_found)
        return;
    auto organisation = Organisation::organisationName(*session);
    const PrintSheet sheet = personRecordsSheet(m_searched, *m_found, organisation ? organisation.value() : QString(),
                                                japanDate(session->clock().nowUtc()));
    if (!previewAndPrint(this, sheet))
        return;
    const int count = static_cast<int>(m_found->transfers.size());
    if (Status recorded = PersonSearch::recordPrint(*session, count, QStringLiteral("printer")); !recorded.ok())
        m_message->showError(recorded.error().message);
}

bool PersonSearchDialog::saveAsPdf(const QString& fileName)
{
    Session* session = m_session();
    if (!session || !m_found)
        return false;
    const int count = static_cast<int>(m_found->transfers.size());
    if (Status recorded = PersonSearch::recordPrint(*session, count, QStringLiteral("pdf")); !recorded.ok()) {
        m_message->showError(recorded.error().message);
        return false;
    }
    auto organisation = Organisation::organisationName(*session);
    const PrintSheet sheet = personRecordsSheet(m_searched, *m_found, organisation ? organisation.value() : QString(),
                                                japanDate(session->clock().nowUtc()));
    if (Status written = printToPdf(fileName, sheet); !written.ok()) {
        m_message->showError(written.error().message);
        return false;
    }
    m_message->showInfo(tr("Saved as %1.").arg(fileName));
    return true;
}

void PersonSearchDialog::savePdf()
{
    const QString fileName =
        FileDialog::getSaveFileName(this, tr("Save the records as PDF"), tr("records-of-provision.pdf"),
                                    FileDialog::nameFilter(tr("PDF files"), QStringLiteral("*.pdf")));
    if (!fileName.isEmpty())
        saveAsPdf(fileName);
}

} // namespace daicho
