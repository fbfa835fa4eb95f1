#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerTypes.h"

#include <QDialog>

#include <functional>

class QPlainTextEdit;
class QPushButton;

namespace daicho {

class LedgerDirectory;
class Session;

// The approver's decision about an entry: approve (様式2, before the data leaves) or review
// (the logs), or return it to the writer with a comment saying what to correct. The store
// decides whether the decision is allowed; a refusal is shown with its reason.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session*()>;

    DecisionDialog(const FormDefinition& form, const LedgerDirectory& directory, const LedgerEntry& entry,
                   SessionAccess session, QWidget* parent = nullptr);
    ~DecisionDialog() override;

    QPushButton* positiveButton() const { return m_positive; }
    QPushButton* returnButton() const { return m_return; }
    QPlainTextEdit* commentEdit() const { return m_comment; }

    // Records `decision` with the comment typed; closes on success.
    void decide(Decision decision);

signals:
    void decided(daicho::EntryId id, daicho::Decision decision);

private:
    const FormDefinition& m_form;
    EntryId m_entryId;
    SessionAccess m_session;
    QPlainTextEdit* m_comment;
    QPushButton* m_positive;
    QPushButton* m_return;
};

} // namespace daicho
