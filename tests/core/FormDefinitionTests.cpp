#include "ledger/EntryValidator.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("every form definition of 様式1–7 (and 6-3 of 法31条) is well formed", "[core][ledger][definitions]")
{
    const QStringList expected = {QStringLiteral("form1"),   QStringLiteral("form2"),   QStringLiteral("form3"),
                                  QStringLiteral("form4"),   QStringLiteral("form5"),   QStringLiteral("form6-1"),
                                  QStringLiteral("form6-2"), QStringLiteral("form6-3"), QStringLiteral("form7-1"),
                                  QStringLiteral("form7-2"), QStringLiteral("form7-3")};
    QStringList ids;
    for (const FormDefinition& form : FormRegistry::all()) {
        ids << form.id;
        const Status status = FormRegistry::check(form);
        INFO((status.ok() ? std::string() : status.error().message.toStdString()));
        CHECK(status.ok());
    }
    CHECK(ids == expected);
}

TEST_CASE("statutory titles and numbers are data, as the regulation names them", "[core][ledger][definitions]")
{
    CHECK(FormRegistry::find(QStringLiteral("form3"))->title == QStringLiteral("個人情報管理台帳"));
    CHECK(FormRegistry::find(QStringLiteral("form2"))->number == QStringLiteral("様式2"));
    CHECK(FormRegistry::find(QStringLiteral("form6-2"))->title == QStringLiteral("個人データ提供記録簿"));
    CHECK(FormRegistry::find(QStringLiteral("form7-3"))->title == QStringLiteral("個人データ受領記録簿"));
    CHECK(FormRegistry::find(QStringLiteral("nope")) == nullptr);
}

TEST_CASE("the carry-out log allows only the two reasons of 第19条1項 and needs approval before",
          "[core][ledger][definitions]")
{
    const FormDefinition* form = FormRegistry::find(QStringLiteral("form2"));
    REQUIRE(form);
    const FieldDefinition* reason = form->field(QStringLiteral("reason"));
    REQUIRE(reason);
    CHECK(reason->required);
    CHECK(reason->choices.size() == 2);
    CHECK(form->approval == ApprovalKind::ApproveBefore);
    // Safety measures follow the medium (第19条2項).
    CHECK(form->field(QStringLiteral("measures_electronic"))->onlyWhen->values
          == QStringList{QStringLiteral("electronic")});
    CHECK(form->field(QStringLiteral("measures_paper"))->onlyWhen->values == QStringList{QStringLiteral("paper")});
}

TEST_CASE("a receipt record holds the confirmations of 第32条1–3項 and the opt-out record the PPC notice",
          "[core][ledger][definitions]")
{
    for (const char* id : {"form7-1", "form7-2", "form7-3"}) {
        const FormDefinition* form = FormRegistry::find(QString::fromLatin1(id));
        REQUIRE(form);
        CHECK(form->field(QStringLiteral("identity_confirmed"))->required);
        CHECK(form->field(QStringLiteral("history_confirmed"))->required);
        CHECK((form->field(QStringLiteral("ppc_published")) != nullptr)
              == (QLatin1String(id) == QLatin1String("form7-1")));
        CHECK((form->field(QStringLiteral("consent")) != nullptr) == (QLatin1String(id) == QLatin1String("form7-2")));
    }
}

TEST_CASE("opt-out records are never bulk and 様式6-1 has no contract in place of the record (規則19条2項・3項, "
          "23条2項)",
          "[core][ledger][definitions]")
{
    const auto form = [](const char* id) {
        const FormDefinition* f = FormRegistry::find(QString::fromLatin1(id));
        REQUIRE(f);
        return f;
    };
    for (const char* id : {"form6-1", "form7-1"}) {
        INFO(id);
        CHECK(form(id)->field(QStringLiteral("bulk")) == nullptr);
        CHECK(form(id)->field(QStringLiteral("period_end")) == nullptr);
        // The 2022 bars of 法27条2項ただし書 are confirmed on save, as 要配慮 is.
        CHECK(form(id)->field(QStringLiteral("not_opt_out_sourced"))->mustBeYes);
        CHECK(form(id)->field(QStringLiteral("not_improperly_acquired"))->mustBeYes);
        CHECK_FALSE(form(id)->field(QStringLiteral("not_opt_out_sourced"))->refusalJa.isEmpty());
    }
    CHECK(form("form6-1")->field(QStringLiteral("contract")) == nullptr);
    // Consent-based records may do both.
    for (const char* id : {"form6-2", "form7-2", "form7-3"}) {
        INFO(id);
        CHECK(form(id)->field(QStringLiteral("bulk")) != nullptr);
        CHECK(form(id)->field(QStringLiteral("contract")) != nullptr);
        CHECK(form(id)->field(QStringLiteral("period_end"))->onlyWhen->field == QStringLiteral("bulk_ended"));
        CHECK(form(id)->field(QStringLiteral("period_end"))->required);
    }
    CHECK(form("form6-2")->field(QStringLiteral("contract"))->article.contains(QStringLiteral("規則19条3項")));
}

