#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/monitoring/Checklist.h"

#include <utility>

namespace daicho {

// One check item of the monitoring sheet (様式4), as the chief keeps it. A retired item stays
// (sheets of earlier years name it) but new sheets leave it out.
struct CheckItem {
    std::int64_t id = 0;
    QString area; // a CheckArea key
    QString text;
    QString article; // 第19条2項
    int sortOrder = 0;
    bool active = true;
};

// The catalogue of check items: data in an audited table, seeded with the items of
// DefaultCheckItems when a database is created (or upgraded to schema 3), edited only by the
// chief and acting chief; every change is one audit entry in the same transaction.
class CheckItems
{
public:
    // In sheet order: by area (checkAreas() order), then the chief's order. Readers of 様式4.
    static Result<QList<CheckItem>> list(const Session& session, bool includeRetired);
    static Result<std::int64_t> add(Session& session, const CheckItem& item);
    // Changes the area, text and article of `item.id`.
    static Status update(Session& session, const CheckItem& item);
    static Status setActive(Session& session, std::int64_t id, bool active);
    // Moves the item one place up (-1) or down (+1) within its area.
    static Status move(Session& session, std::int64_t id, int direction);
};

// The items a new sheet starts from: the active ones, in sheet order, nothing checked yet.
ChecklistLines checklistFromItems(const QList<CheckItem>& items);
// A sheet started from an earlier one (last year's): the same lines with the results and
// comments cleared; the evidence is kept when `keepEvidence` (the same records are seen each
// year), as a starting point the auditor confirms.
ChecklistLines checklistFromEarlierSheet(const ChecklistLines& earlier, bool keepEvidence);

// The schema version that brought the first check items, and the one of the catalogue in
// CheckAreas.json now (issue 10 added incident handling, reports to the PPC, access logs,
// year-end disposal, the 明示 of 第28条2項, data-use applications and the deadlines of
// 第38条, and corrected the carry-out approval and the exceptions of 第26条・第27条).
inline constexpr int kFirstCheckItemsVersion = 3;
inline constexpr int kCheckItemsVersion = 6;

// The items Daicho starts with, from the regulation's articles (FORMS.md 様式4).
QList<CheckItem> defaultCheckItems();
// The items a database of schema `version` was given (3: the first catalogue, in its wording
// then).
QList<CheckItem> checkItemsOfSchema(int version);

// What the upgrade to schema `version` changes in the catalogue: the items it adds, and the
// items it rewords (as they read before, as they read now).
struct CheckItemsUpgrade {
    QList<CheckItem> added;
    QList<std::pair<CheckItem, CheckItem>> reworded;
};
CheckItemsUpgrade checkItemsUpgrade(int version);

} // namespace daicho
