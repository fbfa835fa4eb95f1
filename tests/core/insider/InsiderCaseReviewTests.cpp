// Insider review of the cases (issue 12): each attack on the requests' events, the desk's data
// and the derived rows is done with SQL on the real encrypted file and signed with the
// attacker's own key (Insider), and judged by what `daicho-cli verify` and sign-in say; the
// reads the GUI makes are asked as each role.

#include "Insider.h"

#include "auth/SignIn.h"
#include "cases/CaseKinds.h"
#include "cases/CaseReader.h"
#include "cases/CaseStore.h"
#include "cases/DeskSettings.h"
#include "cases/PersonRecords.h"
#include "dashboard/DueWork.h"
#include "ledger/EntryCodec.h"
#include "ledger/LedgerStore.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <functional>

using namespace daicho;
using namespace daicho::test;

namespace {

const QString kMaxId = QStringLiteral("9223372036854775807");

CaseId receivedCase(CaseFixture& f, const QString& kind = kDisclosure)
{
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    // A stop records its grounds (法35条), a correction what it corrects (第36条1項).
    FieldValues values = f.receiptOf(*desk, kind);
    auto id = CaseStore::receive(*desk, kind, values);
    REQUIRE(id.ok());
    return id.value();
}

CaseId routedCase(CaseFixture& f, const QString& section = QStringLiteral("健診管理課"))
{
    const CaseId id = receivedCase(f);
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    FieldValues route = f.route(section);
    route.insert(QStringLiteral("route_reason"), QStringLiteral("請求の内容から"));
    REQUIRE(CaseStore::take(*desk, id, QStringLiteral("route"), route).ok());
    return id;
}

QString blobOf(const QString& kind, const QString& step, const FieldValues& values)
{
    return QString::fromLatin1(encodeEntryValues(CaseKinds::find(kind)->step(step)->form, values).toHex());
}

// Inserts event `number` of case `id` and signs it with the insider's own key.
void forgeEvent(Insider& insider, CaseId id, int number, const QString& step, const FieldValues& values,
                const QString& atUtc = QStringLiteral("2026-12-10T01:00:00.000Z"), const QString& kind = kDisclosure,
                std::int64_t deskVersion = 1)
{
    insider.sql(QStringLiteral("INSERT INTO case_events (case_id, number, kind, step, actor_id, at_utc, "
                               "desk_version, data) VALUES (%1, %2, '%3', '%4', %5, '%6', %7, x'%8')")
                    .arg(id)
                    .arg(number)
                    .arg(kind, step)
                    .arg(insider.myId())
                    .arg(atUtc)
                    .arg(deskVersion)
                    .arg(blobOf(kind, step, values)));
    insider.sign(QStringLiteral("case.") + step, QStringLiteral("case_events"),
                 insider.value(QStringLiteral("SELECT max(id) FROM case_events")),
                 QStringLiteral("kind=%1;case=%2").arg(kind).arg(id));
}

// A clock that runs `hook` once, the first time it is read after being armed: what another
// person does while a step is being checked.
class HookClock final : public Clock
{
public:
    explicit HookClock(const Clock& base)
        : m_base(base)
    { }
    QDateTime nowUtc() const override
    {
        if (m_hook) {
            auto hook = std::move(m_hook);
            m_hook = nullptr;
            hook();
        }
        return m_base.nowUtc();
    }
    void arm(std::function<void()> hook) { m_hook = std::move(hook); }

private:
    const Clock& m_base;
    mutable std::function<void()> m_hook;
};

} // namespace

// --- Attacks refused already -------------------------------------------------------------------

TEST_CASE("insider review: a clerk of another section routes a case to their own section in the list row",
          "[insider][cases]")
{
    CaseFixture f;
    routedCase(f);
    const qint64 mine = departmentId(f.vault.chief(), QStringLiteral("健診課"));
    f.vault.closeChief();
    {
        Insider other(f.vault.paths(), QStringLiteral("other"), TestVault::kPassword);
        other.sql(QStringLiteral("UPDATE cases SET section_id = %1").arg(mine));
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("changed outside Daicho")));
}

