// Cases with clocks (issue 12): a request from an individual from the desk to the closed
// case, each step by whom the regulation names (第33条, 第38条), refused otherwise, and the
// trail verifying after every write.

#include "cases/CaseKinds.h"
#include "cases/CaseReader.h"
#include "cases/CaseStore.h"
#include "cases/DeskSettings.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("Every case kind passes the definition checks", "[cases]")
{
    REQUIRE(CaseKinds::all().size() == 6);
    for (const CaseKind& kind : CaseKinds::all()) {
        INFO(kind.id.toStdString());
        const Status checked = CaseKinds::check(kind);
        const std::string problem = checked.ok() ? std::string() : checked.error().message.toStdString();
        INFO(problem);
        CHECK(checked.ok());
    }
}

TEST_CASE("A disclosure request goes from the desk to the closed case, its clocks derived and verified", "[cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto received = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    INFO((received.ok() ? QString() : received.error().message).toStdString());
    REQUIRE(received.ok());
    const CaseId id = received.value();
    requireVerified(f.vault.chief());

    auto opened = CaseReader::detail(*desk, id);
    REQUIRE(opened.ok());
    CHECK(opened->record.state == QLatin1String("received"));
    CHECK(opened->record.number == 1);
    CHECK(opened->record.fiscalYear == 2026);
    // 第38条4項: 受付をした日から起算して1週間 — Monday 12/7 is day 1, Sunday 12/13 the last
    // day, a closed day: the next open day, Monday 12/14 (民法第142条).
    const CaseClockState* decide = clockOf(opened->record, QStringLiteral("decision"));
    REQUIRE(decide);
    CHECK(decide->dueOn == QDate(2026, 12, 14));
    CHECK((decide->flags & ClockMoved) != 0);
    CHECK(decide->running);
    // 第38条7項: 2週間, the first day left out (民法第140条) → Monday 12/21.
    const CaseClockState* notify = clockOf(opened->record, QStringLiteral("notice"));
    REQUIRE(notify);
    CHECK(notify->dueOn == QDate(2026, 12, 21));
    // 第33条1項(1): proposed to the register entry's section.
    CHECK(opened->proposedSection == departmentId(f.vault.chief(), QStringLiteral("健診管理課")));

    REQUIRE(CaseStore::take(*desk, id, QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    // The handling section's clerk may not decide; the head of 事業部 may (第7条3項).
    auto staff = f.vault.signIn(QStringLiteral("staff"));
    auto byStaff = CaseStore::take(*staff, id, QStringLiteral("decide"), decision(QStringLiteral("whole")));
    REQUIRE_FALSE(byStaff.ok());
    CHECK(byStaff.error().code == ErrorCode::PermissionDenied);
    auto head = f.vault.signIn(QStringLiteral("head"));
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    // A refusal in part needs its ground and reason (第35条1項・2項).
    FieldValues noReason = decision(QStringLiteral("part"));
    noReason.remove(QStringLiteral("reason"));
    auto refused = CaseStore::take(*head, id, QStringLiteral("decide"), noReason);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().detail == QLatin1String("reason"));
    REQUIRE(CaseStore::take(*head, id, QStringLiteral("decide"), decision(QStringLiteral("part"))).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 11), QTime(1, 0), Qt::UTC));
    REQUIRE(CaseStore::take(*desk, id, QStringLiteral("notify"), notice()).ok());
    REQUIRE(
        CaseStore::take(*desk, id, QStringLiteral("close"), {{QStringLiteral("closed_on"), QDate(2026, 12, 11)}}).ok());
    requireVerified(f.vault.chief());

    auto closed = CaseReader::detail(*desk, id);
    REQUIRE(closed.ok());
    CHECK(closed->record.state == QLatin1String("closed"));
    CHECK(closed->record.closed);
    CHECK(closed->events.size() == 5);
    CHECK(clockOf(closed->record, QStringLiteral("decision"))->metOn == QDate(2026, 12, 10));
    CHECK(clockOf(closed->record, QStringLiteral("notice"))->metOn == QDate(2026, 12, 11));
    auto due = CaseReader::dueClocks(*desk);
    REQUIRE(due.ok());
    CHECK(due->isEmpty());
}

