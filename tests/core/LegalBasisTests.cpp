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

TEST_CASE("the legal-basis rules are sound data with a version", "[core][ledger][legalbasis]")
{
    const QStringList problems = legalBasisDataProblems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK_FALSE(legalBasisRuleVersion().isEmpty());
    CHECK(citeArticles(QStringLiteral("第27条1項"), QStringLiteral("法20条1項"))
          == QStringLiteral("規程第27条1項（法20条1項）"));
    CHECK(citeArticles(QString(), QStringLiteral("法28条1項")) == QStringLiteral("法28条1項"));
    CHECK(citeArticles(QStringLiteral("第30条2項"), QString()) == QStringLiteral("第30条2項"));
}

TEST_CASE("every legal-basis question has a key, both texts and an article", "[core][ledger][legalbasis]")
{
    for (TransferDirection direction : both) {
        QSet<QString> keys;
        for (const LegalBasisQuestion& q : legalBasisQuestions(direction)) {
            INFO(q.key.toStdString());
            CHECK_FALSE(q.key.isEmpty());
            CHECK_FALSE(q.textJa.isEmpty());
            CHECK_FALSE(q.textEn.isEmpty());
            // Issue 11 §13: asked as one question in plain words, never in the negative
            // (「…ではありませんか」「…に当たりませんか」 invite the wrong yes) — short, but never at
            // the cost of a condition the law sets (法27条1項2〜4号's 「同意を得ることが困難」).
            CHECK_FALSE(q.askJa.isEmpty());
            CHECK_FALSE(q.askEn.isEmpty());
            CHECK(q.askJa.size() <= 110);
            CHECK(q.askJa.endsWith(QStringLiteral("か。")));
            CHECK_FALSE(q.askJa.contains(QStringLiteral("ません")));
            CHECK_FALSE(q.textJa.contains(QStringLiteral("ませんか")));
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
    // 法28条: only a provision asks where the recipient is.
    CHECK(keysOf(TransferDirection::Provision).contains(QStringLiteral("abroad")));
    CHECK_FALSE(keysOf(TransferDirection::Receipt).contains(QStringLiteral("abroad")));
}

TEST_CASE("every path ends in a decision that cites an article and names an existing form of its direction",
          "[core][ledger][legalbasis]")
{
    for (TransferDirection direction : both) {
        QSet<QString> forms;
        QSet<QString> asked;
        int refusals = 0;
        int noRecords = 0;
        for (unsigned pattern = 0; pattern < (1U << 12); ++pattern) {
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
            CHECK(forms
                  == QSet<QString>{QStringLiteral("form6-1"), QStringLiteral("form6-2"), QStringLiteral("form6-3")});
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

namespace {

// One path of the guide: the answers in the order asked, and where they lead.
struct Path {
    const char* name;
    TransferDirection direction;
    std::initializer_list<std::pair<const char*, bool>> given;
    const char* form; // "" for no record
    bool refused;
    std::initializer_list<const char*> cites; // each must appear in the decision's article
};

constexpr auto P = TransferDirection::Provision;
constexpr auto R = TransferDirection::Receipt;

// Every outcome of both directions, with the articles that decide it (規程 and 法 as in force
// since 2022). Each path answers exactly the questions asked on it, in order.
const Path kPaths[] = {
    // Provision: 法27条1項1〜4号 (規程第30条1項) and the academic exceptions of 5〜7号 (2022).
    {"provision: exception",
     P,
     {{"related_info", false}, {"exception", true}},
     "",
     false,
     {"第30条1項", "第31条1項ただし書", "法27条1項", "法29条1項ただし書"}},
    {"provision: academic research",
     P,
     {{"related_info", false}, {"exception", false}, {"academic", true}},
     "",
     false,
     {"法27条1項5号〜7号", "法29条1項ただし書"}},
    // 法28条: a recipient abroad without equivalent level or system needs informed consent and a
    // record even for outsourcing; opt-out is never reached.
    {"provision abroad: informed consent, recorded in 様式6-2",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", true},
      {"adequate_country", false},
      {"equivalent_system", false},
      {"foreign_consent", true}},
     "form6-2",
     false,
     {"法28条1項", "法29条1項ただし書括弧書"}},
    {"provision abroad without consent is refused",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", true},
      {"adequate_country", false},
      {"equivalent_system", false},
      {"foreign_consent", false}},
     "",
     true,
     {"法28条1項", "規則17条"}},
    {"provision abroad with an equivalent system to a contractor: not a third party, measures of 法28条3項",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", true},
      {"adequate_country", false},
      {"equivalent_system", true},
      {"not_third_party", true}},
     "",
     false,
     {"法27条5項", "法28条3項"}},
    {"provision to an EU country by opt-out goes on as at home",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", true},
      {"adequate_country", true},
      {"not_third_party", false},

      {"consent", false},
      {"opt_out", true},
      {"sensitive", false},
      {"opt_out_sourced", false},
      {"improperly_acquired", false}},
     "form6-1",
     false,
     {"第31条6項", "法27条2項"}},
    {"provision: outsourcing, succession, joint use",
     P,
     {{"related_info", false}, {"exception", false}, {"academic", false}, {"abroad", false}, {"not_third_party", true}},
     "",
     false,
     {"第30条6項", "法27条5項"}},
    // 法29条1項's brackets: a recipient of 法16条2項 needs no record, but a basis.
    {"provision to a public body with consent: no record",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", false},
      {"not_third_party", false},
      {"public_body", true},
      {"consent", true}},
     "",
     false,
     {"法16条2項", "法29条1項"}},
    {"provision to a public body without any basis is refused",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", false},
      {"not_third_party", false},
      {"public_body", true},
      {"consent", false},
      {"opt_out", false}},
     "",
     true,
     {"第30条1項", "法27条1項"}},
    {"provision with consent: 様式6-2",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", false},
      {"not_third_party", false},
      {"public_body", false},
      {"consent", true}},
     "form6-2",
     false,
     {"第31条7項", "法27条1項", "規則20条1項2号"}},
    {"provision by opt-out: 様式6-1, never in bulk",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", false},
      {"not_third_party", false},
      {"public_body", false},
      {"consent", false},
      {"opt_out", true},
      {"sensitive", false},
      {"opt_out_sourced", false},
      {"improperly_acquired", false}},
     "form6-1",
     false,
     {"第30条2項", "第31条6項", "規則19条2項ただし書"}},
    {"provision by opt-out of sensitive data is refused",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", false},
      {"not_third_party", false},
      {"public_body", false},
      {"consent", false},
      {"opt_out", true},
      {"sensitive", true}},
     "",
     true,
     {"第30条2項", "法27条2項ただし書"}},
    {"provision by opt-out of opt-out-sourced data is refused",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", false},
      {"not_third_party", false},
      {"public_body", false},
      {"consent", false},
      {"opt_out", true},
      {"sensitive", false},
      {"opt_out_sourced", true}},
     "",
     true,
     {"法27条2項ただし書"}},
    {"provision by opt-out of improperly acquired data is refused",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", false},
      {"not_third_party", false},
      {"public_body", false},
      {"consent", false},
      {"opt_out", true},
      {"sensitive", false},
      {"opt_out_sourced", false},
      {"improperly_acquired", true}},
     "",
     true,
     {"規程第27条1項", "法20条1項", "法27条2項ただし書"}},
    {"provision without consent or opt-out is refused",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", false},
      {"not_third_party", false},
      {"public_body", false},
      {"consent", false},
      {"opt_out", false}},
     "",
     true,
     {"第30条1項"}},
    // 法31条: personally related information.
    {"provision of personally related information: the confirmation is recorded in 様式6-3",
     P,
     {{"related_info", true}, {"exception", false}, {"academic", false}, {"related_consent_confirmed", true}},
     "form6-3",
     false,
     {"法31条1項", "規則28条"}},
    {"provision of personally related information without the recipient's consent is refused",
     P,
     {{"related_info", true}, {"exception", false}, {"academic", false}, {"related_consent_confirmed", false}},
     "",
     true,
     {"法31条1項"}},
    {"provision of personally related information under an exception",
     P,
     {{"related_info", true}, {"exception", true}},
     "",
     false,
     {"法27条1項"}},
    // Receipt.
    {"receipt: exception",
     R,
     {{"related_info", false}, {"exception", true}},
     "",
     false,
     {"第32条1項ただし書", "法30条1項ただし書"}},
    {"receipt: academic research",
     R,
     {{"related_info", false}, {"exception", false}, {"academic", true}},
     "",
     false,
     {"法27条1項5号〜7号", "法30条1項ただし書"}},
    {"receipt: the centre is not a third party",
     R,
     {{"related_info", false}, {"exception", false}, {"academic", false}, {"not_third_party", true}},
     "",
     false,
     {"第30条6項", "法27条5項"}},
    {"receipt from a public body: no confirmation, no record",
     R,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"not_third_party", false},
      {"provider_public", true}},
     "",
     false,
     {"法16条2項", "法30条1項"}},
    {"receipt from a non-business: 様式7-3",
     R,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"not_third_party", false},
      {"provider_public", false},
      {"provider_is_business", false}},
     "form7-3",
     false,
     {"第32条1項〜3項", "4項(3)", "規則24条1項3号"}},
    {"receipt with consent: 様式7-2",
     R,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"not_third_party", false},
      {"provider_public", false},
      {"provider_is_business", true},
      {"consent", true}},
     "form7-2",
     false,
     {"第32条1項〜3項", "4項(2)", "規則24条1項2号"}},
    {"receipt by opt-out, published: 様式7-1, never in bulk",
     R,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"not_third_party", false},
      {"provider_public", false},
      {"provider_is_business", true},
      {"consent", false},
      {"opt_out", true},
      {"sensitive", false},
      {"opt_out_sourced", false},
      {"improperly_acquired", false},
      {"ppc_published", true}},
     "form7-1",
     false,
     {"4項(1)", "法27条2項・4項", "規則23条2項ただし書"}},
    // An opt-out notice the Commission has not published is no basis (法27条4項).
    {"receipt by opt-out, not published, is refused",
     R,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"not_third_party", false},
      {"provider_public", false},
      {"provider_is_business", true},
      {"consent", false},
      {"opt_out", true},
      {"sensitive", false},
      {"opt_out_sourced", false},
      {"improperly_acquired", false},
      {"ppc_published", false}},
     "",
     true,
     {"第32条4項(1)⑧", "法27条2項・4項"}},
    {"receipt by opt-out of sensitive data is refused",
     R,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"not_third_party", false},
      {"provider_public", false},
      {"provider_is_business", true},
      {"consent", false},
      {"opt_out", true},
      {"sensitive", true}},
     "",
     true,
     {"第30条2項", "第27条2項", "法20条2項"}},
    {"receipt by opt-out of opt-out-sourced data is refused",
     R,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"not_third_party", false},
      {"provider_public", false},
      {"provider_is_business", true},
      {"consent", false},
      {"opt_out", true},
      {"sensitive", false},
      {"opt_out_sourced", true}},
     "",
     true,
     {"法27条2項ただし書"}},
    {"receipt by opt-out of improperly acquired data is refused",
     R,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"not_third_party", false},
      {"provider_public", false},
      {"provider_is_business", true},
      {"consent", false},
      {"opt_out", true},
      {"sensitive", false},
      {"opt_out_sourced", false},
      {"improperly_acquired", true}},
     "",
     true,
     {"規程第27条1項", "法27条2項ただし書"}},
    {"receipt with no basis is refused",
     R,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"not_third_party", false},
      {"provider_public", false},
      {"provider_is_business", true},
      {"consent", false},
      {"opt_out", false}},
     "",
     true,
     {"第30条1項", "第27条1項"}},
    {"receipt of personally related information with the centre's consent: no 様式7 record",
     R,
     {{"related_info", true}, {"exception", false}, {"academic", false}, {"related_consent_obtained", true}},
     "",
     false,
     {"法31条1項1号"}},
    {"receipt of personally related information without consent is refused",
     R,
     {{"related_info", true}, {"exception", false}, {"academic", false}, {"related_consent_obtained", false}},
     "",
     true,
     {"法31条1項1号"}},
    {"receipt of personally related information under an exception",
     R,
     {{"related_info", true}, {"exception", true}},
     "",
     false,
     {"法31条1項柱書"}},
    // 法31条1項柱書 exempts every case of 法27条1項, academic research included.
    {"provision of personally related information for academic research",
     P,
     {{"related_info", true}, {"exception", false}, {"academic", true}},
     "",
     false,
     {"法31条1項柱書", "法27条1項各号"}},
    {"a provision to a national university hospital is no public body's: a record",
     P,
     {{"related_info", false},
      {"exception", false},
      {"academic", false},
      {"abroad", false},
      {"not_third_party", false},
      {"public_body", false},
      {"consent", true}},
     "form6-2",
     false,
     {"第31条7項"}},
};

} // namespace