TEST_CASE("insider review: a routing of their own recorded by a clerk of another section is named", "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    const qint64 mine = departmentId(f.vault.chief(), QStringLiteral("健診課"));
    f.vault.closeChief();
    {
        Insider other(f.vault.paths(), QStringLiteral("other"), TestVault::kPassword);
        forgeEvent(other, id, 3, QStringLiteral("reroute"),
                   {{QStringLiteral("routed_on"), QDate(2026, 12, 8)},
                    {QStringLiteral("section"), qint64(mine)},
                    {QStringLiteral("route_reason"), QStringLiteral("担当のため")}});
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("may not take that step")));
}

TEST_CASE("insider review: a receipt by someone who is not the desk is named", "[insider][cases]")
{
    CaseFixture f;
    receivedCase(f);
    auto other = f.vault.signIn(QStringLiteral("other"));
    const FieldValues receipt = f.receipt(*other);
    other.reset();
    f.vault.closeChief();
    {
        Insider insider(f.vault.paths(), QStringLiteral("other"), TestVault::kPassword);
        forgeEvent(insider, 2, 1, QStringLiteral("receive"), receipt, QStringLiteral("2026-12-07T01:00:00.000Z"));
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("may not take that step")));
}

TEST_CASE("insider review: a decision by the head of a department the section is not under is named",
          "[insider][cases]")
{
    CaseFixture f;
    // Routed to 事務部 健診課: the head of 事業部 answers for none of it.
    const CaseId id = routedCase(f, QStringLiteral("健診課"));
    f.vault.closeChief();
    {
        Insider head(f.vault.paths(), QStringLiteral("head"), TestVault::kPassword);
        forgeEvent(head, id, 3, QStringLiteral("decide"), decision(QStringLiteral("whole")));
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("may not take that step")));
}

TEST_CASE("insider review: a decision dated before the receipt, or after the day it was recorded, is named",
          "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    f.vault.closeChief();
    const QDate decided = GENERATE(QDate(2026, 12, 1), QDate(2026, 12, 20));
    {
        Insider head(f.vault.paths(), QStringLiteral("head"), TestVault::kPassword);
        FieldValues values = decision(QStringLiteral("whole"));
        values.insert(QStringLiteral("decided_on"), decided);
        forgeEvent(head, id, 3, QStringLiteral("decide"), values);
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("a date out of order")));
}

TEST_CASE("insider review: a step of another kind slipped into a case, or a step moved to another case, is named",
          "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    f.vault.closeChief();
    const bool otherKind = GENERATE(true, false);
    {
        Insider chief(f.vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword);
        if (otherKind) {
            FieldValues values = decision(QStringLiteral("whole"));
            values.insert(QStringLiteral("measure"), QStringLiteral("提供を停止した"));
            forgeEvent(chief, id, 3, QStringLiteral("decide"), values, QStringLiteral("2026-12-10T01:00:00.000Z"),
                       QStringLiteral("request.stop_provision"));
        } else {
            chief.sql(QStringLiteral("UPDATE case_events SET case_id = 7 WHERE step = 'route'"));
        }
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("outside Daicho")));
}

TEST_CASE("insider review: a step numbered before the receipt, or after a gap, is named", "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    f.vault.closeChief();
    const int number = GENERATE(0, -1, 5);
    {
        Insider desk(f.vault.paths(), QStringLiteral("desk"), TestVault::kPassword);
        forgeEvent(desk, id, number, QStringLiteral("contact"),
                   {{QStringLiteral("contacted_on"), QDate(2026, 12, 8)},
                    {QStringLiteral("contact_by"), QStringLiteral("phone")},
                    {QStringLiteral("contact_note"), QStringLiteral("送付の見込み")}});
    }
    INFO(number);
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("outside Daicho")));
}

