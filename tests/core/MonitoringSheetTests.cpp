// The monitoring sheet (様式4, 第14条・第15条): check items as audited data the chief keeps,
// sheets that copy them, the auditor's sign-off and the chief's review.
#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "exchange/ChecklistExport.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "ledger/monitoring/CheckItems.h"
#include "ledger/monitoring/EarlierSheet.h"
#include "ledger/monitoring/internal/CheckItemSeed.h"
#include "store/Schema.h"
#include "support/LedgerFixtures.h"
#include "support/OlderSchema.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

namespace {

QList<CheckItem> items(const Session& session, bool includeRetired = false)
{
    auto list = CheckItems::list(session, includeRetired);
    INFO((list.ok() ? QString() : list.error().message).toStdString());
    REQUIRE(list.ok());
    return list.value();
}

// A sheet of FY2025 checked on 2026-05-20, every line conforming unless changed.
FieldValues sheetValues(const Session& auditor, const ChecklistLines& lines, bool signedOff)
{
    return {{QStringLiteral("date"), QDate(2026, 5, 20)},
            {QStringLiteral("fiscal_year"), QVariant::fromValue<qint64>(2025)},
            {QStringLiteral("auditor"), QVariant::fromValue<qint64>(auditor.user().id)},
            {QStringLiteral("checklist"), checklistToValue(lines)},
            {QStringLiteral("signed_off"), signedOff}};
}

ChecklistLines answered(ChecklistLines lines, CheckResult result = CheckResult::Conforms)
{
    for (ChecklistLine& line : lines) {
        line.result = result;
        line.evidence = QStringLiteral("研修記録・様式1を確認");
    }
    return lines;
}

} // namespace

