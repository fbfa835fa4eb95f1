// Form behaviour lives in the definition (issue 9 §5): every form of the application copied
// under another id, with every field key renamed, behaves as the original does — so no code
// outside the definitions names a form id or a field key.
#include "common/JapaneseCalendar.h"
#include "exchange/LedgerImport.h"
#include "ledger/EntryExitLog.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "ledger/monitoring/Checklist.h"
#include "ledger/monitoring/EarlierSheet.h"
#include "ledger/rules/EntryRules.h"
#include "ledger/rules/LegalBasis.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

const QString kFormPrefix = QStringLiteral("copy-");
const QString kFieldPrefix = QStringLiteral("k_");

QString renamedKey(const QString& key)
{
    return key.isEmpty() ? key : kFieldPrefix + key;
}

// The definition under "copy-<id>", every field key (and every reference to one) renamed.
FormDefinition renamed(FormDefinition form)
{
    form.id = kFormPrefix + form.id;
    for (FieldDefinition& field : form.fields) {
        field.key = renamedKey(field.key);
        field.notBefore = renamedKey(field.notBefore);
        if (field.onlyWhen)
            field.onlyWhen->field = renamedKey(field.onlyWhen->field);
        for (ChoiceOption& option : field.choices)
            if (option.onlyWhen)
                option.onlyWhen->field = renamedKey(option.onlyWhen->field);
        if (field.requiredWhen)
            field.requiredWhen->field = renamedKey(field.requiredWhen->field);
        for (ConditionalLabel& label : field.labelsWhen)
            label.when.field = renamedKey(label.when.field);
    }
    form.dateField = renamedKey(form.dateField);
    form.completionField = renamedKey(form.completionField);
    if (auto& r = form.registerFields)
        *r = {renamedKey(r->name),
              renamedKey(r->purposes),
              renamedKey(r->sensitive),
              renamedKey(r->purposeChangeConsent),
              renamedKey(r->medium),
              renamedKey(r->purposeChangedOn),
              renamedKey(r->purposeChangeScope),
              renamedKey(r->purposeChangeNotice)};
    if (auto& p = form.presence)
        *p = {renamedKey(p->name), renamedKey(p->timeIn), renamedKey(p->timeOut), renamedKey(p->escort)};
    if (auto& m = form.monitoring)
        *m = {renamedKey(m->fiscalYear), renamedKey(m->requests)};
    TransferFields& t = form.transferFields;
    // The items a record may leave out are named by their keys.
    for (FieldDefinition& field : form.fields)
        if (!t.omittedItems.isEmpty() && field.key == renamedKey(t.omittedItems))
            for (ChoiceOption& option : field.choices)
                option.key = renamedKey(option.key);
    t.omittedItems = renamedKey(t.omittedItems);
    t.earlierRecord = renamedKey(t.earlierRecord);
    for (QString& key : t.confirmationMethods)
        key = renamedKey(key);
    t.sensitiveBasis = renamedKey(t.sensitiveBasis);
    t.partyName = renamedKey(t.partyName);
    return form;
}

FieldValues renamed(const FieldValues& values)
{
    FieldValues out;
    for (auto it = values.begin(); it != values.end(); ++it)
        out.insert(renamedKey(it.key()), it.value());
    return out;
}

QList<FormDefinition> renamedApplicationForms()
{
    QList<FormDefinition> copies;
    for (const FormDefinition& form : FormRegistry::all())
        copies << renamed(form);
    return copies;
}

const FormDefinition& copyOf(const char* id)
{
    const FormDefinition* form = FormRegistry::find(kFormPrefix + QString::fromLatin1(id));
    REQUIRE(form);
    return *form;
}

bool hasIssueOn(const QList<Issue>& issues, const QString& key)
{
    return std::any_of(issues.begin(), issues.end(), [&](const Issue& i) { return i.field == key; });
}

} // namespace

