// Issue 10 ("the law, right"): what the regulation itself asks of 様式1, 様式2 and 様式3, each
// test named after its article.
#include "auth/Settings.h"
#include "ledger/EntryValidator.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "ledger/rules/EntryRules.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

EntryId addRegister(Session& chief, bool sensitive)
{
    auto id = LedgerStore::add(chief, QStringLiteral("form3"), registerValues(chief, sensitive));
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

QStringList fieldsOf(const QList<Issue>& issues)
{
    QStringList keys;
    for (const Issue& i : issues)
        keys << i.field;
    return keys;
}

QString messageOn(const QList<Issue>& issues, const QString& key)
{
    for (const Issue& i : issues)
        if (i.field == key)
            return i.message;
    return {};
}

ValidationContext context()
{
    ValidationContext c;
    c.registerPurposes = [](qint64 id) -> std::optional<QStringList> {
        if (id == 7)
            return QStringList{QStringLiteral("健診結果の通知")};
        return std::nullopt;
    };
    c.departmentExists = [](qint64 id) { return id == 3; };
    c.personExists = [](qint64 id) { return id == 5 || id == 6; };
    return c;
}

FieldValues carryOut(const QString& direction)
{
    FieldValues v{{QStringLiteral("taken_out"), QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC)},
                  {QStringLiteral("register"), qint64(7)},
                  {QStringLiteral("medium"), QStringLiteral("electronic")},
                  {QStringLiteral("content"), QStringLiteral("健診結果データ")},
                  {QStringLiteral("count"), qint64(1)},
                  {QStringLiteral("destination"), QStringLiteral("委託先A社")},
                  {QStringLiteral("reason"), QStringLiteral("contractor")},
                  {QStringLiteral("measures_electronic"), QStringList{QStringLiteral("encryption")}},
                  {QStringLiteral("carrier"), qint64(5)},
                  {QStringLiteral("department"), qint64(3)}};
    if (!direction.isEmpty())
        v[QStringLiteral("direction")] = direction;
    if (direction != QStringLiteral("in"))
        v[QStringLiteral("expected_return")] = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
    return v;
}

FieldValues disposal()
{
    return {{QStringLiteral("date"), QDate(2026, 5, 1)},
            {QStringLiteral("kind"), QStringLiteral("disposal")},
            {QStringLiteral("register"), qint64(7)},
            {QStringLiteral("target"), QStringLiteral("documents")},
            {QStringLiteral("disposed"), QStringLiteral("受診票控え（紙）")},
            {QStringLiteral("method"), QStringLiteral("shredding")},
            {QStringLiteral("disposed_by"), QStringLiteral("centre")},
            {QStringLiteral("verifier"), qint64(6)},
            {QStringLiteral("department"), qint64(3)},
            {QStringLiteral("staff"), qint64(5)}};
}

} // namespace

// 第24条(3) (第19条2項(1)①②): the data moved is protected itself — the container and the
// transport come on top, never instead.
TEST_CASE("様式2: electronic media need encryption (①) or a password (②) among the measures (第24条(3))",
          "[core][ledger][rules][law]")
{
    const FormDefinition form = form2CarryOutLog();
    FieldValues v = carryOut(QStringLiteral("out"));
    CHECK(validateEntry(form, v, context()).isEmpty());
    CHECK(checkEntryRules(form, v, {}).isEmpty());

    v[QStringLiteral("measures_electronic")] =
        QStringList{QStringLiteral("locked_container"), QStringLiteral("traceable")};
    CHECK(validateEntry(form, v, context()).isEmpty());
    const QList<Issue> issues = checkEntryRules(form, v, {});
    REQUIRE(fieldsOf(issues) == QStringList{QStringLiteral("measures_electronic")});
    const QString message = messageOn(issues, QStringLiteral("measures_electronic"));
    CHECK(message.contains(QStringLiteral("第24条(3)")));
    const FieldDefinition& measures = *form.field(QStringLiteral("measures_electronic"));
    for (const char* named : {"encryption", "password"})
        CHECK(message.contains(choiceLabel(measures, QString::fromLatin1(named), interfaceLabelLanguage())));

    for (const char* protection : {"encryption", "password"}) {
        v[QStringLiteral("measures_electronic")] =
            QStringList{QStringLiteral("locked_container"), QString::fromLatin1(protection)};
        CHECK(checkEntryRules(form, v, {}).isEmpty());
    }
    // Paper is sealed (第19条2項(2)); no password asked.
    v.remove(QStringLiteral("measures_electronic"));
    v[QStringLiteral("medium")] = QStringLiteral("paper");
    v[QStringLiteral("measures_paper")] = QStringList{QStringLiteral("sealed")};
    CHECK(validateEntry(form, v, context()).isEmpty());
    CHECK(checkEntryRules(form, v, {}).isEmpty());
}

