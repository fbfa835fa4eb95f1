#include "support/CaseFixtures.h"

#include "cases/CaseStore.h"
#include "cases/DeskSettings.h"
#include "ledger/LedgerStore.h"
#include "support/LedgerFixtures.h"

#include <catch2/catch.hpp>

namespace daicho::test {

CaseFixture::CaseFixture()
{
    vault.addPeople();
    vault.addPerson(QStringLiteral("desk"), QStringLiteral("窓口 担当"), Role::Staff, QStringLiteral("総務課"));
    vault.addPerson(QStringLiteral("other"), QStringLiteral("事務 担当"), Role::Staff, QStringLiteral("健診課"));
    DeskSettings desk = DeskSettings::regulationDefaults();
    desk.deskDepartmentId = departmentId(vault.chief(), QStringLiteral("総務課"));
    desk.disclosureFeeYen = 300;
    // 第33条1項(1): the health-check sections of the test organisation.
    desk.healthCheckSections = {departmentId(vault.chief(), QStringLiteral("健診管理課")),
                                departmentId(vault.chief(), QStringLiteral("健診課"))};
    REQUIRE(RequestDesk::save(vault.chief(), desk).ok());
    auto entry = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief()));
    REQUIRE(entry.ok());
    registerEntry = entry.value();
    // Monday 7 December 2026, 9:30 in Japan.
    vault.clock().set(QDateTime(QDate(2026, 12, 7), QTime(0, 30), Qt::UTC));
}

FieldValues CaseFixture::receipt(const Session& session) const
{
    return {{QStringLiteral("received_on"), QDate(2026, 12, 7)},
            {QStringLiteral("requester"), QStringLiteral("self")},
            {QStringLiteral("subject_name"), QStringLiteral("山田 花子")},
            {QStringLiteral("subject_kana"), QStringLiteral("やまだ はなこ")},
            {QStringLiteral("subject_birth"), QDate(1980, 2, 29)},
            {QStringLiteral("subject_address"), QStringLiteral("青森市佃二丁目1-1")},
            {QStringLiteral("identity_method"), QStringLiteral("licence")},
            {QStringLiteral("identity_checker"), qint64(session.user().id)},
            {QStringLiteral("request"), QStringLiteral("令和7年度の健診結果")},
            {QStringLiteral("register"), qint64(registerEntry)},
            {QStringLiteral("delivery"), QStringLiteral("paper")},
            {QStringLiteral("fee"), 300},
            {QStringLiteral("fee_state"), QStringLiteral("received")}};
}

FieldValues CaseFixture::receiptOf(const Session& session, const QString& kind) const
{
    FieldValues v = receipt(session);
    if (kind == kDisclosure)
        return v;
    for (const char* key : {"delivery", "fee", "fee_state"})
        v.remove(QString::fromLatin1(key));
    if (kind == QLatin1String("request.purpose"))
        v.insert(QStringLiteral("fee_state"), QStringLiteral("none"));
    if (kind == QLatin1String("request.correction")) {
        v.insert(QStringLiteral("correction_kind"), QStringLiteral("correct"));
        v.insert(QStringLiteral("correction_now"), QStringLiteral("住所：青森市長島一丁目1-1"));
        v.insert(QStringLiteral("correction_to"), QStringLiteral("住所：青森市佃二丁目1-1"));
        v.insert(QStringLiteral("correction_why"), QStringLiteral("令和7年に転居し、届出済みのため"));
    }
    if (kind == QLatin1String("request.suspension")) {
        v.insert(QStringLiteral("measure_asked"), QStringLiteral("erase"));
        v.insert(QStringLiteral("grounds"), QStringList{QStringLiteral("no_longer_needed")});
    }
    if (kind == QLatin1String("request.stop_provision"))
        v.insert(QStringLiteral("grounds"), QStringList{QStringLiteral("rights_harmed")});
    return v;
}

FieldValues CaseFixture::route(const QString& section)
{
    return {{QStringLiteral("routed_on"), QDate(2026, 12, 7)},
            {QStringLiteral("section"), departmentId(vault.chief(), section)}};
}

FieldValues decision(const QString& outcome)
{
    FieldValues v{{QStringLiteral("decided_on"), QDate(2026, 12, 10)}, {QStringLiteral("outcome"), outcome}};
    if (outcome != QLatin1String("whole")) {
        v.insert(QStringLiteral("ground"), QStringLiteral("harm"));
        v.insert(QStringLiteral("reason"), QStringLiteral("第三者の権利利益を害するおそれがあるため"));
        if (outcome == QLatin1String("part"))
            v.insert(QStringLiteral("refused_part"), QStringLiteral("問診票のうち家族の既往歴の欄"));
    }
    return v;
}

CaseId CaseFixture::routedCase(const QString& kind)
{
    auto desk = vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*desk, kind, receiptOf(*desk, kind));
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), route(QStringLiteral("健診管理課"))).ok());
    return id.value();
}

FieldValues erasureGranted()
{
    FieldValues v = decision(QStringLiteral("whole"));
    v.insert(QStringLiteral("measure"), QStringLiteral("当該本人の健診結果を健診結果データベースから消去した"));
    v.insert(QStringLiteral("measure_granted"), QStringLiteral("erase"));
    return v;
}

FieldValues notice()
{
    return {{QStringLiteral("sent_on"), QDate(2026, 12, 11)}, {QStringLiteral("sent_by"), QStringLiteral("post")}};
}

const CaseClockState* clockOf(const CaseRecord& record, const QString& key)
{
    for (const CaseClockState& c : record.clocks)
        if (c.key == key)
            return &c;
    return nullptr;
}

} // namespace daicho::test

namespace daicho::test {

CaseId CaseFixture::closedDisclosure(const QString& individual)
{
    const auto at = [this](int day) { vault.clock().set(QDateTime(QDate(2026, 12, day), QTime(1, 0), Qt::UTC)); };
    at(7);
    auto desk = vault.signIn(QStringLiteral("desk"));
    FieldValues opened = receipt(*desk);
    opened.insert(QStringLiteral("subject_name"), individual);
    auto id = CaseStore::receive(*desk, kDisclosure, opened);
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), route(QStringLiteral("健診管理課"))).ok());
    auto head = vault.signIn(QStringLiteral("head"));
    at(10);
    REQUIRE(CaseStore::take(*head, id.value(), QStringLiteral("decide"), decision(QStringLiteral("whole"))).ok());
    at(11);
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("notify"), notice()).ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("close"),
                            {{QStringLiteral("closed_on"), QDate(2026, 12, 11)}})
                .ok());
    return id.value();
}

} // namespace daicho::test
