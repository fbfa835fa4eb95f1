#include "DemoLedgers.h"

#include "DemoAccounts.h"

#include "auth/Organisation.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "ledger/LedgerStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

using Values = FieldValues;

// Everyone the demo needs, signed in once.
struct People {
    std::unique_ptr<Session> chief;
    std::unique_ptr<Session> acting;
    std::unique_ptr<Session> head;
    std::unique_ptr<Session> staff;
};

// Ids by name, through the services as any other caller (the demo runs no SQL of its own).
qint64 department(const Session& s, const QString& name)
{
    auto all = Organisation::departments(s);
    if (all.ok())
        for (const DepartmentEntry& d : all.value())
            if (d.name == name)
                return d.id;
    return 0;
}

qint64 person(const Session& s, const QString& login)
{
    auto all = UserAdmin::listUsers(s, true);
    if (all.ok())
        for (const UserEntry& u : all.value())
            if (u.login == login)
                return u.id;
    return 0;
}

Result<EntryId> add(Session& session, const QString& form, const Values& values)
{
    auto id = LedgerStore::add(session, form, values);
    if (!id)
        return makeError(id.error().code, form + u": "_s + id.error().message, id.error().detail);
    return id;
}

QDateTime japanTime(const QDate& day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

// Invented people: surname and given name drawn from common ones.
class Names
{
public:
    explicit Names(QRandomGenerator& random)
        : m_random(random)
    { }
    QString person()
    {
        static const QStringList surnames{u"佐藤"_s,   u"鈴木"_s, u"高橋"_s, u"田中"_s, u"伊藤"_s, u"渡辺"_s,
                                          u"山本"_s,   u"中村"_s, u"小林"_s, u"加藤"_s, u"吉田"_s, u"山田"_s,
                                          u"佐々木"_s, u"工藤"_s, u"木村"_s, u"成田"_s, u"三上"_s, u"葛西"_s};
        static const QStringList given{u"太郎"_s, u"花子"_s, u"一郎"_s, u"由美"_s, u"健"_s, u"美咲"_s,
                                       u"大輔"_s, u"陽子"_s, u"翔太"_s, u"恵"_s,   u"誠"_s, u"さくら"_s};
        return pick(surnames) + u" "_s + pick(given);
    }
    QString pick(const QStringList& list) { return list.at(m_random.bounded(static_cast<int>(list.size()))); }
    int between(int low, int high) { return low + m_random.bounded(high - low + 1); }

private:
    QRandomGenerator& m_random;
};

// The LINE-account register entry: 第3条 (items), 第4条1項 (seven purposes), 第5条 and 別記
// (third parties and their purposes), 第7条 (contractors).
Values lineAccountRegister(const Session& chief)
{
    return {
        {u"registered"_s, QDate(2025, 4, 1)},
        {u"name"_s, u"新型コロナ対策パーソナルサポート（LINE公式アカウント）利用者情報"_s},
        {u"kind"_s, u"electronic"_s},
        {u"items"_s,
         QStringList{
             u"LINE株式会社が発行した利用者識別子"_s, u"LINEに登録したプロフィール情報"_s,
             u"アンケートの内容（年齢、職業、性別、居住地域、現在の体調、病歴、服用薬、受診の有無・受診先その他の健康情報）"_s,
             u"トークの内容（テキスト、URLリンク、絵文字、スタンプ、画像、動画、音声、アンケート等）"_s,
             u"位置情報（利用者自身が送信した場合に限る）"_s, u"クッキー、アクセスログその他の利用状況に関する情報"_s,
             u"機器情報（OS、端末の個体識別情報、コンピュータ名、言語設定等）"_s, u"問合せの内容"_s}},
        {u"purposes"_s,
         QStringList{
             u"新型コロナウイルス感染症に関する個別情報提供システムの開発、改修、運用"_s,
             u"問合せの状況に合わせた情報の提供（セルフケアと2次感染の防止のサポート、リアルタイムフォローアップ）"_s,
             u"対話型の問合せ回答サービスの提供"_s,
             u"発生状況の把握・分析（自宅待機者やハイリスク群、り患者の実態の把握、流行の要因・予兆・対策の分析・検討）"_s,
             u"感染症法に基づく感染防止対策および疫学調査等"_s,
             u"新型コロナウイルス感染症以外の感染症への応用可能性の検討"_s,
             u"データ分析・学術研究目的での利用（個人を識別できない形で行う公表を含む）"_s}},
        {u"medium"_s, u"LINE公式アカウントの管理画面およびクラウドサーバー"_s},
        {u"storage"_s, u"委託先データセンター（国内）／閲覧端末は事務室の管理区域内"_s},
        {u"responsible"_s, person(chief, u"chief"_s)},
        {u"department"_s, department(chief, u"総務課"_s)},
        {u"access"_s, QStringList{u"総務課 事務取扱担当者"_s, u"健診管理課 事務取扱担当者（閲覧のみ）"_s}},
        {u"retention"_s, u"サービス終了後5年"_s},
        {u"disposal"_s, u"委託先によるデータ消去と消去証明書の受領"_s},
        {u"sensitive"_s, true},
        {u"subjects"_s, u"本アカウントの利用者"_s},
        {u"count"_s, qint64(12000)},
        {u"source"_s, u"本人（LINEアプリからの入力）"_s},
        {u"third_parties"_s,
         QStringList{
             u"行政機関等および地方公共団体等（ハイリスク群・潜在的罹患者のスクリーニングとフォローアップ、軽症者支援のシステム構築、今後の感染症対策にかかる学術研究）"_s,
             u"学校法人慶應義塾（同上の学術研究）"_s}},
        {u"contractors"_s, QStringList{u"LINE公式アカウントの運用保守事業者"_s}},
        {u"note"_s, u"要配慮個人情報の利用目的の追加・変更は利用者の同意を取得して行う（方針第4条2項）。"_s},
    };
}

Values registerEntry(const Session& chief, const QString& name, const QString& kind, const QStringList& items,
                     const QStringList& purposes, const QString& section, bool sensitive, const QString& retention)
{
    return {{u"registered"_s, QDate(2025, 4, 1)},
            {u"name"_s, name},
            {u"kind"_s, kind},
            {u"items"_s, items},
            {u"purposes"_s, purposes},
            {u"medium"_s, kind == u"paper"_s ? u"紙（ファイル）"_s : u"健診システムのデータベースサーバー"_s},
            {u"storage"_s, kind == u"paper"_s ? u"書庫（施錠）"_s : u"サーバー室（管理区域）"_s},
            {u"responsible"_s, person(chief, u"head"_s)},
            {u"department"_s, department(chief, section)},
            {u"access"_s, QStringList{section + u" 事務取扱担当者"_s}},
            {u"retention"_s, retention},
            {u"disposal"_s, kind == u"paper"_s ? u"シュレッダー処理"_s : u"データ消去ソフトウェアによる消去"_s},
            {u"sensitive"_s, sensitive}};
}

// Every working day (weekdays) between two dates.
QList<QDate> workingDays(const QDate& from, const QDate& to)
{
    QList<QDate> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days << d;
    return days;
}

} // namespace

