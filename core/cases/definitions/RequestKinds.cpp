// The requests from individuals (第4章, 第33–39条) as case kinds: one way through for every
// kind — received at the desk, routed, decided within a week, the notice sent within two —
// with what each kind asks, decides and issues.

#include "calendar/RequestDeadlines.h"
#include "cases/CaseKinds.h"
#include "ledger/FormRegistry.h"
#include "ledger/definitions/FieldBuilders.h"

#include <string>

namespace daicho {

using namespace fields;
using namespace Qt::StringLiterals;

namespace {

// Required when the decision refuses, in whole or in part (第34条3項, 第35条2項, 第36条2項,
// 第37条3項: a refusal always states its reason).
FieldDefinition requiredOnRefusal(FieldDefinition f)
{
    f.requiredWhen = FieldCondition{u"outcome"_s, {u"part"_s, u"refused"_s}};
    return f;
}

// Required when something was done (a correction, a suspension, a stop), in whole or in part.
FieldDefinition requiredWhenDone(FieldDefinition f)
{
    f.requiredWhen = FieldCondition{u"outcome"_s, {u"whole"_s, u"part"_s}};
    return f;
}

CaseState state(const char16_t* key, const char16_t* ja, const char* en, bool closed = false)
{
    return {QString::fromUtf16(key), QString::fromUtf16(ja), QString::fromLatin1(en), closed};
}

CaseStep step(const char16_t* key, const char16_t* ja, const char* en, const char16_t* article, QStringList from,
              const char16_t* to, QList<CaseActor> actors, QList<FieldDefinition> items, const char16_t* dateField)
{
    CaseStep s;
    s.key = QString::fromUtf16(key);
    s.labelJa = QString::fromUtf16(ja);
    s.labelEn = QString::fromLatin1(en);
    s.article = QString::fromUtf16(article);
    s.from = std::move(from);
    s.to = QString::fromUtf16(to);
    s.actors = std::move(actors);
    s.form.id = s.key;
    s.form.title = s.labelJa;
    s.form.number = s.labelJa; // messages name the step: 「“fee” is not an item of 受付.」
    s.form.fields = std::move(items);
    s.form.dateField = QString::fromUtf16(dateField);
    s.dateField = s.form.dateField;
    return s;
}

FieldDefinition dateItem(const char16_t* key, const char16_t* ja, const char* en, const char16_t* article = u"")
{
    return startingToday(make(key, ja, en, FieldType::Date, true, article));
}

FieldDefinition textItem(const char16_t* key, const char16_t* ja, const char* en, bool required,
                         const char16_t* article = u"")
{
    return longText(make(key, ja, en, FieldType::LongText, required, article));
}

// What a kind decides beyond in whole, in part or not at all.
enum class Decides {
    Purpose, // 第34条2項: the purpose notified
    Disclosure, // 第35条: the grounds of a refusal
    Correction, // 第36条2項: the content of the correction is notified
    Suspension, // 第37条1項・2項: what was done, or the alternative measure of its ただし書
};

// The grounds of a request to stop (法35条 as amended in 2020, in force 2022; the centre's 第37条
// still cites the Act's older numbering): the unlawful handling of 1項 or provision of 3項, and
// the wider grounds of 5項.
QList<ChoiceOption> stopGrounds(bool provision)
{
    QList<ChoiceOption> grounds;
    if (provision)
        grounds << option(u"unlawful_provision", u"法第27条第1項又は第28条の規定に違反する第三者提供（法第35条第3項）",
                          "Provided against art. 27(1) or 28 of the Act (art. 35(3))");
    else
        grounds << option(u"unlawful_use", u"法第18条又は第19条の規定に違反する取扱い（法第35条第1項）",
                          "Handled against art. 18 or 19 of the Act (art. 35(1))")
                << option(u"unlawful_acquisition", u"法第20条の規定に違反する取得（法第35条第1項）",
                          "Acquired against art. 20 of the Act (art. 35(1))");
    grounds << option(u"no_longer_needed", u"利用する必要がなくなった（法第35条第5項）",
                      "No longer needed (art. 35(5))")
            << option(u"breach", u"法第26条第1項本文の漏えい等の事態が生じた（法第35条第5項）",
                      "A reportable breach occurred (art. 35(5))")
            << option(u"rights_harmed", u"本人の権利又は正当な利益が害されるおそれがある（法第35条第5項）",
                      "The individual's rights or legitimate interests may be harmed (art. 35(5))");
    return grounds;
}

// 様式8: who asks, for whom, how their identity was checked, what they ask for.
// 様式11: what is to be corrected, added or deleted, as it stands and as it should be, and why
// the individual holds it untrue (第36条1項: a request because the content is not the fact).
QList<FieldDefinition> correctionItems()
{
    FieldDefinition to =
        textItem(u"correction_to", u"訂正後・追加する内容", "As it should read (or what to add)", false, u"第36条1項");
    to.requiredWhen = FieldCondition{u"correction_kind"_s, {u"correct"_s, u"add"_s}};
    return {
        choice(u"correction_kind", u"請求の区分", "What is asked", true,
               {option(u"correct", u"訂正", "Correction"), option(u"add", u"追加", "Addition"),
                option(u"delete", u"削除", "Deletion")},
               u"第36条1項"),
        textItem(u"correction_now", u"訂正等を求める箇所（現在の内容）", "What is recorded now", true, u"第36条1項"),
        to,
        textItem(u"correction_why", u"訂正等を求める理由（事実でないと考える理由）", "Why it is not the fact", true,
                 u"第36条1項")};
}

QList<FieldDefinition> receiptItems(bool withDelivery, bool withFee, std::optional<bool> stopGroundsOfProvision,
                                    bool correction)
{
    QList<FieldDefinition> items;
    items << dateItem(u"received_on", u"受付日", "Received on", u"第38条4項")
          << choice(
                 u"requester", u"請求者", "Requester", true,
                 {option(u"self", u"本人", "The individual"),
                  option(u"legal", u"法定代理人（未成年者・成年被後見人）", "Legal representative (minor, adult ward)"),
                  option(u"agent", u"任意代理人（委任状・様式9）", "Agent with a power of attorney (form 9)")},
                 u"第38条3項")
          << listed(searchable(make(u"subject_name", u"本人氏名", "Individual's name", FieldType::Text, true)))
          << searchable(
                 make(u"subject_kana", u"本人氏名（ふりがな）", "Individual's name (kana)", FieldType::Text, false))
          << make(u"subject_birth", u"本人生年月日", "Individual's date of birth", FieldType::Date, false)
          << textItem(u"subject_address", u"本人住所", "Individual's address", true)
          << make(u"subject_phone", u"本人電話番号", "Individual's phone", FieldType::Text, false)
          << sectionWhen(
                 u"requester", u"legal",
                 {searchable(make(u"agent_name", u"代理人氏名", "Representative's name", FieldType::Text, true)),
                  textItem(u"agent_address", u"代理人住所", "Representative's address", true),
                  make(u"agent_phone", u"代理人電話番号", "Representative's phone", FieldType::Text, false),
                  choice(u"agent_proof", u"代理権の確認書類", "Proof of representation", true,
                         {option(u"family_register", u"戸籍謄本・抄本", "Family register"),
                          option(u"guardianship", u"後見登記等の登記事項証明書", "Certificate of guardianship"),
                          option(u"other", u"その他", "Other")},
                         u"第38条3項(1)")})
          << sectionWhen(
                 u"requester", u"agent",
                 {searchable(make(u"proxy_name", u"代理人氏名", "Agent's name", FieldType::Text, true)),
                  textItem(u"proxy_address", u"代理人住所", "Agent's address", true),
                  make(u"proxy_phone", u"代理人電話番号", "Agent's phone", FieldType::Text, false),
                  mustBeYes(make(u"proxy_power", u"委任状（様式9）を受け取った", "Power of attorney (form 9) received",
                                 FieldType::Boolean, true, u"第38条3項(2)"))})
          << choice(u"identity_method", u"本人確認の方法", "Identity checked by", true,
                    {option(u"licence", u"運転免許証", "Driving licence"),
                     option(u"mynumber", u"個人番号カード（表面）", "My Number card (front)"),
                     option(u"passport", u"旅券", "Passport"),
                     option(u"insurance", u"健康保険の資格確認書等（2点）", "Health insurance card and another (two)"),
                     option(u"other", u"その他", "Other")},
                    u"第38条1項(3)")
          << namingWriter(make(u"identity_checker", u"本人確認をした者", "Identity checked by (staff)",
                               FieldType::Person, true, u"第38条1項(3)"))
          << textItem(u"request", u"請求の内容（対象となる保有個人データ）", "What is asked (the data concerned)", true,
                      u"第38条1項(2)")
          << make(u"register", u"対象の個人情報データベース等（管理台帳）", "Database concerned (register entry)",
                  FieldType::RegisterEntry, false, u"第11条");
    if (correction)
        items << correctionItems();
    if (stopGroundsOfProvision && !*stopGroundsOfProvision)
        // 第37条1項: the individual asks for the use to stop, for the data to be erased, or both.
        items << choice(u"measure_asked", u"求める措置", "What is asked", true,
                        {option(u"suspend", u"利用の停止", "Stop using the data"),
                         option(u"erase", u"消去", "Erase the data"),
                         option(u"both", u"利用の停止及び消去", "Stop using and erase")},
                        u"第37条1項");
    if (stopGroundsOfProvision) {
        FieldDefinition grounds = choice(u"grounds", u"請求の理由", "Grounds of the request", true,
                                         stopGrounds(*stopGroundsOfProvision), u"法35条", true);
        items << grounds;
    }
    if (withDelivery)
        // 法33条1項 (2022): the individual chooses how the data are disclosed.
        items << choice(u"delivery", u"開示の方法（本人の指定）", "How the data are to be disclosed", true,
                        {option(u"paper", u"書面の交付", "Paper"),
                         option(u"electronic", u"電磁的記録の提供", "Electronic record"),
                         option(u"other", u"その他（本人が指定した方法）", "Other (as the individual asked)")},
                        u"法33条1項");
    if (withFee)
        items << make(u"fee", u"手数料（円）", "Fee (yen)", FieldType::Integer, false, u"第39条")
              << choice(u"fee_state", u"手数料の扱い", "Fee", true,
                        {option(u"received", u"受領済み", "Received"), option(u"waived", u"免除した", "Waived"),
                         option(u"none", u"徴収しない", "Not charged")},
                        u"第39条");
    items << noteField();
    return items;
}

QList<FieldDefinition> routeItems()
{
    return {dateItem(u"routed_on", u"回付日", "Passed on", u"第33条1項"),
            make(u"section", u"担当部署", "Handling section", FieldType::Department, true, u"第33条1項"),
            textItem(u"route_reason", u"提案と異なる部署とした理由", "Why another section than proposed", false,
                     u"第33条1項")};
}

QList<FieldDefinition> askItems()
{
    return {dateItem(u"asked_on", u"照会日", "Asked on", u"第38条2項"),
            textItem(u"asked", u"求めた事項（対象を特定するに足る事項）", "What was asked (to identify the data)", true,
                     u"第38条2項")};
}

QList<FieldDefinition> answerItems()
{
    return {dateItem(u"answered_on", u"回答を受けた日", "Answered on", u"第38条2項"),
            textItem(u"answer", u"回答の要旨", "What the requester answered", true, u"第38条2項")};
}

// The grounds on which a disclosure may be refused (第35条1項(1)–(3)), or that the data do not
// exist (第35条1項本文の括弧書き、2項).
QList<ChoiceOption> disclosureGrounds()
{
    return {
        option(u"harm", u"本人又は第三者の生命、身体、財産その他の権利利益を害するおそれ（第35条1項(1)）",
               "Harm to the individual or a third party (art. 35(1)(1))"),
        option(u"business", u"センターの業務の適正な実施に著しい支障を及ぼすおそれ（第35条1項(2)）",
               "Serious hindrance to the centre's work (art. 35(1)(2))"),
        option(u"law", u"他の法令に違反することとなる（第35条1項(3)）", "Would violate another law (art. 35(1)(3))"),
        option(u"absent", u"当該保有個人データが存在しない（第35条2項）", "The data do not exist (art. 35(2))")};
}

FieldDefinition requiredWhenOutcome(FieldDefinition f, QStringList outcomes)
{
    f.requiredWhen = FieldCondition{u"outcome"_s, std::move(outcomes)};
    return f;
}

// The decision: in whole, in part, or not at all; a refusal in whole or part says why
// (`reasonArticle`), a decision in part which part is refused; what was done is recorded by
// whom and when — for a correction, its content, which the notice must state (第36条2項).
QList<FieldDefinition> decisionItems(const char16_t* reasonArticle, Decides decides, bool erasable)
{
    QList<ChoiceOption> outcomes{option(u"whole", u"全部について応じる", "Granted in whole"),
                                 option(u"part", u"一部について応じる", "Granted in part"),
                                 option(u"refused", u"応じない", "Refused")};
    if (decides == Decides::Suspension)
        // 第37条1項・2項ただし書: a costly or difficult stop may give way to another measure that
        // protects the individual's rights.
        outcomes << option(u"alternative", u"利用停止等に代わる措置をとる（第37条1項・2項ただし書）",
                           "An alternative measure instead (art. 37(1)(2) proviso)");
    QList<FieldDefinition> items;
    items << dateItem(u"decided_on", u"決定日", "Decided on", u"第38条4項")
          << listed(choice(u"outcome", u"決定", "Decision", true, outcomes, u"第38条5項・6項"));
    if (decides == Decides::Disclosure) {
        items << requiredOnRefusal(choice(u"ground", u"開示しない理由（根拠）", "Ground for not disclosing", false,
                                          disclosureGrounds(), u"第35条1項"));
        // 法33条2項: disclosed as the individual asked, unless that costs much or is difficult —
        // then on paper, and 3項 has the individual told so (the notice says it, with why).
        FieldDefinition instead =
            make(u"paper_instead", u"指定の方法によらず書面の交付により開示する",
                 "Disclosed on paper instead of as asked", FieldType::Boolean, false, u"法33条2項");
        FieldDefinition why = textItem(u"paper_reason", u"指定の方法による開示が困難な理由",
                                       "Why the way asked is difficult", false, u"法33条3項");
        why.requiredWhen = FieldCondition{u"paper_instead"_s, {u"true"_s}};
        items << instead << why;
    }
    items << requiredWhenOutcome(textItem(u"refused_part", u"応じない部分", "The part refused", false, reasonArticle),
                                 {u"part"_s})
          << requiredOnRefusal(textItem(u"reason", u"理由（本人への説明）", "Reason (as told to the requester)", false,
                                        reasonArticle));
    if (decides == Decides::Purpose)
        // 第34条2項ただし書: the purpose need not be notified when the public notice makes it
        // evident (1), or in the cases of 第28条4項(1)–(3) (2); the refusal names which (3項).
        items << requiredOnRefusal(choice(u"ground", u"通知しない理由（根拠）", "Ground for not notifying", false,
                                          {option(u"evident", u"公表により利用目的が明らかである（第34条2項(1)）",
                                                  "The purpose is evident from the public notice (art. 34(2)(1))"),
                                           option(u"exempt", u"第28条第4項第1号から第3号までに該当する（第34条2項(2)）",
                                                  "A case of art. 28(4)(1)-(3) (art. 34(2)(2))")},
                                          u"第34条2項"));
    if (decides == Decides::Purpose)
        items << requiredWhenDone(
            textItem(u"purposes_notified", u"通知する利用目的", "The purposes notified", false, u"第34条2項"));
    if (decides == Decides::Correction)
        items << requiredWhenDone(textItem(u"measure", u"訂正等の内容（訂正前・訂正後）",
                                           "What was corrected (before and after)", false, u"第36条2項"));
    if (erasable)
        // 第37条1項: what the centre grants — the erasure needs its 様式1④ record before the
        // notice goes out (第20条2項), a suspension of use alone does not.
        items << requiredWhenDone(choice(u"measure_granted", u"応じる措置", "What is granted", false,
                                         {option(u"suspend", u"利用の停止", "Stop using the data"),
                                          option(u"erase", u"消去", "Erase the data"),
                                          option(u"both", u"利用の停止及び消去", "Stop using and erase")},
                                         u"第37条1項"));
    if (decides == Decides::Suspension)
        items << requiredWhenDone(textItem(u"measure", u"行った措置", "What was done", false, u"第37条3項"))
              << requiredWhenOutcome(textItem(u"alternative_measure", u"代わりにとる措置", "The alternative measure",
                                              false, u"第37条1項ただし書"),
                                     {u"alternative"_s})
              << requiredWhenOutcome(textItem(u"alternative_reason", u"利用停止等が困難な理由",
                                              "Why the stop is difficult", false, u"第37条1項ただし書"),
                                     {u"alternative"_s});
    if (decides == Decides::Correction || decides == Decides::Suspension)
        items << make(u"measure_by", u"措置を行った者", "Done by", FieldType::Person, false)
              << make(u"measure_on", u"措置を行った日", "Done on", FieldType::Date, false);
    items << noteField();
    return items;
}

// Items of 様式1 for a step that writes a 様式1 record, so that the record it writes is one.
QList<FieldDefinition> form1Items(std::initializer_list<const char16_t*> keys)
{
    const FormDefinition log = form1OperationsLog();
    QList<FieldDefinition> items;
    for (const char16_t* key : keys) {
        const FieldDefinition* field = log.field(QString::fromUtf16(key));
        Q_ASSERT(field);
        FieldDefinition item = *field;
        item.onlyWhen.reset(); // in 様式1 shown for one kind only; here the step is that kind
        item.listed = false;
        items << item;
    }
    return items;
}

// The erasure a request obtained (第37条1項), recorded as 様式1④ records every deletion: the
// date, the database, what was erased and how, who did it and who checked — never the personal
// data itself (第20条2項).
QList<FieldDefinition> erasureItems(const char16_t* dateJa = u"消去した日", const char* dateEn = "Erased on")
{
    QList<FieldDefinition> items = form1Items(
        {u"date", u"register", u"target", u"disposed", u"method", u"disposed_by", u"verifier", u"certificate"});
    items.first().labelJa = QString::fromUtf16(dateJa);
    items.first().labelEn = QString::fromLatin1(dateEn);
    items.first().article = u"第20条2項"_s;
    return items;
}

// A correction or an addition granted (第36条1項) is an input to the database: 様式1① records
// what was input (the items, never the values, 第10条①).
QList<FieldDefinition> inputItems()
{
    QList<FieldDefinition> items = form1Items({u"date", u"register", u"content", u"people"});
    items.first().labelJa = u"訂正・追加した日"_s;
    items.first().labelEn = u"Corrected on"_s;
    items.first().article = u"第10条①"_s;
    return items;
}

// The 様式1 record written with a step (①取得・入力 or ④削除・廃棄): the handling section's
// department, the person recording it, and the case it came from in the note.
StepRecord form1Record(const QString& kind)
{
    StepRecord r;
    r.formId = form1OperationsLog().id;
    r.fixed = {{u"kind"_s, kind}};
    r.departmentField = u"department"_s;
    r.writerField = u"staff"_s;
    r.noteField = u"note"_s;
    r.entryKey = u"disposal_record"_s;
    return r;
}

QList<FieldDefinition> contactItems()
{
    return {dateItem(u"contacted_on", u"連絡日", "Contacted on", u"第38条7項"),
            choice(u"contact_by", u"連絡の方法", "How", true,
                   {option(u"phone", u"電話", "Phone"), option(u"letter", u"書面", "Letter"),
                    option(u"mail", u"電子メール", "E-mail"), option(u"counter", u"窓口", "At the desk")}),
            textItem(u"contact_note", u"連絡した内容（送付の見込み等）", "What was said (when the notice will come)",
                     true, u"第38条7項")};
}

QList<FieldDefinition> noticeItems()
{
    return {dateItem(u"sent_on", u"送付日", "Sent on", u"第38条7項"),
            choice(u"sent_by", u"送付の方法", "Sent by", true,
                   {option(u"post", u"郵送", "Post"), option(u"counter", u"窓口で交付", "Handed over at the desk"),
                    option(u"electronic", u"電磁的方法", "Electronically")}),
            noteField()};
}

QList<FieldDefinition> closeItems(const char16_t* dateKey, const char16_t* ja, const char* en)
{
    return {dateItem(dateKey, ja, en), textItem(u"close_note", u"備考", "Note", false)};
}

struct KindText {
    const char16_t* id;
    const char16_t* titleJa;
    const char* titleEn;
    const char16_t* article;
    const char16_t* requestForm;
    const char16_t* requestTitle;
    const char16_t* reasonArticle;
    Decides decides;
    bool fee; // 第39条: purpose notices and disclosures only
    std::optional<bool> stopGrounds; // the grounds of 法35条 asked at receipt; true: of a provision
    // The documents of 第38条5・6項 (10-1/10-2), or of 第36・37条 (12-x, 14-x), each with the
    // article its lead cites: the kind's own provision on notifying the individual.
    const char16_t* grantedNumber;
    const char16_t* grantedTitle;
    const char16_t* grantedCitation;
    const char16_t* refusedNumber;
    const char16_t* refusedTitle;
    const char16_t* refusedCitation;
};

// 第37条1項's 利用停止・消去: the kind whose decision may grant an erasure (a stop of provision
// erases nothing).
bool erasable(const KindText& t)
{
    return t.decides == Decides::Suspension && !t.stopGrounds.value_or(true);
}

CaseKind requestKind(const KindText& t)
{
    CaseKind kind;
    // Kept as the literal it is (the table below holds string literals), as the clock keys
    // are: the list of what is due copies the kind's id into every running clock, and a
    // literal is shared without counting references.
    kind.id = QString::fromRawData(reinterpret_cast<const QChar*>(t.id),
                                   static_cast<qsizetype>(std::char_traits<char16_t>::length(t.id)));
    kind.titleJa = QString::fromUtf16(t.titleJa);
    kind.titleEn = QString::fromLatin1(t.titleEn);
    kind.article = QString::fromUtf16(t.article);
    kind.requestForm = QString::fromUtf16(t.requestForm);
    kind.titleField = u"subject_name"_s;
    kind.alsoReaders = {Role::Auditor};
    kind.states = {state(u"received", u"受付済（担当部署未定）", "Received (not routed)"),
                   state(u"routed", u"審査中", "Under review"),
                   state(u"decided", u"決定済（通知未送付）", "Decided (notice not sent)"),
                   state(u"notified", u"通知送付済", "Notice sent"),
                   state(u"closed", u"完了", "Closed", true),
                   state(u"withdrawn", u"取下げ", "Withdrawn", true)};
    const QList<CaseActor> desk{CaseActor::Desk, CaseActor::Chief};
    const QList<CaseActor> handling{CaseActor::Desk, CaseActor::Section, CaseActor::Chief};
    kind.steps = {
        step(u"receive", u"受付", "Receive", u"第33条1項・第38条1項", {}, u"received", desk,
             receiptItems(t.decides == Decides::Disclosure, t.fee, t.stopGrounds, t.decides == Decides::Correction),
             u"received_on"),
        step(u"route", u"担当部署の決定", "Route", u"第33条1項", {u"received"_s}, u"routed", desk, routeItems(),
             u"routed_on"),
        step(u"reroute", u"担当部署の変更", "Route again", u"第33条1項", {u"routed"_s}, u"", desk, routeItems(),
             u"routed_on"),
        step(u"ask", u"対象の特定のための照会", "Ask to identify the data", u"第38条2項", {u"received"_s, u"routed"_s},
             u"", handling, askItems(), u"asked_on"),
        step(u"answer", u"照会への回答", "Answer received", u"第38条2項", {u"received"_s, u"routed"_s}, u"", handling,
             answerItems(), u"answered_on"),
        step(u"decide", u"決定", "Decide", u"第38条4項", {u"routed"_s}, u"decided",
             {CaseActor::SectionHead, CaseActor::Chief}, decisionItems(t.reasonArticle, t.decides, erasable(t)),
             u"decided_on"),
        step(u"contact", u"請求者への事前連絡", "Contact the requester", u"第38条7項",
             {u"received"_s, u"routed"_s, u"decided"_s}, u"", handling, contactItems(), u"contacted_on"),
        step(u"notify", u"通知書の送付", "Send the notice", u"第38条5項・6項・7項", {u"decided"_s}, u"notified",
             handling, noticeItems(), u"sent_on"),
        step(u"close", u"完了", "Close", u"", {u"notified"_s}, u"closed", desk,
             closeItems(u"closed_on", u"完了日", "Closed on"), u"closed_on"),
        step(u"withdraw", u"取下げ", "Withdrawn", u"", {u"received"_s, u"routed"_s, u"decided"_s}, u"withdrawn", desk,
             closeItems(u"withdrawn_on", u"取下げの日", "Withdrawn on"), u"withdrawn_on"),
    };

    if (erasable(t)) {
        // 第37条1項: a granted erasure is done by the handling section and leaves its 様式1④
        // record (第20条2項), written with this step in one transaction.
        CaseStep erase =
            step(u"record_erasure", u"消去の記録（様式1④）", "Record the erasure (form 1 (4))", u"第37条1項・第20条2項",
                 {u"decided"_s, u"notified"_s}, u"", {CaseActor::Section, CaseActor::Chief}, erasureItems(), u"date");
        const PriorValue erasureGranted{u"decide"_s, u"measure_granted"_s, {u"erase"_s, u"both"_s}};
        erase.after = erasureGranted;
        erase.records = form1Record(u"disposal"_s);
        kind.steps.insert(kind.steps.size() - 2, erase); // before 完了 and 取下げ
        // 第37条3項: the notice says the measure was taken — an erasure granted is recorded
        // (様式1④) before it goes out.
        for (CaseStep& s : kind.steps)
            if (s.key == u"notify"_s)
                s.needs = StepNeeded{u"record_erasure"_s, erasureGranted};
    }

    if (t.decides == Decides::Correction) {
        // 第36条1項: what a granted correction changed is recorded in 様式1 — ① for a correction or
        // an addition (an input, 第10条①), ④ for a deletion (第20条2項) — by the handling
        // section, in the same transaction as the step.
        const PriorValue granted{u"decide"_s, u"outcome"_s, {u"whole"_s, u"part"_s}};
        CaseStep input = step(u"record_correction", u"訂正・追加の記録（様式1①）", "Record the correction (form 1 (1))",
                              u"第36条1項・第10条①", {u"decided"_s, u"notified"_s}, u"",
                              {CaseActor::Section, CaseActor::Chief}, inputItems(), u"date");
        input.after = granted;
        input.onlyIf = {PriorValue{u"receive"_s, u"correction_kind"_s, {u"correct"_s, u"add"_s}}};
        input.records = form1Record(u"acquisition"_s);
        CaseStep deletion =
            step(u"record_deletion", u"削除の記録（様式1④）", "Record the deletion (form 1 (4))",
                 u"第36条1項・第20条2項", {u"decided"_s, u"notified"_s}, u"", {CaseActor::Section, CaseActor::Chief},
                 erasureItems(u"削除した日", "Deleted on"), u"date");
        deletion.after = granted;
        deletion.onlyIf = {PriorValue{u"receive"_s, u"correction_kind"_s, {u"delete"_s}}};
        deletion.records = form1Record(u"disposal"_s);
        kind.steps.insert(kind.steps.size() - 2, input);
        kind.steps.insert(kind.steps.size() - 2, deletion);
    }

    for (CaseStep& s : kind.steps) {
        if (s.key == u"route"_s || s.key == u"reroute"_s)
            s.reasonIfNotProposed = u"route_reason"_s;
        if (s.key == u"answer"_s)
            s.answers = u"ask"_s;
        if (s.key == u"receive"_s)
            // Asked since the second stop of issue 12 (様式11・13's own items): receipts recorded
            // before may lack them, and verify accepts that; a new receipt needs them.
            s.addedLater = {u"correction_kind"_s, u"correction_now"_s, u"correction_why"_s, u"measure_asked"_s};
        if (s.key == u"decide"_s)
            s.addedLater = {u"measure_granted"_s};
        if (s.key == u"decide"_s && t.decides == Decides::Purpose)
            s.addedLater << u"ground"_s; // asked of a refused purpose notice since the same stop
    }

    CaseClock decision;
    decision.key = u"decision"_s;
    decision.labelJa = u"決定期限"_s;
    decision.labelEn = u"Decision due"_s;
    decision.startStep = u"receive"_s;
    decision.metBy = {u"decide"_s};
    decision.stoppedBy = {u"withdraw"_s};
    // 第38条4項 and 7項, in the regulation's words (core/calendar/RequestDeadlines).
    decision.rule = requestClockRules().decision;
    CaseClock notice;
    notice.key = u"notice"_s;
    notice.labelJa = u"通知送付期限"_s;
    notice.labelEn = u"Notice due"_s;
    notice.startStep = u"receive"_s;
    notice.metBy = {u"notify"_s};
    notice.stoppedBy = {u"withdraw"_s};
    notice.rule = requestClockRules().notice;
    notice.notedBy = {u"contact"_s};
    kind.clocks = {decision, notice};

    const QString grantedNumber = QString::fromUtf16(t.grantedNumber);
    kind.documents = {
        {u"receive"_s, {}, {}, kind.requestForm, QString::fromUtf16(t.requestTitle), u"第38条1項(2)"_s},
        {u"notify"_s,
         u"outcome"_s,
         {u"whole"_s, u"part"_s, u"alternative"_s},
         grantedNumber,
         QString::fromUtf16(t.grantedTitle),
         QString::fromUtf16(t.grantedCitation)},
        {u"notify"_s,
         u"outcome"_s,
         {u"refused"_s},
         QString::fromUtf16(t.refusedNumber),
         QString::fromUtf16(t.refusedTitle),
         QString::fromUtf16(t.refusedCitation)},
    };
    return kind;
}

} // namespace

QList<CaseKind> requestKinds()
{
    // 第38条5・6項 name 様式10-1/10-2 for every kind; 第36条 and 第37条 name their own forms
    // (様式11–14). The specific article is read as prevailing for its kind: a correction issues
    // 様式12-1/12-2, a suspension or stop 様式14-1/14-2 (docs/requests.md).
    const KindText kinds[] = {
        {u"request.purpose", u"利用目的の通知の求め", "Notice of the purpose of use", u"第34条2項", u"様式8",
         u"保有個人データ開示等請求書", u"第34条3項", Decides::Purpose, true, std::nullopt, u"様式10-1",
         u"保有個人データ開示等決定通知書", u"個人情報保護規程第34条第2項", u"様式10-2",
         u"保有個人データ不開示等決定通知書", u"個人情報保護規程第34条第3項"},
        {u"request.disclosure", u"開示請求", "Disclosure", u"第35条", u"様式8", u"保有個人データ開示等請求書",
         u"第35条2項", Decides::Disclosure, true, std::nullopt, u"様式10-1", u"保有個人データ開示等決定通知書",
         u"個人情報保護規程第35条第1項", u"様式10-2", u"保有個人データ不開示等決定通知書",
         u"個人情報保護規程第35条第2項"},
        {u"request.correction", u"訂正・追加・削除の請求", "Correction, addition or deletion", u"第36条", u"様式11",
         u"保有個人データ訂正等請求書", u"第36条2項", Decides::Correction, false, std::nullopt, u"様式12-1",
         u"保有個人データ訂正等決定通知書", u"個人情報保護規程第36条第2項", u"様式12-2",
         u"保有個人データの訂正等をしない旨の決定通知書", u"個人情報保護規程第36条第2項"},
        {u"request.suspension", u"利用停止・消去の請求", "Suspension of use or erasure", u"第37条1項", u"様式13",
         u"保有個人データ利用停止等請求書", u"第37条3項", Decides::Suspension, false, false, u"様式14-1",
         u"保有個人データ利用停止等決定通知書", u"個人情報保護規程第37条第3項", u"様式14-2",
         u"保有個人データの利用停止等をしない旨の決定通知書", u"個人情報保護規程第37条第3項"},
        {u"request.stop_provision", u"第三者提供の停止の請求", "Stop of provision to third parties", u"第37条2項",
         u"様式13", u"保有個人データ利用停止等請求書", u"第37条3項", Decides::Suspension, false, true, u"様式14-1",
         u"保有個人データの第三者提供停止決定通知書", u"個人情報保護規程第37条第3項", u"様式14-2",
         u"保有個人データの第三者提供の停止をしない旨の決定通知書", u"個人情報保護規程第37条第3項"},
        // 法33条5項 (令和2年改正, 2022施行): the records of provision and receipt (様式6-x・7-x)
        // are disclosed as the data are. No fee: 規程第39条 allows one only for purpose notices
        // and disclosures of the data themselves (a fee here needs 第39条 amended first).
        {u"request.provision_records", u"第三者提供記録の開示請求", "Disclosure of the records of provision",
         u"法33条5項", u"様式8", u"保有個人データ開示等請求書", u"第35条2項", Decides::Disclosure, false, std::nullopt,
         u"様式10-1", u"保有個人データ開示等決定通知書", u"個人情報の保護に関する法律第33条第5項", u"様式10-2",
         u"保有個人データ不開示等決定通知書", u"個人情報の保護に関する法律第33条第5項"},
    };
    QList<CaseKind> all;
    for (const KindText& t : kinds)
        all << requestKind(t);
    for (CaseKind& kind : all) {
        if (kind.id == u"request.stop_provision"_s) {
            kind.stopsProvision = ProvisionStop{u"decide"_s, u"outcome"_s, {u"whole"_s, u"part"_s}, {u"withdraw"_s}};
            kind.standingDecision = kind.stopsProvision;
        }
        // A suspension of use granted (alone or with the erasure) stands as a stop does.
        if (kind.id == u"request.suspension"_s)
            kind.standingDecision =
                ProvisionStop{u"decide"_s, u"measure_granted"_s, {u"suspend"_s, u"both"_s}, {u"withdraw"_s}};
    }
    return all;
}

} // namespace daicho