TEST_CASE("insider review: a granted stop of provision deleted, or a clock planted for the list of what is due, is "
          "named",
          "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = receivedCase(f, QStringLiteral("request.stop_provision"));
    {
        auto desk = f.vault.signIn(QStringLiteral("desk"));
        REQUIRE(CaseStore::take(*desk, id, QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
        f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
        FieldValues granted = decision(QStringLiteral("whole"));
        granted.insert(QStringLiteral("measure"), QStringLiteral("提供を停止した"));
        auto head = f.vault.signIn(QStringLiteral("head"));
        REQUIRE(CaseStore::take(*head, id, QStringLiteral("decide"), granted).ok());
    }
    f.vault.closeChief();
    const QString change =
        GENERATE(QStringLiteral("DELETE FROM case_events WHERE step = 'decide'"),
                 QStringLiteral("INSERT INTO case_clocks VALUES (1, 'zz', 1, '2026-12-07', '2026-12-08', NULL, 0)"),
                 QStringLiteral("DELETE FROM case_clocks WHERE clock = 'notice'"));
    {
        Insider staff(f.vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sql(change);
    }
    INFO(change.toStdString());
    const QString problem = verificationProblem(f.vault);
    CHECK((problem.contains(QStringLiteral("deleted outside Daicho"))
           || problem.contains(QStringLiteral("changed outside Daicho"))));
}

TEST_CASE("insider review: the lists, what is due and the person search show a case only to who may read it",
          "[insider][cases]")
{
    CaseFixture f;
    routedCase(f);
    for (const QString& login : {QStringLiteral("other"), QStringLiteral("desk"), QStringLiteral("staff")}) {
        INFO(login.toStdString());
        auto session = f.vault.signIn(login);
        const bool reads = login != QLatin1String("other");
        auto list = CaseReader::cases(*session, false);
        REQUIRE(list.ok());
        CHECK(list->size() == (reads ? 1 : 0));
        auto due = CaseReader::dueClocks(*session);
        REQUIRE(due.ok());
        CHECK(due->size() == (reads ? 2 : 0));
        auto found = PersonSearch::find(*session, {QStringLiteral("山田 花子"), QString(), std::nullopt});
        REQUIRE(found.ok());
        CHECK(found->cases.size() == (reads ? 1 : 0));
        auto dashboard = DueWork::forPerson(*session);
        REQUIRE(dashboard.ok());
        int clocks = 0;
        for (const DueItem& item : dashboard.value())
            clocks += item.kind == DueKind::CaseClock ? 1 : 0;
        CHECK(clocks == (reads ? 2 : 0));
    }
}

// --- Holes found --------------------------------------------------------------------------------

TEST_CASE("insider review: the acting chief's desk version at the highest id stays in force over the chief's later "
          "ones",
          "[insider][cases]")
{
    CaseFixture f;
    f.vault.closeChief();
    {
        Insider acting(f.vault.paths(), QStringLiteral("acting"), TestVault::kPassword);
        acting.sql(QStringLiteral("INSERT INTO desk_versions (id, author_id, at_utc, data) SELECT %1, %2, at_utc, data "
                                  "FROM desk_versions WHERE id = 1")
                       .arg(kMaxId)
                       .arg(acting.myId()));
        acting.sign(QStringLiteral("desk.version"), QStringLiteral("desk_versions"), kMaxId);
    }
    f.vault.reopenChief();
    // The chief's next version takes a rowid SQLite picks at random below it: RequestDesk::current
    // (the highest id) keeps answering with the acting chief's.
    DeskSettings changed = DeskSettings::regulationDefaults();
    changed.deskDepartmentId = departmentId(f.vault.chief(), QStringLiteral("総務課"));
    changed.disclosureFeeYen = 500;
    auto saved = RequestDesk::save(f.vault.chief(), changed);
    REQUIRE(saved.ok());
    auto current = RequestDesk::current(f.vault.chief());
    REQUIRE(current.ok());
    CHECK(current->settings.disclosureFeeYen == 300);
    f.vault.closeChief();
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("out of turn")));
}

TEST_CASE("insider review: a receipt of the desk's own at the highest case id stops every later receipt",
          "[insider][cases]")
{
    CaseFixture f;
    receivedCase(f);
    f.vault.closeChief();
    {
        Insider desk(f.vault.paths(), QStringLiteral("desk"), TestVault::kPassword);
        // A receipt as Daicho writes it (the desk's first one copied), with its derived rows.
        desk.sql(QStringLiteral("INSERT INTO case_events (case_id, number, kind, step, actor_id, at_utc, desk_version, "
                                "data) SELECT %1, 1, kind, step, actor_id, at_utc, desk_version, data FROM case_events "
                                "WHERE id = 1; "
                                "INSERT INTO cases SELECT %1, kind, 2, fiscal_year, state, closed, received_on, "
                                "desk_id, section_id, title, event_count, (SELECT max(id) FROM case_events), "
                                "search_text FROM cases WHERE id = 1; "
                                "INSERT INTO case_clocks SELECT %1, clock, running, start_on, due_on, met_on, flags "
                                "FROM case_clocks WHERE case_id = 1")
                     .arg(kMaxId));
        desk.sign(QStringLiteral("case.receive"), QStringLiteral("case_events"),
                  desk.value(QStringLiteral("SELECT max(id) FROM case_events")),
                  QStringLiteral("kind=request.disclosure;case=%1").arg(kMaxId));
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("out of turn")));
}