TEST_CASE("records of provision and receipt keep the day they were made apart from the transfer (第31条9項(3)・"
          "第32条9項(3)), and cite each item where it is asked",
          "[core][ledger][definitions]")
{
    for (const FormDefinition& form : FormRegistry::all()) {
        if (!form.transfer)
            continue;
        INFO(form.id.toStdString());
        const FieldDefinition* recorded = form.field(QStringLiteral("recorded"));
        REQUIRE(recorded);
        CHECK(recorded->required);
        CHECK(recorded->type == FieldType::Date);
        CHECK(form.field(QStringLiteral("earlier_record")) != nullptr);
    }
    // 第31条6項(1) is an item of 6-1 only; ⑧ of 7-1 is 法27条4項 today.
    CHECK(FormRegistry::find(QStringLiteral("form6-1"))->field(QStringLiteral("date"))->article
          == QStringLiteral("第31条6項(1)"));
    CHECK(FormRegistry::find(QStringLiteral("form6-2"))->field(QStringLiteral("date"))->article.isEmpty());
    CHECK(FormRegistry::find(QStringLiteral("form7-1"))->field(QStringLiteral("ppc_published"))->article
          == QStringLiteral("規程第32条4項(1)⑧（法27条4項・規則24条1項1号ホ）"));
}

TEST_CASE("a receipt names the provider's representative for a corporation or a body with one, and confirms "
          "identity and history each by its own method (第32条1項〜4項)",
          "[core][ledger][definitions]")
{
    for (const char* id : {"form7-1", "form7-2", "form7-3"}) {
        const FormDefinition* form = FormRegistry::find(QString::fromLatin1(id));
        REQUIRE(form);
        INFO(id);
        const FieldDefinition* representative = form->field(QStringLiteral("representative"));
        REQUIRE(representative);
        CHECK(representative->required);
        REQUIRE(representative->onlyWhen);
        CHECK(representative->onlyWhen->field == QStringLiteral("provider_kind"));
        CHECK(representative->onlyWhen->values
              == QStringList{QStringLiteral("corporation"), QStringLiteral("association")});
        CHECK(representative->labelJa.contains(QStringLiteral("管理人")));
        const auto keysOf = [&](const char* key) {
            QStringList keys;
            for (const ChoiceOption& o : form->field(QString::fromLatin1(key))->choices)
                keys << o.key;
            return keys;
        };
        CHECK(keysOf("identity_method").contains(QStringLiteral("declaration")));
        CHECK_FALSE(keysOf("identity_method").contains(QStringLiteral("document")));
        CHECK(keysOf("history_method").contains(QStringLiteral("document")));
        CHECK(keysOf("history_method").contains(QStringLiteral("same_as_earlier")));
        CHECK(form->field(QStringLiteral("confirmation_method")) == nullptr);
    }
    // Each item cites its place in its own list of 第32条4項 (7-3's list has no date or consent).
    CHECK(FormRegistry::find(QStringLiteral("form7-1"))->field(QStringLiteral("provider"))->article
          == QStringLiteral("第32条1項(1)・4項(1)②"));
    CHECK(FormRegistry::find(QStringLiteral("form7-2"))->field(QStringLiteral("items"))->article
          == QStringLiteral("第32条4項(2)⑦"));
    CHECK(FormRegistry::find(QStringLiteral("form7-3"))->field(QStringLiteral("individual"))->article
          == QStringLiteral("第32条4項(3)⑤"));
    CHECK(FormRegistry::find(QStringLiteral("form7-3"))->field(QStringLiteral("acquisition"))->article
          == QStringLiteral("第32条1項(2)・4項(3)④"));
    // Only a non-business provider's 要配慮 data needs the basis of its acquisition stated here.
    CHECK(FormRegistry::find(QStringLiteral("form7-3"))->transferFields.sensitiveBasis
          == QStringLiteral("sensitive_basis"));
    CHECK(FormRegistry::find(QStringLiteral("form7-2"))->transferFields.sensitiveBasis.isEmpty());
}

