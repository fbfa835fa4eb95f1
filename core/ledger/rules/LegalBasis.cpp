// The legal basis of a provision to, or receipt from, a third party and the record it needs:
// 第30条 (when personal data may go to a third party), 第31条 (records of provision, 様式6-x),
// 第32条 (confirmations and records of receipt, 様式7-x). The regulation predates the 2022
// amendment of the Act, whose 法27条2項ただし書 also bars opt-out for data acquired improperly
// or itself received by opt-out; those questions cite the Act.
#include "ledger/rules/LegalBasis.h"

#include "ledger/FormRegistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace daicho {

namespace {

namespace key {
constexpr QLatin1String exception("exception");
constexpr QLatin1String notThirdParty("not_third_party");
constexpr QLatin1String providerIsBusiness("provider_is_business");
constexpr QLatin1String consent("consent");
constexpr QLatin1String optOut("opt_out");
constexpr QLatin1String sensitive("sensitive");
constexpr QLatin1String optOutSourced("opt_out_sourced");
constexpr QLatin1String improperlyAcquired("improperly_acquired");
} // namespace key

enum class Outcome {
    Exception, // 第30条1項各号: no record
    NotThirdParty, // 第30条6項各号: no record
    ConsentRecord, // 様式6-2 / 7-2
    OptOutRecord, // 様式6-1 / 7-1
    NonBusinessRecord, // 様式7-3
    RefusedNoBasis,
    RefusedSensitive,
    RefusedOptOutSourced,
    RefusedImproper,
};

// After an answer: ask `ask` next, or, when it is empty, end with `outcome`.
struct Next {
    QLatin1String ask;
    Outcome outcome = Outcome::RefusedNoBasis;
};

constexpr Next ask(QLatin1String k)
{
    return {k, Outcome::RefusedNoBasis};
}

constexpr Next end(Outcome o)
{
    return {QLatin1String(), o};
}

struct Node {
    QLatin1String key;
    Next yes;
    Next no;
};

// The decision trees. The first node is asked first; every path ends in an outcome.
const QList<Node>& tree(TransferDirection direction)
{
    // Both directions end alike: consent, or else opt-out where the data allows it (第30条2項;
    // 法27条2項ただし書 (the 2022 Act) for the last two opt-out checks).
    static const QList<Node> consentOrOptOut = {
        {key::consent, end(Outcome::ConsentRecord), ask(key::optOut)},
        {key::optOut, ask(key::sensitive), end(Outcome::RefusedNoBasis)},
        {key::sensitive, end(Outcome::RefusedSensitive), ask(key::optOutSourced)},
        {key::optOutSourced, end(Outcome::RefusedOptOutSourced), ask(key::improperlyAcquired)},
        {key::improperlyAcquired, end(Outcome::RefusedImproper), end(Outcome::OptOutRecord)},
    };
    // 第30条1項・6項, then the basis.
    static const QList<Node> provision =
        QList<Node>{
            {key::exception, end(Outcome::Exception), ask(key::notThirdParty)},
            {key::notThirdParty, end(Outcome::NotThirdParty), ask(key::consent)},
        }
        + consentOrOptOut;
    // 第32条1項ただし書 and 4項(1)–(3): who the provider is decides before how it provides.
    static const QList<Node> receipt =
        QList<Node>{
            {key::exception, end(Outcome::Exception), ask(key::notThirdParty)},
            {key::notThirdParty, end(Outcome::NotThirdParty), ask(key::providerIsBusiness)},
            {key::providerIsBusiness, ask(key::consent), end(Outcome::NonBusinessRecord)},
        }
        + consentOrOptOut;
    return direction == TransferDirection::Provision ? provision : receipt;
}

// Where the answers lead: the key of the first unanswered question, or an outcome.
struct Walk {
    QString pending;
    std::optional<Outcome> outcome;
};

Walk walk(TransferDirection direction, const LegalBasisAnswers& answers)
{
    const QList<Node>& nodes = tree(direction);
    QLatin1String current = nodes.first().key;
    // Each node at most once: the trees have no loops, and this bound says so.
    for (qsizetype step = 0; step < nodes.size(); ++step) {
        const auto node = std::find_if(nodes.begin(), nodes.end(), [&](const Node& n) { return n.key == current; });
        Q_ASSERT(node != nodes.end());
        const auto answer = answers.constFind(QString(current));
        if (answer == answers.constEnd())
            return {QString(current), std::nullopt};
        const Next& next = *answer ? node->yes : node->no;
        if (next.ask.isEmpty())
            return {QString(), next.outcome};
        current = next.ask;
    }
    Q_UNREACHABLE();
    return {};
}

LegalBasisDecision decisionFor(Outcome outcome, TransferDirection direction);

} // namespace