Status addDemoLedgers(const VaultPaths& paths, const Clock& clock)
{
    People p;
    for (auto [slot, login] : {std::pair{&p.chief, u"chief"_s}, std::pair{&p.acting, u"acting"_s},
                               std::pair{&p.head, u"head"_s}, std::pair{&p.staff, u"staff"_s}}) {
        auto session = signInAsDemo(paths, clock, login);
        if (!session)
            return session.error();
        *slot = std::move(session.value());
    }
    Session& chief = *p.chief;
    Session& staff = *p.staff;
    Session& head = *p.head;
    QRandomGenerator random(20261122);
    Names names(random);
    const qint64 kanri = department(chief, u"健診管理課"_s);
    const qint64 soumu = department(chief, u"総務課"_s);
    const qint64 staffId = person(chief, u"staff"_s);
    const qint64 actingId = person(chief, u"acting"_s);

    // 様式3: the registers.
    auto line = add(chief, u"form3"_s, lineAccountRegister(chief));
    if (!line)
        return line.error();
    const QStringList checkupPurposes{u"健診結果の通知"_s, u"特定保健指導の実施"_s, u"健診の統計作成"_s,
                                      u"健診費用の請求"_s};
    auto checkup = add(
        chief, u"form3"_s,
        registerEntry(chief, u"特定健康診査 受診者データベース"_s, u"electronic"_s,
                      {u"氏名"_s, u"生年月日"_s, u"住所"_s, u"保険者番号"_s, u"健診結果"_s, u"問診（既往歴・服薬）"_s},
                      checkupPurposes, u"健診管理課"_s, true, u"5年"_s));
    if (!checkup)
        return checkup.error();
    auto dock = add(chief, u"form3"_s,
                    registerEntry(chief, u"人間ドック 受診者名簿"_s, u"paper"_s,
                                  {u"氏名"_s, u"生年月日"_s, u"連絡先"_s, u"受診コース"_s},
                                  {u"受診の予約・受付"_s, u"健診結果の通知"_s}, u"人間ドック健診課"_s, true, u"5年"_s));
    if (!dock)
        return dock.error();
    auto lecture = add(chief, u"form3"_s,
                       registerEntry(chief, u"健康づくり講座 参加申込者名簿"_s, u"electronic"_s,
                                     {u"氏名"_s, u"所属事業所"_s, u"連絡先"_s},
                                     {u"講座の案内・受付"_s, u"参加者数の集計"_s}, u"健診管理課"_s, false, u"3年"_s));
    if (!lecture)
        return lecture.error();
    // A reviewed register, and a purpose added later: related to the earlier ones (第25条2項),
    // published (第28条3項), and with the users' consent as the centre's policy on sensitive
    // data asks (modelled on the LINE account's policy 第4条2項).
    for (EntryId id : {line.value(), checkup.value(), dock.value()})
        if (auto reviewed = LedgerStore::decide(*p.acting, id, Decision::Review, {}); !reviewed)
            return reviewed.error();
    {
        Values v = lineAccountRegister(chief);
        QStringList purposes = v.value(u"purposes"_s).toStringList();
        purposes << u"ワクチン接種に関する情報の提供"_s;
        v[u"purposes"_s] = purposes;
        v[u"purpose_changed_on"_s] = QDate(2025, 6, 2);
        v[u"purpose_change_scope"_s] = u"related"_s;
        v[u"purpose_change_notice"_s] = QStringList{u"notified"_s, u"published"_s};
        v[u"purpose_change_consent"_s] = true;
        if (auto revised = LedgerStore::revise(chief, line.value(), v, u"利用目的の追加（利用者の同意取得済み）"_s);
            !revised)
            return revised.error();
    }

    const QList<QDate> days = workingDays(QDate(2025, 4, 1), QDate(2026, 11, 20));

    // 様式1: the operations log of 健診管理課, about every third working day.
    for (qsizetype i = 0; i < days.size(); i += 3) {
        const QDate day = days[i];
        Values v{{u"date"_s, day},
                 {u"register"_s, qint64(checkup.value())},
                 {u"department"_s, kanri},
                 {u"staff"_s, staffId}};
        switch (i % 4) {
        case 0:
            v[u"kind"_s] = u"acquisition"_s;
            v[u"content"_s] = u"受診票（問診・健診結果）の入力"_s;
            v[u"people"_s] = qint64(names.between(20, 180));
            v[u"source"_s] = names.pick({u"協会けんぽ"_s, u"市町村国保"_s, u"事業所"_s});
            break;
        case 1:
        case 2:
            v[u"kind"_s] = u"use"_s;
            v[u"purpose"_s] = checkupPurposes.at(names.between(0, 3));
            v[u"output"_s] = names.pick({u"print"_s, u"file"_s, u"screen"_s});
            v[u"quantity"_s] = qint64(names.between(1, 60));
            break;
        default:
            v[u"kind"_s] = u"disposal"_s;
            v[u"target"_s] = u"documents"_s;
            v[u"disposed"_s] = u"受診票控え（紙）"_s;
            v[u"method"_s] = u"shredding"_s;
            v[u"disposed_by"_s] = u"centre"_s;
            v[u"verifier"_s] = person(chief, u"head"_s);
            v[u"note"_s] = u"保存期間を経過した受診票控え"_s;
            break;
        }
        auto id = add(staff, u"form1"_s, v);
        if (!id)
            return id.error();
        if (day < QDate(2026, 10, 1))
            if (auto reviewed = LedgerStore::decide(head, id.value(), Decision::Review, {}); !reviewed)
                return reviewed.error();
    }

    // 様式2: carry-outs to the contractor, approved first; most returned.
    for (qsizetype i = 5; i < days.size(); i += 11) {
        const QDateTime out = japanTime(days[i], 9 + static_cast<int>(i % 3), 0);
        Values v{{u"direction"_s, u"out"_s},
                 {u"taken_out"_s, out},
                 {u"expected_return"_s, out.addSecs(7 * 3600)},
                 {u"register"_s, qint64(checkup.value())},
                 {u"medium"_s, i % 2 ? u"electronic"_s : u"paper"_s},
                 {u"content"_s, i % 2 ? u"健診結果データ（暗号化USBメモリ）"_s : u"受診票の写し"_s},
                 {u"count"_s, qint64(names.between(10, 300))},
                 {u"destination"_s, names.pick({u"健診データ入力委託先 株式会社あおもりデータ"_s,
                                                u"結果通知印刷委託先 有限会社みちのく印刷"_s})},
                 {u"reason"_s, u"contractor"_s},
                 {u"carrier"_s, staffId},
                 {u"department"_s, kanri}};
        if (i % 2)
            v[u"measures_electronic"_s] = QStringList{u"encryption"_s, u"password"_s, u"locked_container"_s};
        else
            v[u"measures_paper"_s] = QStringList{u"sealed"_s};
        auto id = add(staff, u"form2"_s, v);
        if (!id)
            return id.error();
        if (days[i] > QDate(2026, 11, 15))
            continue; // still waiting for the head
        if (auto approved = LedgerStore::decide(head, id.value(), Decision::Approve, {}); !approved)
            return approved.error();
        v[u"returned"_s] = out.addSecs(6 * 3600);
        v[u"return_confirmation"_s] = u"返却を確認（封緘・件数とも異常なし）"_s;
        if (auto back = LedgerStore::revise(staff, id.value(), v, u"返却の記録"_s); !back)
            return back.error();
    }

    // 様式2: the questionnaires of an on-site check brought back into the area (第19条1項なお書き).
    for (qsizetype i = 9; i < days.size(); i += 37) {
        const QDateTime in = japanTime(days[i], 16, 30);
        Values v{{u"direction"_s, u"in"_s},
                 {u"taken_out"_s, in},
                 {u"register"_s, qint64(checkup.value())},
                 {u"medium"_s, u"paper"_s},
                 {u"content"_s, u"巡回健診の問診票"_s},
                 {u"count"_s, qint64(names.between(30, 120))},
                 {u"destination"_s, names.pick({u"巡回健診会場（事業所）"_s, u"巡回健診会場（公民館）"_s})},
                 {u"reason"_s, u"purpose"_s},
                 {u"measures_paper"_s, QStringList{u"sealed"_s}},
                 {u"carrier"_s, staffId},
                 {u"department"_s, kanri}};
        auto id = add(staff, u"form2"_s, v);
        if (!id)
            return id.error();
        if (days[i] > QDate(2026, 11, 15))
            continue;
        if (auto approved = LedgerStore::decide(head, id.value(), Decision::Approve, {}); !approved)
            return approved.error();
    }

    // 様式5: visitors of the server room, about every other working day.
    for (qsizetype i = 0; i < days.size(); i += 2) {
        const QDate day = days[i];
        const QDateTime in = japanTime(day, 10 + static_cast<int>(i % 5), 15);
        Values v{{u"date"_s, day},
                 {u"name"_s, names.person()},
                 {u"affiliation"_s, names.pick({u"株式会社あおもりシステム保守"_s, u"健診システム開発元"_s,
                                                u"空調設備点検業者"_s, u"総務課"_s})},
                 {u"purpose"_s,
                  names.pick({u"サーバー定期保守"_s, u"障害対応"_s, u"空調点検"_s, u"バックアップ媒体の交換"_s})},
                 {u"time_in"_s, in},
                 {u"escort"_s, staffId}};
        if (day < QDate(2026, 11, 20))
            v[u"time_out"_s] = in.addSecs(names.between(20, 120) * 60);
        if (i % 6 == 0)
            v[u"equipment"_s] = u"保守用ノートPC（管理番号確認済み）"_s;
        auto id = add(staff, u"form5"_s, v);
        if (!id)
            return id.error();
    }

    // 様式6-2 / 7-2 / 7-3 / 6-1 / 7-1: provisions and receipts. Every record keeps the day it
    // was made (第31条9項(3)・第32条9項(3)): here the day of the transfer.
    for (qsizetype i = 7; i < days.size(); i += 17) {
        Values v{{u"date"_s, days[i]},
                 {u"consent"_s, true},
                 {u"recipient"_s, u"受診者の勤務先事業所（健康管理担当）"_s},
                 {u"individual"_s, names.person()},
                 {u"items"_s, QStringList{u"氏名"_s, u"健診結果"_s}},
                 {u"recorded"_s, days[i]},
                 {u"register"_s, qint64(checkup.value())}};
        auto id = add(staff, u"form6-2"_s, v);
        if (!id)
            return id.error();
    }
    // One provision abroad (法28条): results sent, with the individual's informed consent, to
    // the clinic abroad that treats a posted employee; recorded although on consent alone.
    {
        const QDate day = days[days.size() / 2];
        Values v{{u"date"_s, day},
                 {u"consent"_s, true},
                 {u"recipient"_s, u"Raffles Medical Clinic（駐在員の主治医療機関）"_s},
                 {u"individual"_s, names.person()},
                 {u"items"_s, QStringList{u"氏名"_s, u"生年月日"_s, u"健診結果"_s}},
                 {u"abroad"_s, true},
                 {u"country"_s, u"シンガポール"_s},
                 {u"abroad_basis"_s, u"consent_informed"_s},
                 {u"recorded"_s, day},
                 {u"register"_s, qint64(checkup.value())},
                 {u"note"_s, u"同意書に移転先の国名・同国の個人情報保護制度・提供先の措置を記載して説明済み"_s}};
        if (auto id = add(staff, u"form6-2"_s, v); !id)
            return id.error();
    }
    // One receipt from a public body (法16条2項): a town's list of residents due for the
    // specific health check, given under the law. No confirmation or receipt record (法30条1項,
    // the guide says so); its acquisition is recorded in 様式1 ① like any other.
    {
        const QDate day = days[days.size() / 3];
        Values v{{u"date"_s, day},
                 {u"register"_s, qint64(checkup.value())},
                 {u"department"_s, kanri},
                 {u"staff"_s, staffId},
                 {u"kind"_s, u"acquisition"_s},
                 {u"content"_s, u"特定健診対象者名簿の受領（町からの委託に基づく）"_s},
                 {u"people"_s, qint64(312)},
                 {u"source"_s, u"青森県内A町役場（国の機関・地方公共団体等：受領記録不要）"_s}};
        if (auto id = add(staff, u"form1"_s, v); !id)
            return id.error();
    }
    for (qsizetype i = 3; i < days.size(); i += 23) {
        Values v{{u"date"_s, days[i]},
                 {u"consent"_s, true},
                 {u"provider"_s, names.pick({u"株式会社みちのく物流"_s, u"青森ホタテ加工株式会社"_s})},
                 {u"provider_address"_s, u"青森県青森市新町1-1-1"_s},
                 {u"provider_kind"_s, u"corporation"_s},
                 {u"representative"_s, QString(u"代表取締役 "_s + names.person())},
                 {u"acquisition"_s, u"従業員の定期健康診断の委託にあたり、本人の同意を得て取得した受診者名簿"_s},
                 {u"individual"_s, QString(names.person() + u" ほか"_s)},
                 {u"items"_s, QStringList{u"氏名"_s, u"生年月日"_s, u"所属"_s}},
                 {u"identity_confirmed"_s, true},
                 {u"identity_method"_s, u"declaration"_s},
                 {u"history_confirmed"_s, true},
                 {u"history_method"_s, u"document"_s},
                 {u"recorded"_s, days[i]},
                 {u"register"_s, qint64(checkup.value())}};
        if (i % 2) {
            v[u"bulk"_s] = true;
            if (days[i].addMonths(1) < QDate(2026, 11, 1)) {
                v[u"bulk_ended"_s] = true;
                v[u"period_end"_s] = days[i].addMonths(1);
            }
        }
        auto id = add(staff, u"form7-2"_s, v);
        if (!id)
            return id.error();
    }
    for (qsizetype i = 12; i < days.size(); i += 60) {
        Values v{{u"date"_s, days[i]},
                 {u"provider"_s, names.person()},
                 {u"provider_address"_s, u"青森県弘前市大字本町1"_s},
                 {u"provider_kind"_s, u"individual"_s},
                 {u"acquisition"_s, u"家族の健診申込みのため本人から預かった情報"_s},
                 {u"individual"_s, names.person()},
                 {u"items"_s, QStringList{u"氏名"_s, u"連絡先"_s}},
                 {u"identity_confirmed"_s, true},
                 {u"identity_method"_s, u"declaration"_s},
                 {u"history_confirmed"_s, true},
                 {u"history_method"_s, u"other_means"_s},
                 {u"recorded"_s, days[i]},
                 {u"register"_s, qint64(lecture.value())}};
        auto id = add(staff, u"form7-3"_s, v);
        if (!id)
            return id.error();
    }
    for (qsizetype i = 30; i < days.size(); i += 150) {
        Values provision{
            {u"date"_s, days[i]},
            {u"recipient"_s, u"健康関連イベント共催団体"_s},
            {u"individual"_s, QString(u"講座参加申込者 "_s + QString::number(names.between(10, 40)) + u"名"_s)},
            {u"items"_s, QStringList{u"氏名"_s, u"所属事業所"_s}},
            {u"not_opt_out_sourced"_s, true},
            {u"not_improperly_acquired"_s, true},
            {u"not_restricted_abroad"_s, true},
            {u"recorded"_s, days[i]},
            {u"register"_s, qint64(lecture.value())}};
        if (auto id = add(staff, u"form6-1"_s, provision); !id)
            return id.error();
        Values receipt{{u"date"_s, days[i + 1]},
                       {u"provider"_s, u"地域健康づくり推進協議会"_s},
                       {u"provider_address"_s, u"青森県八戸市内丸1-1"_s},
                       {u"provider_kind"_s, u"association"_s},
                       {u"representative"_s, QString(u"会長 "_s + names.person())},
                       {u"acquisition"_s, u"講座参加者から申込書により直接取得（第三者提供を利用目的として明示）"_s},
                       {u"individual"_s, u"講座参加希望者"_s},
                       {u"items"_s, QStringList{u"氏名"_s, u"連絡先"_s}},
                       {u"ppc_published"_s, true},
                       {u"not_opt_out_sourced"_s, true},
                       {u"not_improperly_acquired"_s, true},
                       {u"identity_confirmed"_s, true},
                       {u"identity_method"_s, u"declaration"_s},
                       {u"history_confirmed"_s, true},
                       {u"history_method"_s, u"document"_s},
                       {u"recorded"_s, days[i + 1]},
                       {u"register"_s, qint64(lecture.value())}};
        if (auto id = add(staff, u"form7-1"_s, receipt); !id)
            return id.error();
    }
    // One carry-out of 総務課 by the acting chief, approved by the chief.
    {
        const QDateTime out = japanTime(QDate(2026, 6, 3), 13, 0);
        Values v{{u"direction"_s, u"out"_s},
                 {u"taken_out"_s, out},
                 {u"expected_return"_s, out.addSecs(3 * 3600)},
                 {u"register"_s, qint64(line.value())},
                 {u"medium"_s, u"electronic"_s},
                 {u"content"_s, u"問合せ対応記録の抽出（暗号化済み）"_s},
                 {u"count"_s, qint64(40)},
                 {u"destination"_s, u"運用保守事業者（打合せ）"_s},
                 {u"reason"_s, u"contractor"_s},
                 {u"measures_electronic"_s, QStringList{u"encryption"_s}},
                 {u"carrier"_s, actingId},
                 {u"department"_s, soumu}};
        auto id = add(*p.acting, u"form2"_s, v);
        if (!id)
            return id.error();
        if (auto approved = LedgerStore::decide(chief, id.value(), Decision::Approve, {}); !approved)
            return approved.error();
    }
    return {};
}

} // namespace daicho
