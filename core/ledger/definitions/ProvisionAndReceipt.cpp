// 様式6-1・6-2 (records of provision to a third party, 第31条) and 様式7-1・7-2・7-3 (records
// of receipt from a third party, 第32条). Which record a provision or receipt needs follows
// from its legal basis (第30条); the rules of that choice live in rules/, not here.
#include "ledger/FormRegistry.h"
#include "ledger/definitions/FieldBuilders.h"

namespace daicho {

using namespace fields;

namespace {

// Shared by every 6-x and 7-x record (第31条4項・5項, 第32条7項・8項).
QList<FieldDefinition> bulkAndContractFields()
{
    return {
        make(u"bulk", u"継続・反復の一括記録", "Bulk record for continuous provision", FieldType::Boolean, false,
             u"第31条4項・第32条7項"),
        onlyWhen(notBefore(make(u"period_end", u"一括記録の最終提供日", "Last provision in the bulk record",
                                FieldType::Date, false),
                           u"date"),
                 u"bulk", {QStringLiteral("true")}),
        make(u"contract", u"契約書等による代替", "A contract stands in for the record", FieldType::Boolean, false,
             u"第31条5項・第32条8項"),
        onlyWhen(searchable(make(u"contract_reference", u"契約書等の名称", "Contract", FieldType::Text, true)),
                 u"contract", {QStringLiteral("true")}),
        registerEntryField(),
        noteField(),
    };
}

// Every 6-x and 7-x record is reviewed by the head and kept for years after the last
// transfer it covers (`article`: 第31条9項 or 第32条9項).
FormDefinition keptAsTransferRecord(FormDefinition f, const char16_t* article)
{
    return keptByDepartment(std::move(f), u"date", ApprovalKind::ReviewAfter,
                            {RetentionKind::YearsAfterLastEvent, 3, QString::fromUtf16(article)},
                            {QStringLiteral("担当者"), QStringLiteral("部門責任者")});
}

FormDefinition provisionForm(const char16_t* id, const char16_t* number, bool consent)
{
    FormDefinition f = formHeading(id, number, u"個人データ提供記録簿", consent ? u"第31条7項" : u"第31条6項");
    f.transfer =
        TransferRecordKind{TransferDirection::Provision, consent ? TransferBasis::Consent : TransferBasis::OptOut};
    f.fields = {listed(make(u"date", u"提供年月日", "Date provided", FieldType::Date, true, u"第31条6項(1)"))};
    if (consent)
        f.fields << listed(mustBeYes(make(u"consent", u"本人の同意を得ている旨", "Consent of the individual obtained",
                                          FieldType::Boolean, true, u"第31条7項(1)")));
    f.fields << listed(searchable(make(u"recipient", u"第三者の氏名又は名称等", "Recipient", FieldType::Text, true,
                                       consent ? u"第31条7項(2)" : u"第31条6項(2)")))
             << listed(searchable(make(u"individual", u"本人の氏名その他本人を特定するに足りる事項",
                                       "Individual concerned", FieldType::Text, true,
                                       consent ? u"第31条7項(3)" : u"第31条6項(3)")))
             << searchable(make(u"items", u"個人データの項目", "Data items", FieldType::TextList, true,
                                consent ? u"第31条7項(4)" : u"第31条6項(4)"));
    f.fields << bulkAndContractFields();
    // 第31条9項: 1 year after the last provision under a contract with the individual,
    // 3 years after the last provision for continuous ones, otherwise 3 years.
    return keptAsTransferRecord(std::move(f), u"第31条9項");
}

using Provider = TransferBasis;

FormDefinition receiptForm(const char16_t* id, const char16_t* number, Provider provider)
{
    FormDefinition f = formHeading(id, number, u"個人データ受領記録簿", u"第32条4項");
    f.transfer = TransferRecordKind{TransferDirection::Receipt, provider};
    f.fields = {listed(make(u"date", u"受領年月日", "Date received", FieldType::Date, true, u"第32条4項"))};
    if (provider == Provider::Consent)
        f.fields << listed(mustBeYes(make(u"consent", u"本人の同意を得ている旨", "Consent of the individual obtained",
                                          FieldType::Boolean, true, u"第32条4項(2)①")));
    f.fields << listed(searchable(make(u"provider", u"第三者の氏名又は名称", "Provider", FieldType::Text, true)))
             << searchable(make(u"provider_address", u"第三者の住所", "Provider's address", FieldType::Text, true))
             << searchable(make(u"representative", u"法人の代表者の氏名", "Representative (for a corporation)",
                                FieldType::Text, false))
             << longText(searchable(make(u"acquisition", u"第三者による個人データの取得の経緯",
                                         "How the provider acquired the data", FieldType::LongText, true)))
             << listed(searchable(make(u"individual", u"本人の氏名その他本人を特定するに足りる事項",
                                       "Individual concerned", FieldType::Text, true)))
             << searchable(make(u"items", u"個人データの項目", "Data items", FieldType::TextList, true));
    if (provider == Provider::OptOut)
        f.fields << make(u"ppc_published", u"個人情報保護委員会により公表されている旨",
                         "Published by the Personal Information Protection Commission", FieldType::Boolean, true,
                         u"第32条4項(1)⑧");
    // 第32条1項〜3項: identity and acquisition history confirmed before the record is made.
    f.fields << mustBeYes(make(u"identity_confirmed", u"提供者の確認（氏名・住所・代表者）",
                               "Provider's identity confirmed", FieldType::Boolean, true, u"第32条1項(1)"))
             << mustBeYes(make(u"history_confirmed", u"取得の経緯の確認", "Acquisition history confirmed",
                               FieldType::Boolean, true, u"第32条1項(2)"))
             << choice(u"confirmation_method", u"確認の方法", "How it was confirmed", true,
                       {option(u"declaration", u"申告", "Declaration"),
                        option(u"document", u"契約書その他の書面の提示", "Contract or other document shown")},
                       u"第32条2項・3項");
    f.fields << bulkAndContractFields();
    return keptAsTransferRecord(std::move(f), u"第32条9項");
}

} // namespace

FormDefinition form6_1ProvisionOptOut()
{
    return provisionForm(u"form6-1", u"様式6-1", false);
}

FormDefinition form6_2ProvisionConsent()
{
    return provisionForm(u"form6-2", u"様式6-2", true);
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