TEST_CASE("様式2: the store refuses electronic media without encryption or a password, naming 第24条(3)",
          "[core][ledger][store][rules][law]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = addRegister(vault.chief(), true);
    auto staff = vault.signIn(QStringLiteral("staff"));
    FieldValues v = carryOutValues(*staff, reg);
    v[QStringLiteral("measures_electronic")] = QStringList{QStringLiteral("locked_container")};
    auto refused = LedgerStore::add(*staff, QStringLiteral("form2"), v);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == QStringLiteral("measures_electronic"));
    CHECK(refused.error().message.contains(QStringLiteral("第24条(3)")));
    v[QStringLiteral("measures_electronic")] =
        QStringList{QStringLiteral("locked_container"), QStringLiteral("password")};
    CHECK(LedgerStore::add(*staff, QStringLiteral("form2"), v).ok());
}

// 第19条1項なお書き: 持ち運び is also moving personal data into the area from outside.
TEST_CASE("様式2 records a bring-in as well as a carry-out (第19条1項なお書き)", "[core][ledger][rules][law]")
{
    const FormDefinition form = form2CarryOutLog();
    const FieldDefinition* direction = form.field(QStringLiteral("direction"));
    REQUIRE(direction);
    CHECK(direction->required);
    CHECK(direction->article == QStringLiteral("第19条1項"));
    QStringList keys;
    for (const ChoiceOption& o : direction->choices)
        keys << o.key;
    CHECK(keys == QStringList{QStringLiteral("out"), QStringLiteral("in")});

    // A bring-in: no return expected; the place is where it came from.
    FieldValues in = carryOut(QStringLiteral("in"));
    CHECK(validateEntry(form, in, context()).isEmpty());
    CHECK(checkEntryRules(form, in, {}).isEmpty());
    in[QStringLiteral("expected_return")] = QDateTime(QDate(2026, 5, 2), QTime(0, 0), Qt::UTC);
    CHECK(fieldsOf(validateEntry(form, in, context())) == QStringList{QStringLiteral("expected_return")});

    // Labels read right for each direction.
    auto labelFor = [&](const QString& key, const QString& dir) {
        const FieldDefinition* f = form.field(key);
        const FieldValues values{{QStringLiteral("direction"), dir}};
        for (const ConditionalLabel& l : f->labelsWhen)
            if (conditionHolds(l.when, values))
                return l.labelJa;
        return f->labelJa;
    };
    CHECK(labelFor(QStringLiteral("taken_out"), QStringLiteral("out")) == QStringLiteral("持出日時"));
    CHECK(labelFor(QStringLiteral("taken_out"), QStringLiteral("in")) == QStringLiteral("持込日時"));
    CHECK(labelFor(QStringLiteral("destination"), QStringLiteral("out")) == QStringLiteral("持出先"));
    CHECK(labelFor(QStringLiteral("destination"), QStringLiteral("in")).startsWith(QStringLiteral("持込元")));
    CHECK(labelFor(QStringLiteral("carrier"), QStringLiteral("in")) == QStringLiteral("持込者"));
    CHECK(labelFor(QStringLiteral("taken_out"), QString()) == QStringLiteral("持出日時"));

    // An entry written before the direction existed reads as a carry-out: its return items
    // still apply, and only the direction is missing on a correction.
    const FieldValues older = carryOut(QString());
    CHECK(fieldApplies(*form.field(QStringLiteral("expected_return")), older));
    CHECK(fieldsOf(validateEntry(form, older, context())) == QStringList{QStringLiteral("direction")});
    CHECK(direction->olderDefault == QVariant(QStringLiteral("out")));
}