TEST_CASE("Who reads a request and who takes each step, per role and state", "[cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(id.ok());

    SECTION("only the desk and the chief receive")
    {
        for (const QString& login :
             {QStringLiteral("staff"), QStringLiteral("head"), QStringLiteral("auditor"), QStringLiteral("other")}) {
            auto session = f.vault.signIn(login);
            auto refused = CaseStore::receive(*session, kDisclosure, f.receipt(*session));
            INFO(login.toStdString());
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == ErrorCode::PermissionDenied);
        }
        CHECK(CaseStore::receive(f.vault.chief(), kDisclosure, f.receipt(f.vault.chief())).ok());
        auto acting = f.vault.signIn(QStringLiteral("acting"));
        CHECK(CaseStore::receive(*acting, kDisclosure, f.receipt(*acting)).ok());
    }
    SECTION("other staff do not read it; the auditor reads it and takes no step")
    {
        auto other = f.vault.signIn(QStringLiteral("other"));
        auto hidden = CaseReader::detail(*other, id.value());
        REQUIRE_FALSE(hidden.ok());
        CHECK(hidden.error().code == ErrorCode::PermissionDenied);
        auto list = CaseReader::cases(*other, false);
        REQUIRE(list.ok());
        CHECK(list->isEmpty());
        auto auditor = f.vault.signIn(QStringLiteral("auditor"));
        auto read = CaseReader::detail(*auditor, id.value());
        REQUIRE(read.ok());
        CHECK(read->stepsForMe.isEmpty());
        auto route =
            CaseStore::take(*auditor, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課")));
        REQUIRE_FALSE(route.ok());
        CHECK(route.error().code == ErrorCode::PermissionDenied);
        // The section reads the case once it is routed there, not before.
        auto staff = f.vault.signIn(QStringLiteral("staff"));
        CHECK_FALSE(CaseReader::detail(*staff, id.value()).ok());
        REQUIRE(
            CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
        CHECK(CaseReader::detail(*staff, id.value()).ok());
        CHECK_FALSE(CaseReader::detail(*other, id.value()).ok());
    }
    SECTION("a step the state does not allow is refused, naming what can be done")
    {
        auto early =
            CaseStore::take(f.vault.chief(), id.value(), QStringLiteral("decide"), decision(QStringLiteral("whole")));
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().code == ErrorCode::InvalidInput);
        CHECK(early.error().message.contains(QStringLiteral("担当部署の決定")));
        auto notify = CaseStore::take(*desk, id.value(), QStringLiteral("notify"), notice());
        REQUIRE_FALSE(notify.ok());
        CHECK(notify.error().code == ErrorCode::InvalidInput);
    }
    SECTION("another section than proposed needs a reason")
    {
        auto plain = CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("総務課")));
        REQUIRE_FALSE(plain.ok());
        CHECK(plain.error().detail == QLatin1String("route_reason"));
        FieldValues withReason = f.route(QStringLiteral("総務課"));
        withReason.insert(QStringLiteral("route_reason"), QStringLiteral("健診以外のデータに関する請求のため"));
        CHECK(CaseStore::take(*desk, id.value(), QStringLiteral("route"), withReason).ok());
    }
    SECTION("a date after today or before the receipt is refused")
    {
        REQUIRE(
            CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
        FieldValues future = decision(QStringLiteral("whole"));
        future.insert(QStringLiteral("decided_on"), QDate(2026, 12, 8));
        auto head = f.vault.signIn(QStringLiteral("head"));
        auto refused = CaseStore::take(*head, id.value(), QStringLiteral("decide"), future);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().detail == QLatin1String("decided_on"));
        future.insert(QStringLiteral("decided_on"), QDate(2026, 12, 6));
        CHECK_FALSE(CaseStore::take(*head, id.value(), QStringLiteral("decide"), future).ok());
    }
    requireVerified(f.vault.chief());
}

