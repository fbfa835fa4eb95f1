#include "ledger/monitoring/Checklist.h"

#include "common/EnumNames.h"
#include "ledger/Labels.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace daicho {

const QList<CheckArea>& checkAreas()
{
    // FORMS.md 様式4: the four kinds of safety measures of 第2章, then the handling of 第3章,
    // requests (第4章) and outsourcing (第5章).
    static const QList<CheckArea> areas = {
        {QStringLiteral("organisational"), QStringLiteral("組織的安全管理措置"),
         QStringLiteral("Organisational measures"), QStringLiteral("第5条〜第15条")},
        {QStringLiteral("human"), QStringLiteral("人的安全管理措置"), QStringLiteral("Human measures"),
         QStringLiteral("第16条")},
        {QStringLiteral("physical"), QStringLiteral("物理的安全管理措置"), QStringLiteral("Physical measures"),
         QStringLiteral("第17条〜第20条")},
        {QStringLiteral("technical"), QStringLiteral("技術的安全管理措置"), QStringLiteral("Technical measures"),
         QStringLiteral("第21条〜第24条")},
        {QStringLiteral("acquisition"), QStringLiteral("個人情報の取得・利用"), QStringLiteral("Acquisition and use"),
         QStringLiteral("第25条〜第29条")},
        {QStringLiteral("provision"), QStringLiteral("第三者提供・受領"), QStringLiteral("Provision and receipt"),
         QStringLiteral("第30条〜第32条")},
        {QStringLiteral("requests"), QStringLiteral("開示等の請求・苦情"), QStringLiteral("Requests and complaints"),
         QStringLiteral("第33条〜第40条")},
        {QStringLiteral("outsourcing"), QStringLiteral("委託"), QStringLiteral("Outsourcing"),
         QStringLiteral("第41条")},
    };
    return areas;
}

const CheckArea* findCheckArea(const QString& key)
{
    for (const CheckArea& area : checkAreas())
        if (area.key == key)
            return &area;
    return nullptr;
}

QString checkAreaLabel(const QString& key)
{
    const CheckArea* area = findCheckArea(key);
    if (!area)
        return key;
    return interfaceLabelLanguage() == LabelLanguage::Japanese ? area->labelJa : area->labelEn;
}

namespace {

struct ResultName {
    CheckResult value;
    const char* key;
    const char16_t* printed;
    const char* name;
};

constexpr ResultName kResults[] = {
    {CheckResult::Open, "", u"未記入", QT_TRANSLATE_NOOP("daicho::Checklist", "Not yet checked")},
    {CheckResult::Conforms, "conforms", u"適合", QT_TRANSLATE_NOOP("daicho::Checklist", "Conforms")},
    {CheckResult::DoesNotConform, "does_not_conform", u"不適合",
     QT_TRANSLATE_NOOP("daicho::Checklist", "Does not conform")},
    {CheckResult::NotApplicable, "not_applicable", u"該当なし",
     QT_TRANSLATE_NOOP("daicho::Checklist", "Not applicable")},
};

const ResultName& nameOf(CheckResult result)
{
    for (const ResultName& r : kResults)
        if (r.value == result)
            return r;
    return kResults[0];
}

// The map keys of one line, in the order CBOR stores them (sorted).
const QString kArea = QStringLiteral("area");
const QString kArticle = QStringLiteral("article");
const QString kComment = QStringLiteral("comment");
const QString kEvidence = QStringLiteral("evidence");
const QString kItem = QStringLiteral("item");
const QString kResult = QStringLiteral("result");
const QString kText = QStringLiteral("text");

} // namespace

QString checkResultKey(CheckResult result)
{
    return QString::fromLatin1(nameOf(result).key);
}

std::optional<CheckResult> checkResultFromKey(const QString& key)
{
    return enumNames::valueOfKey(kResults, key);
}

QString checkResultPrintedName(CheckResult result)
{
    return QString::fromUtf16(nameOf(result).printed);
}

QString checkResultDisplayName(CheckResult result)
{
    return QCoreApplication::translate("daicho::Checklist", nameOf(result).name);
}

QVariant checklistToValue(const ChecklistLines& lines)
{
    QVariantList list;
    list.reserve(lines.size());
    for (const ChecklistLine& line : lines) {
        QVariantMap map;
        auto put = [&map](const QString& key, const QString& text) {
            if (!text.isEmpty())
                map.insert(key, text);
        };
        if (line.itemId != 0)
            map.insert(kItem, QVariant::fromValue<qint64>(line.itemId));
        put(kArea, line.area);
        put(kText, line.text);
        put(kArticle, line.article);
        put(kResult, checkResultKey(line.result));
        put(kEvidence, line.evidence);
        put(kComment, line.comment);
        list << map;
    }
    return list;
}

std::optional<ChecklistLines> checklistFromValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return ChecklistLines{};
    if (value.typeId() != QMetaType::QVariantList)
        return std::nullopt;
    ChecklistLines lines;
    for (const QVariant& item : value.toList()) {
        if (item.typeId() != QMetaType::QVariantMap)
            return std::nullopt;
        const QVariantMap map = item.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const bool known = it.key() == kItem || it.key() == kArea || it.key() == kText || it.key() == kArticle
                               || it.key() == kResult || it.key() == kEvidence || it.key() == kComment;
            const bool rightType =
                it.key() == kItem ? it.value().canConvert<qint64>() : it.value().typeId() == QMetaType::QString;
            if (!known || !rightType)
                return std::nullopt;
        }
        ChecklistLine line;
        line.itemId = map.value(kItem).toLongLong();
        line.area = map.value(kArea).toString();
        line.text = map.value(kText).toString();
        line.article = map.value(kArticle).toString();
        const auto result = checkResultFromKey(map.value(kResult).toString());
        if (!result)
            return std::nullopt;
        line.result = *result;
        line.evidence = map.value(kEvidence).toString();
        line.comment = map.value(kComment).toString();
        lines << line;
    }
    return lines;
}

ChecklistCounts countResults(const ChecklistLines& lines)
{
    ChecklistCounts counts;
    for (const ChecklistLine& line : lines) {
        switch (line.result) {
        case CheckResult::Conforms:
            ++counts.conforms;
            break;
        case CheckResult::DoesNotConform:
            ++counts.doesNotConform;
            break;
        case CheckResult::NotApplicable:
            ++counts.notApplicable;
            break;
        case CheckResult::Open:
            ++counts.open;
            break;
        }
    }
    return counts;
}

QString checklistSummary(const ChecklistLines& lines)
{
    const ChecklistCounts c = countResults(lines);
    return QStringLiteral("%1 %2・%3 %4・%5 %6・%7 %8")
        .arg(checkResultPrintedName(CheckResult::Conforms))
        .arg(c.conforms)
        .arg(checkResultPrintedName(CheckResult::DoesNotConform))
        .arg(c.doesNotConform)
        .arg(checkResultPrintedName(CheckResult::NotApplicable))
        .arg(c.notApplicable)
        .arg(checkResultPrintedName(CheckResult::Open))
        .arg(c.open);
}

} // namespace daicho
