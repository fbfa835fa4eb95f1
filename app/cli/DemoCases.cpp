#include "DemoCases.h"

#include "DemoAccounts.h"

#include "auth/Organisation.h"
#include "auth/UserAdmin.h"
#include "calendar/JapaneseHolidays.h"
#include "calendar/RequestDeadlines.h"
#include "cases/CaseStore.h"
#include "cases/DeskSettings.h"
#include "common/JapaneseCalendar.h"
#include "ledger/LedgerReader.h"

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

// Ids by name, through the services as any other caller (the demo runs no SQL of its own).
std::optional<qint64> departmentNamed(const Session& s, const QString& name)
{
    auto all = Organisation::departments(s);
    if (all.ok())
        for (const DepartmentEntry& d : all.value())
            if (d.name == name)
                return d.id;
    return std::nullopt;
}

std::optional<qint64> registerNamed(const Session& s, const QString& name)
{
    auto all = LedgerReader::registerChoices(s);
    if (all.ok())
        for (const RegisterChoice& r : all.value())
            if (r.name == name)
                return r.id;
    return std::nullopt;
}

struct Requester {
    QString name;
    QString kana;
    QDate birth;
    QString address;
};

// One request as the desk wrote it down (様式8・11・13).
FieldValues receipt(const Session& desk, const Requester& who, QDate receivedOn, const QString& request,
                    std::optional<qint64> registerEntry, bool disclosure, bool fee)
{
    FieldValues v{{u"received_on"_s, receivedOn},
                  {u"requester"_s, u"self"_s},
                  {u"subject_name"_s, who.name},
                  {u"subject_kana"_s, who.kana},
                  {u"subject_birth"_s, who.birth},
                  {u"subject_address"_s, who.address},
                  {u"identity_method"_s, u"licence"_s},
                  {u"identity_checker"_s, qint64(desk.user().id)},
                  {u"request"_s, request}};
    if (registerEntry)
        v.insert(u"register"_s, *registerEntry);
    if (disclosure)
        v.insert(u"delivery"_s, u"paper"_s);
    if (fee) {
        v.insert(u"fee"_s, 300);
        v.insert(u"fee_state"_s, u"received"_s);
    }
    return v;
}

class Script
{
public:
    Script(Session& desk, Session& head, Session& chief)
        : m_desk(desk)
        , m_head(head)
        , m_chief(chief)
    { }

    Result<CaseId> receive(const QString& kind, const FieldValues& values)
    {
        auto id = CaseStore::receive(m_desk, kind, values);
        if (!id)
            return makeError(id.error().code, kind + u" 受付: "_s + id.error().message, id.error().detail);
        return id;
    }
    Status step(Session& by, CaseId id, const QString& step, const FieldValues& values)
    {
        auto taken = CaseStore::take(by, id, step, values);
        if (!taken)
            return makeError(taken.error().code, step + u": "_s + taken.error().message, taken.error().detail);
        return {};
    }
    Status route(CaseId id, QDate on, qint64 section, const QString& reason = {})
    {
        FieldValues v{{u"routed_on"_s, on}, {u"section"_s, section}};
        if (!reason.isEmpty())
            v.insert(u"route_reason"_s, reason);
        return step(m_desk, id, u"route"_s, v);
    }
    Status decide(Session& by, CaseId id, QDate on, const QString& outcome, const FieldValues& more = {})
    {
        FieldValues v{{u"decided_on"_s, on}, {u"outcome"_s, outcome}};
        for (auto it = more.begin(); it != more.end(); ++it)
            v.insert(it.key(), it.value());
        return step(by, id, u"decide"_s, v);
    }
    Status notify(CaseId id, QDate on)
    {
        return step(m_desk, id, u"notify"_s, {{u"sent_on"_s, on}, {u"sent_by"_s, u"post"_s}});
    }
    Status close(CaseId id, QDate on) { return step(m_desk, id, u"close"_s, {{u"closed_on"_s, on}}); }
    Session& desk() { return m_desk; }
    Session& head() { return m_head; }
    Session& chief() { return m_chief; }

private:
    Session& m_desk;
    Session& m_head;
    Session& m_chief;
};