TEST_CASE("insider review: the acting chief's desk version that Daicho would have refused (unreadable: every receipt "
          "stops; no phone; no such department) is named",
          "[insider][cases]")
{
    CaseFixture f;
    f.vault.closeChief();
    const int variant = GENERATE(0, 1, 2);
    QString data = QStringLiteral("{}"); // nothing readable
    if (variant > 0) {
        DeskSettings forged = DeskSettings::regulationDefaults();
        if (variant == 1)
            forged.phone.clear(); // 第33条2項(2)
        else
            forged.deskDepartmentId = 999; // no such department
        data = forged.toJson();
    }
    {
        Insider acting(f.vault.paths(), QStringLiteral("acting"), TestVault::kPassword);
        acting.sql(QStringLiteral("INSERT INTO desk_versions (author_id, at_utc, data) VALUES (%1, "
                                  "'2026-12-07T00:00:00.000Z', '%2')")
                       .arg(acting.myId())
                       .arg(data));
        acting.sign(QStringLiteral("desk.version"), QStringLiteral("desk_versions"), QStringLiteral("2"));
    }
    INFO(data.toStdString());
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("would have refused")));
}

TEST_CASE("insider review: the desk's data are refused when their closed days would not read back", "[insider][cases]")
{
    CaseFixture f;
    // Saved through core (not the page, which checks them), a set of closed days that the
    // stored version cannot be read back with stopped every later receipt.
    DeskSettings closedAlways = DeskSettings::regulationDefaults();
    closedAlways.deskDepartmentId = departmentId(f.vault.chief(), QStringLiteral("総務課"));
    closedAlways.closedDays.weeklyClosed = {Qt::Monday, Qt::Tuesday,  Qt::Wednesday, Qt::Thursday,
                                            Qt::Friday, Qt::Saturday, Qt::Sunday};
    auto saved = RequestDesk::save(f.vault.chief(), closedAlways);
    CHECK_FALSE(saved.ok());
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    CHECK(CaseStore::receive(*desk, kDisclosure, f.receipt(*desk)).ok());
}

