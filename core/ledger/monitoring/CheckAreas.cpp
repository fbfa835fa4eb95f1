// The areas of the monitoring sheet (様式4, FORMS.md) and the check items a new database
// starts with in each, read from CheckAreas.json (built into the library). They are the
// regulation's text, not code: one file holds both, so that every item stands under an area
// that exists and the items come in the areas' order, as the sheet lists them.
//
// The areas are the regulation's: the four kinds of safety measures of 第2章, then the
// handling of 第3章, requests (第4章) and outsourcing (第5章). The items are one per duty an
// auditor can see done or not done (第14条, 第15条); the chief rewords, adds and retires them
// as the regulation or the centre changes, so these are only the start.
#include "ledger/monitoring/CheckItems.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {

// Each area: "key" (stored in every item and sheet line, never changed), "labelJa",
// "labelEn", "articles" and "items", each item an "article" and a "text". An item added after
// the first catalogue (schema 3) says since which schema version ("since"); an item reworded
// later says in which version ("changed") and what it read before ("was": article, text), so
// that the upgrade of an older file rewords what still reads as that version found it.
const QJsonArray& regulationAreas()
{
    static const QJsonArray areas = [] {
        QFile file(QStringLiteral(":/daicho/monitoring/CheckAreas.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened); // a resource of the library: always there
        return QJsonDocument::fromJson(file.readAll()).array();
    }();
    return areas;
}

QString text(const QJsonValue& object, const char* key)
{
    return object[QLatin1String(key)].toString();
}

} // namespace

const QList<CheckArea>& checkAreas()
{
    static const QList<CheckArea> areas = [] {
        QList<CheckArea> list;
        for (const QJsonValue& area : regulationAreas())
            list << CheckArea{text(area, "key"), text(area, "labelJa"), text(area, "labelEn"), text(area, "articles")};
        return list;
    }();
    return areas;
}

QList<CheckItem> defaultCheckItems()
{
    return checkItemsOfSchema(kCheckItemsVersion);
}

QList<CheckItem> checkItemsOfSchema(int version)
{
    QList<CheckItem> items;
    for (const QJsonValue& area : regulationAreas()) {
        for (const QJsonValue& seed : area[QLatin1String("items")].toArray()) {
            if (seed[QLatin1String("since")].toInt(kFirstCheckItemsVersion) > version)
                continue;
            const bool changedLater = seed[QLatin1String("changed")].toInt(kFirstCheckItemsVersion) > version;
            const QJsonValue wording = changedLater ? seed[QLatin1String("was")] : seed;
            CheckItem item;
            item.area = text(area, "key");
            item.article = text(wording, "article");
            item.text = text(wording, "text");
            item.sortOrder = static_cast<int>(items.size()) + 1;
            items << item;
        }
    }
    return items;
}

CheckItemsUpgrade checkItemsUpgrade(int version)
{
    CheckItemsUpgrade upgrade;
    for (const QJsonValue& area : regulationAreas()) {
        for (const QJsonValue& seed : area[QLatin1String("items")].toArray()) {
            CheckItem now;
            now.area = text(area, "key");
            now.article = text(seed, "article");
            now.text = text(seed, "text");
            if (seed[QLatin1String("since")].toInt(kFirstCheckItemsVersion) == version) {
                upgrade.added << now;
            } else if (seed[QLatin1String("changed")].toInt(kFirstCheckItemsVersion) == version) {
                CheckItem was = now;
                was.article = text(seed[QLatin1String("was")], "article");
                was.text = text(seed[QLatin1String("was")], "text");
                upgrade.reworded << std::pair{was, now};
            }
        }
    }
    return upgrade;
}

} // namespace daicho
