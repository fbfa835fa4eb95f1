#include "print/CaseDocuments.h"

#include "cases/CaseKinds.h"
#include "common/JapaneseCalendar.h"
#include "ledger/LedgerDirectory.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

// The documents are the centre's letters: Japanese whatever the interface language.
constexpr LabelLanguage kJa = LabelLanguage::Japanese;

const FieldDefinition* itemOf(const CaseKind& kind, const QString& key)
{
    for (const CaseStep& step : kind.steps)
        if (const FieldDefinition* field = step.form.field(key))
            return field;
    return nullptr;
}

QString choiceText(const CaseKind& kind, const FieldValues& values, const QString& key)
{
    const FieldDefinition* field = itemOf(kind, key);
    const QString value = values.value(key).toString();
    return field && !value.isEmpty() ? choiceLabel(*field, value, kJa) : QString();
}

// 「■本人　□法定代理人…」: every option of a choice, the chosen one filled (none on a blank form).
QString checkboxes(const FieldDefinition* field, const QString& chosen)
{
    if (!field)
        return {};
    QStringList boxes;
    for (const ChoiceOption& option : field->choices)
        boxes << (option.key == chosen ? u"■"_s : u"□"_s) + option.labelJa;
    return boxes.join(u"　"_s);
}

QString dateText(const QVariant& value)
{
    const QDate date = value.toDate();
    return date.isValid() ? formatWareki(date) : QString();
}

// The kinds a request form serves (様式8: purpose, disclosure, records of provision; 様式11:
// correction; 様式13: suspension and stop), the chosen one filled. An empty form: every kind.
QString kindsBoxes(const QString& chosenKind, const QString& requestForm = {})
{
    QStringList boxes;
    for (const CaseKind& kind : CaseKinds::all())
        if (requestForm.isEmpty() || kind.requestForm == requestForm)
            boxes << (kind.id == chosenKind ? u"■"_s : u"□"_s) + kind.titleJa + u"（"_s + citedArticle(kind.article)
                         + u"）"_s;
    return boxes.join(u"\n"_s);
}

QStringList contactOf(const DeskSettings& desk)
{
    QStringList lines = desk.address.split(u'\n');
    lines << u"電話番号　"_s + desk.phone << u"受付時間　"_s + desk.hours;
    return lines;
}

QString caseNumberText(const CaseRecord& record)
{
    return u"%1 第%2号"_s.arg(formatFiscalYear(record.fiscalYear)).arg(record.number);
}

// Who the letter goes to (第38条5項・6項: 請求者である本人又は代理人).
QString addresseeOf(const FieldValues& v)
{
    const QString requester = v.value(u"requester"_s).toString();
    const QString subject = v.value(u"subject_name"_s).toString();
    if (requester == u"legal"_s)
        return subject + u" 様　法定代理人 "_s + v.value(u"agent_name"_s).toString();
    if (requester == u"agent"_s)
        return subject + u" 様　代理人 "_s + v.value(u"proxy_name"_s).toString();
    return subject;
}

QString agentText(const FieldValues& v)
{
    const QString requester = v.value(u"requester"_s).toString();
    const QString prefix = requester == u"legal"_s ? u"agent"_s : requester == u"agent"_s ? u"proxy"_s : QString();
    if (prefix.isEmpty())
        return u"―"_s;
    QStringList lines{v.value(prefix + u"_name"_s).toString(), v.value(prefix + u"_address"_s).toString()};
    if (!v.value(prefix + u"_phone"_s).toString().isEmpty())
        lines << u"電話 "_s + v.value(prefix + u"_phone"_s).toString();
    return lines.join(u'\n');
}

// How the individual asks for the data (法33条1項), as the kinds that ask it define it.
const FieldDefinition* deliveryItem()
{
    for (const CaseKind& kind : CaseKinds::all())
        if (const FieldDefinition* field = itemOf(kind, u"delivery"_s))
            return field;
    return nullptr;
}