TEST_CASE("a new database holds the default check items, grouped in the regulation's order", "[core][monitoring]")
{
    TestVault vault;
    const QList<CheckItem> list = items(vault.chief());
    REQUIRE(list.size() == defaultCheckItems().size());
    // Every area of FORMS.md has items, and they come in the areas' order.
    int lastArea = -1;
    QSet<QString> areas;
    for (const CheckItem& item : list) {
        const auto at = std::find_if(checkAreas().begin(), checkAreas().end(),
                                     [&](const CheckArea& a) { return a.key == item.area; });
        REQUIRE(at != checkAreas().end());
        const int index = static_cast<int>(std::distance(checkAreas().begin(), at));
        CHECK(index >= lastArea);
        lastArea = index;
        areas.insert(item.area);
        CHECK_FALSE(item.article.isEmpty());
    }
    CHECK(areas.size() == checkAreas().size());
    CHECK(count(vault.chief(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'check_item.add'"))
          == list.size());
    requireVerified(vault.chief());
}

// Issue 10: what the regulation asks beyond the first catalogue, each item under its article.
TEST_CASE("the default check items cover 別紙1 and its yearly review (別紙1第3条3項), reports under 法26条, access "
          "logs (第10条⑥・第23条(5)), year-end disposal (第20条1項(4)(5)), 第28条2項・3項, 第7条2項③ and "
          "第38条4項・7項",
          "[core][monitoring]")
{
    const QList<CheckItem> all = defaultCheckItems();
    auto itemOf = [&](const QString& article) -> std::optional<CheckItem> {
        for (const CheckItem& item : all)
            if (item.article == article)
                return item;
        return std::nullopt;
    };
    struct Expected {
        const char16_t* article;
        const char* area;
        const char16_t* says;
    };
    for (const Expected& e : {
             Expected{u"第12条・別紙1第4条〜第9条", "organisational", u"別紙1"},
             Expected{u"別紙1第3条3項", "organisational", u"年1回"},
             Expected{u"別紙1第14条（法26条1項、規則7条・8条）", "organisational", u"要配慮個人情報"},
             Expected{u"別紙1第11条（法26条2項、規則10条）", "organisational", u"速やかに通知"},
             Expected{u"第10条⑥・第23条(5)", "technical", u"アクセスログ"},
             Expected{u"第20条1項(4)(5)・2項", "physical", u"毎年度末"},
             Expected{u"法19条", "acquisition", u"不適正利用"},
             Expected{u"第28条2項・3項（法21条2項・3項）", "acquisition", u"明示"},
             Expected{u"第7条2項③", "organisational", u"利用申請"},
             Expected{u"第38条4項・7項", "requests", u"1週間以内"},
         }) {
        const QString article = QString::fromUtf16(e.article);
        INFO(article.toStdString());
        const auto item = itemOf(article);
        REQUIRE(item);
        CHECK(item->area == QLatin1String(e.area));
        CHECK(item->text.contains(QString::fromUtf16(e.says)));
    }
    // 第38条7項: two weeks for the notice.
    CHECK(itemOf(QStringLiteral("第38条4項・7項"))->text.contains(QStringLiteral("2週間以内")));
    // 別紙1第14条2項's exemptions do not hold for 要配慮 data, unless highly encrypted (規則7条1号).
    CHECK(itemOf(QStringLiteral("別紙1第14条（法26条1項、規則7条・8条）"))
              ->text.contains(
                  QStringLiteral("要配慮個人情報を含む個人データの漏えい等（そのおそれを含む）には用いていない")));

    // 第19条 asks for no head's approval: the items under 第19条 say nothing of one, and the
    // approval stands under the centre's own rule.
    for (const CheckItem& item : all)
        if (item.article.startsWith(QStringLiteral("第19条"))) {
            INFO(item.text.toStdString());
            CHECK_FALSE(item.text.contains(QStringLiteral("承認")));
        }
    const auto approval = itemOf(QStringLiteral("第7条2項③・第8条2項に基づく事務取扱責任者の定め"));
    REQUIRE(approval);
    CHECK(approval->text.contains(QStringLiteral("部門責任者の承認")));
    // 第27条2項: sensitive data without consent only in one of its cases; 第26条3項 likewise.
    CHECK(itemOf(QStringLiteral("第27条1項・2項（法20条1項・2項）"))->text.contains(QStringLiteral("第27条2項各号")));
    CHECK(itemOf(QStringLiteral("第26条1項・3項（法18条1項・3項）"))->text.contains(QStringLiteral("第26条3項各号")));

    // Never the regulation's and the Act's numbers in one bracket: 「第27条1項（法20条1項）」.
    static const QRegularExpression bracket(QStringLiteral("（([^（）]*)）"));
    static const QRegularExpression act(QStringLiteral("(法|規則)\\d+条"));
    static const QRegularExpression regulation(QStringLiteral("第\\d+条"));
    for (const CheckItem& item : all)
        for (const QString& text : {item.article, item.text}) {
            auto it = bracket.globalMatch(text);
            while (it.hasNext()) {
                const QString inside = it.next().captured(1);
                INFO(inside.toStdString());
                CHECK_FALSE((inside.contains(act) && inside.contains(regulation)));
            }
        }
}

// Schema 6 (issue 10): a file of schema 5 gets the new items and the corrected wording at its
// upgrade, each audited in the sign-in's transaction; an item the chief reworded stays his.
TEST_CASE("a database of schema 5 gets the check items of issue 10 at its upgrade, audited, and verifies (第15条)",
          "[core][monitoring][schema]")
{
    TestVault vault;
    const CheckItemsUpgrade upgrade = checkItemsUpgrade(6);
    REQUIRE(upgrade.added.size() == 11);
    REQUIRE(upgrade.reworded.size() == 3);
    {
        // The catalogue as schema 3 to 5 had it, written and audited as then.
        Session& chief = vault.chief();
        Database& db = chief.db();
        REQUIRE(db.exec(QStringLiteral("DROP TABLE check_items")).ok());
        QFile v3(QStringLiteral(":/daicho/migrations/Migration003CheckItems.sql"));
        REQUIRE(v3.open(QIODevice::ReadOnly));
        REQUIRE(db.exec(QString::fromUtf8(v3.readAll())).ok());
        REQUIRE(Transaction::run(db, [&] { return seedDefaultCheckItems(chief, 3); }).ok());
        REQUIRE(items(chief).size() == checkItemsOfSchema(3).size());
        // The chief had reworded the 第27条 item in his own words.
        CheckItem own;
        for (const CheckItem& item : items(chief))
            if (item.article == QStringLiteral("第27条"))
                own = item;
        REQUIRE(own.id > 0);
        own.text = QStringLiteral("要配慮個人情報は本人の同意を得て取得している（センターの文言）。");
        REQUIRE(CheckItems::update(chief, own).ok());
        // Schema 5 had no digests of the definitions either (schema 7).
        REQUIRE(db.exec(schemaSevenSql()).ok());
        REQUIRE(db.exec(QStringLiteral("DROP TABLE ledger_definitions")).ok());
        REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = 5")).ok());
    }
    vault.closeChief();
    vault.reopenChief();
    Session& chief = vault.chief();
    CHECK(chief.db().scalar(QStringLiteral("PRAGMA user_version")).value()
          == QString::number(Schema::currentVersion()));
    CHECK(Schema::currentVersion() >= 6);

    const QList<CheckItem> now = items(chief);
    auto find = [&](const CheckItem& wanted) {
        return std::any_of(now.begin(), now.end(), [&](const CheckItem& i) {
            return i.area == wanted.area && i.text == wanted.text && i.article == wanted.article;
        });
    };
    for (const CheckItem& added : upgrade.added) {
        INFO(added.article.toStdString());
        CHECK(find(added));
    }
    // The 第19条 and 第26条 items reworded; the 第27条 item kept as the chief wrote it.
    int reworded = 0;
    for (const auto& [was, corrected] : upgrade.reworded) {
        INFO(was.article.toStdString());
        CHECK_FALSE(find(was));
        if (was.article == QStringLiteral("第27条")) {
            CHECK_FALSE(find(corrected));
        } else {
            CHECK(find(corrected));
            ++reworded;
        }
    }
    CHECK(reworded == 2);
    CHECK(now.size() == checkItemsOfSchema(3).size() + upgrade.added.size());
    // Every change is audited after the upgrade's own entry, in the same sign-in.
    const QString afterUpgrade =
        QStringLiteral(" AND seq > (SELECT max(seq) FROM audit_log WHERE action = 'schema.upgrade')");
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schema.upgrade'")) == 1);
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'check_item.add'") + afterUpgrade)
          == upgrade.added.size());
    CHECK(
        count(chief, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'check_item.change'") + afterUpgrade)
        == 2);
    // Each new item stands in its area on a new sheet.
    const ChecklistLines lines = checklistFromItems(now);
    CHECK(lines.size() == now.size());
    requireVerified(chief);
}

TEST_CASE("the chief adds, rewords, moves and retires check items; each change is audited", "[core][monitoring]")
{
    TestVault vault;
    Session& chief = vault.chief();
    CheckItem item;
    item.area = QStringLiteral("physical");
    item.article = QStringLiteral("第18条");
    item.text = QStringLiteral("  書庫の鍵の貸出しが記録されている。 ");
    auto id = CheckItems::add(chief, item);
    REQUIRE(id.ok());
    auto find = [&](std::int64_t wanted) {
        for (const CheckItem& i : items(chief, true))
            if (i.id == wanted)
                return i;
        FAIL("item " << wanted << " not listed");
        return CheckItem{};
    };
    CHECK(find(id.value()).text == QStringLiteral("書庫の鍵の貸出しが記録されている。"));

    // Added at the end of its area: before the first technical item.
    QList<CheckItem> list = items(chief);
    auto index = [&](std::int64_t wanted) {
        list = items(chief, true);
        for (int i = 0; i < list.size(); ++i)
            if (list[i].id == wanted)
                return i;
        return -1;
    };
    const int at = index(id.value());
    REQUIRE(at > 0);
    CHECK(list[at - 1].area == QStringLiteral("physical"));
    CHECK(list[at + 1].area == QStringLiteral("technical"));

    REQUIRE(CheckItems::move(chief, id.value(), -1).ok());
    CHECK(index(id.value()) == at - 1);
    REQUIRE(CheckItems::move(chief, id.value(), +1).ok());
    CHECK(index(id.value()) == at);
    // The last of its area stays where it is.
    REQUIRE(CheckItems::move(chief, id.value(), +1).ok());
    CHECK(index(id.value()) == at);

    item.id = id.value();
    item.text = QStringLiteral("書庫の鍵の貸出しと返却が記録されている。");
    REQUIRE(CheckItems::update(chief, item).ok());
    CHECK(find(id.value()).text == item.text);

    REQUIRE(CheckItems::setActive(chief, id.value(), false).ok());
    CHECK_FALSE(find(id.value()).active);
    CHECK(items(chief).size() == defaultCheckItems().size());
    for (const ChecklistLine& line : checklistFromItems(items(chief, true)))
        CHECK(line.itemId != id.value());
    REQUIRE(CheckItems::setActive(chief, id.value(), true).ok());
    CHECK(items(chief).size() == defaultCheckItems().size() + 1);

    for (const char* action :
         {"check_item.add", "check_item.move", "check_item.change", "check_item.retire", "check_item.restore"})
        CHECK(count(chief, QStringLiteral("SELECT count(*) FROM audit_log WHERE target_id = '%1' AND action = '%2'")
                               .arg(id.value())
                               .arg(QLatin1String(action)))
              >= 1);
    requireVerified(chief);
}

TEST_CASE("check items refuse bad input and other roles, changing nothing", "[core][monitoring]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    const std::int64_t before = count(chief, QStringLiteral("SELECT count(*) FROM audit_log"));
    CheckItem item;
    item.area = QStringLiteral("technical");
    item.text = QStringLiteral("バックアップが暗号化されている。");

    SECTION("bad input")
    {
        CheckItem bad = item;
        const auto [area, text, article] = GENERATE(
            std::tuple<QString, QString, QString>{QStringLiteral("nowhere"), QStringLiteral("何か"), QString()},
            std::tuple<QString, QString, QString>{QStringLiteral("technical"), QStringLiteral("   "), QString()},
            std::tuple<QString, QString, QString>{QStringLiteral("technical"), QString(301, QChar(0x3042)), QString()},
            std::tuple<QString, QString, QString>{QStringLiteral("technical"), QStringLiteral("何か"),
                                                  QString(41, QChar(0x3042))});
        bad.area = area;
        bad.text = text;
        bad.article = article;
        auto added = CheckItems::add(chief, bad);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(added.error().message.isEmpty());
        bad.id = items(chief).first().id;
        const Status updated = CheckItems::update(chief, bad);
        REQUIRE_FALSE(updated.ok());
        CHECK(updated.error().code == ErrorCode::InvalidInput);
    }
    SECTION("roles other than the chief and acting chief")
    {
        for (const char* login : {"head", "staff", "auditor"}) {
            auto session = vault.signIn(QString::fromLatin1(login));
            auto added = CheckItems::add(*session, item);
            REQUIRE_FALSE(added.ok());
            CHECK(added.error().code == ErrorCode::PermissionDenied);
            CHECK(CheckItems::setActive(*session, items(chief).first().id, false).error().code
                  == ErrorCode::PermissionDenied);
        }
        // Staff do not even read them (様式4 is not theirs).
        auto staff = vault.signIn(QStringLiteral("staff"));
        CHECK(CheckItems::list(*staff, false).error().code == ErrorCode::PermissionDenied);
        auto acting = vault.signIn(QStringLiteral("acting"));
        auto byActing = CheckItems::add(*acting, item);
        INFO((byActing.ok() ? QString() : byActing.error().message + byActing.error().detail).toStdString());
        CHECK(byActing.ok());
        return;
    }
    SECTION("an item that does not exist")
    {
        item.id = 9999;
        CHECK(CheckItems::update(chief, item).error().code == ErrorCode::NotFound);
        CHECK(CheckItems::setActive(chief, 9999, false).error().code == ErrorCode::NotFound);
        CHECK(CheckItems::move(chief, 9999, 1).error().code == ErrorCode::NotFound);
    }
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM audit_log")) == before);
    CHECK(items(chief, true).size() == defaultCheckItems().size());
}

TEST_CASE("a check item changed outside Daicho is refused and found by the verifier", "[core][monitoring][audit]")
{
    TestVault vault;
    Session& chief = vault.chief();
    CheckItem first = items(chief).first();
    REQUIRE(
        chief.db().exec(QStringLiteral("UPDATE check_items SET text = '確認不要' WHERE id = %1").arg(first.id)).ok());
    auto report = verifyAuditTrail(chief.db());
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok);
    first.text = QStringLiteral("書き直し");
    CHECK(CheckItems::update(chief, first).error().code == ErrorCode::Tampered);
}

TEST_CASE("a sheet's lines survive the store exactly, and keep their wording after the item changes",
          "[core][monitoring][codec]")
{
    TestVault vault;
    vault.addPeople();
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    ChecklistLines lines = answered(checklistFromItems(items(*auditor)));
    lines[1].result = CheckResult::DoesNotConform;
    lines[1].comment = QStringLiteral("様式1の記録漏れが3件ある。\n改善を要する。");
    lines[2].result = CheckResult::NotApplicable;
    lines[3].evidence.clear();

    const FormDefinition& form = *FormRegistry::find(QStringLiteral("form4"));
    const FieldValues values = sheetValues(*auditor, lines, false);
    const QByteArray bytes = encodeEntryValues(form, values);
    CHECK(encodeEntryValues(form, values) == bytes); // the same values, the same bytes
    auto decoded = decodeEntryValues(form, bytes);
    REQUIRE(decoded.ok());
    CHECK(checklistFromValue(decoded->value(QStringLiteral("checklist"))) == lines);

    auto id = LedgerStore::add(*auditor, QStringLiteral("form4"), values);
    INFO((id.ok() ? QString() : id.error().message + id.error().detail).toStdString());
    REQUIRE(id.ok());
    CheckItem reworded = items(vault.chief()).first();
    reworded.text = QStringLiteral("全く別の文言");
    REQUIRE(CheckItems::update(vault.chief(), reworded).ok());
    auto entry = LedgerReader::entry(*auditor, id.value());
    REQUIRE(entry.ok());
    CHECK(checklistFromValue(entry->values.value(QStringLiteral("checklist"))) == lines);
    CHECK(entry->state == EntryState::Draft);
    requireVerified(*auditor);
}

TEST_CASE("a damaged checklist in a stored sheet is reported, not half read", "[core][monitoring][codec]")
{
    const FormDefinition& form = *FormRegistry::find(QStringLiteral("form4"));
    // {"checklist": [{"result": "maybe"}]} and {"checklist": ["text"]}
    for (const QByteArray& bytes : {QByteArray::fromHex("a169636865636b6c69737481a166726573756c74656d61796265"),
                                    QByteArray::fromHex("a169636865636b6c6973748164746578")}) {
        auto decoded = decodeEntryValues(form, bytes);
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == ErrorCode::Corrupt);
    }
}