QList<LegalBasisQuestion> legalBasisQuestions(TransferDirection direction)
{
    const bool provision = direction == TransferDirection::Provision;
    QList<LegalBasisQuestion> questions = {
        {key::exception,
         QStringLiteral("この個人データの提供は、次のいずれかに当たりますか。(1) 法令に基づく場合 (2) "
                        "人の生命、身体又は財産の保護のために必要があり、本人の同意を得ることが困難な場合 (3) "
                        "公衆衛生の向上又は児童の健全な育成の推進のために特に必要があり、本人の同意を得ることが困難"
                        "な場合 (4) "
                        "国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに協力す"
                        "る必要があり、本人の同意を得ることによりその事務の遂行に支障を及ぼすおそれがある場合"),
         QStringLiteral("Is this provision of personal data one of these: (1) based on laws and regulations; (2) "
                        "needed to protect a person's life, body or property when the individual's consent is hard "
                        "to obtain; (3) especially needed to improve public health or the sound growth of children "
                        "when consent is hard to obtain; (4) needed to cooperate with a state body or local "
                        "government (or its contractor) in affairs prescribed by law, when asking for consent would "
                        "hinder those affairs?"),
         QStringLiteral("第30条1項(1)〜(4)")},
        {key::notThirdParty,
         QStringLiteral("この提供は次のいずれかに伴うもので、受け取る者は第三者に当たりませんか。(1) "
                        "利用目的の達成に必要な範囲内での個人データの取扱いの委託 (2) "
                        "合併その他の事由による事業の承継 (3) "
                        "あらかじめ本人に通知し、又は本人が容易に知り得る状態に置いている共同利用"),
         QStringLiteral("Does this provision come with one of these, so that the party receiving the data is not a "
                        "third party: (1) outsourcing of the handling of the data within the purposes of use; (2) "
                        "succession of business by merger or otherwise; (3) joint use of which the individuals "
                        "were notified, or could easily learn, in advance?"),
         QStringLiteral("第30条6項(1)〜(3)")},
    };
    if (!provision)
        questions << LegalBasisQuestion{
            key::providerIsBusiness,
            QStringLiteral("提供元は個人情報取扱事業者（個人情報データベース等を事業の用に供している者。国の機関・"
                           "地方公共団体等を除く）ですか。個人などそれ以外の者であれば「いいえ」を選んでください。"),
            QStringLiteral("Is the provider a business operator handling personal information (one that uses a "
                           "personal information database in its business; state bodies and local governments "
                           "excluded)? Answer no for a private individual or any other provider."),
            QStringLiteral("第2条(5)・第32条4項(3)")};
    questions << LegalBasisQuestion{
        key::consent,
        provision ? QStringLiteral("あらかじめ本人の同意を得て提供しますか。")
                  : QStringLiteral("提供元は、あらかじめ本人の同意を得てこの個人データを提供していますか。"),
        provision ? QStringLiteral("Has the individual consented in advance to this provision?")
                  : QStringLiteral("Does the provider give this data with the individual's prior consent?"),
        QStringLiteral("第30条1項")};
    questions << LegalBasisQuestion{
        key::optOut,
        provision ? QStringLiteral("本人の求めに応じて提供を停止することとし、所定の事項を本人に通知し、又は本人"
                                   "が容易に知り得る状態に置いた上で個人情報保護委員会に届け出た方法（オプトアウ"
                                   "ト）により提供しますか。")
                  : QStringLiteral("提供元は、個人情報保護委員会に届け出たオプトアウトの方法（本人の求めに応じて提"
                                   "供を停止する方法）により提供していますか。"),
        provision ? QStringLiteral("Is it provided by opt-out: the centre stops providing at the individual's "
                                   "request, has notified the individuals (or made it easy for them to know) and has "
                                   "filed a notice with the Personal Information Protection Commission?")
                  : QStringLiteral("Does the provider give the data by opt-out, under a notice filed with the "
                                   "Personal Information Protection Commission?"),
        QStringLiteral("第30条2項")};
    questions << LegalBasisQuestion{
        key::sensitive, QStringLiteral("この個人データに要配慮個人情報（健診結果、病歴など）が含まれますか。"),
        QStringLiteral("Does the data include sensitive personal information (要配慮個人情報: health-check results, "
                       "medical history, etc.)?"),
        QStringLiteral("第2条(3)・第30条2項")};
    questions << LegalBasisQuestion{
        key::optOutSourced,
        provision ? QStringLiteral("この個人データは、センターが他の事業者からオプトアウトの方法により提供を受けた"
                                   "もの（その複製・加工を含む）ですか。")
                  : QStringLiteral("この個人データは、提供元が他の事業者からオプトアウトの方法により提供を受けたも"
                                   "の（その複製・加工を含む）ですか。"),
        provision ? QStringLiteral("Did the centre itself receive this data from another business by opt-out "
                                   "(copies and data derived from it included)?")
                  : QStringLiteral("Did the provider itself receive this data from another business by opt-out "
                                   "(copies and data derived from it included)?"),
        QStringLiteral("法27条2項ただし書")};
    questions << LegalBasisQuestion{
        key::improperlyAcquired,
        provision ? QStringLiteral("この個人データは、偽りその他不正の手段により取得されたものですか。")
                  : QStringLiteral("この個人データは、偽りその他不正の手段により取得されたものですか（提供元に確認"
                                   "した取得の経緯から判断してください）。"),
        provision ? QStringLiteral("Was this data acquired by deception or other improper means?")
                  : QStringLiteral("Was this data acquired by deception or other improper means (judge from how the "
                                   "provider says it acquired the data)?"),
        provision ? QStringLiteral("第27条1項・法27条2項ただし書")
                  : QStringLiteral("第27条1項・第32条1項(2)・法27条2項ただし書")};
    return questions;
}