// What a request form asks beyond 様式8's items: 様式11's correction (what stands, what it
// should read, why it is not the fact: 第36条1項) and 様式13's measure and grounds (第37条,
// 法35条). Filled, or with empty boxes and room to write on a blank form.
QList<Letter::Item> ownItems(const CaseKind& kind, const FieldValues& v, bool blank)
{
    QList<Letter::Item> items;
    if (const FieldDefinition* asked = itemOf(kind, u"correction_kind"_s)) {
        items << Letter::Item{u"請求の区分"_s, checkboxes(asked, v.value(asked->key).toString())};
        items << Letter::Item{u"訂正等を求める箇所（現在の記録）"_s, v.value(u"correction_now"_s).toString(), 3};
        items << Letter::Item{u"訂正後の内容又は追加を求める内容"_s, v.value(u"correction_to"_s).toString(), 3};
        items << Letter::Item{u"理由（事実でないと考える理由）"_s, v.value(u"correction_why"_s).toString(), 3};
    }
    if (const FieldDefinition* measure = itemOf(kind, u"measure_asked"_s))
        items << Letter::Item{u"求める措置（利用停止・消去の請求のとき）"_s,
                              checkboxes(measure, v.value(measure->key).toString())};
    if (const FieldDefinition* grounds = itemOf(kind, u"grounds"_s)) {
        // Several grounds may apply: each box on its own line.
        const QStringList chosen = v.value(u"grounds"_s).toStringList();
        // A blank form serves every kind it is the form of (様式13: a suspension and a stop).
        QList<ChoiceOption> options = grounds->choices;
        if (blank)
            for (const CaseKind& other : CaseKinds::all())
                if (other.requestForm == kind.requestForm && itemOf(other, grounds->key))
                    for (const ChoiceOption& option : itemOf(other, grounds->key)->choices)
                        if (std::none_of(options.begin(), options.end(),
                                         [&](const ChoiceOption& o) { return o.key == option.key; }))
                            options << option;
        QStringList lines;
        for (const ChoiceOption& option : options)
            if (blank || chosen.contains(option.key))
                lines << (chosen.contains(option.key) ? u"■"_s : u"□"_s) + option.labelJa;
        items << Letter::Item{u"請求の理由（法第35条）"_s, lines.join(u"\n"_s)};
    }
    return items;
}

// The items of a request form (様式8・11・13), filled or blank.
QList<Letter::Item> requestItems(const CaseKind* kind, const FieldValues& v)
{
    const CaseKind& any = kind ? *kind : CaseKinds::all().first();
    const bool blank = v.isEmpty();
    QList<Letter::Item> items;
    // The kinds this form serves: 様式8's three when no kind is given (11 and 13 are their own);
    // a form of one kind alone (様式11) needs no box to tick.
    const auto served = std::count_if(CaseKinds::all().begin(), CaseKinds::all().end(),
                                      [&](const CaseKind& k) { return k.requestForm == any.requestForm; });
    if (served > 1)
        items << Letter::Item{u"請求の種類"_s, kindsBoxes(kind && !blank ? kind->id : QString(), any.requestForm)};
    items << Letter::Item{u"請求者の区分"_s,
                          checkboxes(itemOf(any, u"requester"_s), v.value(u"requester"_s).toString())};
    QString name = v.value(u"subject_name"_s).toString();
    if (!v.value(u"subject_kana"_s).toString().isEmpty())
        name += u"（"_s + v.value(u"subject_kana"_s).toString() + u"）"_s;
    items << Letter::Item{u"本人の氏名（ふりがな）"_s, name, 2};
    items << Letter::Item{u"本人の生年月日"_s, blank ? QString() : dateText(v.value(u"subject_birth"_s))};
    QString address = v.value(u"subject_address"_s).toString();
    if (!v.value(u"subject_phone"_s).toString().isEmpty())
        address += u"\n電話 "_s + v.value(u"subject_phone"_s).toString();
    items << Letter::Item{u"本人の住所・電話番号"_s, address, 2};
    items << Letter::Item{u"代理人の氏名・住所・電話番号（代理人による請求のとき）"_s, blank ? QString() : agentText(v),
                          3};
    // A form with items of its own (様式11's correction) leaves less room here, so that a blank
    // one stays on one page with room to write in each box.
    const bool ownRoom = kind && itemOf(*kind, u"correction_kind"_s);
    items << Letter::Item{u"請求の内容（対象となる保有個人データを特定する事項）"_s, v.value(u"request"_s).toString(),
                          ownRoom ? 2 : 5};
    if (kind)
        items << ownItems(*kind, v, blank);
    if ((blank && !kind) || (kind && itemOf(*kind, u"delivery"_s)))
        items << Letter::Item{u"開示の方法（開示等を求めるとき）"_s,
                              checkboxes(deliveryItem(), v.value(u"delivery"_s).toString())};
    if (blank)
        // Signed by whoever asks: the individual, or the representative or agent (第38条1項(2)).
        items << Letter::Item{u"請求者の署名（自署）"_s, {}, 1};
    return items;
}