TEST_CASE("each path of the legal-basis guide leads to its record, no record or refusal, citing both numberings",
          "[core][ledger][legalbasis]")
{
    for (const Path& path : kPaths) {
        INFO(path.name);
        LegalBasisAnswers a;
        for (const auto& [key, yes] : path.given) {
            const auto next = nextLegalBasisQuestion(path.direction, a);
            REQUIRE(next);
            CHECK(next->key == QString::fromLatin1(key)); // asked in this order, nothing skipped
            a.insert(QString::fromLatin1(key), yes);
        }
        CHECK_FALSE(nextLegalBasisQuestion(path.direction, a));
        const LegalBasisDecision d = decide(path.direction, a);
        CHECK(formOf(d) == QString::fromLatin1(path.form));
        CHECK(d.refused == path.refused);
        CHECK(d.ruleVersion == legalBasisRuleVersion());
        for (const char* cite : path.cites) {
            INFO(cite << " in " << d.article.toStdString());
            CHECK(d.article.contains(QString::fromUtf8(cite)));
        }
        // Never the regulation's and the Act's numbers in one bracket (規程… first, 法… after).
        if (!d.regulationArticle.isEmpty() && !d.actArticle.isEmpty())
            CHECK(d.article.startsWith(QStringLiteral("規程")));
        // Every refusal says what to do instead.
        if (path.refused)
            CHECK((d.reasonJa.contains(QStringLiteral("同意")) || d.reasonJa.contains(QStringLiteral("報告"))));
    }
}

