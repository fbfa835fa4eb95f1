#pragma once

#include "dashboard/DueWork.h"
#include "ledger/FieldValues.h"
#include "shell/Page.h"

#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace daicho {

class MessageBanner;

// ホーム: what each person sees first after signing in. Their own previous sign-in and latest
// recorded actions (if their own work vanished from the audit trail, the person who did it is
// the one who notices), what the sign-in found about the key file, what is due for them
// (「対応が必要なもの」: the clocks of requests, carry-outs not back, entries waiting for their
// decision, the year's monitoring sheet — each with the rule behind its date a click away, and
// opened with Enter), and — for the auditor and the chief — whether a checkpoint is due
// (Settings::checkpointReminderDays).
class HomePage : public Page
{
    Q_OBJECT

public:
    explicit HomePage(SessionHolder& holder, QWidget* parent = nullptr);
    ~HomePage() override;

    QString title() const override;
    QLabel* previousSignInLabel() const { return m_previous; }
    QTableWidget* recentActionsTable() const { return m_recent; }
    MessageBanner* checkpointBanner() const { return m_checkpoint; }
    QPushButton* signCheckpointButton() const { return m_sign; }
    MessageBanner* noticeBanner() const { return m_notices; }
    QTableWidget* dueTable() const { return m_due; }
    QLabel* nothingDueLabel() const { return m_nothingDue; }
    const QList<DueItem>& dueItems() const { return m_dueItems; }
    // Opens what the line of the table is about (Enter, a double-click).
    void openDue(int row);
    // Shows the rule behind the line's date (its 「根拠」 button).
    void showDueRule(int row);

signals:
    // The auditor wants to sign the checkpoint the page proposes.
    void checkpointRequested();
    // A line of what is due was opened: a case, or a ledger (an entry of it; for entries waiting
    // for a decision, those that wait).
    void caseRequested(qint64 caseId);
    void disposalRequested();
    // A new entry of `formId` filled with `fill` (a register's 様式1④ deletion record).
    void newEntryRequested(const QString& formId, const daicho::FieldValues& fill);
    void ledgerRequested(const QString& formId, qint64 entryId, bool awaitingDecision);

protected:
    void reload() override;
    void clearViews() override;
    // Read again each time it is shown: what the person did a moment ago is there.
    void showEvent(QShowEvent* event) override;

private:
    void showCheckpointReminder(const Session& session);
    void showDueWork(const Session& session);

    QLabel* m_welcome;
    MessageBanner* m_notices;
    QLabel* m_previous;
    MessageBanner* m_failures; // failed sign-ins with this person's ID since their previous one
    QTableWidget* m_due;
    QLabel* m_nothingDue;
    QList<DueItem> m_dueItems;
    QTableWidget* m_recent;
    MessageBanner* m_checkpoint;
    QPushButton* m_sign;
};

} // namespace daicho