TEST_CASE("the auditor signs a sheet off only when it is complete; the chief then reviews it",
          "[core][monitoring][rules]")
{
    TestVault vault;
    vault.addPeople();
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    Session& chief = vault.chief();
    const ChecklistLines fresh = checklistFromItems(items(*auditor));

    // A draft: nothing checked yet, not signed off.
    auto id = LedgerStore::add(*auditor, QStringLiteral("form4"), sheetValues(*auditor, fresh, false));
    REQUIRE(id.ok());
    CHECK(LedgerReader::entry(*auditor, id.value())->state == EntryState::Draft);
    auto early = LedgerStore::decide(chief, id.value(), Decision::Review, {});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::InvalidInput);

    auto issuesOf = [&](const FieldValues& values) {
        auto issues = LedgerStore::check(*auditor, QStringLiteral("form4"), values, id.value());
        REQUIRE(issues.ok());
        return issues.value();
    };
    auto hasIssue = [](const QList<Issue>& issues, const QString& field) {
        return std::any_of(issues.begin(), issues.end(), [&](const Issue& i) { return i.field == field; });
    };

    // Signing off with lines open is refused, naming them.
    ChecklistLines partly = answered(fresh);
    partly[4].result = CheckResult::Open;
    QList<Issue> issues = issuesOf(sheetValues(*auditor, partly, true));
    REQUIRE(hasIssue(issues, QStringLiteral("signed_off")));
    CHECK(issues.first().message.contains(QStringLiteral("5")));

    // A line that does not conform says why, and the sheet asks for improvement.
    ChecklistLines findings = answered(fresh);
    findings[0].result = CheckResult::DoesNotConform;
    issues = issuesOf(sheetValues(*auditor, findings, false));
    CHECK(hasIssue(issues, QStringLiteral("checklist")));
    findings[0].comment = QStringLiteral("責任者の周知文書が掲示されていない。");
    CHECK(issuesOf(sheetValues(*auditor, findings, false)).isEmpty());
    issues = issuesOf(sheetValues(*auditor, findings, true));
    CHECK(hasIssue(issues, QStringLiteral("requests")));

    FieldValues complete = sheetValues(*auditor, findings, true);
    complete[QStringLiteral("findings")] = QStringLiteral("概ね適切に運用されている。");
    complete[QStringLiteral("requests")] = QStringLiteral("総務部は責任者の周知文書を掲示すること。");
    CHECK(issuesOf(complete).isEmpty());

    // A fiscal year after the check is refused.
    FieldValues future = complete;
    future[QStringLiteral("fiscal_year")] = QVariant::fromValue<qint64>(2026 + 1);
    CHECK(hasIssue(issuesOf(future), QStringLiteral("fiscal_year")));

    auto revised = LedgerStore::revise(*auditor, id.value(), complete, QStringLiteral("監査完了"));
    REQUIRE(revised.ok());
    CHECK(LedgerReader::entry(*auditor, id.value())->state == EntryState::AwaitingReview);
    // The auditor does not review their own sheet; the chief does.
    CHECK_FALSE(LedgerStore::decide(*auditor, id.value(), Decision::Review, {}).ok());
    REQUIRE(LedgerStore::decide(chief, id.value(), Decision::Review, QStringLiteral("各部門へ周知した")).ok());
    CHECK(LedgerReader::entry(chief, id.value())->state == EntryState::Reviewed);
    // Heads read the findings (第15条).
    auto head = vault.signIn(QStringLiteral("head"));
    CHECK(LedgerReader::entry(*head, id.value()).ok());
    requireVerified(chief);
}