QList<Letter::Item> officeItems(const CaseKind* kind, const CaseRecord* record, const FieldValues& v,
                                const LedgerDirectory* directory)
{
    QList<Letter::Item> items;
    items << Letter::Item{u"受付日・受付番号"_s,
                          record ? dateText(v.value(u"received_on"_s)) + u"　"_s + caseNumberText(*record) : QString()};
    const CaseKind& any = kind ? *kind : CaseKinds::all().first();
    QString identity =
        record ? choiceText(any, v, u"identity_method"_s) : checkboxes(itemOf(any, u"identity_method"_s), {});
    if (record && directory)
        identity += u"（確認者：%1）"_s.arg(directory->personName(v.value(u"identity_checker"_s).toLongLong()));
    items << Letter::Item{u"本人確認の方法（第38条1項(3)）"_s, identity};
    if (record && directory && v.contains(u"register"_s))
        items << Letter::Item{u"対象の管理台帳"_s, directory->registerName(v.value(u"register"_s).toLongLong())};
    // 第39条: a fee only for the kinds it names (a blank 様式11 or 13 asks none).
    const bool feeAsked = kind ? itemOf(*kind, u"fee_state"_s) != nullptr : true;
    if ((!record && feeAsked) || v.contains(u"fee"_s) || v.contains(u"fee_state"_s))
        items << Letter::Item{
            u"手数料（第39条）"_s,
            record ? u"%1円（%2）"_s.arg(v.value(u"fee"_s).toInt()).arg(choiceText(any, v, u"fee_state"_s))
                   : QString()};
    return items;
}

bool refused(const FieldValues& v)
{
    return v.value(u"outcome"_s).toString() == u"refused"_s;
}

} // namespace

FieldValues caseValues(const CaseDetail& detail)
{
    FieldValues all;
    for (const CaseEvent& e : detail.events)
        for (auto it = e.values.begin(); it != e.values.end(); ++it)
            all.insert(it.key(), it.value());
    return all;
}

QList<CaseDocumentChoice> caseDocuments(const CaseKind& kind, const CaseDetail& detail)
{
    if (detail.events.isEmpty())
        return {};
    const FieldValues values = caseValues(detail);
    const QString opener = detail.events.first().step;
    const bool decided = values.contains(u"outcome"_s);
    QList<CaseDocumentChoice> found;
    for (const CaseDocument& d : kind.documents) {
        // The request form as received; the notice once decided, to be printed and sent.
        if (d.step != opener && !decided)
            continue;
        if (kind.documentFor(d.step, values) == &d)
            found << CaseDocumentChoice{d.step, d.number, d.title, d.article};
    }
    return found;
}

