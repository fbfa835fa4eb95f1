#include "ledger/monitoring/Checklist.h"

#include "common/EnumNames.h"
#include "ledger/Labels.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace daicho {

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
    int ChecklistCounts::*count; // where countResults() counts it
};

constexpr ResultName kResults[] = {
    {CheckResult::Open, "", u"未記入", QT_TRANSLATE_NOOP("daicho::Checklist", "Not yet checked"),
     &ChecklistCounts::open},
    {CheckResult::Conforms, "conforms", u"適合", QT_TRANSLATE_NOOP("daicho::Checklist", "Conforms"),
     &ChecklistCounts::conforms},
    {CheckResult::DoesNotConform, "does_not_conform", u"不適合",
     QT_TRANSLATE_NOOP("daicho::Checklist", "Does not conform"), &ChecklistCounts::doesNotConform},
    {CheckResult::NotApplicable, "not_applicable", u"該当なし",
     QT_TRANSLATE_NOOP("daicho::Checklist", "Not applicable"), &ChecklistCounts::notApplicable},
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
    for (const ChecklistLine& line : lines)
        ++(counts.*nameOf(line.result).count);
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
