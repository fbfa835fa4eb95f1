#include "ledger/output/ImportReportDialog.h"

#include "common/MessageBanner.h"
#include "ledger/LedgerText.h"
#include "ledger/output/ImportRunner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

namespace {

QString encodingName(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Cp932 ? QStringLiteral("Shift_JIS (CP932)") : QStringLiteral("UTF-8");
}

} // namespace

ImportReportDialog::ImportReportDialog(const FormDefinition& form, const QString& fileName, QByteArray file,
                                       ImportReport report, SessionAccess session, QWidget* parent)
    : QDialog(parent)
    , m_form(form)
    , m_file(std::move(file))
    , m_session(std::move(session))
    , m_rows(new QLabel(this))
    , m_encoding(new QLabel(this))
    , m_summary(new MessageBanner(this))
    , m_repeats(new MessageBanner(this))
    , m_skipRepeats(new QCheckBox(tr("&Leave out the rows the ledger keeps already"), this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_message(new MessageBanner(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import from CSV — %1").arg(ledgerTitle(form)));
    m_rows->setObjectName(QStringLiteral("importRowsLabel"));
    m_encoding->setObjectName(QStringLiteral("importEncodingLabel"));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_repeats->setObjectName(QStringLiteral("importRepeatsLabel"));
    m_skipRepeats->setObjectName(QStringLiteral("importSkipRepeatsCheck"));
    m_skipRepeats->setChecked(true); // a file imported twice is the usual reason
    m_problems->setObjectName(QStringLiteral("importProblemTable"));
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_import->setObjectName(QStringLiteral("importButton"));

    auto* heading = new QLabel(ledgerTitle(form), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);

    auto* facts = new QFormLayout;
    auto* fileLabel = new QLabel(fileName, this);
    fileLabel->setObjectName(QStringLiteral("importFileLabel"));
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->addRow(tr("File:"), fileLabel);
    facts->addRow(tr("Rows read:"), m_rows);
    facts->addRow(tr("Encoding:"), m_encoding);

    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Item"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    // Rows as high as their wrapped message at the width the columns have on screen.
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->setTabKeyNavigation(false);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeImportButton"));
    m_import->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportReportDialog::importFile);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(facts);
    layout->addWidget(m_summary);
    layout->addWidget(m_repeats);
    layout->addWidget(m_skipRepeats);
    layout->addWidget(m_message);
    layout->addWidget(m_problems, 1);
    layout->addStretch(0); // takes the room of the table when there is none
    layout->addWidget(buttons);

    showReport(report);
    if (report.problems.isEmpty()) {
        setMinimumWidth(560);
        adjustSize();
    } else {
        resize(760, 480);
    }
}

ImportReportDialog::~ImportReportDialog() = default;

void ImportReportDialog::showReport(const ImportReport& report)
{
    m_rows->setText(tr("%n row(s)", nullptr, report.rows));
    m_encoding->setText(encodingName(report.encoding));
    const bool clean = report.problems.isEmpty();
    if (clean) {
        // What the button will add: the rows left out as repeats are not among them.
        const auto sayWhatImports = [this, rows = report.rows, repeats = report.repeatCount] {
            const bool skipping = !m_skipRepeats->isHidden() && m_skipRepeats->isChecked();
            const int adds = skipping ? rows - repeats : rows;
            m_summary->showSuccess(adds > 0
                                       ? tr("No problems were found. Import adds %n entries at once.", nullptr, adds)
                                       : tr("No problems were found, and every row is kept already: "
                                            "nothing would be added."));
        };
        disconnect(m_skipRepeats, &QCheckBox::toggled, this, nullptr);
        connect(m_skipRepeats, &QCheckBox::toggled, this, sayWhatImports);
        m_skipRepeats->setHidden(report.repeatCount == 0);
        sayWhatImports();
    } else {
        QString text = tr("Nothing can be imported: the file has problems. Correct them in the file and import it "
                          "again — no row is imported until every row is right.");
        if (report.moreProblems)
            text += QLatin1Char(' ')
                    + tr("Only the first %n problems are listed.", nullptr, static_cast<int>(report.problems.size()));
        m_summary->showError(text);
    }
    // Repeats never stop an import: they are said, and the person chooses.
    const bool repeats = clean && report.repeatCount > 0;
    if (repeats) {
        QStringList lines;
        for (const ImportRepeat& repeat : report.repeats.mid(0, 8))
            lines << tr("line %1 = No.%2").arg(repeat.line).arg(repeat.number);
        if (report.repeatCount > lines.size())
            lines << tr("…");
        m_repeats->showInfo(
            tr("%n row(s) are the same in every item as entries the ledger keeps already (%1). "
               "The file may have been imported before; if they are other events that happened the same way, "
               "untick the box below to import them too.",
               nullptr, report.repeatCount)
                .arg(lines.join(tr(", "))));
    } else {
        m_repeats->clearMessage();
    }
    m_repeats->setVisible(repeats);
    m_skipRepeats->setVisible(repeats);
    m_problems->setVisible(!clean);
    m_problems->setRowCount(static_cast<int>(report.problems.size()));
    for (int row = 0; row < report.problems.size(); ++row) {
        const ImportProblem& problem = report.problems.at(row);
        auto* line = new QTableWidgetItem(QString::number(problem.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, new QTableWidgetItem(problem.column));
        auto* message = new QTableWidgetItem(problem.message);
        message->setToolTip(problem.message);
        m_problems->setItem(row, 2, message);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->setColumnWidth(1, std::min(m_problems->columnWidth(1) + 12, 200));
    m_import->setVisible(clean);
    m_import->setEnabled(clean && report.rows > 0);
    if (clean)
        m_import->setFocus(Qt::OtherFocusReason);
}

void ImportReportDialog::importFile()
{
    Session* session = m_session ? m_session() : nullptr;
    if (!session) {
        m_message->showError(tr("Nobody is signed in."));
        return;
    }
    if (m_importing)
        return; // a second click while the first import runs its progress bar
    m_message->clearMessage();
    m_importing = true;
    m_import->setEnabled(false);
    const QByteArray file = m_file; // the bytes the import reads stay ours whatever happens
    const RepeatedRows repeated =
        !m_skipRepeats->isHidden() && m_skipRepeats->isChecked() ? RepeatedRows::Skip : RepeatedRows::Import;
    Result<ImportReport> report = ImportRunner::run(this, *session, m_form.id, file, false, repeated);
    m_importing = false;
    m_import->setEnabled(true);
    if (!report) {
        m_message->showError(tr("Nothing was imported: %1").arg(report.error().message));
        return;
    }
    if (!report->problems.isEmpty()) {
        // The ledger changed since the check (a register entry removed, a person left).
        showReport(report.value());
        m_message->showError(tr("Nothing was imported."));
        return;
    }
    emit imported(report->imported, report->skipped);
    accept();
}

} // namespace daicho
