#pragma once

#include "shell/Page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace daicho {

class MessageBanner;

// ホーム: what each person sees first after signing in. Their own previous sign-in and latest
// recorded actions (if their own work vanished from the audit trail, the person who did it is
// the one who notices), what the sign-in found about the key file, and — for the auditor and
// the chief — whether a checkpoint is due (Settings::checkpointReminderDays).
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

signals:
    // The auditor wants to sign the checkpoint the page proposes.
    void checkpointRequested();

protected:
    void reload() override;
    void clearViews() override;
    // Read again each time it is shown: what the person did a moment ago is there.
    void showEvent(QShowEvent* event) override;

private:
    void showCheckpointReminder(const Session& session);

    QLabel* m_welcome;
    MessageBanner* m_notices;
    QLabel* m_previous;
    MessageBanner* m_failures; // failed sign-ins with this person's ID since their previous one
    QTableWidget* m_recent;
    MessageBanner* m_checkpoint;
    QPushButton* m_sign;
};

} // namespace daicho