TEST_CASE("every form copied under another id with renamed fields behaves as the original",
          "[core][ledger][definitions]")
{
    TestVault vault;
    vault.addPeople();
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    // Values made for the application's forms, before the registry is replaced.
    const FieldValues sensitiveRegister = registerValues(vault.chief(), true);
    const FieldValues plainRegister = registerValues(vault.chief(), false);

    FormRegistry::Replacement copies(renamedApplicationForms());
    for (const FormDefinition& form : FormRegistry::all()) {
        INFO(form.id.toStdString());
        CHECK(FormRegistry::check(form).ok());
        CHECK(form.id.startsWith(kFormPrefix));
    }

    SECTION("which forms take imports")
    {
        for (const char* id :
             {"form1", "form2", "form5", "form6-1", "form6-2", "form6-3", "form7-1", "form7-2", "form7-3"})
            CHECK(LedgerImport::formAcceptsImport(copyOf(id).id));
        CHECK_FALSE(LedgerImport::formAcceptsImport(copyOf("form3").id));
        CHECK_FALSE(LedgerImport::formAcceptsImport(copyOf("form4").id));
    }

    SECTION("the legal-basis guide names the copies, and opt-out of sensitive data is refused on them")
    {
        LegalBasisAnswers consent;
        std::optional<LegalBasisDecision> decision;
        for (int i = 0; i < 10 && !decision; ++i) {
            const auto next = nextLegalBasisQuestion(TransferDirection::Provision, consent);
            if (!next)
                break;
            // No exception, a third party, with the individual's consent.
            consent.insert(next->key, next->key == QLatin1String("consent"));
            decision = decideLegalBasis(TransferDirection::Provision, consent);
        }
        REQUIRE(decision);
        REQUIRE(decision->formId);
        CHECK(*decision->formId == copyOf("form6-2").id);
        CHECK(FormRegistry::transferRecord({TransferDirection::Receipt, TransferBasis::NonBusiness})
              == &copyOf("form7-3"));
        CHECK_FALSE(checkSensitiveOptOut(copyOf("form6-1"), true).ok());
        CHECK_FALSE(checkSensitiveOptOut(copyOf("form7-1"), true).ok());
        CHECK(checkSensitiveOptOut(copyOf("form6-2"), true).ok());
    }

    SECTION("the register is read through its traits, and a log names its entry and purpose")
    {
        CHECK(FormRegistry::managementRegister() == &copyOf("form3"));
        const auto reg = LedgerStore::add(vault.chief(), copyOf("form3").id, renamed(sensitiveRegister));
        INFO((reg ? QString() : reg.error().message).toStdString());
        REQUIRE(reg.ok());
        const auto choices = LedgerReader::registerChoices(*staff);
        REQUIRE(choices.ok());
        REQUIRE(choices->size() == 1);
        CHECK(choices->first().name == sensitiveRegister.value(QStringLiteral("name")).toString());
        CHECK(choices->first().sensitive);
        const auto use = LedgerStore::add(*staff, copyOf("form1").id, renamed(useEventValues(*staff, reg.value())));
        INFO((use ? QString() : use.error().message).toStdString());
        CHECK(use.ok());

        // Changing a purpose of sensitive data needs the individuals' consent (LINE 第4条2項).
        FieldValues changed = renamed(sensitiveRegister);
        changed.insert(renamedKey(QStringLiteral("purposes")), QStringList{QStringLiteral("新しい目的")});
        RuleContext context;
        context.previousValues = renamed(sensitiveRegister);
        CHECK(hasIssueOn(checkEntryRules(copyOf("form3"), changed, context),
                         renamedKey(QStringLiteral("purpose_change_consent"))));
        // A provision by opt-out of a register holding sensitive data is refused on save.
        const auto plain = LedgerStore::add(vault.chief(), copyOf("form3").id, renamed(plainRegister));
        REQUIRE(plain.ok());
        FieldValues optOut =
            renamed(importableEntryValues(*staff, QStringLiteral("form6-1"), reg.value(), plain.value()));
        optOut.insert(renamedKey(QStringLiteral("register")), QVariant::fromValue<qint64>(reg.value()));
        CHECK_FALSE(LedgerStore::add(*staff, copyOf("form6-1").id, optOut).ok());
    }

    SECTION("times that must follow each other do")
    {
        FieldValues carry;
        carry.insert(renamedKey(QStringLiteral("taken_out")), QDateTime(QDate(2026, 5, 11), QTime(0, 0), Qt::UTC));
        carry.insert(renamedKey(QStringLiteral("returned")), QDateTime(QDate(2026, 5, 10), QTime(0, 0), Qt::UTC));
        CHECK(hasIssueOn(checkEntryRules(copyOf("form2"), carry, {}), renamedKey(QStringLiteral("returned"))));
    }

    SECTION("a visit is inside until its exit is recorded")
    {
        const auto reg = LedgerStore::add(vault.chief(), copyOf("form3").id, renamed(sensitiveRegister));
        REQUIRE(reg.ok());
        const FormDefinition& log = copyOf("form5");
        CHECK(entry_exit::isEntryExitLog(log));
        CHECK_FALSE(entry_exit::isEntryExitLog(copyOf("form1")));
        FieldValues visitValues = importableEntryValues(*staff, QStringLiteral("form5"), reg.value(), reg.value());
        visitValues.remove(QStringLiteral("time_out")); // still inside
        const QDateTime now = vault.clock().nowUtc();
        visitValues.insert(QStringLiteral("date"), japanDate(now));
        visitValues.insert(QStringLiteral("time_in"), now.addSecs(-3600));
        const auto visit = LedgerStore::add(*staff, log.id, renamed(visitValues));
        INFO((visit ? QString() : visit.error().message).toStdString());
        REQUIRE(visit.ok());
        LedgerFilter all;
        all.formId = log.id;
        CHECK(entry_exit::countOpen(*staff, all).value() == 1);
        const auto exit = entry_exit::recordExit(*staff, visit.value());
        INFO((exit ? QString() : exit.error().message).toStdString());
        REQUIRE(exit.ok());
        CHECK(entry_exit::countOpen(*staff, all).value() == 0);
        const auto entry = LedgerReader::entry(*staff, visit.value());
        REQUIRE(entry.ok());
        CHECK(entry->values.value(renamedKey(QStringLiteral("time_out"))).toDateTime() == exit->timeOutUtc);
    }

    SECTION("the monitoring sheet is found and checked through its traits")
    {
        CHECK(FormRegistry::monitoringSheet() == &copyOf("form4"));
        ChecklistLine line;
        line.area = QStringLiteral("acquisition");
        line.text = QStringLiteral("利用目的が特定されている。");
        line.result = CheckResult::DoesNotConform;
        line.comment = QStringLiteral("台帳に記載なし");
        const FieldValues sheet = renamed({{QStringLiteral("date"), QDate(2026, 5, 20)},
                                           {QStringLiteral("fiscal_year"), QVariant::fromValue<qint64>(2030)},
                                           {QStringLiteral("auditor"), QVariant::fromValue<qint64>(auditor->user().id)},
                                           {QStringLiteral("checklist"), checklistToValue({line})},
                                           {QStringLiteral("signed_off"), true}});
        const QList<Issue> issues = checkEntryRules(copyOf("form4"), sheet, {});
        CHECK(hasIssueOn(issues, renamedKey(QStringLiteral("requests"))));
        CHECK(hasIssueOn(issues, renamedKey(QStringLiteral("fiscal_year"))));

        FieldValues draft = sheet;
        draft.insert(renamedKey(QStringLiteral("fiscal_year")), QVariant::fromValue<qint64>(2025));
        draft.insert(renamedKey(QStringLiteral("signed_off")), false);
        const auto added = LedgerStore::add(*auditor, copyOf("form4").id, draft);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        const auto newest = newestMonitoringSheet(*auditor, std::nullopt);
        REQUIRE(newest.ok());
        REQUIRE(newest.value());
        CHECK(newest.value()->id == added.value());
    }
    requireVerified(vault.chief());
}