TEST_CASE("The desk's data are versioned, and a case counts with the version of its receipt", "[cases]")
{
    CaseFixture f;
    auto staff = f.vault.signIn(QStringLiteral("desk"));
    DeskSettings changed = DeskSettings::regulationDefaults();
    auto refused = RequestDesk::save(*staff, changed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    changed.phone.clear();
    auto empty = RequestDesk::save(f.vault.chief(), changed);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::InvalidInput);
    auto current = RequestDesk::current(*staff);
    REQUIRE(current.ok());
    CHECK(current->id == 1);
    CHECK(current->settings.disclosureFeeYen == 300);
    requireVerified(f.vault.chief());
}

TEST_CASE("A granted stop of provision refuses new records of provision for that person and database", "[cases]")
{
    CaseFixture f;
    auto plain = LedgerStore::add(f.vault.chief(), QStringLiteral("form3"), registerValues(f.vault.chief(), false));
    REQUIRE(plain.ok());
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    FieldValues asked = f.receipt(*desk);
    asked.remove(QStringLiteral("delivery"));
    asked.remove(QStringLiteral("fee"));
    asked.remove(QStringLiteral("fee_state"));
    asked.insert(QStringLiteral("register"), qint64(plain.value()));
    asked.insert(QStringLiteral("grounds"), QStringList{QStringLiteral("rights_harmed")});
    auto id = CaseStore::receive(*desk, QStringLiteral("request.stop_provision"), asked);
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    FieldValues provision =
        importableEntryValues(f.vault.chief(), QStringLiteral("form6-2"), f.registerEntry, plain.value());
    provision.insert(QStringLiteral("individual"), QStringLiteral("ヤマダ ハナコ"));
    // Not yet decided: provision goes on.
    REQUIRE(LedgerStore::add(f.vault.chief(), QStringLiteral("form6-2"), provision).ok());

    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    FieldValues granted = decision(QStringLiteral("whole"));
    granted.insert(QStringLiteral("measure"), QStringLiteral("健康保険組合への提供を停止した"));
    auto head = f.vault.signIn(QStringLiteral("head"));
    REQUIRE(CaseStore::take(*head, id.value(), QStringLiteral("decide"), granted).ok());

    auto refused = LedgerStore::add(f.vault.chief(), QStringLiteral("form6-2"), provision);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == QLatin1String("individual"));
    CHECK(refused.error().message.contains(QStringLiteral("令和8年度 第1号")));
    // Another individual, or another database, is not concerned.
    FieldValues someoneElse = provision;
    someoneElse.insert(QStringLiteral("individual"), QStringLiteral("健診 太郎"));
    CHECK(LedgerStore::add(f.vault.chief(), QStringLiteral("form6-2"), someoneElse).ok());
    // Withdrawn by the individual, the stop no longer stands.
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("withdraw"),
                            {{QStringLiteral("withdrawn_on"), QDate(2026, 12, 10)}})
                .ok());
    CHECK(LedgerStore::add(f.vault.chief(), QStringLiteral("form6-2"), provision).ok());
    requireVerified(f.vault.chief());
}

TEST_CASE("An agent's request needs the power of attorney, and an answer needs its question", "[cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    // 第38条3項(2): an agent brings the power of attorney (様式9).
    FieldValues byAgent = f.receipt(*desk);
    byAgent.insert(QStringLiteral("requester"), QStringLiteral("agent"));
    byAgent.insert(QStringLiteral("proxy_name"), QStringLiteral("代理 一郎"));
    byAgent.insert(QStringLiteral("proxy_address"), QStringLiteral("青森市"));
    byAgent.insert(QStringLiteral("proxy_power"), false);
    auto refused = CaseStore::receive(*desk, kDisclosure, byAgent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == QLatin1String("proxy_power"));
    byAgent.insert(QStringLiteral("proxy_power"), true);
    auto id = CaseStore::receive(*desk, kDisclosure, byAgent);
    REQUIRE(id.ok());

    // 第38条2項: an answer is recorded after the question it answers, once each.
    const FieldValues answer{{QStringLiteral("answered_on"), QDate(2026, 12, 7)},
                             {QStringLiteral("answer"), QStringLiteral("対象の年度の回答を受けた")}};
    auto early = CaseStore::take(*desk, id.value(), QStringLiteral("answer"), answer);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("照会")));
    auto opened = CaseReader::detail(*desk, id.value());
    REQUIRE(opened.ok());
    for (const CaseStep* step : opened->stepsForMe)
        CHECK(step->key != QLatin1String("answer"));
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("ask"),
                            {{QStringLiteral("asked_on"), QDate(2026, 12, 7)},
                             {QStringLiteral("asked"), QStringLiteral("対象となる年度")}})
                .ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("answer"), answer).ok());
    CHECK_FALSE(CaseStore::take(*desk, id.value(), QStringLiteral("answer"), answer).ok());
    requireVerified(f.vault.chief());
}

