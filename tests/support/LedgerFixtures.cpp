#include "support/LedgerFixtures.h"

#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"

#include <catch2/catch.hpp>

namespace daicho::test {

namespace {

std::int64_t lookup(const Session& session, const QString& sql, const QString& key)
{
    auto stmt = session.db().prepare(sql);
    REQUIRE(stmt.ok());
    stmt->bind(1, key);
    auto row = stmt->step();
    REQUIRE(row.ok());
    REQUIRE(row.value());
    return stmt->integer(0);
}

} // namespace

qint64 departmentId(const Session& session, const QString& name)
{
    return lookup(session, QStringLiteral("SELECT id FROM departments WHERE name = ?"), name);
}

qint64 userId(const Session& session, const QString& login)
{
    return lookup(session, QStringLiteral("SELECT id FROM users WHERE login = ?"), login);
}

FieldValues registerValues(const Session& session, bool sensitive)
{
    return {
        {QStringLiteral("registered"), QDate(2026, 4, 1)},
        {QStringLiteral("name"), QStringLiteral("特定健診受診者データベース")},
        {QStringLiteral("kind"), QStringLiteral("electronic")},
        {QStringLiteral("items"),
         QStringList{QStringLiteral("氏名"), QStringLiteral("生年月日"), QStringLiteral("健診結果")}},
        {QStringLiteral("purposes"), QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("統計の作成")}},
        {QStringLiteral("medium"), QStringLiteral("健診システムのサーバー")},
        {QStringLiteral("storage"), QStringLiteral("サーバー室（管理区域）")},
        {QStringLiteral("responsible"), userId(session, QStringLiteral("chief"))},
        {QStringLiteral("department"), departmentId(session, QStringLiteral("健診管理課"))},
        {QStringLiteral("access"), QStringList{QStringLiteral("健診管理課 事務取扱担当者")}},
        {QStringLiteral("retention"), QStringLiteral("5年")},
        {QStringLiteral("disposal"), QStringLiteral("データ消去ソフトウェアによる消去")},
        {QStringLiteral("sensitive"), sensitive},
    };
}

FieldValues useEventValues(const Session& session, EntryId registerId)
{
    return {{QStringLiteral("date"), QDate(2026, 5, 10)},
            {QStringLiteral("kind"), QStringLiteral("use")},
            {QStringLiteral("register"), qint64(registerId)},
            {QStringLiteral("purpose"), QStringLiteral("統計の作成")},
            {QStringLiteral("output"), QStringLiteral("print")},
            {QStringLiteral("quantity"), qint64(20)},
            {QStringLiteral("department"), departmentId(session, QStringLiteral("健診管理課"))},
            {QStringLiteral("staff"), userId(session, QStringLiteral("staff"))},
            {QStringLiteral("note"), QStringLiteral("月次集計のため印刷")}};
}

FieldValues carryOutValues(const Session& session, EntryId registerId)
{
    const QDateTime out(QDate(2026, 5, 11), QTime(0, 0), Qt::UTC); // 09:00 in Japan
    return {{QStringLiteral("direction"), QStringLiteral("out")},
            {QStringLiteral("taken_out"), out},
            {QStringLiteral("expected_return"), out.addSecs(8 * 3600)},
            {QStringLiteral("register"), qint64(registerId)},
            {QStringLiteral("medium"), QStringLiteral("electronic")},
            {QStringLiteral("content"), QStringLiteral("受診者名簿（CSV）")},
            {QStringLiteral("count"), qint64(120)},
            {QStringLiteral("destination"), QStringLiteral("委託先 株式会社ケンシンデータ")},
            {QStringLiteral("reason"), QStringLiteral("contractor")},
            {QStringLiteral("measures_electronic"), QStringList{QStringLiteral("encryption")}},
            {QStringLiteral("carrier"), userId(session, QStringLiteral("staff"))},
            {QStringLiteral("department"), departmentId(session, QStringLiteral("健診管理課"))}};
}