std::optional<LegalBasisQuestion> nextLegalBasisQuestion(TransferDirection direction, const LegalBasisAnswers& answers)
{
    const Walk w = walk(direction, answers);
    if (w.outcome)
        return std::nullopt;
    for (const LegalBasisQuestion& q : legalBasisQuestions(direction))
        if (q.key == w.pending)
            return q;
    Q_UNREACHABLE();
    return std::nullopt;
}

std::optional<LegalBasisDecision> decideLegalBasis(TransferDirection direction, const LegalBasisAnswers& answers)
{
    const Walk w = walk(direction, answers);
    if (!w.outcome)
        return std::nullopt;
    return decisionFor(*w.outcome, direction);
}

Status checkSensitiveOptOut(const FormDefinition& form, bool dataIncludesSensitive)
{
    if (!dataIncludesSensitive || !form.transfer || form.transfer->basis != TransferBasis::OptOut)
        return {};
    // 第30条2項 excludes 要配慮個人情報 from opt-out, and 第27条2項 needs the individual's consent
    // to acquire it: neither side of an opt-out may concern it (法27条2項ただし書).
    if (form.transfer->direction == TransferDirection::Provision)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "daicho::LegalBasis",
                "Personal data that includes sensitive personal information cannot be provided by "
                "opt-out (第30条2項). Obtain the individual's consent and record the provision in 様式6-2."));
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("daicho::LegalBasis",
                                                 "Personal data that includes sensitive personal information "
                                                 "cannot be received by opt-out (第30条2項, 第27条2項). Ask the "
                                                 "provider to obtain the individual's consent and record the "
                                                 "receipt in 様式7-2."));
}

