#pragma once

#include "common/Result.h"
#include "ledger/FormDefinition.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace daicho {

// The short guided choice that decides which record, if any, a provision of personal data
// to a third party (第31条) or a receipt from one (第32条) needs, from its legal basis
// (第30条). The questions are data, asked one at a time with yes/no answers; the decision
// says which form (様式6-1・6-2・7-1・7-2・7-3) to fill, or that none is needed, or that the
// transfer is not allowed at all and what to do instead.

struct LegalBasisQuestion {
    QString key; // stable: "exception", "not_third_party", "consent", ...
    QString textJa; // shown and printed as data, in either UI language
    QString textEn;
    QString article; // where the regulation (or the Act) asks it, e.g. "第30条2項"
};

// Yes (true) or no (false) by question key. Answers to questions not on the path of the
// other answers are ignored; when a person goes back and changes an answer, the GUI should
// drop the answers given after it, so that each question is asked again.
using LegalBasisAnswers = QMap<QString, bool>;

struct LegalBasisDecision {
    std::optional<QString> formId; // the form that keeps the record (FormRegistry::transferRecord); none: no record
    QString reasonJa; // why, and what to do next; shown and printed as data
    QString reasonEn;
    QString article; // e.g. "第30条2項・第31条6項"
    bool refused = false; // the transfer is not allowed; the reason says what to do instead
};

// Every question of a direction, in the order they may be asked.
QList<LegalBasisQuestion> legalBasisQuestions(TransferDirection direction);

// The next question to ask given the answers so far, or nullopt when they decide.
std::optional<LegalBasisQuestion> nextLegalBasisQuestion(TransferDirection direction, const LegalBasisAnswers& answers);

// The decision the answers lead to, or nullopt while a question on their path is unanswered.
std::optional<LegalBasisDecision> decideLegalBasis(TransferDirection direction, const LegalBasisAnswers& answers);

// For the store, when an entry of `form` is saved: opt-out records (様式6-1, 様式7-1) may
// not concern 要配慮個人情報 (第30条2項; 法27条2項ただし書). Any other form passes.
[[nodiscard]] Status checkSensitiveOptOut(const FormDefinition& form, bool dataIncludesSensitive);

} // namespace daicho
