#include "ledger/entry/HistoryDialog.h"

#include "ledger/EntryCodec.h"
#include "ledger/LedgerText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {

// A soft yellow that keeps black text readable on the office's older monitors.
const QColor kChangedBackground(255, 236, 153);

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QWidget* section(const QString& title, QTableWidget* table, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionLabel(title, box));
    layout->addWidget(table, 1);
    return box;
}

} // namespace

HistoryDialog::HistoryDialog(const FormDefinition& form, LedgerDirectory directory, std::int64_t number,
                             QList<LedgerRevision> revisions, QList<LedgerApproval> approvals, QWidget* parent)
    : QDialog(parent)
    , m_form(form)
    , m_directory(std::move(directory))
    , m_revisionList(std::move(revisions))
    , m_approvalList(std::move(approvals))
    , m_revisions(makeTable({tr("Version"), tr("Date and time"), tr("Written by"), tr("Reason")},
                            QStringLiteral("revisionTable"), this))
    , m_values(makeTable({tr("Item"), tr("Value")}, QStringLiteral("revisionValueTable"), this))
    , m_approvals(makeTable({tr("Date and time"), tr("By"), tr("Decision"), tr("Version"), tr("Comment")},
                            QStringLiteral("approvalTable"), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of entry No. %1 — %2").arg(number).arg(ledgerTitle(form)));

    auto* heading = sectionLabel(tr("%1 — entry No. %2").arg(ledgerTitle(form)).arg(number), this);
    auto* legend = new QLabel(tr("Items changed from the version before are marked in yellow."), this);
    legend->setObjectName(QStringLiteral("historyLegend"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(section(tr("Versions"), m_revisions, splitter));
    splitter->addWidget(section(tr("Values of the selected version"), m_values, splitter));
    splitter->addWidget(section(tr("Decisions"), m_approvals, splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons = buttons;
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeHistoryButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(legend);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    fillRevisions();
    fillApprovals();
    connect(m_revisions, &QTableWidget::currentCellChanged, this, [this](int row) { showRevision(row); });
    if (!m_revisionList.isEmpty()) {
        const int last = static_cast<int>(m_revisionList.size()) - 1;
        m_revisions->selectRow(last);
        showRevision(last);
    }
    resize(760, 680);
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::offerAuditTrail()
{
    auto* trail = new QPushButton(tr("See in the &audit trail"), this);
    trail->setObjectName(QStringLiteral("historyAuditButton"));
    trail->setToolTip(tr("Every entry of the audit trail about this record: who wrote, corrected, decided, printed."));
    m_buttons->addButton(trail, QDialogButtonBox::ActionRole);
    connect(trail, &QPushButton::clicked, this, [this] {
        emit auditTrailRequested();
        accept();
    });
}

void HistoryDialog::fillRevisions()
{
    m_revisions->setRowCount(static_cast<int>(m_revisionList.size()));
    for (int row = 0; row < m_revisionList.size(); ++row) {
        const LedgerRevision& revision = m_revisionList.at(row);
        QString reason = revision.reason;
        if (revision.number == 1)
            reason = tr("(first version)");
        const QStringList cells{QString::number(revision.number), formatWarekiDateTime(revision.atUtc),
                                m_directory.personName(revision.authorId), reason};
        for (int column = 0; column < cells.size(); ++column)
            m_revisions->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_revisions->resizeColumnsToContents();
}

void HistoryDialog::fillApprovals()
{
    m_approvals->setRowCount(static_cast<int>(m_approvalList.size()));
    for (int row = 0; row < m_approvalList.size(); ++row) {
        const LedgerApproval& approval = m_approvalList.at(row);
        QString version;
        for (const LedgerRevision& revision : std::as_const(m_revisionList))
            if (revision.id == approval.revisionId)
                version = QString::number(revision.number);
        const QStringList cells{formatWarekiDateTime(approval.atUtc), m_directory.personName(approval.approverId),
                                decisionDisplayName(approval.decision), version, approval.comment};
        for (int column = 0; column < cells.size(); ++column)
            m_approvals->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_approvals->resizeColumnsToContents();
}

void HistoryDialog::showRevision(int row)
{
    m_values->setRowCount(0);
    if (row < 0 || row >= m_revisionList.size())
        return;
    const FieldValues& values = m_revisionList.at(row).values;
    const FieldValues previous = row > 0 ? m_revisionList.at(row - 1).values : values;
    const LabelLanguage language = interfaceLabelLanguage();
    for (const FieldDefinition& field : m_form.fields) {
        const QVariant value = values.value(field.key);
        const QVariant before = previous.value(field.key);
        const bool shown = !isEmptyFieldValue(value) && fieldApplies(field, values);
        const bool changed = row > 0 && value != before;
        // A value removed by this version is listed too, empty and marked.
        if (!shown && !changed)
            continue;
        const int line = m_values->rowCount();
        m_values->insertRow(line);
        auto* label = new QTableWidgetItem(fieldLabel(field, language));
        auto* text = new QTableWidgetItem(
            formatFieldValue(field, value, m_directory, language, DateStyle::Wareki, QStringLiteral("\n")));
        for (QTableWidgetItem* item : {label, text}) {
            item->setData(kChangedRole, changed);
            if (changed) {
                item->setBackground(kChangedBackground);
                item->setForeground(QColor(Qt::black));
                item->setToolTip(tr("Changed from version %1: %2")
                                     .arg(m_revisionList.at(row - 1).number)
                                     .arg(formatFieldValue(field, before, m_directory, language, DateStyle::Wareki)));
            }
        }
        if (changed) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_values->setItem(line, 0, label);
        m_values->setItem(line, 1, text);
    }
    m_values->resizeColumnToContents(0);
    m_values->resizeRowsToContents();
}

} // namespace daicho
