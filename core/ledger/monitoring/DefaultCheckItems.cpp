// The check items a new database starts with: one per duty of the centre's regulation that
// an auditor can see done or not done (第14条, 第15条). The chief rewords, adds and retires
// items as the regulation or the centre changes; these are only the start.
#include "ledger/monitoring/CheckItems.h"

namespace daicho {

QList<CheckItem> defaultCheckItems()
{
    struct Seed {
        const char16_t* area;
        const char16_t* article;
        const char16_t* text;
    };
    static const Seed seeds[] = {
        {u"organisational", u"第6条・第7条",
         u"個人データの取扱いに関する責任部署（総務部）、事務取扱責任者及び部門責任者が定められ、従業者に周知されている"
         u"。"},
        {u"organisational", u"第7条・第9条", u"事務取扱担当者とその役割、取り扱う個人データの範囲が明確になっている。"},
        {u"organisational", u"第10条",
         u"運用状況記録票（様式1）に取得・入力、利用・出力、削除・廃棄が記録され、部門責任者が確認している。"},
        {u"organisational", u"第11条",
         u"個人情報管理台帳（様式3）が全ての個人情報データベース等について整備され、内容が最新である。"},
        {u"organisational", u"第12条",
         u"漏えい等の事案の発生又は兆候を把握した場合の報告連絡体制が整備され、従業者に周知されている。"},
        {u"organisational", u"第13条", u"本人からの苦情が部門責任者に報告され、適切に対応されている。"},
        {u"organisational", u"第14条",
         u"運用状況記録及び個人情報データベース等の取扱状況の確認が年1回以上実施されている。"},
        {u"human", u"第16条", u"従業者に対し、本規程を遵守させるための教育訓練が計画され、実施されている。"},
        {u"human", u"第16条", u"教育訓練の受講状況が記録され、未受講の従業者への対応がとられている。"},
        {u"physical", u"第17条", u"管理区域及び取扱区域が明確にされ、入退室管理簿（様式5）に入退室が記録されている。"},
        {u"physical", u"第17条", u"管理区域への機器及び電子媒体等の持込みが制限されている。"},
        {u"physical", u"第18条",
         u"個人データを取り扱う機器、電子媒体及び書類等が施錠できる場所に保管され、盗難等の防止措置がとられている。"},
        {u"physical", u"第19条1項",
         u"持ち運びが第19条1項の理由に限られ、持ち運び記録簿（様式2）に記録され、部門責任者の承認を得ている。"},
        {u"physical", u"第19条2項",
         u"持ち運ぶ電子媒体の暗号化・パスワード保護、書類の封緘等、媒体に応じた安全策が講じられている。"},
        {u"physical", u"第20条",
         u"廃棄・削除が復元できない方法で行われ、記録されている（外部に委託した場合は証明書を確認している）。"},
        {u"technical", u"第21条", u"個人データへのアクセスが事務取扱担当者と必要な範囲に限られている。"},
        {u"technical", u"第22条", u"情報システムの利用者がユーザーID・パスワード等により識別・認証されている。"},
        {u"technical", u"第23条",
         u"外部からの不正アクセス及び不正ソフトウェアへの対策（ウイルス対策、更新の適用等）が講じられている。"},
        {u"technical", u"第24条", u"情報システムの使用に伴う漏えい等を防ぐ措置が講じられ、運用されている。"},
        {u"acquisition", u"第25条", u"利用目的ができる限り特定され、個人情報管理台帳に記載されている。"},
        {u"acquisition", u"第26条",
         u"利用目的の達成に必要な範囲を超えた取扱いがない（超える場合はあらかじめ本人の同意を得ている）。"},
        {u"acquisition", u"第27条",
         u"偽りその他不正の手段による取得がなく、要配慮個人情報はあらかじめ本人の同意を得て取得している。"},
        {u"acquisition", u"第28条", u"取得した個人情報の利用目的を公表し、又は本人に通知している。"},
        {u"acquisition", u"第29条",
         u"個人データが正確かつ最新の内容に保たれ、利用する必要がなくなったデータは遅滞なく消去されている。"},
        {u"provision", u"第30条", u"第三者提供が本人の同意又は第30条に定める場合に限られている。"},
        {u"provision", u"第31条", u"第三者提供の記録（様式6-1・6-2）が作成され、定められた期間保存されている。"},
        {u"provision", u"第32条",
         u"第三者から受領する際に提供者と取得の経緯が確認され、記録（様式7-1〜7-3）が作成されている。"},
        {u"requests", u"第33条", u"相談窓口が置かれ、開示等の請求や相談が受け付けられ、担当部門に取り次がれている。"},
        {u"requests", u"第34条",
         u"保有個人データに関する事項がホームページへの掲載又は窓口での掲示等により公表されている。"},
        {u"requests", u"第35条〜第38条", u"開示、訂正等、利用停止等の請求に遅滞なく対応し、決定を本人に通知している。"},
        {u"requests", u"第40条", u"個人情報の取扱いに関する苦情が適切かつ迅速に処理されている。"},
        {u"outsourcing", u"第41条", u"委託先を適切に選定し、安全管理措置や再委託の条件等を定めた契約を締結している。"},
        {u"outsourcing", u"第41条", u"委託先における個人データの取扱状況を把握し、必要かつ適切な監督を行っている。"},
    };
    QList<CheckItem> items;
    int order = 0;
    for (const Seed& seed : seeds) {
        CheckItem item;
        item.area = QString::fromUtf16(seed.area);
        item.article = QString::fromUtf16(seed.article);
        item.text = QString::fromUtf16(seed.text);
        item.sortOrder = ++order;
        items << item;
    }
    return items;
}

} // namespace daicho