// 第20条2項 (date, documents or database, method — never the data itself), 第10条⑤ (an
// outside firm's certificate).
TEST_CASE("様式1 ④ names what was disposed of (第20条2項) and, for an outside firm, its certificate (第10条⑤)",
          "[core][ledger][rules][law]")
{
    const FormDefinition form = form1OperationsLog();
    FieldValues v = disposal();
    CHECK(validateEntry(form, v, context()).isEmpty());
    CHECK(checkEntryRules(form, v, {}).isEmpty());

    const FieldDefinition* disposed = form.field(QStringLiteral("disposed"));
    REQUIRE(disposed);
    CHECK(disposed->required);
    CHECK(disposed->article == QStringLiteral("第20条2項"));
    CHECK(disposed->suggestsRegisterHoldings);
    v.remove(QStringLiteral("disposed"));
    CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("disposed")});
    v = disposal();
    v.remove(QStringLiteral("disposed_by"));
    CHECK(fieldsOf(validateEntry(form, v, context())) == QStringList{QStringLiteral("disposed_by")});

    // An outside firm: its certificate is required.
    v = disposal();
    v[QStringLiteral("disposed_by")] = QStringLiteral("contractor");
    const QList<Issue> issues = checkEntryRules(form, v, {});
    REQUIRE(fieldsOf(issues) == QStringList{QStringLiteral("certificate")});
    CHECK(messageOn(issues, QStringLiteral("certificate")).contains(QStringLiteral("第10条⑤")));
    v[QStringLiteral("certificate")] = QStringLiteral("消去証明書 第2026-051号（令和8年5月1日発行）");
    CHECK(checkEntryRules(form, v, {}).isEmpty());
    // Only a disposal asks: a use has no certificate.
    CHECK(checkEntryRules(form, {{QStringLiteral("kind"), QStringLiteral("use")}}, {}).isEmpty());

    // Never the personal data itself in the free texts of 様式1 and 様式3.
    CHECK(form.noPersonalData == QStringLiteral("第20条2項"));
    CHECK(form3ManagementRegister().noPersonalData == QStringLiteral("第11条なお書き"));
}

TEST_CASE("a register entry offers its media for what a disposal names (第11条④, 第20条2項)", "[core][ledger][law]")
{
    TestVault vault;
    Session& chief = vault.chief();
    FieldValues values = registerValues(chief, true);
    values[QStringLiteral("medium")] = QStringLiteral("健診システムのサーバー、紙の問診票／バックアップ媒体");
    auto reg = LedgerStore::add(chief, QStringLiteral("form3"), values);
    REQUIRE(reg.ok());
    auto choices = LedgerReader::registerChoices(chief);
    REQUIRE(choices.ok());
    REQUIRE(choices->size() == 1);
    CHECK(choices->first().media
          == QStringList{QStringLiteral("健診システムのサーバー"), QStringLiteral("紙の問診票"),
                         QStringLiteral("バックアップ媒体")});
}

// 第19条 asks for no approval by a head: the prior approval of a carry-out is the centre's rule.
TEST_CASE("the return waits for the head's approval as the centre's rule, not as 第19条's",
          "[core][ledger][rules][law]")
{
    const FormDefinition form = form2CarryOutLog();
    FieldValues v = carryOut(QStringLiteral("out"));
    v[QStringLiteral("returned")] = QDateTime(QDate(2026, 5, 1), QTime(6, 0), Qt::UTC);
    RuleContext before;
    before.currentState = EntryState::AwaitingApproval;
    const QList<Issue> issues = checkEntryRules(form, v, before);
    const QString message = messageOn(issues, QStringLiteral("returned"));
    REQUIRE_FALSE(message.isEmpty());
    CHECK_FALSE(message.contains(QStringLiteral("第19条")));
    CHECK(message.contains(QStringLiteral("centre's rule")));
}

// 第25条2項, 第26条1項, 第28条3項: what a change of purpose asks, removing one nothing.
TEST_CASE("様式3: an added purpose needs its date and 関連性 (第25条2項), the notice (第28条3項) or, beyond "
          "関連性, consent (第26条1項)",
          "[core][ledger][rules][law]")
{
    const FormDefinition form = form3ManagementRegister();
    const FieldValues before{{QStringLiteral("purposes"), QStringList{QStringLiteral("健診結果の通知")}},
                             {QStringLiteral("sensitive"), false}};
    RuleContext correction;
    correction.previousValues = before;
    FieldValues v = before;
    v[QStringLiteral("purposes")] = QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("保健指導")};

    QList<Issue> issues = checkEntryRules(form, v, correction);
    CHECK(fieldsOf(issues)
          == QStringList{QStringLiteral("purpose_changed_on"), QStringLiteral("purpose_change_scope")});
    CHECK(messageOn(issues, QStringLiteral("purpose_change_scope")).contains(QStringLiteral("第25条2項")));

    v[QStringLiteral("purpose_changed_on")] = QDate(2026, 6, 1);
    v[QStringLiteral("purpose_change_scope")] = QStringLiteral("related");
    issues = checkEntryRules(form, v, correction);
    CHECK(fieldsOf(issues) == QStringList{QStringLiteral("purpose_change_notice")});
    CHECK(messageOn(issues, QStringLiteral("purpose_change_notice")).contains(QStringLiteral("第28条3項")));
    v[QStringLiteral("purpose_change_notice")] = QStringList{QStringLiteral("published")};
    CHECK(checkEntryRules(form, v, correction).isEmpty());

    // Beyond 関連性: the individuals' consent (第26条1項).
    v[QStringLiteral("purpose_change_scope")] = QStringLiteral("beyond");
    issues = checkEntryRules(form, v, correction);
    CHECK(fieldsOf(issues) == QStringList{QStringLiteral("purpose_change_consent")});
    CHECK(messageOn(issues, QStringLiteral("purpose_change_consent")).contains(QStringLiteral("第26条1項")));
    v[QStringLiteral("purpose_change_consent")] = true;
    CHECK(checkEntryRules(form, v, correction).isEmpty());

    // A later change has its own date: the earlier change's record does not cover it.
    RuleContext later;
    later.previousValues = v;
    FieldValues next = v;
    next[QStringLiteral("purposes")] =
        QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("保健指導"), QStringLiteral("統計の作成")};
    CHECK(fieldsOf(checkEntryRules(form, next, later)) == QStringList{QStringLiteral("purpose_changed_on")});

    // Removing a purpose asks for nothing.
    FieldValues removed = v;
    removed[QStringLiteral("purposes")] = QStringList{QStringLiteral("保健指導")};
    CHECK(checkEntryRules(form, removed, later).isEmpty());
    // Nor does a new register entry.
    CHECK(checkEntryRules(form, v, {}).isEmpty());
}