TEST_CASE("A granted erasure is recorded with its 様式1④ entry in one step, by the handling section", "[cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    const std::optional<CaseId> id = f.routedCase(QStringLiteral("request.suspension"));

    auto staff = f.vault.signIn(QStringLiteral("staff"));
    const FieldValues erased{{QStringLiteral("date"), QDate(2026, 12, 10)},
                             {QStringLiteral("register"), qint64(f.registerEntry)},
                             {QStringLiteral("target"), QStringLiteral("database")},
                             {QStringLiteral("disposed"), QStringLiteral("健診結果データベースの当該本人のデータ")},
                             {QStringLiteral("method"), QStringLiteral("deletion")},
                             {QStringLiteral("disposed_by"), QStringLiteral("centre")},
                             {QStringLiteral("verifier"), qint64(f.vault.chief().user().id)}};
    // Not before a decision that granted it (第37条1項).
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    auto early = CaseStore::take(*staff, id.value(), QStringLiteral("record_erasure"), erased);
    REQUIRE_FALSE(early.ok());
    auto head = f.vault.signIn(QStringLiteral("head"));
    REQUIRE(CaseStore::take(*head, *id, QStringLiteral("decide"), erasureGranted()).ok());

    // Another section's clerk may not; the desk's clerk neither (the handling section does it).
    CHECK(
        CaseStore::take(*f.vault.signIn(QStringLiteral("other")), id.value(), QStringLiteral("record_erasure"), erased)
            .error()
            .code
        == ErrorCode::PermissionDenied);
    // The id of the 様式1 entry is Daicho's to fill, never typed.
    FieldValues typed = erased;
    typed.insert(QStringLiteral("disposal_record"), qint64(f.registerEntry));
    CHECK_FALSE(CaseStore::take(*staff, id.value(), QStringLiteral("record_erasure"), typed).ok());

    // The notice says the erasure was done (第37条3項): not before its 様式1④ record.
    auto noticeFirst = CaseStore::take(*desk, id.value(), QStringLiteral("notify"), notice());
    REQUIRE_FALSE(noticeFirst.ok());
    CHECK(noticeFirst.error().message.contains(QStringLiteral("消去の記録")));

    // Not dated before the decision it follows.
    FieldValues before = erased;
    before.insert(QStringLiteral("date"), QDate(2026, 12, 9));
    auto backdated = CaseStore::take(*staff, id.value(), QStringLiteral("record_erasure"), before);
    REQUIRE_FALSE(backdated.ok());
    CHECK(backdated.error().detail == QLatin1String("date"));

    auto step = CaseStore::take(*staff, id.value(), QStringLiteral("record_erasure"), erased);
    REQUIRE(step.ok());
    auto detail = CaseReader::detail(*staff, id.value());
    REQUIRE(detail.ok());
    const CaseEvent& event = detail->events.last();
    REQUIRE(event.step == QLatin1String("record_erasure"));
    const qint64 entryId = event.values.value(QStringLiteral("disposal_record")).toLongLong();
    auto entry = LedgerReader::entry(*staff, entryId);
    REQUIRE(entry.ok());
    CHECK(entry->formId == QLatin1String("form1"));
    const FieldValues& values = entry->values;
    CHECK(values.value(QStringLiteral("kind")).toString() == QLatin1String("disposal"));
    CHECK(values.value(QStringLiteral("method")).toString() == QLatin1String("deletion"));
    CHECK(values.value(QStringLiteral("department")).toLongLong()
          == departmentId(f.vault.chief(), QStringLiteral("健診管理課")));
    CHECK(values.value(QStringLiteral("staff")).toLongLong() == staff->user().id);
    CHECK(values.value(QStringLiteral("note")).toString()
          == QStringLiteral("利用停止・消去の請求（令和8年度第1号）による"));
    // Never the individual's name (第20条2項).
    for (const QVariant& value : values)
        CHECK_FALSE(value.toString().contains(QStringLiteral("山田")));
    f.vault.clock().set(QDateTime(QDate(2026, 12, 11), QTime(1, 0), Qt::UTC));
    CHECK(CaseStore::take(*desk, id.value(), QStringLiteral("notify"), notice()).ok());
    requireVerified(f.vault.chief());
}

