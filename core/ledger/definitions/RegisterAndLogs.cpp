// 様式1–5: the management register and the logs kept by the departments (第10条, 第11条,
// 第15条, 第17条, 第19条, 第20条).
#include "ledger/FormRegistry.h"
#include "ledger/definitions/FieldBuilders.h"

namespace daicho {

using namespace fields;

FormDefinition form1OperationsLog()
{
    const QStringList documents{QStringLiteral("documents")};
    const QStringList media{QStringLiteral("media")};
    const QStringList database{QStringLiteral("database")};
    const QStringList mediaOrDatabase{QStringLiteral("media"), QStringLiteral("database")};
    FormDefinition f = formHeading(u"form1", u"様式1", u"個人データの運用状況記録票", u"第10条①②④・第20条2項");
    f.fields = {
        listed(make(u"date", u"日付", "Date", FieldType::Date, true)),
        listed(choice(u"kind", u"区分", "Kind", true,
                      {option(u"acquisition", u"①取得・入力", "(1) Acquisition / input"),
                       option(u"use", u"②利用・出力", "(2) Use / output"),
                       option(u"disposal", u"④削除・廃棄", "(4) Deletion / disposal")},
                      u"第10条")),
        listed(registerEntryField(u"第10条")),
    };
    // ① 取得・入力
    f.fields << sectionWhen(u"kind", u"acquisition",
                            {
                                searchable(make(u"content", u"取得・入力した内容（項目）", "What was acquired or input",
                                                FieldType::Text, true, u"第10条①")),
                                make(u"people", u"人数", "Number of people", FieldType::Integer, false, u"第10条①"),
                                searchable(make(u"source", u"取得元", "Source", FieldType::Text, false, u"第10条①")),
                            });
    // ② 利用・出力
    f.fields << sectionWhen(u"kind", u"use",
                            {
                                make(u"purpose", u"利用目的", "Purpose", FieldType::Purpose, true, u"第10条②・第25条"),
                                choice(u"output", u"出力の種類", "Output", true,
                                       {option(u"print", u"印刷", "Printout"), option(u"file", u"ファイル", "File"),
                                        option(u"screen", u"画面表示", "Screen")},
                                       u"第10条②"),
                                make(u"quantity", u"数量", "Quantity", FieldType::Integer, false, u"第10条②"),
                            });
    // ④ 削除・廃棄: the date, the documents or database concerned and the method, never the
    // personal data itself (第20条2項); who disposed of it, and the certificate of an outside
    // firm (第10条⑤).
    f.fields << sectionWhen(
        u"kind", u"disposal",
        {
            choice(u"target", u"対象", "Target", true,
                   {option(u"documents", u"書類", "Documents"), option(u"database", u"データベース", "Database"),
                    option(u"media", u"電子媒体・機器", "Media / equipment")},
                   u"第20条1項"),
            searchable(suggestingRegisterHoldings(make(u"disposed", u"削除・廃棄した書類・データベース等",
                                                       "Documents or database deleted or disposed of", FieldType::Text,
                                                       true, u"第20条2項"))),
            choice(
                u"method", u"方法", "Method", true,
                // 第20条1項: documents cut or burnt beyond restoring (1); media and equipment
                // erased by software or destroyed (2); data in a database deleted so that it
                // cannot easily be restored (3).
                {optionWhen(option(u"shredding", u"シュレッダー", "Shredding"), u"target", documents),
                 optionWhen(option(u"incineration", u"焼却・溶解", "Incineration / dissolution"), u"target", documents),
                 optionWhen(option(u"erasure", u"データ消去ソフトウェア", "Data-erasure software"), u"target",
                            mediaOrDatabase),
                 optionWhen(option(u"destruction", u"物理的破壊", "Physical destruction"), u"target", media),
                 optionWhen(option(u"deletion", u"容易に復元できない削除", "Deletion that cannot easily be restored"),
                            u"target", database)},
                u"第20条1項(1)〜(3)"),
            choice(u"disposed_by", u"削除・廃棄を行った者", "Deleted or disposed of by", true,
                   {option(u"centre", u"センター（事務取扱担当者）", "The centre (staff)"),
                    option(u"contractor", u"外部の業者（委託）", "An outside firm (outsourced)")},
                   u"第10条⑤"),
            make(u"verifier", u"確認者", "Verified by", FieldType::Person, true, u"第20条2項"),
            requiredWhen(searchable(make(u"certificate", u"委託先の証明書", "Contractor's certificate", FieldType::Text,
                                         false, u"第10条⑤")),
                         u"disposed_by", u"contractor"),
        });
    f.fields << listed(make(u"department", u"部署", "Department", FieldType::Department, true))
             << listed(namingWriter(make(u"staff", u"事務取扱担当者", "Staff", FieldType::Person, true, u"第10条")))
             << noteField();
    // 第20条2項: the record of a deletion or disposal never holds the personal data itself.
    f.noPersonalData = QStringLiteral("第20条2項");
    return keptByDepartment(std::move(f), u"date", ApprovalKind::ReviewAfter, threeYearsExpected(),
                            {QStringLiteral("担当者"), QStringLiteral("部門責任者"),
                             // 第14条1項: the chief checks the records of 第10条 at least yearly.
                             QStringLiteral("事務取扱責任者")});
}

FormDefinition form2CarryOutLog()
{
    FormDefinition f = formHeading(u"form2", u"様式2", u"個人データ持ち運び記録簿", u"第10条③・第19条");
    const QStringList electronic{QStringLiteral("electronic")};
    const QStringList paper{QStringLiteral("paper")};
    // 第19条1項なお書き: 持ち運び is moving personal data out of the controlled or handling
    // area, or into it from outside. Entries from before bring-ins could be recorded have no
    // direction: they are carry-outs, and read so everywhere.
    auto named = [](FieldDefinition field, const char16_t* outJa, const char* outEn, const char16_t* inJa,
                    const char* inEn) {
        return labelWhen(labelWhen(std::move(field), u"direction", u"out", outJa, outEn, true), u"direction", u"in",
                         inJa, inEn);
    };
    auto outward = [](FieldDefinition field) { return onlyWhenOrAbsent(std::move(field), u"direction", u"out"); };
    f.fields = {
        listed(olderDefault(choice(u"direction", u"持出し・持込みの別", "Out or in", true,
                                   {option(u"out", u"持出し（区域の外へ）", "Out (taken out of the area)"),
                                    option(u"in", u"持込み（区域の外から区域へ）", "In (brought into the area)")},
                                   u"第19条1項"),
                            QStringLiteral("out"))),
        listed(named(make(u"taken_out", u"持出・持込日時", "Moved out or in", FieldType::DateTime, true, u"第19条"),
                     u"持出日時", "Taken out", u"持込日時", "Brought in")),
        listed(outward(notBefore(
            make(u"expected_return", u"返却予定日時", "Expected return", FieldType::DateTime, true), u"taken_out"))),
        listed(outward(afterApproval(
            notBefore(make(u"returned", u"返却日時", "Returned", FieldType::DateTime, false), u"taken_out")))),
        listed(registerEntryField()),
        listed(choice(u"medium", u"媒体", "Medium", true,
                      {option(u"electronic", u"電子媒体", "Electronic media"), option(u"paper", u"書類", "Paper")},
                      u"第19条2項")),
        listed(searchable(make(u"content", u"内容", "Content", FieldType::Text, true))),
        make(u"count", u"件数・数量", "Count", FieldType::Integer, true),
        listed(searchable(named(make(u"destination", u"持出先・持込元", "Destination or origin", FieldType::Text, true),
                                u"持出先", "Destination", u"持込元（持ち込む前の場所）", "Brought from"))),
        // Only the two reasons of 第19条1項 exist: anything else is refused.
        choice(u"reason", u"持ち運びの理由", "Reason", true,
               {option(u"contractor", u"(1)外部委託先への委託事務の範囲内での提供",
                       "(1) To a contractor, within the outsourced work"),
                option(u"purpose", u"(2)利用目的の範囲内での利用", "(2) Use within the purpose")},
               u"第19条1項"),
        // Electronic media: the data moved is protected by encryption or a password (第24条(3),
        // 第19条2項(1)①②); the container and the transport come on top, never instead.
        onlyWhen(needsOneOf(choice(u"measures_electronic", u"安全策（電子媒体）", "Safety measures (electronic)", true,
                                   {option(u"encryption", u"①暗号化", "(1) Encryption"),
                                    option(u"password", u"②パスワードによる保護", "(2) Password protection"),
                                    option(u"locked_container", u"③施錠できる搬送容器", "(3) Lockable container"),
                                    option(u"traceable", u"④追跡可能な移送手段", "(4) Traceable transport")},
                                   u"第19条2項(1)・第24条(3)", true),
                            {QStringLiteral("encryption"), QStringLiteral("password")}, u"第24条(3)・第19条2項(1)①②"),
                 u"medium", electronic),
        onlyWhen(choice(u"measures_paper", u"安全策（書類）", "Safety measures (paper)", true,
                        {option(u"sealed", u"①封緘・目隠しシール", "(1) Sealed / blind seal")}, u"第19条2項(2)", true),
                 u"medium", paper),
        listed(namingWriter(named(make(u"carrier", u"持出者・持込者", "Carried by", FieldType::Person, true), u"持出者",
                                  "Carried out by", u"持込者", "Brought in by"))),
        make(u"department", u"部署", "Department", FieldType::Department, true),
        afterApproval(named(
            make(u"return_confirmation", u"返却・廃棄の確認", "Return or disposal confirmed", FieldType::Text, false),
            u"返却・廃棄の確認", "Return or disposal confirmed", u"持込み後の保管・返却・廃棄の確認",
            "Kept, returned or disposed of after bringing in")),
        noteField(),
    };
    f.returnDue = ReturnFields{QStringLiteral("expected_return"), QStringLiteral("returned")};
    return keptByDepartment(std::move(f), u"taken_out", ApprovalKind::ApproveBefore, threeYearsExpected(),
                            {QStringLiteral("持出者・持込者"), QStringLiteral("部門責任者"),
                             // 第14条1項: the chief checks the records of 第10条 (③ is this log) yearly.
                             QStringLiteral("事務取扱責任者")});
}

FormDefinition form3ManagementRegister()
{
    FormDefinition f = formHeading(u"form3", u"様式3", u"個人情報管理台帳", u"第11条");
    f.fields = {
        listed(make(u"registered", u"登録日", "Registered", FieldType::Date, true)),
        listed(searchable(
            make(u"name", u"個人情報データベース等の名称", "Name of the database", FieldType::Text, true, u"第11条①"))),
        listed(choice(u"kind", u"種類", "Kind", true,
                      {option(u"electronic", u"電子データベース", "Electronic database"),
                       option(u"paper", u"紙の台帳・ファイル", "Paper files")},
                      u"第11条①")),
        searchable(make(u"items", u"個人データの範囲（項目）", "Data items", FieldType::TextList, true, u"第11条②")),
        searchable(make(u"purposes", u"利用目的", "Purposes", FieldType::TextList, true, u"第11条③・第25条")),
        // The record of the latest change of purpose (rules/PurposeChangeRules): a purpose added
        // or reworded needs its date, whether it stays within what is reasonably related to
        // the earlier purposes (第25条2項), then the notice or publication to the individuals
        // (第28条3項) and, beyond that, their consent too (第26条1項). Removing a purpose needs none.
        notBefore(make(u"purpose_changed_on", u"利用目的の変更：変更日", "Change of purpose: date", FieldType::Date,
                       false, u"第25条2項"),
                  u"registered"),
        choice(u"purpose_change_scope", u"利用目的の変更：変更前の利用目的との関連性",
               "Change of purpose: relation to the earlier purposes", false,
               {option(u"related", u"関連性を有すると合理的に認められる範囲内",
                       "Within what is reasonably related to the earlier purposes"),
                option(u"beyond", u"関連性の範囲を超える（あらかじめ対象の本人の同意が必要）",
                       "Beyond that (needs the prior consent of the individuals concerned)")},
               u"第25条2項・第26条1項"),
        choice(u"purpose_change_notice", u"利用目的の変更：本人への通知・公表",
               "Change of purpose: notice or publication to the individuals", false,
               {option(u"notified", u"変更後の利用目的を本人に通知した", "The individuals were notified"),
                option(u"published", u"変更後の利用目的を公表した（ホームページ・掲示等）",
                       "It was published (website, notice board)")},
               u"第28条3項", true),
        make(u"purpose_change_consent", u"利用目的の変更：対象となる本人から、あらかじめ同意を得た",
             "Change of purpose: the individuals' consent obtained", FieldType::Boolean, false, u"第26条1項"),
        make(u"medium", u"記録媒体", "Medium", FieldType::Text, true, u"第11条④"),
        make(u"storage", u"保管場所（管理区域）", "Storage place (controlled area)", FieldType::Text, true, u"第11条⑤"),
        listed(make(u"responsible", u"責任者", "Responsible person", FieldType::Person, true, u"第11条⑥")),
        listed(make(u"department", u"取扱部署", "Handling department", FieldType::Department, true, u"第11条⑦")),
        make(u"access", u"事務取扱担当者（アクセス権者）", "Authorised staff", FieldType::TextList, true, u"第11条⑧"),
        make(u"retention", u"保存期間", "Retention period", FieldType::Text, true, u"第11条⑨"),
        make(u"disposal", u"削除・廃棄方法", "Deletion / disposal method", FieldType::Text, true, u"第11条⑩"),
        listed(make(u"sensitive", u"要配慮個人情報を含む", "Holds sensitive personal data", FieldType::Boolean, true)),
        searchable(make(u"subjects", u"本人の範囲", "Data subjects", FieldType::Text, false)),
        make(u"count", u"おおよその人数", "Approximate number of people", FieldType::Integer, false),
        searchable(make(u"source", u"取得元", "Source", FieldType::Text, false)),
        searchable(make(u"third_parties", u"第三者提供先", "Third parties provided to", FieldType::TextList, false)),
        searchable(make(u"contractors", u"委託先", "Contractors", FieldType::TextList, false)),
        noteField(),
    };
    f.dateField = QStringLiteral("registered");
    f.writers = {Role::Chief, Role::ActingChief, Role::DepartmentHead};
    f.approvers = {Role::Chief, Role::ActingChief};
    // Everyone reads the register: each log entry names one of its entries and purposes.
    f.readers = allRoles();
    f.approval = ApprovalKind::ReviewAfter;
    f.retention = {RetentionKind::WhileRegistered, 3, QStringLiteral("第11条")};
    f.stampBoxes = {QStringLiteral("部門責任者"), QStringLiteral("事務取扱責任者")};
    // Kept by hand, one database at a time; every log entry points at one of its entries.
    f.importable = false;
    f.registerFields = RegisterFields{QStringLiteral("name"),
                                      QStringLiteral("purposes"),
                                      QStringLiteral("sensitive"),
                                      QStringLiteral("purpose_change_consent"),
                                      QStringLiteral("medium"),
                                      QStringLiteral("purpose_changed_on"),
                                      QStringLiteral("purpose_change_scope"),
                                      QStringLiteral("purpose_change_notice")};
    // 第11条なお書き: the register never holds the personal data itself.
    f.noPersonalData = QStringLiteral("第11条なお書き");
    return f;
}

FormDefinition form5EntryExitLog()
{
    FormDefinition f = formHeading(u"form5", u"様式5", u"入退室管理簿", u"第17条(1)");
    f.fields = {
        listed(make(u"date", u"日付", "Date", FieldType::Date, true)),
        listed(searchable(make(u"name", u"氏名", "Name", FieldType::Text, true))),
        listed(searchable(make(u"affiliation", u"所属", "Affiliation", FieldType::Text, true))),
        listed(searchable(make(u"purpose", u"用件", "Purpose", FieldType::Text, true))),
        listed(make(u"time_in", u"入室時刻", "In", FieldType::DateTime, true)),
        // Recorded when the visitor leaves, possibly after the head reviewed the visit.
        listed(afterApproval(notBefore(make(u"time_out", u"退室時刻", "Out", FieldType::DateTime, false), u"time_in"))),
        searchable(make(u"equipment", u"持込機器・媒体", "Equipment and media brought in", FieldType::Text, false,
                        u"第17条(1)")),
        // The centre's own item (FORMS.md, expected), for 第17条(1)'s 入退室管理: someone not
        // authorised to enter the controlled area names the member of staff who was there.
        listed(hinted(make(u"escort", u"立会者", "Escorted by", FieldType::Person, false),
                      u"入室を認められていない人（来訪者、委託先の作業員、他部署の職員など）のときは、立ち会った職員を"
                      u"選びます。入室を認められた職員が自分で入室したときは空欄にします。",
                      "For someone not authorised to enter (a visitor, a contractor's worker, staff of another "
                      "department), choose the member of staff who was present. Leave it empty when authorised "
                      "staff enter on their own.")),
        noteField(),
    };
    f = keptByDepartment(std::move(f), u"date", ApprovalKind::ReviewAfter, threeYearsExpected(),
                         {QStringLiteral("部門責任者（管理区域）")});
    f.presence = PresenceFields{QStringLiteral("name"), QStringLiteral("time_in"), QStringLiteral("time_out"),
                                QStringLiteral("escort")};
    return f;
}

} // namespace daicho