TEST_CASE("the first questions: personally related information, then the exceptions; abroad right after them",
          "[core][ledger][legalbasis]")
{
    const auto first = nextLegalBasisQuestion(TransferDirection::Provision, {});
    REQUIRE(first);
    CHECK(first->key == QStringLiteral("related_info"));
    CHECK_FALSE(decideLegalBasis(TransferDirection::Provision, {}));
    const auto exception = nextLegalBasisQuestion(TransferDirection::Provision, answers({{"related_info", false}}));
    REQUIRE(exception);
    CHECK(exception->article == QStringLiteral("規程第30条1項(1)〜(4)（法27条1項1号〜4号）"));
    CHECK(exception->regulationArticle == QStringLiteral("第30条1項(1)〜(4)"));
    CHECK(exception->actArticle == QStringLiteral("法27条1項1号〜4号"));
    // 法28条 is asked before the exceptions of 法27条5項, which it sets aside.
    const auto abroad = nextLegalBasisQuestion(
        TransferDirection::Provision, answers({{"related_info", false}, {"exception", false}, {"academic", false}}));
    CHECK(abroad->key == QStringLiteral("abroad"));
    // Answers off the path change nothing.
    const auto done = answers({{"related_info", false}, {"exception", true}, {"consent", false}, {"sensitive", true}});
    CHECK_FALSE(nextLegalBasisQuestion(TransferDirection::Provision, done));
    CHECK_FALSE(decide(TransferDirection::Provision, done).refused);
}

