#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerTypes.h"

#include <QDialog>

#include <functional>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace daicho {

class LedgerDirectory;
class Session;

// A head's review of several entries at once (issue 11 §6): each entry with what its latest
// version changed and why, then one comment and one decision for all. Each decision is the
// store's own (LedgerStore::decide: checked, audited, one transaction per entry); an entry the
// store refuses is named with the reason and the others stand.
class BulkDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session*()>;

    // One entry as reviewed: its present state and every version (for the changes).
    struct Item {
        LedgerEntry entry;
        QList<LedgerRevision> revisions;
    };

    BulkDecisionDialog(const FormDefinition& form, const LedgerDirectory& directory, QList<Item> items,
                       SessionAccess session, QWidget* parent = nullptr);
    ~BulkDecisionDialog() override;

    QTextBrowser* reviewText() const { return m_text; }
    QPushButton* positiveButton() const { return m_positive; }
    QPushButton* returnButton() const { return m_return; }
    QPlainTextEdit* commentEdit() const { return m_comment; }

    // Records `decision` for every entry with the comment typed; closes when all stood.
    void decide(Decision decision);

    // What the latest version of an entry changed, one line per item: 「数量: 20 → 25」.
    static QStringList changesOf(const FormDefinition& form, const LedgerDirectory& directory,
                                 const QList<LedgerRevision>& revisions);

signals:
    // After the decisions: the entries decided and the messages of those refused.
    void decided(const QList<daicho::EntryId>& ids, daicho::Decision decision, const QStringList& refused);

private:
    const FormDefinition& m_form;
    QList<Item> m_items;
    SessionAccess m_session;
    QTextBrowser* m_text;
    QPlainTextEdit* m_comment;
    QPushButton* m_positive;
    QPushButton* m_return;
};

} // namespace daicho