FieldValues importableEntryValues(const Session& session, const QString& formId, EntryId registerId,
                                  EntryId plainRegister)
{
    if (formId == QLatin1String("form1"))
        return useEventValues(session, registerId);
    if (formId == QLatin1String("form2"))
        return carryOutValues(session, registerId);
    const qint64 reg = plainRegister;
    if (formId == QLatin1String("form5")) {
        const QDateTime in(QDate(2026, 6, 2), QTime(1, 0), Qt::UTC); // 10:00 in Japan
        return {{QStringLiteral("date"), QDate(2026, 6, 2)},
                {QStringLiteral("name"), QStringLiteral("保守 一郎")},
                {QStringLiteral("affiliation"), QStringLiteral("株式会社あおもりシステム保守")},
                {QStringLiteral("purpose"), QStringLiteral("サーバー定期保守")},
                {QStringLiteral("time_in"), in},
                {QStringLiteral("time_out"), in.addSecs(3600)},
                {QStringLiteral("escort"), userId(session, QStringLiteral("staff"))}};
    }
    if (formId == QLatin1String("form6-1"))
        return {{QStringLiteral("date"), QDate(2026, 6, 3)},
                {QStringLiteral("recipient"), QStringLiteral("健康関連イベント共催団体")},
                {QStringLiteral("individual"), QStringLiteral("講座参加申込者 12名")},
                {QStringLiteral("items"), QStringList{QStringLiteral("氏名"), QStringLiteral("所属事業所")}},
                {QStringLiteral("not_opt_out_sourced"), true},
                {QStringLiteral("not_improperly_acquired"), true},
                {QStringLiteral("not_restricted_abroad"), true},
                {QStringLiteral("recorded"), QDate(2026, 6, 3)},
                {QStringLiteral("register"), reg}};
    if (formId == QLatin1String("form6-2"))
        return {{QStringLiteral("date"), QDate(2026, 6, 4)},
                {QStringLiteral("consent"), true},
                {QStringLiteral("recipient"), QStringLiteral("市町村保健センター")},
                {QStringLiteral("individual"), QStringLiteral("健診 太郎")},
                {QStringLiteral("items"), QStringList{QStringLiteral("氏名"), QStringLiteral("健診結果")}},
                {QStringLiteral("recorded"), QDate(2026, 6, 4)},
                {QStringLiteral("register"), reg}};
    if (formId == QLatin1String("form6-3"))
        return {{QStringLiteral("date"), QDate(2026, 6, 4)},
                {QStringLiteral("consent_confirmed"), true},
                {QStringLiteral("confirmation_method"), QStringLiteral("declaration")},
                {QStringLiteral("recipient"), QStringLiteral("株式会社ヘルスアナリティクス")},
                {QStringLiteral("recipient_address"), QStringLiteral("東京都千代田区丸の内1-1")},
                {QStringLiteral("recipient_kind"), QStringLiteral("corporation")},
                {QStringLiteral("representative"), QStringLiteral("代表取締役 分析 一郎")},
                {QStringLiteral("items"), QStringList{QStringLiteral("Cookie ID"), QStringLiteral("閲覧履歴")}},
                {QStringLiteral("recorded"), QDate(2026, 6, 4)},
                {QStringLiteral("register"), reg}};
    FieldValues receipt{{QStringLiteral("date"), QDate(2026, 6, 5)},
                        {QStringLiteral("provider"), QStringLiteral("地域健康づくり推進協議会")},
                        {QStringLiteral("provider_address"), QStringLiteral("青森県八戸市内丸1-1")},
                        {QStringLiteral("provider_kind"), QStringLiteral("association")},
                        {QStringLiteral("representative"), QStringLiteral("会長 協議 花子")},
                        {QStringLiteral("acquisition"), QStringLiteral("本人の同意を得て取得した名簿")},
                        {QStringLiteral("individual"), QStringLiteral("講座参加希望者")},
                        {QStringLiteral("items"), QStringList{QStringLiteral("氏名"), QStringLiteral("連絡先")}},
                        {QStringLiteral("identity_confirmed"), true},
                        {QStringLiteral("identity_method"), QStringLiteral("declaration")},
                        {QStringLiteral("history_confirmed"), true},
                        {QStringLiteral("history_method"), QStringLiteral("document")},
                        {QStringLiteral("recorded"), QDate(2026, 6, 5)},
                        {QStringLiteral("register"), reg}};
    if (formId == QLatin1String("form7-1")) {
        receipt.insert(QStringLiteral("ppc_published"), true);
        receipt.insert(QStringLiteral("not_opt_out_sourced"), true);
        receipt.insert(QStringLiteral("not_improperly_acquired"), true);
    }
    if (formId == QLatin1String("form7-2"))
        receipt.insert(QStringLiteral("consent"), true);
    return receipt;
}

void requireVerified(const Session& session)
{
    auto report = verifyAuditTrail(session.db());
    REQUIRE(report.ok());
    INFO(report->problem.toStdString());
    CHECK(report->ok);
}

std::int64_t count(const Session& session, const QString& sql)
{
    auto value = session.db().scalar(sql);
    REQUIRE(value.ok());
    return value->toLongLong();
}

} // namespace daicho::test