TEST_CASE("insider review: a clerk of another section learns of a case by checking a step on it", "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    auto other = f.vault.signIn(QStringLiteral("other"));
    // The items of a step, checked against a case the clerk may not read: the answer would say
    // when it was received and which section the register entry proposes.
    FieldValues early = decision(QStringLiteral("whole"));
    early.insert(QStringLiteral("decided_on"), QDate(2026, 12, 1));
    auto checked = CaseStore::check(*other, kDisclosure, id, QStringLiteral("decide"), early);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("insider review: who may not read a case learns nothing of whether it exists", "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    const CaseId missing = id + 41;
    auto other = f.vault.signIn(QStringLiteral("other"));
    auto same = [](const Error& a, const Error& b) {
        INFO(a.message.toStdString() << " / " << b.message.toStdString());
        CHECK(a.code == ErrorCode::PermissionDenied);
        CHECK(a.code == b.code);
        CHECK(a.message == b.message);
    };
    {
        auto a = CaseReader::detail(*other, id);
        auto b = CaseReader::detail(*other, missing);
        REQUIRE_FALSE(a.ok());
        REQUIRE_FALSE(b.ok());
        same(a.error(), b.error());
    }
    {
        auto a = CaseStore::take(*other, id, QStringLiteral("ask"), {});
        auto b = CaseStore::take(*other, missing, QStringLiteral("ask"), {});
        REQUIRE_FALSE(a.ok());
        REQUIRE_FALSE(b.ok());
        same(a.error(), b.error());
    }
    {
        auto a = CaseStore::proposedSection(*other, id);
        auto b = CaseStore::proposedSection(*other, missing);
        REQUIRE_FALSE(a.ok());
        REQUIRE_FALSE(b.ok());
        same(a.error(), b.error());
    }
    {
        const Status a = CaseStore::recordPrint(*other, id, QStringLiteral("様式8"), QStringLiteral("pdf"));
        const Status b = CaseStore::recordPrint(*other, missing, QStringLiteral("様式8"), QStringLiteral("pdf"));
        REQUIRE_FALSE(a.ok());
        REQUIRE_FALSE(b.ok());
        same(a.error(), b.error());
    }
    {
        auto a = CaseStore::check(*other, kDisclosure, id, QStringLiteral("ask"), {});
        auto b = CaseStore::check(*other, kDisclosure, missing, QStringLiteral("ask"), {});
        REQUIRE_FALSE(a.ok());
        REQUIRE_FALSE(b.ok());
        same(a.error(), b.error());
    }
    // The chief reads every case: told plainly that it does not exist.
    auto chief = CaseReader::detail(f.vault.chief(), missing);
    REQUIRE_FALSE(chief.ok());
    CHECK(chief.error().code == ErrorCode::NotFound);
}

TEST_CASE("insider review: a receipt taken while the chief saves the desk's data is recorded under the version in "
          "force",
          "[insider][cases]")
{
    CaseFixture f;
    HookClock clock(f.vault.clock());
    auto desk = SignIn::signIn(f.vault.paths(), QStringLiteral("desk"), TestVault::kPassword, clock);
    REQUIRE(desk.ok());
    const FieldValues receipt = f.receipt(*desk.value());
    // The chief saves a new version while the desk's receipt is being checked, before it is
    // written: an honest receipt must not end up under the version that was replaced.
    clock.arm([&] {
        DeskSettings changed = DeskSettings::regulationDefaults();
        changed.deskDepartmentId = departmentId(f.vault.chief(), QStringLiteral("総務課"));
        changed.disclosureFeeYen = 400;
        REQUIRE(RequestDesk::save(f.vault.chief(), changed).ok());
    });
    auto id = CaseStore::receive(*desk.value(), kDisclosure, receipt);
    REQUIRE(id.ok());
    desk.value().reset();
    f.vault.closeChief();
    const VerifyReport report = verificationBy(f.vault);
    INFO(report.problem.toStdString());
    CHECK(report.ok);
}

// Hidden (it writes 20,000 signed entries): verification followed each step of a case by
// projecting every prefix of the case again, quadratic in its steps — a clerk adding 20,000
// contacts to one case made verification take 27 s, 100,000 about ten minutes, with no progress
// shown and no way to stop it. Linear now (3.6 s, mostly the signatures).
TEST_CASE("insider review: many steps on one case do not make verification quadratic", "[.][insider-bench]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    f.vault.closeChief();
    const int n =
        qEnvironmentVariableIsSet("DAICHO_BENCH_EVENTS") ? qEnvironmentVariableIntValue("DAICHO_BENCH_EVENTS") : 20000;
    {
        Insider desk(f.vault.paths(), QStringLiteral("desk"), TestVault::kPassword);
        desk.sql(QStringLiteral("BEGIN"));
        for (int i = 0; i < n; ++i)
            forgeEvent(desk, id, 3 + i, QStringLiteral("contact"),
                       {{QStringLiteral("contacted_on"), QDate(2026, 12, 8)},
                        {QStringLiteral("contact_by"), QStringLiteral("phone")},
                        {QStringLiteral("contact_note"), QStringLiteral("送付の見込み")}});
        desk.sql(QStringLiteral("COMMIT"));
    }
    QElapsedTimer timer;
    timer.start();
    // The steps are the desk's own; only the list row, left as it was, differs.
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("not what its signed events say")));
    INFO("verify of " << n << " steps: " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 20000);
}
