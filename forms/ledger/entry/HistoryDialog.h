#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerTypes.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QTableWidget;

namespace daicho {

// What happened to one entry: every version with when, by whom and why; the values of the
// version selected, with what changed from the version before marked; and the approvers'
// decisions. Nothing here can be changed: revisions and decisions are kept as written.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kChangedRole = Qt::UserRole + 1;

    // `number`: the entry's No. in its own ledger.
    HistoryDialog(const FormDefinition& form, LedgerDirectory directory, std::int64_t number,
                  QList<LedgerRevision> revisions, QList<LedgerApproval> approvals, QWidget* parent = nullptr);
    ~HistoryDialog() override;

    QTableWidget* revisionTable() const { return m_revisions; }
    QTableWidget* valueTable() const { return m_values; }
    QTableWidget* approvalTable() const { return m_approvals; }
    // Offers 「監査証跡で見る」 (for those who may read the trail): the entries about this one.
    void offerAuditTrail();

signals:
    void auditTrailRequested();

public:
    // Shows the values of the version at `row` of the revision table.
    void showRevision(int row);

private:
    QDialogButtonBox* m_buttons = nullptr;
    void fillRevisions();
    void fillApprovals();

    const FormDefinition& m_form;
    LedgerDirectory m_directory;
    QList<LedgerRevision> m_revisionList;
    QList<LedgerApproval> m_approvalList;
    QTableWidget* m_revisions;
    QTableWidget* m_values;
    QTableWidget* m_approvals;
};

} // namespace daicho