namespace {

LegalBasisDecision noRecord(QString ja, QString en, QString article)
{
    return {std::nullopt, std::move(ja), std::move(en), std::move(article), false};
}

// A record on the form the definitions name for this kind of transfer (empty when no form
// of the set keeps it, which the registry's tests rule out).
LegalBasisDecision record(TransferDirection direction, TransferBasis basis, QString ja, QString en, QString article)
{
    const FormDefinition* form = FormRegistry::transferRecord({direction, basis});
    return {form ? form->id : QString(), std::move(ja), std::move(en), std::move(article), false};
}

LegalBasisDecision refusal(QString ja, QString en, QString article)
{
    return {std::nullopt, std::move(ja), std::move(en), std::move(article), true};
}

LegalBasisDecision provisionDecision(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Exception:
        return noRecord(QStringLiteral("第30条1項各号に当たる提供のため、本人の同意は不要で、第三者提供の記録も作成"
                                       "しません（第31条1項ただし書）。"),
                        QStringLiteral("The provision falls under 第30条1項 (1)–(4): neither the individual's consent "
                                       "nor a record of provision is needed (第31条1項 proviso)."),
                        QStringLiteral("第30条1項・第31条1項ただし書"));
    case Outcome::NotThirdParty:
        return noRecord(QStringLiteral("委託、事業の承継又は共同利用に伴う提供で、提供先は第三者に当たらないため（第"
                                       "30条6項）、第三者提供の記録は作成しません（第31条1項ただし書）。委託の場合"
                                       "は委託先を監督してください（第41条）。"),
                        QStringLiteral("The recipient is not a third party: the data goes with outsourcing, a "
                                       "business succession or joint use (第30条6項), so no record of provision is "
                                       "needed (第31条1項 proviso). A contractor must be supervised (第41条)."),
                        QStringLiteral("第30条6項・第31条1項ただし書"));
    case Outcome::ConsentRecord:
        return record(TransferDirection::Provision, TransferBasis::Consent,
                      QStringLiteral("本人の同意を得た提供です（第30条1項）。様式6-2「個人データ提供記録簿」に、同意"
                                     "を得ている旨、提供先、本人及び個人データの項目を記録してください（第31条7項）。"),
                      QStringLiteral("Provision with the individual's consent (第30条1項): record in 様式6-2 that "
                                     "consent was obtained, the recipient, the individual and the data items (第31条7"
                                     "項)."),
                      QStringLiteral("第30条1項・第31条7項"));
    case Outcome::OptOutRecord:
        return record(TransferDirection::Provision, TransferBasis::OptOut,
                      QStringLiteral("オプトアウトによる提供です（第30条2項）。本人への通知等と個人情報保護委員会への"
                                     "届出が済んでいることを確かめ、様式6-1「個人データ提供記録簿」に、提供年月日、提"
                                     "供先、本人及び個人データの項目を記録してください（第31条6項）。"),
                      QStringLiteral("Provision by opt-out (第30条2項): make sure the individuals were notified and "
                                     "the notice was filed with the Personal Information Protection Commission, then "
                                     "record in 様式6-1 the date, the recipient, the individual and the data items "
                                     "(第31条6項)."),
                      QStringLiteral("第30条2項・第31条6項"));
    case Outcome::NonBusinessRecord: // receipts only
    case Outcome::RefusedNoBasis:
        break;
    case Outcome::RefusedSensitive:
        return refusal(QStringLiteral("要配慮個人情報を含む個人データは、オプトアウトにより提供できません（第30条2"
                                      "項、法27条2項ただし書）。あらかじめ本人の同意を得て提供し、様式6-2に記録して"
                                      "ください。"),
                       QStringLiteral("Personal data that includes sensitive personal information (要配慮個人情報) "
                                      "cannot be provided by opt-out (第30条2項; the Act, Art. 27(2) proviso). "
                                      "Obtain the individual's consent in advance, then provide it and record the "
                                      "provision in 様式6-2."),
                       QStringLiteral("第30条2項・法27条2項ただし書"));
    case Outcome::RefusedOptOutSourced:
        return refusal(QStringLiteral("オプトアウトにより提供を受けた個人データは、さらにオプトアウトにより提供する"
                                      "ことはできません（法27条2項ただし書）。あらかじめ本人の同意を得て提供し、様"
                                      "式6-2に記録してください。"),
                       QStringLiteral("Personal data received by opt-out cannot be passed on by opt-out (the Act, "
                                      "Art. 27(2) proviso). Obtain the individual's consent in advance, then provide "
                                      "it and record the provision in 様式6-2."),
                       QStringLiteral("法27条2項ただし書"));
    case Outcome::RefusedImproper:
        return refusal(QStringLiteral("偽りその他不正の手段により取得された個人データは、オプトアウトにより提供でき"
                                      "ません（第27条1項、法27条2項ただし書）。事務取扱責任者に報告してください。提"
                                      "供するには、あらかじめ本人の同意を得て、様式6-2に記録してください。"),
                       QStringLiteral("Personal data acquired by deception or other improper means cannot be "
                                      "provided by opt-out (第27条1項; the Act, Art. 27(2) proviso). Report it to "
                                      "the chief officer (事務取扱責任者). To provide it, obtain the individual's "
                                      "consent in advance and record the provision in 様式6-2."),
                       QStringLiteral("第27条1項・法27条2項ただし書"));
    }
    // Neither consent nor opt-out nor an exception: 第30条1項 forbids it.
    return refusal(
        QStringLiteral("本人の同意もオプトアウトの手続もなく、第30条1項各号・6項のいずれにも当たらない提"
                       "供はできません（第30条1項）。提供するには、あらかじめ本人の同意を得て、様式6-2に"
                       "記録してください。"),
        QStringLiteral("Without the individual's consent or an opt-out notice, and outside 第30条1項 "
                       "(1)–(4) and 6項, the data may not be provided (第30条1項). To provide it, obtain the "
                       "individual's consent in advance and record the provision in 様式6-2."),
        QStringLiteral("第30条1項"));
}