TEST_CASE("A suspension of use granted alone records no erasure and the notice goes out", "[cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    FieldValues asked = f.receiptOf(*desk, QStringLiteral("request.suspension"));
    asked.insert(QStringLiteral("measure_asked"), QStringLiteral("suspend"));
    auto id = CaseStore::receive(*desk, QStringLiteral("request.suspension"), asked);
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    FieldValues granted = decision(QStringLiteral("whole"));
    granted.insert(QStringLiteral("measure"), QStringLiteral("案内の送付への利用を停止した"));
    // What is granted is said (第37条1項): the erasure, the suspension or both.
    auto unsaid =
        CaseStore::take(*f.vault.signIn(QStringLiteral("head")), id.value(), QStringLiteral("decide"), granted);
    REQUIRE_FALSE(unsaid.ok());
    granted.insert(QStringLiteral("measure_granted"), QStringLiteral("suspend"));
    REQUIRE(
        CaseStore::take(*f.vault.signIn(QStringLiteral("head")), id.value(), QStringLiteral("decide"), granted).ok());
    auto staff = f.vault.signIn(QStringLiteral("staff"));
    auto detail = CaseReader::detail(*staff, id.value());
    REQUIRE(detail.ok());
    for (const CaseStep* step : detail->stepsForMe)
        CHECK(step->key != QLatin1String("record_erasure"));
    f.vault.clock().set(QDateTime(QDate(2026, 12, 11), QTime(1, 0), Qt::UTC));
    CHECK(CaseStore::take(*desk, id.value(), QStringLiteral("notify"), notice()).ok());
    requireVerified(f.vault.chief());
}

TEST_CASE("A request is proposed to the health-check section of its database, anything else to the desk (第33条1項)",
          "[cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    const std::int64_t kanri = departmentId(f.vault.chief(), QStringLiteral("健診管理課"));
    const std::int64_t soumu = departmentId(f.vault.chief(), QStringLiteral("総務課"));
    // (1) The register entry's section is one of the health-check sections the desk's data name.
    auto checkup = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(checkup.ok());
    CHECK(CaseStore::proposedSection(*desk, checkup.value()).value() == kanri);

    // (2) Data kept by a department that is not on the list (総務部's own staff records) go to
    // the desk.
    FieldValues staffRegister = registerValues(f.vault.chief());
    staffRegister.insert(QStringLiteral("department"),
                         QVariant::fromValue<qint64>(departmentId(f.vault.chief(), QStringLiteral("総務部"))));
    auto other = LedgerStore::add(f.vault.chief(), QStringLiteral("form3"), staffRegister);
    REQUIRE(other.ok());
    FieldValues asked = f.receipt(*desk);
    asked.insert(QStringLiteral("register"), qint64(other.value()));
    auto payroll = CaseStore::receive(*desk, kDisclosure, asked);
    REQUIRE(payroll.ok());
    CHECK(CaseStore::proposedSection(*desk, payroll.value()).value() == soumu);
    // Routing it to that section anyway needs its reason, as any other than the proposed one.
    auto unreasoned =
        CaseStore::take(*desk, payroll.value(), QStringLiteral("route"), f.route(QStringLiteral("総務部")));
    REQUIRE_FALSE(unreasoned.ok());
    FieldValues reasoned = f.route(QStringLiteral("総務部"));
    reasoned.insert(QStringLiteral("route_reason"), QStringLiteral("職員の記録であり総務部が保有しているため"));
    CHECK(CaseStore::take(*desk, payroll.value(), QStringLiteral("route"), reasoned).ok());
    requireVerified(f.vault.chief());
}

