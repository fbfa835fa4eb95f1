#include "ledger/FormRegistry.h"
#include "ledger/rules/LegalBasis.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace daicho;

namespace {

// Answers as "key=yes/no" pairs, in the order a person gives them.
LegalBasisAnswers answers(std::initializer_list<std::pair<const char*, bool>> given)
{
    LegalBasisAnswers a;
    for (const auto& [key, yes] : given)
        a.insert(QString::fromLatin1(key), yes);
    return a;
}

LegalBasisDecision decide(TransferDirection direction, const LegalBasisAnswers& a)
{
    const auto decision = decideLegalBasis(direction, a);
    REQUIRE(decision);
    return *decision;
}

QString formOf(const LegalBasisDecision& d)
{
    return d.formId.value_or(QString());
}

// Answers every question the tree asks, from the bits of `pattern`, and returns the decision.
LegalBasisDecision walkAll(TransferDirection direction, unsigned pattern, QStringList& asked)
{
    LegalBasisAnswers a;
    int bit = 0;
    while (const auto q = nextLegalBasisQuestion(direction, a)) {
        asked << q->key;
        a.insert(q->key, (pattern >> bit++) & 1U);
        REQUIRE(bit <= 16);
    }
    return decide(direction, a);
}

const auto both = {TransferDirection::Provision, TransferDirection::Receipt};

} // namespace

TEST_CASE("every legal-basis question has a key, both texts and an article", "[core][ledger][legalbasis]")
{
    for (TransferDirection direction : both) {
        QSet<QString> keys;
        for (const LegalBasisQuestion& q : legalBasisQuestions(direction)) {
            INFO(q.key.toStdString());
            CHECK_FALSE(q.key.isEmpty());
            CHECK_FALSE(q.textJa.isEmpty());
            CHECK_FALSE(q.textEn.isEmpty());
            CHECK(q.article.contains(u'条'));
            CHECK_FALSE(keys.contains(q.key));
            keys.insert(q.key);
        }
    }
    // Who the provider is matters only for a receipt (第32条4項(3)).
    const auto keysOf = [](TransferDirection d) {
        QStringList k;
        for (const LegalBasisQuestion& q : legalBasisQuestions(d))
            k << q.key;
        return k;
    };
    CHECK_FALSE(keysOf(TransferDirection::Provision).contains(QStringLiteral("provider_is_business")));
    CHECK(keysOf(TransferDirection::Receipt).contains(QStringLiteral("provider_is_business")));
}

TEST_CASE("every path ends in a decision that cites an article and names an existing form of its direction",
          "[core][ledger][legalbasis]")
{
    for (TransferDirection direction : both) {
        QSet<QString> forms;
        QSet<QString> asked;
        int refusals = 0;
        int noRecords = 0;
        for (unsigned pattern = 0; pattern < (1U << 8); ++pattern) {
            QStringList path;
            const LegalBasisDecision d = walkAll(direction, pattern, path);
            INFO(path.join(QLatin1Char(',')).toStdString() << " / " << pattern);
            CHECK(d.article.contains(u'条'));
            CHECK_FALSE(d.reasonJa.isEmpty());
            CHECK_FALSE(d.reasonEn.isEmpty());
            for (const QString& k : path)
                asked.insert(k);
            if (d.refused) {
                CHECK_FALSE(d.formId);
                ++refusals;
            } else if (d.formId) {
                REQUIRE(FormRegistry::find(*d.formId));
                CHECK(d.formId->startsWith(direction == TransferDirection::Provision ? QLatin1String("form6-")
                                                                                     : QLatin1String("form7-")));
                forms.insert(*d.formId);
            } else {
                ++noRecords;
            }
        }
        CHECK(refusals > 0);
        CHECK(noRecords > 0);
        if (direction == TransferDirection::Provision) {
            CHECK(forms == QSet<QString>{QStringLiteral("form6-1"), QStringLiteral("form6-2")});
        } else {
            CHECK(forms
                  == QSet<QString>{QStringLiteral("form7-1"), QStringLiteral("form7-2"), QStringLiteral("form7-3")});
        }
        // Every question listed is asked on some path, and nothing else is.
        QSet<QString> listed;
        for (const LegalBasisQuestion& q : legalBasisQuestions(direction))
            listed.insert(q.key);
        CHECK(asked == listed);
    }
}

TEST_CASE("questions come one at a time and no decision is made before the path is answered",
          "[core][ledger][legalbasis]")
{
    const auto first = nextLegalBasisQuestion(TransferDirection::Provision, {});
    REQUIRE(first);
    CHECK(first->key == QStringLiteral("exception"));
    CHECK(first->article == QStringLiteral("第30条1項(1)〜(4)"));
    CHECK_FALSE(decideLegalBasis(TransferDirection::Provision, {}));

    const auto a = answers({{"exception", false}});
    CHECK(nextLegalBasisQuestion(TransferDirection::Provision, a)->key == QStringLiteral("not_third_party"));
    CHECK_FALSE(decideLegalBasis(TransferDirection::Provision, a));

    // A receipt asks who the provider is before how it provides.
    const auto r = answers({{"exception", false}, {"not_third_party", false}});
    CHECK(nextLegalBasisQuestion(TransferDirection::Receipt, r)->key == QStringLiteral("provider_is_business"));
    CHECK(nextLegalBasisQuestion(TransferDirection::Provision, r)->key == QStringLiteral("consent"));

    // Once decided, nothing more is asked; answers off the path change nothing.
    const auto done = answers({{"exception", true}, {"consent", false}, {"sensitive", true}});
    CHECK_FALSE(nextLegalBasisQuestion(TransferDirection::Provision, done));
    CHECK_FALSE(decide(TransferDirection::Provision, done).refused);
}