// Every record of receipt comes after the confirmations of 第32条1項〜3項; the form
// definitions (様式7-x) make them required items, the reasons say so.
LegalBasisDecision receiptDecision(Outcome outcome)
{
    const QString confirmJa = QStringLiteral("受領の前に、提供元の氏名又は名称・住所・法人の代表者及び取得の経緯を、"
                                             "申告や契約書その他の書面により確認してください（第32条1項〜3項）。");
    const QString confirmEn = QStringLiteral("Before receiving, confirm the provider's name, address and "
                                             "representative and how it acquired the data, by its declaration or a "
                                             "contract or other document (第32条1項–3項).");
    switch (outcome) {
    case Outcome::Exception:
        return noRecord(QStringLiteral("第30条1項各号に当たる提供を受けるため、第32条の確認も受領の記録も不要です（"
                                       "第32条1項ただし書）。"),
                        QStringLiteral("The provision to the centre falls under 第30条1項 (1)–(4): neither the "
                                       "confirmations of 第32条 nor a record of receipt is needed (第32条1項 "
                                       "proviso)."),
                        QStringLiteral("第30条1項・第32条1項ただし書"));
    case Outcome::NotThirdParty:
        return noRecord(QStringLiteral("委託、事業の承継又は共同利用に伴う提供で、センターは第三者に当たらないため（"
                                       "第30条6項）、第32条の確認も受領の記録も不要です（第32条1項ただし書）。"),
                        QStringLiteral("The centre is not a third party: the data comes with outsourcing, a "
                                       "business succession or joint use (第30条6項), so neither the confirmations "
                                       "of 第32条 nor a record of receipt is needed (第32条1項 proviso)."),
                        QStringLiteral("第30条6項・第32条1項ただし書"));
    case Outcome::ConsentRecord:
        return record(TransferDirection::Receipt, TransferBasis::Consent,
                      QStringLiteral("本人の同意を得た提供を受けるものです。") + confirmJa
                          + QStringLiteral("その上で様式7-2「個人データ受領記録簿」に記録してください（第32条4項(2)）"
                                           "。"),
                      QStringLiteral("Receipt of data provided with the individual's consent. ") + confirmEn
                          + QStringLiteral(" Then record the receipt in 様式7-2 (第32条4項(2))."),
                      QStringLiteral("第30条1項・第32条1項〜3項・4項(2)"));
    case Outcome::OptOutRecord:
        return record(TransferDirection::Receipt, TransferBasis::OptOut,
                      QStringLiteral("オプトアウトによる提供を受けるものです。") + confirmJa
                          + QStringLiteral("提供元の届出が個人情報保護委員会により公表されていることも確かめ、様式7-"
                                           "1「個人データ受領記録簿」に記録してください（第32条4項(1)）。"),
                      QStringLiteral("Receipt from an opt-out provider. ") + confirmEn
                          + QStringLiteral(" Check also that the Personal Information Protection Commission has "
                                           "published the provider's notice, then record the receipt in 様式7-1 "
                                           "(第32条4項(1))."),
                      QStringLiteral("第30条2項・第32条1項〜3項・4項(1)"));
    case Outcome::NonBusinessRecord:
        return record(TransferDirection::Receipt, TransferBasis::NonBusiness,
                      QStringLiteral("個人情報取扱事業者以外の者（個人など）からの受領です。") + confirmJa
                          + QStringLiteral("その上で様式7-3「個人データ受領記録簿」に記録してください（第32条4項(3)）"
                                           "。要配慮個人情報を含むときは、あらかじめ本人の同意が必要です（第27条2項）"
                                           "。"),
                      QStringLiteral("Receipt from a provider that is not a business operator handling personal "
                                     "information (a private individual, for example). ")
                          + confirmEn
                          + QStringLiteral(" Then record the receipt in 様式7-3 (第32条4項(3)). Data that includes "
                                           "sensitive personal information needs the individual's prior consent "
                                           "(第27条2項)."),
                      QStringLiteral("第2条(5)・第32条1項〜3項・4項(3)"));
    case Outcome::RefusedNoBasis:
        break;
    case Outcome::RefusedSensitive:
        return refusal(QStringLiteral("要配慮個人情報を含む個人データは、オプトアウトにより提供を受けることができませ"
                                      "ん（第30条2項、法27条2項ただし書）。要配慮個人情報の取得には、あらかじめ本人"
                                      "の同意が必要です（第27条2項）。提供元に本人の同意を得てもらい、様式7-2に記録"
                                      "してください。"),
                       QStringLiteral("Personal data that includes sensitive personal information (要配慮個人情報) "
                                      "cannot be received by opt-out (第30条2項; the Act, Art. 27(2) proviso): "
                                      "acquiring it needs the individual's prior consent (第27条2項). Ask the "
                                      "provider to obtain the individual's consent, then record the receipt in "
                                      "様式7-2."),
                       QStringLiteral("第30条2項・第27条2項・法27条2項ただし書"));
    case Outcome::RefusedOptOutSourced:
        return refusal(QStringLiteral("提供元がオプトアウトにより提供を受けた個人データは、オプトアウトにより提供を受"
                                      "けることができません（法27条2項ただし書）。提供元に本人の同意を得てもらい、様"
                                      "式7-2に記録してください。"),
                       QStringLiteral("Personal data the provider itself received by opt-out cannot be received by "
                                      "opt-out (the Act, Art. 27(2) proviso). Ask the provider to obtain the "
                                      "individual's consent, then record the receipt in 様式7-2."),
                       QStringLiteral("法27条2項ただし書"));
    case Outcome::RefusedImproper:
        return refusal(QStringLiteral("偽りその他不正の手段により取得された個人データは、オプトアウトにより提供を受"
                                      "けることができず、受け取ればセンター自身の不適正な取得となります（第27条1項、"
                                      "法27条2項ただし書）。事務取扱責任者に報告してください。受け取るには、提供元に"
                                      "本人の同意を得てもらい、様式7-2に記録してください。"),
                       QStringLiteral("Personal data acquired by deception or other improper means cannot be "
                                      "received by opt-out, and taking it would be an improper acquisition by the "
                                      "centre (第27条1項; the Act, Art. 27(2) proviso). Report it to the chief "
                                      "officer (事務取扱責任者). To receive it, ask the provider to obtain the "
                                      "individual's consent, then record the receipt in 様式7-2."),
                       QStringLiteral("第27条1項・法27条2項ただし書"));
    }
    // A business with neither consent nor opt-out nor an exception may not provide (第30条1項),
    // and taking what it may not give is no proper acquisition (第27条1項).
    return refusal(QStringLiteral("提供元に本人の同意、オプトアウトの届出その他の提供の根拠がないため、受領できませ"
                                  "ん（第30条1項、第27条1項）。提供元に本人の同意を得てもらった上で受領し、様式7-2に"
                                  "記録してください。"),
                   QStringLiteral("The provider has no basis to give the data (no consent of the individual, no "
                                  "opt-out notice, no exception), so the centre may not receive it (第30条1項, "
                                  "第27条1項). Ask the provider to obtain the individual's consent first, then record "
                                  "the receipt in 様式7-2."),
                   QStringLiteral("第30条1項・第27条1項"));
}

LegalBasisDecision decisionFor(Outcome outcome, TransferDirection direction)
{
    return direction == TransferDirection::Provision ? provisionDecision(outcome) : receiptDecision(outcome);
}

} // namespace

} // namespace daicho