TEST_CASE("only the auditor writes a sheet", "[core][monitoring][access]")
{
    TestVault vault;
    vault.addPeople();
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    const FieldValues values = sheetValues(*auditor, answered(checklistFromItems(items(*auditor))), false);
    for (const char* login : {"head", "staff", "acting"}) {
        auto session = vault.signIn(QString::fromLatin1(login));
        auto id = LedgerStore::add(*session, QStringLiteral("form4"), values);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(LedgerStore::add(vault.chief(), QStringLiteral("form4"), values).error().code == ErrorCode::PermissionDenied);
    // The auditor writes no other ledger.
    auto staff = vault.signIn(QStringLiteral("staff"));
    CHECK(LedgerStore::add(*auditor, QStringLiteral("form3"), registerValues(vault.chief())).error().code
          == ErrorCode::PermissionDenied);
}

TEST_CASE("a new sheet starts from last year's: its lines, no results", "[core][monitoring]")
{
    TestVault vault;
    vault.addPeople();
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    auto none = newestMonitoringSheet(*auditor, std::nullopt);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    ChecklistLines lastYear = answered(checklistFromItems(items(*auditor)));
    lastYear[0].result = CheckResult::DoesNotConform;
    lastYear[0].comment = QStringLiteral("不備あり");
    lastYear.removeLast();
    auto id = LedgerStore::add(*auditor, QStringLiteral("form4"), sheetValues(*auditor, lastYear, false));
    REQUIRE(id.ok());

    auto newest = newestMonitoringSheet(*auditor, std::nullopt);
    REQUIRE(newest.ok());
    REQUIRE(newest->has_value());
    CHECK((*newest)->id == id.value());
    auto excluded = newestMonitoringSheet(*auditor, id.value());
    REQUIRE(excluded.ok());
    CHECK_FALSE(excluded->has_value());

    const ChecklistLines copied =
        checklistFromEarlierSheet(*checklistFromValue((*newest)->values.value(QStringLiteral("checklist"))), true);
    REQUIRE(copied.size() == lastYear.size());
    for (int i = 0; i < copied.size(); ++i) {
        CHECK(copied[i].text == lastYear[i].text);
        CHECK(copied[i].result == CheckResult::Open);
        CHECK(copied[i].comment.isEmpty());
        CHECK(copied[i].evidence == lastYear[i].evidence);
    }
    CHECK(checklistFromEarlierSheet(lastYear, false).first().evidence.isEmpty());
    auto staff = vault.signIn(QStringLiteral("staff"));
    CHECK(newestMonitoringSheet(*staff, std::nullopt).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("the summary of a sheet counts each result", "[core][monitoring]")
{
    ChecklistLines lines(5);
    lines[0].result = CheckResult::Conforms;
    lines[1].result = CheckResult::Conforms;
    lines[2].result = CheckResult::DoesNotConform;
    lines[3].result = CheckResult::NotApplicable;
    CHECK(checklistSummary(lines) == QStringLiteral("適合 2・不適合 1・該当なし 1・未記入 1"));
}

TEST_CASE("a sheet's lines export to Excel or CSV one row each, audited; others are refused",
          "[core][monitoring][export]")
{
    TestVault vault;
    vault.addPeople();
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    ChecklistLines lines = answered(checklistFromItems(items(*auditor)));
    lines[2].result = CheckResult::DoesNotConform;
    lines[2].comment = QStringLiteral("=HYPERLINK(\"x\") 記録漏れ");
    auto id = LedgerStore::add(*auditor, QStringLiteral("form4"), sheetValues(*auditor, lines, false));
    REQUIRE(id.ok());

    auto table = checklistExportTable(*auditor, id.value());
    REQUIRE(table.ok());
    CHECK(table->header.size() == 7);
    REQUIRE(table->rows.size() == lines.size());
    CHECK(table->rows[2][4].text == QStringLiteral("不適合"));
    CHECK(table->rows[0][1].text == QStringLiteral("組織的安全管理措置"));
    const QString csv = QString::fromUtf8(LedgerExport::csvBytes(table.value(), CsvEncoding::Utf8Bom));
    CHECK(csv.contains(QStringLiteral("No.,区分,条項,チェック項目,結果,確認した資料等,コメント")));
    CHECK(csv.contains(QStringLiteral("'=HYPERLINK"))); // a formula stays text

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("sheet.xlsx"));
    auto written = exportChecklist(*auditor, id.value(), ExportFormat::Xlsx, xlsx);
    REQUIRE(written.ok());
    CHECK(written.value() == lines.size());
    QFile file(xlsx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == QByteArray("PK"));
    CHECK(count(*auditor, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.export' AND detail "
                                         "LIKE '%form=form4%' AND detail LIKE '%entry=%1%'")
                              .arg(id.value()))
          == 1);

    // Shift_JIS cannot hold 𠮷: refused with a message, no file written.
    lines[3].comment = QStringLiteral("𠮷田さんの記録を確認");
    auto rare = LedgerStore::add(*auditor, QStringLiteral("form4"), sheetValues(*auditor, lines, false));
    REQUIRE(rare.ok());
    const QString sjis = dir.filePath(QStringLiteral("sheet.csv"));
    auto refused = exportChecklist(*auditor, rare.value(), ExportFormat::CsvCp932, sjis);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(QFile::exists(sjis));
    CHECK(exportChecklist(*auditor, rare.value(), ExportFormat::CsvUtf8, sjis).ok());
    CHECK(QFile::exists(sjis));

    auto staff = vault.signIn(QStringLiteral("staff"));
    CHECK(exportChecklist(*staff, id.value(), ExportFormat::Xlsx, dir.filePath(QStringLiteral("s.xlsx"))).error().code
          == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("s.xlsx"))));
    // An entry of a form without a checklist has nothing to export.
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    CHECK(checklistExportTable(vault.chief(), reg).error().code == ErrorCode::InvalidInput);
    requireVerified(*auditor);
}