TEST_CASE("provision: exceptions and non-third parties need no record, and say why", "[core][ledger][legalbasis]")
{
    const LegalBasisDecision exception = decide(TransferDirection::Provision, answers({{"exception", true}}));
    CHECK_FALSE(exception.formId);
    CHECK_FALSE(exception.refused);
    CHECK(exception.article.contains(QStringLiteral("第30条1項")));
    CHECK(exception.article.contains(QStringLiteral("第31条1項ただし書")));

    const LegalBasisDecision outsourced =
        decide(TransferDirection::Provision, answers({{"exception", false}, {"not_third_party", true}}));
    CHECK_FALSE(outsourced.formId);
    CHECK_FALSE(outsourced.refused);
    CHECK(outsourced.article.contains(QStringLiteral("第30条6項")));
    CHECK(outsourced.reasonJa.contains(QStringLiteral("委託")));
}

TEST_CASE("provision: consent leads to 様式6-2 and opt-out to 様式6-1", "[core][ledger][legalbasis]")
{
    const LegalBasisDecision consent = decide(
        TransferDirection::Provision, answers({{"exception", false}, {"not_third_party", false}, {"consent", true}}));
    CHECK(formOf(consent) == QStringLiteral("form6-2"));
    CHECK(consent.article.contains(QStringLiteral("第31条7項")));

    const LegalBasisDecision optOut = decide(TransferDirection::Provision, answers({{"exception", false},
                                                                                    {"not_third_party", false},
                                                                                    {"consent", false},
                                                                                    {"opt_out", true},
                                                                                    {"sensitive", false},
                                                                                    {"opt_out_sourced", false},
                                                                                    {"improperly_acquired", false}}));
    CHECK(formOf(optOut) == QStringLiteral("form6-1"));
    CHECK_FALSE(optOut.refused);
    CHECK(optOut.article.contains(QStringLiteral("第30条2項")));
    CHECK(optOut.article.contains(QStringLiteral("第31条6項")));
}

TEST_CASE("provision: opt-out is refused for sensitive, opt-out-sourced or improperly acquired data, and "
          "without any basis; each refusal points to consent and 様式6-2",
          "[core][ledger][legalbasis]")
{
    const auto base = answers({{"exception", false}, {"not_third_party", false}, {"consent", false}});
    struct Case {
        const char* key;
        const char* article;
    };
    for (const Case c : {Case{"sensitive", "第30条2項"}, Case{"opt_out_sourced", "法27条2項ただし書"},
                         Case{"improperly_acquired", "第27条1項"}}) {
        LegalBasisAnswers a = base;
        a.insert(QStringLiteral("opt_out"), true);
        for (const char* k : {"sensitive", "opt_out_sourced", "improperly_acquired"})
            a.insert(QString::fromLatin1(k), qstrcmp(k, c.key) == 0);
        const LegalBasisDecision d = decide(TransferDirection::Provision, a);
        INFO(c.key);
        CHECK(d.refused);
        CHECK_FALSE(d.formId);
        CHECK(d.article.contains(QString::fromUtf8(c.article)));
        CHECK(d.reasonJa.contains(QStringLiteral("様式6-2")));
        CHECK(d.reasonEn.contains(QStringLiteral("様式6-2")));
    }
    const LegalBasisDecision sensitive = decide(TransferDirection::Provision, [&] {
        LegalBasisAnswers a = base;
        a.insert(QStringLiteral("opt_out"), true);
        a.insert(QStringLiteral("sensitive"), true);
        return a;
    }());
    CHECK(sensitive.reasonJa.contains(QStringLiteral("要配慮個人情報")));

    LegalBasisAnswers noBasis = base;
    noBasis.insert(QStringLiteral("opt_out"), false);
    const LegalBasisDecision refused = decide(TransferDirection::Provision, noBasis);
    CHECK(refused.refused);
    CHECK(refused.article.contains(QStringLiteral("第30条1項")));
    CHECK(refused.reasonEn.contains(QStringLiteral("様式6-2")));
}

