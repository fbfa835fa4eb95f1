#pragma once

#include "common/Result.h"
#include "ledger/FormDefinition.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>

namespace daicho {

// The short guided choice that decides which record, if any, a provision of personal data
// to a third party (規程第31条, 法29条) or a receipt from one (規程第32条, 法30条) needs, from
// its legal basis (規程第30条, 法27条・28条・31条). The questions, paths and outcomes are data
// (rules/LegalBasis.json, versioned), each citing the regulation and the Act as amended in
// 2022; yes/no answers, one question at a time. The decision says which form to fill, or that
// none is needed, or that the transfer is not allowed and what to do instead.

struct LegalBasisQuestion {
    QString key; // stable: "exception", "abroad", "consent", ...
    QString askJa; // one short question in plain words, asked on a screen of its own
    QString askEn;
    QString textJa; // its full legal wording (what counts), shown behind 「なぜ？」 with the articles
    QString textEn;
    QString regulationArticle; // the centre's regulation, e.g. "第30条1項(1)〜(4)"; may be empty
    QString actArticle; // the Act (2022), e.g. "法27条1項1号〜4号"; may be empty
    QString article; // both, as shown: 「規程第30条1項(1)〜(4)（法27条1項1号〜4号）」
};

// Yes (true) or no (false) by question key. Answers to questions not on the path of the
// other answers are ignored; when a person goes back and changes an answer, the GUI should
// drop the answers given after it, so that each question is asked again.
using LegalBasisAnswers = QMap<QString, bool>;

struct LegalBasisDecision {
    std::optional<QString> formId; // the form that keeps the record (FormRegistry::transferRecord); none: no record
    QString reasonJa; // why, and what to do next (with any note the path added); shown and printed as data
    QString reasonEn;
    QString regulationArticle;
    QString actArticle;
    QString article; // both, as shown
    bool refused = false; // the transfer is not allowed; the reason says what to do instead
    QString ruleVersion; // the version of the rules that decided (LegalBasis.json)
    // What the answers established for the record's items (a recipient abroad, its ground),
    // by item key: the editor starts with them, and the person sees and may change them.
    QMap<QString, QVariant> fill;
};

// The version of the rules the guide asks by.
QString legalBasisRuleVersion();

// 「規程第30条1項（法27条1項）」: the regulation's numbers, then the Act's in brackets, never
// mixed in one bracket; either alone when the other is empty.
QString citeArticles(const QString& regulation, const QString& act);

// Every question of a direction, in the order they may be asked.
QList<LegalBasisQuestion> legalBasisQuestions(TransferDirection direction);

// The next question to ask given the answers so far, or nullopt when they decide.
std::optional<LegalBasisQuestion> nextLegalBasisQuestion(TransferDirection direction, const LegalBasisAnswers& answers);

// The decision the answers lead to, or nullopt while a question on their path is unanswered.
std::optional<LegalBasisDecision> decideLegalBasis(TransferDirection direction, const LegalBasisAnswers& answers);

// Checks the rules' data: every node asks a listed question, every answer leads to a node or
// an outcome that exists, every outcome is reached, no question twice on a path, and an
// outcome's record names a form of its direction. Empty when sound (tests; the data is built in).
QStringList legalBasisDataProblems();

// For the store, when an entry of `form` is saved: opt-out records (様式6-1, 様式7-1) may
// not concern 要配慮個人情報 (規程第30条2項（法27条2項ただし書）). Any other form passes.
[[nodiscard]] Status checkSensitiveOptOut(const FormDefinition& form, bool dataIncludesSensitive);

} // namespace daicho
