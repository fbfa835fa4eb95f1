// 様式6-1・6-2 (records of provision to a third party, 規程第31条（法29条）), 様式6-3 (the
// confirmation of consent when personally related information is provided, 法31条), and
// 様式7-1・7-2・7-3 (confirmations and records of receipt, 規程第32条（法30条）). Which record a
// provision or receipt needs follows from its legal basis (rules/LegalBasis.json); the rules
// that span items live in rules/TransferRules.cpp, not here. Items cite the regulation, and
// the Act in brackets where the 2022 Act asks more or numbers it otherwise.
#include "ledger/FormRegistry.h"
#include "ledger/definitions/FieldBuilders.h"

namespace daicho {

using namespace fields;

namespace {

const QStringList kYes{QStringLiteral("true")};

bool isProvision(TransferDirection d)
{
    return d == TransferDirection::Provision;
}

// The day the record was made, apart from the day of the transfer: retention case (3) counts
// from it (規程第31条9項(3)・第32条9項(3)).
FieldDefinition recordedField(TransferDirection d)
{
    // Made when or after the transfer (第31条3項・第32条6項: promptly after each).
    return notBefore(startingToday(make(u"recorded", u"記録の作成日", "Record made on", FieldType::Date, true,
                                        isProvision(d) ? u"第31条3項・9項(3)" : u"第32条6項・9項(3)")),
                     u"date");
}

// Continuous or repeated transfers with one party in one record (規程第31条4項・第32条7項): not
// for opt-out, which 規則19条2項・23条2項 ただし書 exclude. Once the transfers end, the last
// one's date is required: retention case (2) counts from it (第31条9項(2)・第32条9項(2)).
QList<FieldDefinition> bulkFields(TransferDirection d)
{
    return {
        make(u"bulk", u"継続・反復の一括記録", "Bulk record for continuous transfers", FieldType::Boolean, false,
             isProvision(d) ? u"第31条4項" : u"第32条7項"),
        onlyWhen(make(u"bulk_ended", isProvision(d) ? u"一括記録に係る提供を終えた" : u"一括記録に係る受領を終えた",
                      "The transfers of this bulk record have ended", FieldType::Boolean, false),
                 u"bulk", kYes),
        onlyWhen(notBefore(make(u"period_end", isProvision(d) ? u"最後の提供日" : u"最後の受領日",
                                "Date of the last transfer", FieldType::Date, true,
                                isProvision(d) ? u"第31条9項(2)" : u"第32条9項(2)"),
                           u"date"),
                 u"bulk_ended", kYes),
    };
}

// A contract or other document holding the items stands in for the record: for a provision
// only when it is consent-based (規則19条3項: 法27条1項・28条1項), for a receipt connected with
// goods or services to the individual (規程第32条8項（規則23条3項）).
QList<FieldDefinition> contractFields(TransferDirection d)
{
    return {
        make(u"contract", u"契約書等による代替", "A contract stands in for the record", FieldType::Boolean, false,
             isProvision(d) ? u"規程第31条5項（規則19条3項）" : u"規程第32条8項（規則23条3項）"),
        onlyWhen(searchable(make(u"contract_reference", u"契約書等の名称", "Contract", FieldType::Text, true)),
                 u"contract", kYes),
    };
}

// Items identical to an earlier kept record may be left out by pointing at it (規程第31条8項
// （規則20条2項）・第32条5項（規則24条2項）); the earlier record is also what a confirmation "the
// same as before" relies on (規程第32条3項（規則22条3項）).
QList<FieldDefinition> earlierRecordFields(TransferDirection d, const QList<FieldDefinition>& fields)
{
    QList<ChoiceOption> omissible;
    for (const FieldDefinition& f : fields)
        if (f.omissible)
            omissible << ChoiceOption{f.key, f.labelJa, f.labelEn};
    FieldDefinition omitted = choice(
        u"omitted_items", u"先の記録と同一のため省略した事項", "Items left out as identical to the earlier record",
        false, {}, isProvision(d) ? u"規程第31条8項（規則20条2項）" : u"規程第32条5項（規則24条2項）", true);
    omitted.choices = omissible;
    FieldDefinition earlier = make(u"earlier_record", u"参照する先の記録のNo.", "No. of the earlier record referred to",
                                   FieldType::Integer, false, isProvision(d) ? u"第31条8項" : u"第32条3項・5項");
    earlier.entryReference = true;
    return {omitted, earlier};
}

// What older entries of an opt-out record may hold (規則19条2項・3項, 23条2項 ただし書 exclude
// them since 2022), and the single confirmation method 様式7-x had before 第32条2項's two.
FieldDefinition retired(const char16_t* key, const char16_t* ja, const char* en, const char16_t* why)
{
    return make(key, ja, en, FieldType::Text, false, why);
}

QList<FieldDefinition> retiredBulkAndContract(bool contractToo)
{
    QList<FieldDefinition> list = {
        retired(u"bulk", u"継続・反復の一括記録", "Bulk record", u"規則19条2項・23条2項ただし書"),
        retired(u"period_end", u"一括記録の最終提供日", "Last provision in the bulk record",
                u"規則19条2項・23条2項ただし書"),
    };
    if (contractToo)
        list << retired(u"contract", u"契約書等による代替", "A contract stands in for the record", u"規則19条3項")
             << retired(u"contract_reference", u"契約書等の名称", "Contract", u"規則19条3項");
    return list;
}

FieldDefinition omissibleText(FieldDefinition f)
{
    f.omissible = true;
    return searchable(std::move(f));
}

// The opt-out bars the 2022 Act added (法27条2項ただし書), confirmed on every opt-out record
// as 要配慮個人情報 is (規程第30条2項): answering no refuses the record and says why.
QList<FieldDefinition> optOutConfirmations(TransferDirection d)
{
    FieldDefinition notSourced = mustBeYes(
        make(u"not_opt_out_sourced",
             isProvision(d) ? u"オプトアウトにより提供を受けた個人データ（その複製・加工を含む）ではない"
                            : u"提供元がオプトアウトにより提供を受けた個人データ（その複製・加工を含む）ではない",
             "Not data received by opt-out (copies and derived data included)", FieldType::Boolean, true,
             u"法27条2項ただし書"));
    notSourced.refusalJa = isProvision(d)
                               ? QStringLiteral("オプトアウトにより提供を受けた個人データは、さらにオプトアウトに"
                                                "より提供できません（法27条2項ただし書）。本人の同意を得て"
                                                "提供し、様式6-2に記録してください。")
                               : QStringLiteral("提供元がオプトアウトにより提供を受けた個人データは、オプトアウ"
                                                "トにより受領できません（法27条2項ただし書）。提供元に本人の"
                                                "同意を得てもらい、様式7-2に記録してください。");
    notSourced.refusalEn = isProvision(d) ? QStringLiteral("Personal data received by opt-out cannot be passed on by "
                                                           "opt-out (the Act, Art. 27(2) proviso). Obtain the "
                                                           "individual's consent and record the provision in 様式6-2.")
                                          : QStringLiteral("Personal data the provider itself received by opt-out "
                                                           "cannot be received by opt-out (the Act, Art. 27(2) "
                                                           "proviso). Ask the provider to obtain the individual's "
                                                           "consent and record the receipt in 様式7-2.");
    FieldDefinition notImproper =
        mustBeYes(make(u"not_improperly_acquired", u"偽りその他不正の手段により取得された個人データではない",
                       "Not data acquired by deception or other improper means", FieldType::Boolean, true,
                       u"規程第27条1項（法20条1項・法27条2項ただし書）"));
    notImproper.refusalJa = QStringLiteral("偽りその他不正の手段により取得された個人データは、オプトアウトにより")
                            + (isProvision(d) ? QStringLiteral("提供できません") : QStringLiteral("受領できません"))
                            + QStringLiteral("（規程第27条1項（法20条1項・法27条2項ただし書））。事務取扱責任者に報告し"
                                             "てください。");
    notImproper.refusalEn = QStringLiteral("Personal data acquired by deception or other improper means cannot be ")
                            + (isProvision(d) ? QStringLiteral("provided") : QStringLiteral("received"))
                            + QStringLiteral(" by opt-out (規程第27条1項, the Act, Art. 20(1) and 27(2) proviso). "
                                             "Report it to the chief officer (事務取扱責任者).");
    return {notSourced, notImproper};
}

// 法28条1項 sets opt-out aside for a recipient abroad outside an equivalent country and without
// an equivalent system: confirmed on every opt-out provision, whether or not the guide ran.
FieldDefinition notRestrictedAbroad()
{
    FieldDefinition f = mustBeYes(
        make(u"not_restricted_abroad",
             u"提供先は外国にある第三者（日本と同等の水準の国にある者及び基準適合体制を整備した者を除く）ではない",
             "The recipient is not a third party abroad (other than in an equivalent country or with an equivalent "
             "system)",
             FieldType::Boolean, true, u"法28条1項"));
    f.refusalJa =
        QStringLiteral("外国にある第三者（日本と同等の水準の国にある者及び基準適合体制を整備した者を除く）には、"
                       "オプトアウトにより提供できません（法28条1項）。移転先の国の制度等の情報を提供した上で"
                       "本人の同意を得て、様式6-2に記録してください。");
    f.refusalEn = QStringLiteral("Personal data may not go by opt-out to a third party abroad outside an equivalent "
                                 "country and without an equivalent system (the Act, Art. 28(1)). Obtain the "
                                 "individual's consent after telling them about that country, then record the "
                                 "provision in 様式6-2.");
    return f;
}

// A recipient abroad (法28条): its country and the ground on which it may receive.
QList<FieldDefinition> abroadFields()
{
    return {
        make(u"abroad", u"外国にある第三者への提供", "Recipient in a foreign country", FieldType::Boolean, false,
             u"法28条1項"),
        // The country is the centre's own item (規則20条1項2号 asks only the consent of 法28条1項).
        onlyWhen(
            searchable(make(u"country", u"提供先の国又は地域", "Recipient's country or region", FieldType::Text, true)),
            u"abroad", kYes),
        onlyWhen(choice(u"abroad_basis", u"外国にある第三者へ提供できる根拠", "Ground for a recipient abroad", true,
                        {option(u"consent_informed",
                                u"本人の同意（移転先の国の名称・制度・提供先の措置の情報を提供した上で取得）",
                                "Consent given after the information on the country, its system and the "
                                "recipient's measures"),
                         option(u"equivalent_system", u"基準適合体制の整備（法28条3項の措置を講じている）",
                                "Equivalent system in place (measures of Art. 28(3) taken)"),
                         option(u"adequate_country", u"日本と同等の水準にあると認められる国（EU・EEA加盟国及び英国）",
                                "Country recognised as equivalent (EU and EEA member states, United Kingdom)")},
                        u"法28条1項・規則15条〜17条"),
                 u"abroad", kYes),
    };
}

// Who the other party is decides whether a representative must be named: a corporation, or
// a body that is not one but has a representative or manager (規程第32条1項(1)・4項).
QList<FieldDefinition> partyFields(const char16_t* prefix, const char16_t* nameJa, const char* nameEn,
                                   const char16_t* nameArticle, const char16_t* addressArticle,
                                   const char16_t* representativeArticle)
{
    const QString p = QString::fromUtf16(prefix);
    FieldDefinition name = listed(omissibleText(make(prefix, nameJa, nameEn, FieldType::Text, true, nameArticle)));
    FieldDefinition address = omissibleText(make(u"", u"住所", "Address", FieldType::Text, true, addressArticle));
    address.key = p + QStringLiteral("_address");
    address.labelJa = QString::fromUtf16(nameJa).section(QStringLiteral("の氏名"), 0, 0) + QStringLiteral("の住所");
    address.labelEn = QString::fromLatin1(nameEn) + QStringLiteral("'s address");
    FieldDefinition kind = choice(
        u"", u"", "", true,
        {option(u"corporation", u"法人", "Corporation"),
         option(u"association", u"法人でない団体（代表者又は管理人の定めのあるもの）",
                "Body that is not a corporation, with a representative or manager"),
         option(u"individual", u"個人", "Individual"),
         option(u"other", u"その他（代表者等の定めのない団体など）", "Other (a body without a representative, etc.)")},
        representativeArticle);
    kind.key = p + QStringLiteral("_kind");
    kind.labelJa = QString::fromUtf16(nameJa).section(QStringLiteral("の氏名"), 0, 0) + QStringLiteral("の区分");
    kind.labelEn = QString::fromLatin1(nameEn) + QStringLiteral(" is a");
    FieldDefinition representative =
        omissibleText(make(u"representative", u"代表者の氏名（法人の代表者、又は法人でない団体の代表者若しくは管理人）",
                           "Representative (of the corporation, or of the body: representative or manager)",
                           FieldType::Text, true, representativeArticle));
    representative.onlyWhen = FieldCondition{kind.key, {QStringLiteral("corporation"), QStringLiteral("association")}};
    return {name, address, kind, representative};
}

// Every record of 6-x and 7-x is reviewed by the head and kept for years after the last
// transfer it covers (`article`: 第31条9項 or 第32条9項).
FormDefinition keptAsTransferRecord(FormDefinition f, const char16_t* article)
{
    f = keptByDepartment(std::move(f), u"date", ApprovalKind::ReviewAfter,
                         {RetentionKind::YearsAfterLastEvent, 3, QString::fromUtf16(article)},
                         {QStringLiteral("担当者"), QStringLiteral("部門責任者")});
    f.transferFields.omittedItems = QStringLiteral("omitted_items");
    f.transferFields.earlierRecord = QStringLiteral("earlier_record");
    f.transferFields.partyName =
        isProvision(f.transfer->direction) ? QStringLiteral("recipient") : QStringLiteral("provider");
    return f;
}

FieldDefinition individualField(const char16_t* article)
{
    return listed(omissibleText(make(u"individual", u"本人の氏名その他本人を特定するに足りる事項",
                                     "Individual concerned", FieldType::Text, true, article)));
}

FieldDefinition itemsField(const char16_t* article)
{
    FieldDefinition f = make(u"items", u"個人データの項目", "Data items", FieldType::TextList, true, article);
    f.omissible = true;
    return searchable(std::move(f));
}

FormDefinition provisionForm(const char16_t* id, const char16_t* number, TransferBasis basis)
{
    const bool consent = basis == TransferBasis::Consent;
    const TransferDirection d = TransferDirection::Provision;
    FormDefinition f = formHeading(id, number, u"個人データ提供記録簿", consent ? u"第31条7項" : u"第31条6項");
    f.transfer = TransferRecordKind{d, basis};
    // 第31条6項(1) asks the date for opt-out only; 様式6-2 keeps it as the centre's own item,
    // by which its records are listed and found.
    f.fields = {
        listed(make(u"date", u"提供年月日", "Date provided", FieldType::Date, true, consent ? u"" : u"第31条6項(1)"))};
    if (consent)
        f.fields << listed(mustBeYes(make(u"consent", u"本人の同意を得ている旨", "Consent of the individual obtained",
                                          FieldType::Boolean, true, u"第31条7項(1)")));
    // 第31条6項(2)・7項(2): to unspecified many, that fact is the record of the recipient.
    f.fields << listed(hinted(omissibleText(make(u"recipient", u"第三者の氏名又は名称等", "Recipient", FieldType::Text,
                                                 true, consent ? u"第31条7項(2)" : u"第31条6項(2)")),
                              u"不特定かつ多数の者に提供したときは、その旨を記入します。",
                              "When it was provided to unspecified many, write that."))
             << individualField(consent ? u"第31条7項(3)" : u"第31条6項(3)")
             << itemsField(consent ? u"第31条7項(4)" : u"第31条6項(4)");
    if (consent)
        f.fields << abroadFields() << bulkFields(d) << contractFields(d);
    else
        f.fields << optOutConfirmations(d) << notRestrictedAbroad();
    f.fields << earlierRecordFields(d, f.fields) << recordedField(d) << registerEntryField() << noteField();
    if (!consent)
        f.retiredFields = retiredBulkAndContract(true);
    // 第31条9項: 1 year after the last provision under a contract with the individual,
    // 3 years after the last provision for continuous ones, otherwise 3 years.
    return keptAsTransferRecord(std::move(f), u"第31条9項");
}

// 法31条: before providing personally related information the recipient will acquire as
// personal data, the centre confirms the individual's consent (and, abroad, the information
// given) and records the confirmation (法31条3項 → 法30条3項, 規則27条・28条). The regulation
// predates it; the record is kept like 様式6-x (規則29条).
FormDefinition relatedInfoProvisionForm()
{
    const TransferDirection d = TransferDirection::Provision;
    FormDefinition f = formHeading(u"form6-3", u"様式6-3", u"個人関連情報提供確認記録簿", u"法31条");
    f.transfer = TransferRecordKind{d, TransferBasis::RelatedInfo};
    f.fields = {listed(make(u"date", u"提供年月日", "Date provided", FieldType::Date, true, u"規則28条1項2号")),
                listed(mustBeYes(make(u"consent_confirmed", u"本人の同意が得られていることを確認した旨",
                                      "Confirmed that the individual's consent was obtained", FieldType::Boolean, true,
                                      u"法31条1項1号・規則28条1項1号"))),
                choice(u"confirmation_method", u"確認の方法", "How it was confirmed", true,
                       {option(u"declaration", u"提供先からの申告", "The recipient's declaration"),
                        option(u"other_means", u"その他の適切な方法（同意書面の提示など）",
                               "Another appropriate means (consent forms shown, etc.)")},
                       u"規則26条1項")};
    f.fields << partyFields(u"recipient", u"提供先の氏名又は名称", "Recipient", u"規則28条1項3号", u"規則28条1項3号",
                            u"規則28条1項3号");
    FieldDefinition items =
        make(u"items", u"個人関連情報の項目", "Items of the information", FieldType::TextList, true, u"規則28条1項4号");
    items.omissible = true;
    f.fields << searchable(items);
    // 法31条1項2号 borrows 法28条1項's foreign third party: the information is owed only where
    // neither an equivalent country nor an equivalent system applies (法31条2項 → 法28条3項).
    QList<FieldDefinition> abroad = abroadFields();
    for (FieldDefinition& field : abroad)
        if (field.key == QLatin1String("abroad"))
            field.article = QStringLiteral("法31条1項2号");
    f.fields << abroad
             << onlyWhen(mustBeYes(make(u"abroad_information", u"移転先の国の制度等の情報が本人に提供されている旨",
                                        "Confirmed that the individual was told about that country's system",
                                        FieldType::Boolean, true, u"法31条1項2号・規則28条1項1号")),
                         u"abroad_basis", {QStringLiteral("consent_informed")});
    // Personally related information is not personal data at the centre: a register entry is
    // named when one concerns it (the source of the identifiers), not required.
    FieldDefinition source = registerEntryField();
    source.required = false;
    f.fields << bulkFields(d) << earlierRecordFields(d, f.fields) << recordedField(d) << source << noteField();
    // The regulation has no 個人関連情報: the Rules' articles in place of 第31条's.
    for (FieldDefinition& field : f.fields) {
        if (field.key == QLatin1String("bulk"))
            field.article = QStringLiteral("規則27条2項ただし書");
        else if (field.key == QLatin1String("period_end"))
            field.article = QStringLiteral("規則29条2号");
        else if (field.key == QLatin1String("recorded"))
            field.article = QStringLiteral("規則27条2項・29条3号");
        else if (field.key == QLatin1String("omitted_items") || field.key == QLatin1String("earlier_record"))
            field.article = QStringLiteral("規則28条2項");
    }
    return keptAsTransferRecord(std::move(f), u"規則29条");
}

using Provider = TransferBasis;

// How each thing confirmed before a receipt was confirmed (規程第32条2項(1)(2)), or that it is
// the same as a confirmation already on record (規程第32条3項).
FieldDefinition confirmationMethod(const char16_t* key, const char16_t* ja, const char* en, ChoiceOption usual,
                                   const char16_t* article)
{
    return choice(
        key, ja, en, true,
        {std::move(usual), option(u"other_means", u"その他の適切な方法", "Another appropriate means"),
         option(u"same_as_earlier", u"先に確認し記録した内容と同一であることの確認（規程第32条3項（規則22条3項））",
                "Same as a confirmation already on record (規程第32条3項, Rules Art. 22(3))")},
        article);
}

FormDefinition receiptForm(const char16_t* id, const char16_t* number, Provider provider)
{
    const TransferDirection d = TransferDirection::Receipt;
    const bool optOut = provider == Provider::OptOut;
    FormDefinition f = formHeading(id, number, u"個人データ受領記録簿", u"第32条4項");
    f.transfer = TransferRecordKind{d, provider};
    // Only 様式7-1 asks the date (第32条4項(1)①); 7-2 and 7-3 keep it as the centre's own item.
    f.fields = {
        listed(make(u"date", u"受領年月日", "Date received", FieldType::Date, true, optOut ? u"第32条4項(1)①" : u""))};
    if (provider == Provider::Consent)
        f.fields << listed(mustBeYes(make(u"consent", u"本人の同意を得ている旨", "Consent of the individual obtained",
                                          FieldType::Boolean, true, u"第32条4項(2)①")));
    f.fields << partyFields(u"provider", u"第三者の氏名又は名称", "Provider", u"第32条1項(1)・4項",
                            u"第32条1項(1)・4項", u"第32条1項(1)・4項");
    f.fields << longText(
        omissibleText(make(u"acquisition", u"第三者による個人データの取得の経緯", "How the provider acquired the data",
                           FieldType::LongText, true, u"第32条1項(2)・4項")))
             << individualField(u"第32条4項") << itemsField(u"第32条4項");
    if (optOut) {
        FieldDefinition published =
            mustBeYes(make(u"ppc_published", u"個人情報保護委員会により公表されている旨",
                           "Published by the Personal Information Protection Commission", FieldType::Boolean, true,
                           u"規程第32条4項(1)⑧（法27条4項・規則24条1項1号ホ）"));
        published.refusalJa =
            QStringLiteral("個人情報保護委員会により公表されている旨は受領記録の記録事項です（規程第32条4項"
                           "(1)⑧（法27条4項・規則24条1項1号ホ））。公表を確認できない提供元は適法に届出を"
                           "したことを確認できないため、オプトアウトによる受領は記録できません。公表を確か"
                           "めてから記録するか、提供元に本人の同意を得てもらい、様式7-2に記録してください。");
        published.refusalEn =
            QStringLiteral("That the Commission has published the provider's opt-out notice is an item "
                           "of this record (規程第32条4項(1)⑧; the Act, Art. 27(4); Rules, Art. "
                           "24(1)(i)(e)). A provider whose notice cannot be found published cannot be "
                           "shown to have filed it lawfully, so the receipt by opt-out cannot be "
                           "recorded. Record it once the notice is published, or ask the provider to "
                           "obtain the individual's consent and record the receipt in 様式7-2.");
        f.fields << published << optOutConfirmations(d);
    }
    if (provider == Provider::NonBusiness) {
        // 規程第27条2項（法20条2項）: acquiring 要配慮個人情報 needs the individual's consent
        // unless an exception applies; required by the rules when the database holds it.
        f.fields << choice(u"sensitive_basis", u"要配慮個人情報の取得の根拠", "Basis for acquiring sensitive data",
                           false,
                           {option(u"consent", u"本人の同意を得て取得", "The individual's consent"),
                            option(u"exception", u"法令に基づく場合等（規程第27条2項各号（法20条2項各号））",
                                   "An exception (規程第27条2項, the Act, Art. 20(2))")},
                           u"規程第27条2項（法20条2項）");
        f.transferFields.sensitiveBasis = QStringLiteral("sensitive_basis");
    }
    // 第32条1項〜3項: identity and acquisition history confirmed before the record is made,
    // each by its own method.
    f.fields << mustBeYes(make(u"identity_confirmed", u"提供者の氏名又は名称・住所（法人等はその代表者）の確認",
                               "Provider's name, address and representative confirmed", FieldType::Boolean, true,
                               u"第32条1項(1)"))
             << confirmationMethod(u"identity_method", u"提供者の確認の方法", "How the provider was confirmed",
                                   option(u"declaration", u"提供者からの申告", "The provider's declaration"),
                                   u"第32条2項(1)")
             << mustBeYes(make(u"history_confirmed", u"取得の経緯の確認", "Acquisition history confirmed",
                               FieldType::Boolean, true, u"第32条1項(2)"))
             << confirmationMethod(u"history_method", u"取得の経緯の確認の方法", "How the history was confirmed",
                                   option(u"document", u"取得の経緯を示す契約書その他の書面の提示",
                                          "A contract or other document showing it"),
                                   u"第32条2項(2)");
    if (!optOut)
        f.fields << bulkFields(d);
    f.fields << contractFields(d) << earlierRecordFields(d, f.fields) << recordedField(d) << registerEntryField()
             << noteField();
    // Each item cites where it is asked: its confirmation (第32条1項) and its place in the list of
    // its record (第32条4項(1)〜(3), ①…; 7-3 has no date or consent item, so its list starts
    // one earlier).
    const int part = optOut ? 1 : provider == Provider::Consent ? 2 : 3;
    const QList<std::pair<QString, int>> numbered = {
        {QStringLiteral("provider"), 2},       {QStringLiteral("provider_address"), 3},
        {QStringLiteral("representative"), 4}, {QStringLiteral("acquisition"), 5},
        {QStringLiteral("individual"), 6},     {QStringLiteral("items"), 7}};
    for (FieldDefinition& field : f.fields) {
        for (const auto& [key, place] : numbered) {
            if (field.key != key)
                continue;
            const QString confirmed = place <= 4   ? QStringLiteral("第32条1項(1)・")
                                      : place == 5 ? QStringLiteral("第32条1項(2)・")
                                                   : QStringLiteral("第32条");
            field.article =
                confirmed + QStringLiteral("4項(%1)").arg(part) + QChar(0x2460 + place - 1 - (part == 3 ? 1 : 0));
        }
    }
    if (optOut)
        f.retiredFields = retiredBulkAndContract(false);
    f.retiredFields << retired(u"confirmation_method", u"確認の方法", "How it was confirmed", u"第32条2項(1)(2)");
    FormDefinition kept = keptAsTransferRecord(std::move(f), u"第32条9項");
    kept.transferFields.confirmationMethods = {QStringLiteral("identity_method"), QStringLiteral("history_method")};
    return kept;
}

} // namespace

FormDefinition form6_1ProvisionOptOut()
{
    return provisionForm(u"form6-1", u"様式6-1", TransferBasis::OptOut);
}

FormDefinition form6_2ProvisionConsent()
{
    return provisionForm(u"form6-2", u"様式6-2", TransferBasis::Consent);
}

FormDefinition form6_3RelatedInfoProvision()
{
    return relatedInfoProvisionForm();
}

FormDefinition form7_1ReceiptOptOut()
{
    return receiptForm(u"form7-1", u"様式7-1", Provider::OptOut);
}

FormDefinition form7_2ReceiptConsent()
{
    return receiptForm(u"form7-2", u"様式7-2", Provider::Consent);
}

FormDefinition form7_3ReceiptNonBusiness()
{
    return receiptForm(u"form7-3", u"様式7-3", Provider::NonBusiness);
}

} // namespace daicho