TEST_CASE("receipt: exceptions need no confirmation or record; a non-business provider leads to 様式7-3",
          "[core][ledger][legalbasis]")
{
    const LegalBasisDecision exception = decide(TransferDirection::Receipt, answers({{"exception", true}}));
    CHECK_FALSE(exception.formId);
    CHECK_FALSE(exception.refused);
    CHECK(exception.article.contains(QStringLiteral("第32条1項ただし書")));

    const LegalBasisDecision joint =
        decide(TransferDirection::Receipt, answers({{"exception", false}, {"not_third_party", true}}));
    CHECK_FALSE(joint.formId);
    CHECK(joint.article.contains(QStringLiteral("第30条6項")));

    const LegalBasisDecision individual =
        decide(TransferDirection::Receipt,
               answers({{"exception", false}, {"not_third_party", false}, {"provider_is_business", false}}));
    CHECK(formOf(individual) == QStringLiteral("form7-3"));
    CHECK(individual.article.contains(QStringLiteral("第32条1項〜3項")));
    CHECK(individual.article.contains(QStringLiteral("4項(3)")));
}

TEST_CASE("receipt: consent leads to 様式7-2, an opt-out provider to 様式7-1, both after the confirmations of "
          "第32条1–3項",
          "[core][ledger][legalbasis]")
{
    const auto business = answers({{"exception", false}, {"not_third_party", false}, {"provider_is_business", true}});
    LegalBasisAnswers consent = business;
    consent.insert(QStringLiteral("consent"), true);
    const LegalBasisDecision withConsent = decide(TransferDirection::Receipt, consent);
    CHECK(formOf(withConsent) == QStringLiteral("form7-2"));
    CHECK(withConsent.article.contains(QStringLiteral("4項(2)")));

    LegalBasisAnswers optOut = business;
    for (const char* k : {"consent", "sensitive", "opt_out_sourced", "improperly_acquired"})
        optOut.insert(QString::fromLatin1(k), false);
    optOut.insert(QStringLiteral("opt_out"), true);
    const LegalBasisDecision fromOptOut = decide(TransferDirection::Receipt, optOut);
    CHECK(formOf(fromOptOut) == QStringLiteral("form7-1"));
    CHECK(fromOptOut.article.contains(QStringLiteral("4項(1)")));
    CHECK(fromOptOut.reasonJa.contains(QStringLiteral("個人情報保護委員会")));

    for (const LegalBasisDecision& d : {withConsent, fromOptOut}) {
        CHECK(d.article.contains(QStringLiteral("第32条1項〜3項")));
        CHECK(d.reasonJa.contains(QStringLiteral("第32条1項〜3項")));
        CHECK(d.reasonEn.contains(QStringLiteral("第32条1項–3項")));
    }
}

TEST_CASE("receipt: sensitive data from an opt-out provider is refused, and so is data with no basis",
          "[core][ledger][legalbasis]")
{
    const auto optOut = answers({{"exception", false},
                                 {"not_third_party", false},
                                 {"provider_is_business", true},
                                 {"consent", false},
                                 {"opt_out", true},
                                 {"sensitive", true}});
    const LegalBasisDecision sensitive = decide(TransferDirection::Receipt, optOut);
    CHECK(sensitive.refused);
    CHECK_FALSE(sensitive.formId);
    CHECK(sensitive.article.contains(QStringLiteral("第30条2項")));
    CHECK(sensitive.article.contains(QStringLiteral("第27条2項")));
    CHECK(sensitive.reasonEn.contains(QStringLiteral("様式7-2")));

    for (const char* k : {"opt_out_sourced", "improperly_acquired"}) {
        LegalBasisAnswers a = optOut;
        a.insert(QStringLiteral("sensitive"), false);
        a.insert(QStringLiteral("opt_out_sourced"), qstrcmp(k, "opt_out_sourced") == 0);
        a.insert(QStringLiteral("improperly_acquired"), qstrcmp(k, "improperly_acquired") == 0);
        const LegalBasisDecision d = decide(TransferDirection::Receipt, a);
        INFO(k);
        CHECK(d.refused);
        CHECK(d.article.contains(QStringLiteral("法27条2項ただし書")));
    }

    LegalBasisAnswers noBasis = optOut;
    noBasis.insert(QStringLiteral("opt_out"), false);
    const LegalBasisDecision refused = decide(TransferDirection::Receipt, noBasis);
    CHECK(refused.refused);
    CHECK(refused.article.contains(QStringLiteral("第30条1項")));
}

TEST_CASE("saving an opt-out record of sensitive data is refused with a message", "[core][ledger][legalbasis]")
{
    const auto form = [](const char* id) -> const FormDefinition& {
        const FormDefinition* found = FormRegistry::find(QString::fromLatin1(id));
        REQUIRE(found);
        return *found;
    };
    for (const char* id : {"form6-1", "form7-1"}) {
        INFO(id);
        const Status refused = checkSensitiveOptOut(form(id), true);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("第30条2項")));
        CHECK(checkSensitiveOptOut(form(id), false).ok());
    }
    CHECK(checkSensitiveOptOut(form("form6-1"), true).error().message.contains(QStringLiteral("様式6-2")));
    CHECK(checkSensitiveOptOut(form("form7-1"), true).error().message.contains(QStringLiteral("様式7-2")));
    for (const char* id : {"form6-2", "form7-2", "form7-3"})
        CHECK(checkSensitiveOptOut(form(id), true).ok());
}
