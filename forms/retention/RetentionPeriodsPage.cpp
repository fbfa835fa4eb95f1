#include "retention/RetentionPeriodsPage.h"

#include "auth/Permission.h"
#include "auth/Session.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerDirectory.h"
#include "retention/RetentionSettings.h"
#include "retention/RetentionTables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

using retentionTables::cell;
using retentionTables::table;

RetentionPeriodsPage::RetentionPeriodsPage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_periods(table(this, QStringLiteral("retentionPeriods"), {tr("Form"), tr("Ledger"), tr("Kept"), tr("Rule")}))
    , m_reason(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save as a new version"), this))
    , m_history(table(this, QStringLiteral("retentionHistory"),
                      {tr("Version"), tr("Set on"), tr("Set by"), tr("Periods"), tr("Reason")}))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("retentionPeriodsPage"));
    m_periods->setWordWrap(true); // the regulation's words, three cases a row
    m_reason->setObjectName(QStringLiteral("retentionReason"));
    m_save->setObjectName(QStringLiteral("saveRetentionButton"));
    m_reason->setPlaceholderText(tr("Why the periods change (required; kept with the version)"));
    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(
        tr("The records of provision and receipt are kept as 第31条9項・第32条9項 say, the register's entries while "
           "their database exists (第11条⑨). The other ledgers are kept as long as the centre decides (第20条1項(4) "
           "「センターが別途定める保存期間」): the chief officer sets those periods. A change applies to entries "
           "written "
           "from then on; each entry stays kept by the version in force when it was written."),
        this);
    intro->setWordWrap(true);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_reason, 1);
    saveRow->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_periods, 3);
    layout->addLayout(saveRow);
    layout->addWidget(new QLabel(tr("Versions:"), this));
    layout->addWidget(m_history, 1);
    connect(m_save, &QPushButton::clicked, this, &RetentionPeriodsPage::save);
}

QString RetentionPeriodsPage::title() const
{
    return tr("Retention periods (第20条・第31条9項)");
}

void RetentionPeriodsPage::clearViews()
{
    m_periods->setRowCount(0);
    m_history->setRowCount(0);
    m_message->clearMessage();
}

void RetentionPeriodsPage::reload()
{
    Session* s = session();
    if (!s)
        return;
    const bool chief = isAllowed(s->role(), Operation::SetRetentionPeriods);
    m_reason->setVisible(chief);
    m_save->setVisible(chief);
    auto periods = RetentionSettings::current(*s);
    auto history = RetentionSettings::history(*s);
    if (!periods || !history) {
        m_message->showError(!periods ? periods.error().message : history.error().message);
        return;
    }
    m_periods->setRowCount(0);
    for (const LedgerPeriod& p : periods.value()) {
        const int row = m_periods->rowCount();
        m_periods->insertRow(row);
        const FormDefinition* form = p.caseKind ? nullptr : FormRegistry::find(p.formId);
        auto* first = cell(p.name);
        first->setData(Qt::UserRole, p.formId);
        m_periods->setItem(row, 0, first);
        m_periods->setItem(row, 1,
                           cell(form         ? form->title
                                : p.caseKind ? tr("Requests from individuals and their decisions")
                                             : QString()));
        if (p.centreChoice) {
            // The chief changes the years in place; the others read them.
            auto* years = new QSpinBox(m_periods);
            years->setObjectName(QStringLiteral("years.") + p.formId);
            years->setRange(1, 30);
            years->setValue(p.years);
            years->setSuffix(tr(" years"));
            years->setEnabled(chief);
            years->setAccessibleName(tr("Years %1 is kept").arg(p.name));
            m_periods->setCellWidget(row, 2, years);
            m_periods->setItem(row, 3, cell(tr("Centre's choice: %1").arg(p.rule)));
        } else {
            m_periods->setItem(row, 2, cell(tr("By the regulation")));
            m_periods->setItem(row, 3, cell(p.rule));
        }
    }
    m_periods->resizeColumnsToContents();
    m_periods->resizeRowsToContents();
    auto directory = LedgerDirectory::load(*s);
    m_history->setRowCount(0);
    for (const RetentionVersion& v : history.value()) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        QStringList years;
        for (const auto& [key, n] : v.years)
            years << tr("%1: %n year(s)", nullptr, n).arg(RetentionSettings::periodName(key));
        m_history->setItem(row, 0, cell(QString::number(v.version)));
        m_history->setItem(row, 1, cell(v.atUtc.isEmpty() ? QString() : formatJapanDateTime(v.atUtc)));
        m_history->setItem(
            row, 2, cell(v.authorId && directory ? directory->personName(*v.authorId) : tr("(Daicho's defaults)")));
        m_history->setItem(row, 3, cell(years.join(QStringLiteral("、"))));
        m_history->setItem(row, 4, cell(v.reason));
    }
    m_history->resizeColumnsToContents();
}

void RetentionPeriodsPage::save()
{
    Session* s = session();
    if (!s)
        return;
    std::map<QString, int> years;
    for (int row = 0; row < m_periods->rowCount(); ++row)
        if (auto* spin = qobject_cast<QSpinBox*>(m_periods->cellWidget(row, 2)))
            years[m_periods->item(row, 0)->data(Qt::UserRole).toString()] = spin->value();
    auto version = RetentionSettings::save(*s, years, m_reason->text());
    if (!version) {
        m_message->showError(version.error().message);
        if (m_reason->text().trimmed().isEmpty())
            m_reason->setFocus();
        return;
    }
    m_reason->clear();
    m_message->showSuccess(
        tr("Version %1 of the periods saved. Entries written from now on are kept by it.").arg(version.value()));
    reload();
}

} // namespace daicho
