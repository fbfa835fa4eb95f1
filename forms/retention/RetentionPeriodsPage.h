#pragma once

#include "shell/Page.h"

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace daicho {

class MessageBanner;

// 「保存期間」 (issue 13 §1): how long each ledger is kept — the regulation's periods of the records
// of provision and receipt (第31条9項・第32条9項) and the register's (第11条⑨) as its words, and
// the centre's own periods of the other ledgers, which the chief officer changes with a reason as
// a new version (entries already written stay kept by theirs). Everyone reads it with its history.
class RetentionPeriodsPage : public Page
{
    Q_OBJECT

public:
    explicit RetentionPeriodsPage(SessionHolder& holder, QWidget* parent = nullptr);
    QString title() const override;

    QTableWidget* periodsTable() const { return m_periods; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* saveButton() const { return m_save; }
    QTableWidget* historyTable() const { return m_history; }
    MessageBanner* message() const { return m_message; }

protected:
    void reload() override;
    void clearViews() override;

private:
    void save();

    QTableWidget* m_periods;
    QLineEdit* m_reason;
    QPushButton* m_save;
    QTableWidget* m_history;
    MessageBanner* m_message;
};

} // namespace daicho