TEST_CASE("the joint-use question names what must have been notified, with the 2022 additions (法27条5項3号)",
          "[core][ledger][legalbasis]")
{
    for (TransferDirection direction : both) {
        for (const LegalBasisQuestion& q : legalBasisQuestions(direction)) {
            if (q.key != QLatin1String("not_third_party"))
                continue;
            for (const char* item : {"共同して利用される個人データの項目", "共同して利用する者の範囲", "利用目的",
                                     "氏名又は名称及び住所", "代表者の氏名"})
                CHECK(q.textJa.contains(QString::fromUtf8(item)));
            CHECK(q.article.contains(QStringLiteral("法27条5項")));
        }
    }
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

TEST_CASE("法28条: the answers about a recipient abroad fill the record's items, and only items its form has",
          "[core][ledger][legalbasis]")
{
    const auto abroad = answers({{"related_info", false},
                                 {"exception", false},
                                 {"academic", false},
                                 {"abroad", true},
                                 {"adequate_country", false},
                                 {"equivalent_system", false},
                                 {"foreign_consent", true}});
    const LegalBasisDecision consent = decide(TransferDirection::Provision, abroad);
    CHECK(consent.fill.value(QStringLiteral("abroad")).toBool());
    CHECK(consent.fill.value(QStringLiteral("abroad_basis")).toString() == QStringLiteral("consent_informed"));

    // An equivalent country, then opt-out: 様式6-1 has no such items, so nothing is filled.
    LegalBasisAnswers optOut = answers({{"related_info", false},
                                        {"exception", false},
                                        {"academic", false},
                                        {"abroad", true},
                                        {"adequate_country", true},
                                        {"not_third_party", false},
                                        {"public_body", false},
                                        {"consent", false},
                                        {"opt_out", true},
                                        {"sensitive", false},
                                        {"opt_out_sourced", false},
                                        {"improperly_acquired", false}});
    const LegalBasisDecision d = decide(TransferDirection::Provision, optOut);
    CHECK(formOf(d) == QStringLiteral("form6-1"));
    // 6-1 has no item for the country; what the answers established for its own items carries
    // (issue 11 §13): not received by opt-out, not acquired improperly, not a recipient abroad
    // that 法28条 restricts (an equivalent country).
    CHECK(d.fill
          == QMap<QString, QVariant>{{QStringLiteral("not_opt_out_sourced"), true},
                                     {QStringLiteral("not_improperly_acquired"), true},
                                     {QStringLiteral("not_restricted_abroad"), true}});
    // At home only the consent the answers established is filled.
    const LegalBasisDecision home = decide(TransferDirection::Provision, answers({{"related_info", false},
                                                                                  {"exception", false},
                                                                                  {"academic", false},
                                                                                  {"abroad", false},
                                                                                  {"not_third_party", false},
                                                                                  {"public_body", false},
                                                                                  {"consent", true}}));
    CHECK(home.fill == QVariantMap{{QStringLiteral("consent"), true}});
}