Letter caseLetter(const CaseKind& kind, const CaseDetail& detail, const CaseDocumentChoice& document,
                  const DeskSettings& desk, const LedgerDirectory& directory)
{
    const FieldValues v = caseValues(detail);
    Letter letter;
    letter.formNumber = document.number;
    letter.title = document.title;
    letter.contact = contactOf(desk);
    if (document.step == detail.events.first().step) {
        // The request as received (様式8・11・13).
        letter.date = v.value(u"received_on"_s).toDate();
        letter.lead =
            u"%1 御中\n個人情報の保護に関する法律及び%1個人情報保護規程に基づき、下記のとおり請求します。"_s.arg(
                desk.organisation);
        letter.items = requestItems(&kind, detail.events.first().values);
        letter.officeUse = officeItems(&kind, &detail.record, detail.events.first().values, &directory);
        return letter;
    }
    // The notice of the decision (第38条5項・6項).
    letter.date = v.value(u"sent_on"_s).toDate().isValid() ? v.value(u"sent_on"_s).toDate() : directory.today();
    letter.addressee = addresseeOf(v);
    letter.sender = {desk.organisation};
    const QString received = dateText(v.value(u"received_on"_s));
    // The lead cites the kind's own provision on notifying the individual (第34条2項・3項,
    // 第35条1項・2項, 第36条2項, 第37条3項, 法33条5項). Data that do not exist are said to not
    // exist: that itself is the answer to a disclosure (第35条1項括弧書き).
    // A stop asked on the wider grounds of 法35条5項 is answered under 同条7項, which the
    // regulation's 第37条 (written before 2022) does not cover: the notice cites both.
    QString citation = document.citation;
    if (const FieldDefinition* grounds = itemOf(kind, u"grounds"_s))
        for (const QString& key : v.value(u"grounds"_s).toStringList())
            if (choiceLabel(*grounds, key, kJa).contains(u"法第35条第5項"_s)) {
                citation += u"及び個人情報の保護に関する法律第35条第7項"_s;
                break;
            }
    const bool absent = refused(v) && v.value(u"ground"_s).toString() == u"absent"_s;
    if (absent)
        letter.lead =
            u"%1付けで受け付けた%2について、御請求に係る保有個人データは存在しないため、%3の規定によりその旨を"
            "通知します。"_s.arg(received, kind.titleJa, citation);
    else if (v.value(u"outcome"_s).toString() == u"alternative"_s)
        // 第37条1項・2項ただし書: the stop asked is not done; another measure is taken instead.
        letter.lead =
            u"%1付けで受け付けた%2について、御請求の措置は行わず、これに代わる下記の措置をとることと決定しましたので、"
            "%3の規定により通知します。"_s.arg(received, kind.titleJa, citation);
    else if (refused(v))
        letter.lead = u"%1付けで受け付けた%2について、下記のとおり請求に応じないことと決定しましたので、%3の規定により"
                      "通知します。"_s.arg(received, kind.titleJa, citation);
    else
        letter.lead = u"%1付けで受け付けた%2について、下記のとおり決定しましたので、%3の規定により通知します。"_s.arg(
            received, kind.titleJa, citation);
    letter.items << Letter::Item{u"請求の種類"_s, kind.titleJa + u"（"_s + citedArticle(kind.article) + u"）"_s}
                 << Letter::Item{u"受付番号・受付日"_s,
                                 caseNumberText(detail.record) + u"（"_s + received + u"受付）"_s}
                 << Letter::Item{u"請求の内容"_s, v.value(u"request"_s).toString()};
    if (!choiceText(kind, v, u"correction_kind"_s).isEmpty())
        letter.items << Letter::Item{u"請求の区分"_s, choiceText(kind, v, u"correction_kind"_s)};
    if (!choiceText(kind, v, u"measure_asked"_s).isEmpty())
        letter.items << Letter::Item{u"求める措置"_s, choiceText(kind, v, u"measure_asked"_s)};
    letter.items << Letter::Item{u"決定の内容"_s, choiceText(kind, v, u"outcome"_s)}
                 << Letter::Item{u"決定日"_s, dateText(v.value(u"decided_on"_s))};
    if (!refused(v) && !choiceText(kind, v, u"measure_granted"_s).isEmpty())
        letter.items << Letter::Item{u"応じる措置"_s, choiceText(kind, v, u"measure_granted"_s)};
    if (!v.value(u"purposes_notified"_s).toString().isEmpty())
        letter.items << Letter::Item{u"当該保有個人データの利用目的"_s, v.value(u"purposes_notified"_s).toString()};
    if (!v.value(u"refused_part"_s).toString().isEmpty())
        letter.items << Letter::Item{u"応じない部分"_s, v.value(u"refused_part"_s).toString()};
    if (v.contains(u"reason"_s) && (refused(v) || v.value(u"outcome"_s).toString() == u"part"_s)) {
        QStringList why;
        if (!choiceText(kind, v, u"ground"_s).isEmpty())
            why << choiceText(kind, v, u"ground"_s);
        why << v.value(u"reason"_s).toString();
        letter.items << Letter::Item{refused(v) ? u"請求に応じない理由"_s : u"一部について応じない理由"_s,
                                     why.join(u'\n')};
    }
    if (!v.value(u"measure"_s).toString().isEmpty()) {
        QString done = v.value(u"measure"_s).toString();
        if (v.value(u"measure_on"_s).toDate().isValid())
            done += u"（"_s + dateText(v.value(u"measure_on"_s)) + u"）"_s;
        const FieldDefinition* measure = itemOf(kind, u"measure"_s);
        const bool correction = measure && measure->labelJa.startsWith(u"訂正等の内容"_s);
        letter.items << Letter::Item{correction ? u"訂正等の内容"_s : u"行った措置"_s, done};
    }
    if (!v.value(u"alternative_measure"_s).toString().isEmpty())
        letter.items << Letter::Item{u"利用停止等に代わる措置"_s, v.value(u"alternative_measure"_s).toString()}
                     << Letter::Item{u"利用停止等が困難な理由"_s, v.value(u"alternative_reason"_s).toString()};
    if (!refused(v) && v.value(u"paper_instead"_s).toBool())
        // 法33条3項: the individual is told that the way asked is not used, and why.
        letter.items << Letter::Item{u"開示の方法"_s,
                                     u"書面の交付（御指定の方法（%1）による開示が困難であるため。理由：%2）"_s.arg(
                                         choiceText(kind, v, u"delivery"_s), v.value(u"paper_reason"_s).toString())};
    else if (!refused(v) && !choiceText(kind, v, u"delivery"_s).isEmpty())
        letter.items << Letter::Item{u"開示の方法"_s, choiceText(kind, v, u"delivery"_s)};
    if (v.contains(u"fee_state"_s))
        letter.items << Letter::Item{
            u"手数料（第39条）"_s,
            u"%1円（%2）"_s.arg(v.value(u"fee"_s).toInt()).arg(choiceText(kind, v, u"fee_state"_s))};
    letter.afterItems = u"この通知について御不明な点がありましたら、下記の相談窓口までお問い合わせください。"_s;
    return letter;
}