// The LINE account's policy (第4条2項) is another controller's: the centre may adopt it as its
// own, switched by the chief, never for a removal.
TEST_CASE("the centre's policy of consent for purposes of sensitive data holds only while the chief keeps it on",
          "[core][ledger][rules][law]")
{
    const FormDefinition form = form3ManagementRegister();
    const FieldValues before{{QStringLiteral("purposes"), QStringList{QStringLiteral("健診結果の通知")}},
                             {QStringLiteral("sensitive"), true}};
    FieldValues v = before;
    v[QStringLiteral("purposes")] = QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("保健指導")};
    v[QStringLiteral("purpose_changed_on")] = QDate(2026, 6, 1);
    v[QStringLiteral("purpose_change_scope")] = QStringLiteral("related");
    v[QStringLiteral("purpose_change_notice")] = QStringList{QStringLiteral("notified")};
    RuleContext on;
    on.previousValues = before;
    const QList<Issue> issues = checkEntryRules(form, v, on);
    CHECK(fieldsOf(issues) == QStringList{QStringLiteral("purpose_change_consent")});
    const QString message = messageOn(issues, QStringLiteral("purpose_change_consent"));
    CHECK(message.contains(QStringLiteral("centre's own policy")));
    CHECK_FALSE(message.contains(QStringLiteral("LINE")));
    RuleContext off = on;
    off.sensitivePurposeConsent = false;
    CHECK(checkEntryRules(form, v, off).isEmpty());
    // Never for a removal, policy or not.
    FieldValues removed = before;
    removed[QStringLiteral("purposes")] = QStringList{QStringLiteral("保健指導")};
    RuleContext afterAdding = on;
    afterAdding.previousValues = FieldValues{
        {QStringLiteral("purposes"), QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("保健指導")}},
        {QStringLiteral("sensitive"), true}};
    CHECK(checkEntryRules(form, removed, afterAdding).isEmpty());
}

TEST_CASE("only the chief switches the centre's policy on purposes of sensitive data, audited, and the store "
          "follows it",
          "[core][ledger][settings][law]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    CHECK(Settings::sensitivePurposeConsent(chief).value()); // on until the chief decides
    auto acting = vault.signIn(QStringLiteral("acting"));
    auto head = vault.signIn(QStringLiteral("head"));
    for (Session* other : {acting.get(), head.get()}) {
        const Status refused = Settings::setSensitivePurposeConsent(*other, false);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    const QString policyChanges = QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE action = 'setting.change' AND target_id = 'sensitive_purpose_consent'");
    CHECK(count(chief, policyChanges) == 0);

    const EntryId reg = addRegister(chief, true);
    FieldValues values = registerValues(chief, true);
    values[QStringLiteral("purposes")] =
        QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("統計の作成"), QStringLiteral("保健指導")};
    values[QStringLiteral("purpose_changed_on")] = QDate(2026, 6, 1);
    values[QStringLiteral("purpose_change_scope")] = QStringLiteral("related");
    values[QStringLiteral("purpose_change_notice")] = QStringList{QStringLiteral("published")};
    CHECK_FALSE(LedgerStore::revise(chief, reg, values, QStringLiteral("目的の追加")).ok());

    REQUIRE(Settings::setSensitivePurposeConsent(chief, false).ok());
    CHECK_FALSE(Settings::sensitivePurposeConsent(chief).value());
    CHECK(count(chief, policyChanges) == 1);
    CHECK(LedgerStore::revise(chief, reg, values, QStringLiteral("目的の追加")).ok());
    requireVerified(chief);
}