// The receipt date, within the last two weeks, whose decision (第38条4項) falls due on the
// first open day after today: "due tomorrow" whenever tomorrow is open.
QDate receiptDueNextOpenDay(QDate today, const ClosedDays& closed)
{
    const PeriodRule rule = requestClockRules().decision;
    for (int back = 0; back <= 14; ++back) {
        const QDate received = today.addDays(-back);
        if (deadlineFor(received, rule, closed, JapaneseHolidays::shipped()).lastDay
            == closed.nextOpenDay(today.addDays(1), JapaneseHolidays::shipped()))
            return received;
    }
    return today.addDays(-5);
}

} // namespace

Status addDemoCases(const VaultPaths& paths, const Clock& clock)
{
    auto chief = signInAsDemo(paths, clock, u"chief"_s);
    if (!chief)
        return chief.error();
    // The acting chief (総務課長) works at the desk of 総務部総務課 (第33条1項).
    auto acting = signInAsDemo(paths, clock, u"acting"_s);
    if (!acting)
        return acting.error();
    auto head = signInAsDemo(paths, clock, u"head"_s);
    if (!head)
        return head.error();

    const auto desk = departmentNamed(*chief.value(), u"総務課"_s);
    const auto kanri = departmentNamed(*chief.value(), u"健診管理課"_s);
    const auto dockSection = departmentNamed(*chief.value(), u"人間ドック健診課"_s);
    if (!desk || !kanri || !dockSection)
        return makeError(ErrorCode::Internal, u"the demo's departments are missing"_s);
    DeskSettings settings = DeskSettings::regulationDefaults();
    settings.deskDepartmentId = desk;
    settings.disclosureFeeYen = 300; // 第39条2項: the chief's amount, within the actual cost
    // 第33条1項(1): the sections of the health-check business, as the regulation names them.
    for (const QString& name : DeskSettings::healthCheckSectionNames())
        if (const auto section = departmentNamed(*chief.value(), name))
            settings.healthCheckSections << *section;
    auto saved = RequestDesk::save(*chief.value(), settings);
    if (!saved)
        return saved.error();

    const auto checkup = registerNamed(*chief.value(), u"特定健康診査 受診者データベース"_s);
    const auto dock = registerNamed(*chief.value(), u"人間ドック 受診者名簿"_s);
    Script s(*acting.value(), *head.value(), *chief.value());
    const QDate today = japanDate(clock.nowUtc());

    const Requester sato{u"佐藤 美咲"_s, u"さとう みさき"_s, QDate(1978, 7, 14), u"青森市浜田三丁目4-2"_s};
    const Requester kudo{u"工藤 健一"_s, u"くどう けんいち"_s, QDate(1965, 11, 3), u"弘前市大町一丁目8-15"_s};
    const Requester narita{u"成田 由紀子"_s, u"なりた ゆきこ"_s, QDate(1982, 2, 28), u"八戸市尻内町字館田2-7"_s};
    const Requester kimura{u"木村 翔太"_s, u"きむら しょうた"_s, QDate(1990, 5, 21), u"青森市新町二丁目1-9"_s};
    const Requester sasaki{u"佐々木 和子"_s, u"ささき かずこ"_s, QDate(1958, 9, 9), u"五所川原市字布屋町41"_s};
    const Requester mikami{u"三上 大輔"_s, u"みかみ だいすけ"_s, QDate(1973, 12, 1), u"十和田市西一番町5-3"_s};
    const Requester ono{u"小野 恵"_s, u"おの めぐみ"_s, QDate(1986, 4, 17), u"むつ市金曲一丁目12-3"_s};

    // A disclosure closed five years and more before the end of the fiscal year under way: kept
    // 5 years from its closing (the centre's default), it goes with this year's disposal.
    {
        const Requester takahashi{u"高橋 正"_s, u"たかはし ただし"_s, QDate(1950, 1, 20), u"黒石市市ノ町3-1"_s};
        const QDate on = fiscalYearEnd(fiscalYear(today)).addYears(-5).addMonths(-6);
        auto id = s.receive(u"request.disclosure"_s,
                            receipt(s.desk(), takahashi, on, u"平成30年度の人間ドックの結果"_s, checkup, true, true));
        if (!id)
            return id.error();
        DAICHO_TRY(s.route(*id, on, *kanri));
        DAICHO_TRY(s.decide(s.head(), *id, on.addDays(3), u"whole"_s));
        DAICHO_TRY(s.notify(*id, on.addDays(6)));
        DAICHO_TRY(s.close(*id, on.addDays(10)));
    }
    // Closed cases over the last year and more (400 days back is always the fiscal year before).
    {
        const QDate on = today.addDays(-400);
        auto id = s.receive(u"request.disclosure"_s,
                            receipt(s.desk(), sato, on, u"令和6年度の特定健診の結果一式"_s, checkup, true, true));
        if (!id)
            return id.error();
        DAICHO_TRY(s.route(*id, on, *kanri));
        DAICHO_TRY(s.decide(s.head(), *id, on.addDays(3), u"whole"_s));
        DAICHO_TRY(s.notify(*id, on.addDays(6)));
        DAICHO_TRY(s.close(*id, on.addDays(10)));
    }
    {
        const QDate on = today.addDays(-320);
        auto id = s.receive(u"request.correction"_s, [&] {
            FieldValues v =
                receipt(s.desk(), kudo, on, u"受診者名簿の住所が転居前のままになっている"_s, dock, false, false);
            v.insert(u"correction_kind"_s, u"correct"_s);
            v.insert(u"correction_now"_s, u"住所：弘前市土手町31"_s);
            v.insert(u"correction_to"_s, u"住所：弘前市大町一丁目8-15"_s);
            v.insert(u"correction_why"_s, u"令和6年に転居し、転居届を提出済みのため"_s);
            return v;
        }());
        if (!id)
            return id.error();
        DAICHO_TRY(s.route(*id, on, *dockSection));
        DAICHO_TRY(s.decide(s.head(), *id, on.addDays(5), u"whole"_s,
                            {{u"measure"_s, u"受診者名簿の住所を届出のとおり訂正した"_s},
                             {u"measure_by"_s, qint64(s.head().user().id)},
                             {u"measure_on"_s, on.addDays(5)}}));
        // The correction is an input to the database: its 様式1① record (第10条①).
        DAICHO_TRY(s.step(s.head(), *id, u"record_correction"_s,
                          {{u"date"_s, on.addDays(5)},
                           {u"register"_s, qint64(dock.value_or(0))},
                           {u"content"_s, u"受診者名簿の住所（1名分）"_s},
                           {u"people"_s, 1}}));
        DAICHO_TRY(s.notify(*id, on.addDays(7)));
        DAICHO_TRY(s.close(*id, on.addDays(13)));
    }
    {
        const QDate on = today.addDays(-200);
        auto id = s.receive(u"request.purpose"_s,
                            receipt(s.desk(), narita, on, u"健診結果の利用目的"_s, checkup, false, true));
        if (!id)
            return id.error();
        DAICHO_TRY(
            s.step(s.desk(), *id, u"withdraw"_s,
                   {{u"withdrawn_on"_s, on.addDays(3)}, {u"close_note"_s, u"公表文を案内し、本人が取り下げた"_s}}));
    }
    // A suspension refused and closed four months ago.
    {
        const QDate on = today.addDays(-120);
        auto id = s.receive(u"request.suspension"_s, [&] {
            FieldValues v = receipt(s.desk(), kimura, on, u"案内メールの送付に健診結果の住所が使われている"_s, checkup,
                                    false, false);
            v.insert(u"grounds"_s, QStringList{u"unlawful_use"_s});
            v.insert(u"measure_asked"_s, u"suspend"_s);
            return v;
        }());
        if (!id)
            return id.error();
        DAICHO_TRY(s.route(*id, on, *kanri));
        DAICHO_TRY(s.decide(
            s.head(), *id, on.addDays(3), u"refused"_s,
            {{u"reason"_s,
              u"登録された利用目的（健診結果の通知）の範囲内の利用であり、法第18条に違反する取扱いは認められないため"_s}}));
        DAICHO_TRY(s.notify(*id, on.addDays(6)));
        DAICHO_TRY(s.close(*id, on.addDays(13)));
    }
    // An erasure granted two months ago: the section recorded it with its 様式1④ record
    // (第37条1項・第20条2項), then the notice went out.
    {
        const QDate on = today.addDays(-60);
        const Requester tsushima{u"津島 涼子"_s, u"つしま りょうこ"_s, QDate(1969, 3, 30), u"青森市古川一丁目20-5"_s};
        auto id = s.receive(u"request.suspension"_s, [&] {
            FieldValues v =
                receipt(s.desk(), tsushima, on, u"退職した職場の健診で受診した際の健診結果"_s, checkup, false, false);
            v.insert(u"grounds"_s, QStringList{u"no_longer_needed"_s});
            v.insert(u"measure_asked"_s, u"erase"_s);
            return v;
        }());
        if (!id)
            return id.error();
        DAICHO_TRY(s.route(*id, on, *kanri));
        DAICHO_TRY(s.decide(
            s.head(), *id, on.addDays(3), u"whole"_s,
            {{u"measure"_s, u"保存期間を経過した当該本人の健診結果を消去した"_s}, {u"measure_granted"_s, u"erase"_s}}));
        DAICHO_TRY(s.step(s.head(), *id, u"record_erasure"_s,
                          {{u"date"_s, on.addDays(4)},
                           {u"register"_s, qint64(checkup.value_or(0))},
                           {u"target"_s, u"database"_s},
                           {u"disposed"_s, u"特定健康診査 受診者データベースのうち請求に係る本人のデータ"_s},
                           {u"method"_s, u"deletion"_s},
                           {u"disposed_by"_s, u"centre"_s},
                           {u"verifier"_s, qint64(s.chief().user().id)}}));
        DAICHO_TRY(s.notify(*id, on.addDays(5)));
        DAICHO_TRY(s.close(*id, on.addDays(9)));
    }
    // Open cases, counted back from today.
    {
        // The decision is overdue: received nine days ago, routed, not decided.
        const QDate on = today.addDays(-9);
        auto id = s.receive(u"request.disclosure"_s,
                            receipt(s.desk(), sasaki, on, u"人間ドックの受診記録"_s, dock, true, true));
        if (!id)
            return id.error();
        DAICHO_TRY(s.route(*id, on, *dockSection));
    }
    {
        // The decision falls due on the next open day.
        const QDate on = receiptDueNextOpenDay(today, settings.closedDays);
        auto id =
            s.receive(u"request.provision_records"_s,
                      receipt(s.desk(), mikami, on, u"第三者への提供の記録（令和7年度以降）"_s, checkup, true, false));
        if (!id)
            return id.error();
        DAICHO_TRY(s.route(*id, on, *kanri));
    }
    {
        // Decided, the notice late: the requester was told beforehand (第38条7項).
        const QDate on = today.addDays(-16);
        auto id = s.receive(u"request.stop_provision"_s, [&] {
            FieldValues v =
                receipt(s.desk(), ono, on, u"健康保険組合への健診結果の提供の停止"_s, checkup, false, false);
            v.insert(u"grounds"_s, QStringList{u"rights_harmed"_s});
            return v;
        }());
        if (!id)
            return id.error();
        DAICHO_TRY(s.route(*id, on, *kanri));
        DAICHO_TRY(s.step(s.desk(), *id, u"ask"_s,
                          {{u"asked_on"_s, on.addDays(1)}, {u"asked"_s, u"提供の停止を求める健康保険組合の名称"_s}}));
        DAICHO_TRY(s.step(
            s.desk(), *id, u"answer"_s,
            {{u"answered_on"_s, on.addDays(2)}, {u"answer"_s, u"加入している健康保険組合の名称の回答を受けた"_s}}));
        DAICHO_TRY(
            s.decide(s.head(), *id, on.addDays(5), u"part"_s,
                     {{u"reason"_s, u"高齢者の医療の確保に関する法律に基づく保険者への提供は停止の対象外のため"_s},
                      {u"refused_part"_s, u"特定健康診査の結果の保険者への提供（法令に基づくもの）"_s},
                      {u"measure"_s, u"任意の提供分について提供を停止した"_s},
                      {u"measure_by"_s, qint64(s.head().user().id)},
                      {u"measure_on"_s, on.addDays(5)}}));
        DAICHO_TRY(s.step(s.desk(), *id, u"contact"_s,
                          {{u"contacted_on"_s, on.addDays(12)},
                           {u"contact_by"_s, u"phone"_s},
                           {u"contact_note"_s, u"通知書の送付が2週間を過ぎる見込みであることを電話で伝えた"_s}}));
    }
    {
        // Just received at the desk, not yet routed.
        auto id = s.receive(u"request.disclosure"_s, receipt(s.desk(), narita, today, u"令和7年度の健診結果と問診票"_s,
                                                             std::nullopt, true, true));
        if (!id)
            return id.error();
    }
    return {};
}

} // namespace daicho