Letter blankRequestForm(const DeskSettings& desk, const CaseKind* kind)
{
    Letter letter;
    letter.formNumber = u"様式8"_s;
    letter.title = u"保有個人データ開示等請求書"_s;
    if (kind)
        for (const CaseDocument& d : kind->documents)
            if (d.number == kind->requestForm) {
                letter.formNumber = d.number;
                letter.title = d.title;
            }
    letter.lead = u"%1 御中\n個人情報の保護に関する法律及び%1個人情報保護規程に基づき、下記のとおり請求します。"_s.arg(
        desk.organisation);
    letter.items = requestItems(kind, {});
    letter.officeUse = officeItems(kind, nullptr, {}, nullptr);
    letter.contact = contactOf(desk);
    return letter;
}

Letter blankPowerOfAttorney(const DeskSettings& desk)
{
    Letter letter;
    letter.formNumber = u"様式9"_s;
    letter.title = u"委任状"_s;
    letter.lead = u"%1 御中\n私は、下記の者を代理人と定め、保有個人データの開示等の請求及びこれに関する一切の権限を委任"
                  "します（個人情報保護規程第38条第3項第2号）。"_s.arg(desk.organisation);
    letter.items = {{u"代理人の住所"_s, {}, 2},
                    {u"代理人の氏名"_s, {}, 1},
                    {u"代理人の電話番号"_s, {}, 1},
                    {u"委任する請求"_s, kindsBoxes({})},
                    {u"委任者（本人）の住所"_s, {}, 2},
                    {u"委任者（本人）の氏名（自署）"_s, {}, 1},
                    {u"委任者（本人）の生年月日"_s, {}, 1},
                    {u"委任者（本人）の電話番号"_s, {}, 1}};
    letter.afterItems = u"※委任者の本人確認書類の写しを添えてください。代理人の方は、窓口で代理人御本人の本人確認書類を"
                        "提示してください。"_s;
    letter.contact = contactOf(desk);
    return letter;
}

} // namespace daicho