TEST_CASE("A granted correction records its 様式1① input, a granted deletion its 様式1④, by the handling section",
          "[cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto staff = f.vault.signIn(QStringLiteral("staff"));
    auto head = f.vault.signIn(QStringLiteral("head"));
    const auto decided = [&](const QString& asked) {
        FieldValues receipt = f.receiptOf(*desk, QStringLiteral("request.correction"));
        receipt.insert(QStringLiteral("correction_kind"), asked);
        f.vault.clock().set(QDateTime(QDate(2026, 12, 7), QTime(1, 0), Qt::UTC));
        auto id = CaseStore::receive(*desk, QStringLiteral("request.correction"), receipt);
        REQUIRE(id.ok());
        REQUIRE(
            CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
        f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
        FieldValues granted = decision(QStringLiteral("whole"));
        granted.insert(QStringLiteral("measure"), QStringLiteral("住所を訂正した"));
        REQUIRE(CaseStore::take(*head, id.value(), QStringLiteral("decide"), granted).ok());
        return id.value();
    };
    const CaseId corrected = decided(QStringLiteral("correct"));
    // A correction is an input (第10条①): its record names the items, never the values.
    const FieldValues input{{QStringLiteral("date"), QDate(2026, 12, 10)},
                            {QStringLiteral("register"), qint64(f.registerEntry)},
                            {QStringLiteral("content"), QStringLiteral("受診者名簿の住所（1名分）")},
                            {QStringLiteral("people"), 1}};
    // Not the deletion's step for a correction.
    CHECK_FALSE(CaseStore::take(*staff, corrected, QStringLiteral("record_deletion"), input).ok());
    REQUIRE(CaseStore::take(*staff, corrected, QStringLiteral("record_correction"), input).ok());
    auto detail = CaseReader::detail(*staff, corrected);
    REQUIRE(detail.ok());
    auto entry =
        LedgerReader::entry(*staff, detail->events.last().values.value(QStringLiteral("disposal_record")).toLongLong());
    REQUIRE(entry.ok());
    CHECK(entry->values.value(QStringLiteral("kind")).toString() == QLatin1String("acquisition"));
    CHECK(entry->values.value(QStringLiteral("content")).toString() == QStringLiteral("受診者名簿の住所（1名分）"));

    const CaseId deleted = decided(QStringLiteral("delete"));
    CHECK_FALSE(CaseStore::take(*staff, deleted, QStringLiteral("record_correction"), input).ok());
    const FieldValues removed{{QStringLiteral("date"), QDate(2026, 12, 10)},
                              {QStringLiteral("register"), qint64(f.registerEntry)},
                              {QStringLiteral("target"), QStringLiteral("database")},
                              {QStringLiteral("disposed"), QStringLiteral("受診者名簿のうち重複登録の1件")},
                              {QStringLiteral("method"), QStringLiteral("deletion")},
                              {QStringLiteral("disposed_by"), QStringLiteral("centre")},
                              {QStringLiteral("verifier"), qint64(f.vault.chief().user().id)}};
    REQUIRE(CaseStore::take(*staff, deleted, QStringLiteral("record_deletion"), removed).ok());
    requireVerified(f.vault.chief());
}

TEST_CASE("A purpose notice refused names its ground of 第34条2項 and the reason (3項)", "[cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*desk, QStringLiteral("request.purpose"),
                                 f.receiptOf(*desk, QStringLiteral("request.purpose")));
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    auto head = f.vault.signIn(QStringLiteral("head"));
    FieldValues refused{{QStringLiteral("decided_on"), QDate(2026, 12, 10)},
                        {QStringLiteral("outcome"), QStringLiteral("refused")},
                        {QStringLiteral("reason"), QStringLiteral("公表事項に記載の利用目的のとおりであるため")}};
    auto groundless = CaseStore::take(*head, id.value(), QStringLiteral("decide"), refused);
    REQUIRE_FALSE(groundless.ok());
    CHECK(groundless.error().detail == QLatin1String("ground"));
    refused.insert(QStringLiteral("ground"), QStringLiteral("evident"));
    CHECK(CaseStore::take(*head, id.value(), QStringLiteral("decide"), refused).ok());
    requireVerified(f.vault.chief());
}
