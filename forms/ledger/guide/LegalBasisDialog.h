#pragma once

#include "ledger/FieldValues.h"
#include "ledger/rules/LegalBasis.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace daicho {

struct FormDefinition;

// Provision for 様式6-x, receipt for 様式7-x; none for every other form.
std::optional<TransferDirection> transferDirectionOf(const FormDefinition& form);

// The guide before a provision to a third party (様式6-x) or a receipt from one (様式7-x) is
// recorded: the questions of its legal basis (第30条) one to a screen, each a short question in
// plain words with yes and no; 「なぜ？」 shows its full legal wording and articles. Going back
// drops the answers given after the one changed. It ends with the
// form to fill and why, or that no record is needed, or that the transfer is not allowed and
// what to do instead. Only a form can be chosen to go on; the dialog itself writes nothing.
// Keys: Alt+Y yes, Alt+N no, Alt+B back, Alt+W why; an answer in the list opens its question
// again.
class LegalBasisDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LegalBasisDialog(TransferDirection direction, QWidget* parent = nullptr);
    ~LegalBasisDialog() override;

    TransferDirection direction() const { return m_direction; }
    const LegalBasisAnswers& answers() const { return m_answers; }
    // The key of the question shown, or empty once the answers decide.
    QString currentQuestion() const { return m_current; }
    const std::optional<LegalBasisDecision>& decision() const { return m_decision; }

    // As the buttons do.
    void answer(bool yes);
    void back();
    // Asks the question of the `index`-th answer again, dropping it and every later one.
    void reviseAnswer(int index);

    QPushButton* yesButton() const { return m_yes; }
    QPushButton* noButton() const { return m_no; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* recordButton() const { return m_record; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* whyButton() const { return m_why; }
    // The full wording and articles of the question shown, behind 「なぜ？」.
    QLabel* detailLabel() const { return m_detail; }

    // For someone who already knows the basis (the same provision recorded every month): a
    // button that goes straight to `formId`, the form whose page opened the guide. The store
    // still refuses what the guide would (opt-out of 要配慮個人情報).
    void offerDirectRecord(const QString& formId);

signals:
    // The person chose to record in the form `formId`; `fill` holds what the answers
    // established for its items (a recipient abroad), empty when the guide was skipped.
    void formChosen(const QString& formId, const daicho::FieldValues& fill);

private:
    void advance();
    void showQuestion(const LegalBasisQuestion& question);
    void showDecision(const LegalBasisDecision& decision);
    void fillAnswers();
    QString askText(const LegalBasisQuestion& question) const;
    QString fullText(const LegalBasisQuestion& question) const;

    TransferDirection m_direction;
    QList<LegalBasisQuestion> m_questions;
    LegalBasisAnswers m_answers;
    QStringList m_order; // keys in the order answered
    QString m_current;
    std::optional<LegalBasisDecision> m_decision;

    QLabel* m_answersLabel;
    QListWidget* m_answerList;
    QStackedWidget* m_stack;
    QLabel* m_step;
    QLabel* m_question;
    QPushButton* m_why;
    QLabel* m_detail;
    QLabel* m_article;
    QLabel* m_outcome;
    QLabel* m_reason;
    QLabel* m_decisionArticle;
    QPushButton* m_yes;
    QPushButton* m_no;
    QPushButton* m_back;
    QPushButton* m_record;
    QPushButton* m_skip;
    QString m_directFormId;
};

} // namespace daicho