TEST_CASE("第20条1項(1)〜(3): a disposal's method fits what was disposed of (様式1④)",
          "[core][ledger][definitions][law]")
{
    const FormDefinition* form = FormRegistry::find(QStringLiteral("form1"));
    REQUIRE(form);
    const auto methodIssues = [&](const char* target, const char* method) {
        FieldValues v{{QStringLiteral("kind"), QStringLiteral("disposal")},
                      {QStringLiteral("target"), QString::fromLatin1(target)},
                      {QStringLiteral("method"), QString::fromLatin1(method)}};
        int n = 0;
        for (const Issue& i : validateEntry(*form, v, {}))
            n += i.field == QLatin1String("method") ? 1 : 0;
        return n;
    };
    CHECK(methodIssues("documents", "shredding") == 0);
    CHECK(methodIssues("documents", "incineration") == 0);
    CHECK(methodIssues("documents", "erasure") == 1); // paper is cut or burnt (1)
    CHECK(methodIssues("media", "erasure") == 0);
    CHECK(methodIssues("media", "destruction") == 0);
    CHECK(methodIssues("media", "shredding") == 1);
    CHECK(methodIssues("database", "deletion") == 0);
    CHECK(methodIssues("database", "erasure") == 0);
    CHECK(methodIssues("database", "destruction") == 1);
}

TEST_CASE("a broken definition is reported", "[core][ledger][definitions]")
{
    FormDefinition form = form1OperationsLog();
    form.fields << form.fields.first();
    CHECK_FALSE(FormRegistry::check(form).ok());
    form = form1OperationsLog();
    form.fields[1].choices.clear();
    CHECK_FALSE(FormRegistry::check(form).ok());
    form = form2CarryOutLog();
    form.fields.last().onlyWhen = FieldCondition{QStringLiteral("medium"), {QStringLiteral("telepathy")}};
    CHECK_FALSE(FormRegistry::check(form).ok());
    form = form5EntryExitLog();
    form.dateField = QStringLiteral("name");
    CHECK_FALSE(FormRegistry::check(form).ok());
    // A record that may leave out an item that is not omissible, or refuse without a message.
    form = form7_2ReceiptConsent();
    for (FieldDefinition& f : form.fields)
        if (f.key == QLatin1String("provider"))
            f.omissible = false;
    CHECK_FALSE(FormRegistry::check(form).ok());
    form = form7_1ReceiptOptOut();
    for (FieldDefinition& f : form.fields)
        if (f.key == QLatin1String("ppc_published"))
            f.refusalEn.clear();
    CHECK_FALSE(FormRegistry::check(form).ok());
    form = form1OperationsLog();
    form.transferFields.sensitiveBasis = QStringLiteral("kind");
    CHECK_FALSE(FormRegistry::check(form).ok());
}

TEST_CASE("every form can be searched and listed", "[core][ledger][definitions]")
{
    for (const FormDefinition& form : FormRegistry::all()) {
        INFO(form.id.toStdString());
        int searchable = 0;
        int listed = 0;
        for (const FieldDefinition& field : form.fields) {
            searchable += field.searchable ? 1 : 0;
            listed += field.listed ? 1 : 0;
        }
        CHECK(searchable > 0);
        CHECK(listed > 0);
        CHECK_FALSE(form.readers.isEmpty());
    }
}

TEST_CASE("the registry can be given another set of definitions, and a copy under another id works the same",
          "[core][ledger][definitions]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    FormDefinition copy = *FormRegistry::find(QStringLiteral("form1"));
    copy.id = QStringLiteral("copy_of_form1");
    {
        FormRegistry::Replacement replaced({*FormRegistry::find(QStringLiteral("form3")), copy});
        CHECK(FormRegistry::all().size() == 2);
        CHECK(FormRegistry::find(QStringLiteral("form1")) == nullptr);
        REQUIRE(FormRegistry::find(QStringLiteral("copy_of_form1")) != nullptr);
        auto added =
            LedgerStore::add(vault.chief(), QStringLiteral("copy_of_form1"), useEventValues(vault.chief(), reg));
        INFO((added.ok() ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        auto read = LedgerReader::entry(vault.chief(), added.value());
        REQUIRE(read.ok());
        CHECK(read->formId == QStringLiteral("copy_of_form1"));
    }
    CHECK(FormRegistry::find(QStringLiteral("form1")) != nullptr);
    CHECK(FormRegistry::find(QStringLiteral("copy_of_form1")) == nullptr);
}
