#include "ledger/monitoring/CheckItems.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/monitoring/internal/CheckItemSeed.h"

#include <QCoreApplication>

#include <algorithm>

namespace daicho {

namespace {

const QString kTable = QStringLiteral("check_items");

int areaIndex(const QString& key)
{
    const QList<CheckArea>& areas = checkAreas();
    for (int i = 0; i < areas.size(); ++i)
        if (areas[i].key == key)
            return i;
    return static_cast<int>(areas.size());
}

void sortForSheet(QList<CheckItem>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const CheckItem& a, const CheckItem& b) {
        const int areaA = areaIndex(a.area);
        const int areaB = areaIndex(b.area);
        if (areaA != areaB)
            return areaA < areaB;
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.id < b.id;
    });
}

Status invalid(const QString& message, const QString& what)
{
    return makeError(ErrorCode::InvalidInput, message, what);
}

Status checkItem(const CheckItem& item)
{
    if (!findCheckArea(item.area))
        return invalid(QCoreApplication::translate("daicho::CheckItems", "Choose the area the check item belongs to."),
                       QStringLiteral("area"));
    if (item.text.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("daicho::CheckItems", "Enter what the auditor checks."),
                       QStringLiteral("text"));
    if (item.text.trimmed().size() > kCheckItemTextMax)
        return invalid(
            QCoreApplication::translate("daicho::CheckItems", "The check item is too long: at most %1 characters.")
                .arg(kCheckItemTextMax),
            QStringLiteral("text"));
    if (item.article.trimmed().size() > 40)
        return invalid(QCoreApplication::translate("daicho::CheckItems",
                                                   "The article is too long: at most 40 characters (e.g. 第19条2項)."),
                       QStringLiteral("article"));
    return {};
}

// The columns are NOT NULL; a null QString would bind NULL.
QString cleaned(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

Status audit(Session& session, const QString& action, std::int64_t id)
{
    DAICHO_TRY(AuditLog::append(session, {action, kTable, QString::number(id), {}}));
    return {};
}

Result<std::int64_t> insert(Database& db, const CheckItem& item, int sortOrder)
{
    DAICHO_TRY(db.run(
        QStringLiteral("INSERT INTO check_items (area, text, article, sort_order, active) VALUES (?, ?, ?, ?, 1)"),
        item.area, cleaned(item.text), cleaned(item.article), sortOrder));
    return db.lastInsertId();
}

Result<QList<CheckItem>> readAll(const Database& db)
{
    auto items = db.readRows(QStringLiteral("SELECT id, area, text, article, sort_order, active FROM check_items"),
                             [](const Statement& row) {
                                 CheckItem item;
                                 item.id = row.integer(0);
                                 item.area = row.text(1);
                                 item.text = row.text(2);
                                 item.article = row.text(3);
                                 item.sortOrder = static_cast<int>(row.integer(4));
                                 item.active = row.integer(5) != 0;
                                 return item;
                             });
    if (items)
        sortForSheet(items.value());
    return items;
}

Status notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("daicho::CheckItems",
                                                 "The check item does not exist (any more). Reopen the list."));
}

// Sets the columns `assignments` names to `values` on item `id`, audited as `action`.
template <typename... Values>
Status setColumns(Session& session, std::int64_t id, const QString& action, const QString& assignments,
                  const Values&... values)
{
    DAICHO_TRY(requireUnchanged(session.db(), kTable, QString::number(id)));
    DAICHO_TRY(
        session.db().run(QStringLiteral("UPDATE check_items SET %1 WHERE id = ?").arg(assignments), values..., id));
    if (session.db().changes() == 0)
        return notFound();
    return audit(session, action, id);
}

} // namespace

Result<QList<CheckItem>> CheckItems::list(const Session& session, bool includeRetired)
{
    const FormDefinition* form = FormRegistry::monitoringSheet();
    if (!form)
        return makeError(ErrorCode::Internal, QStringLiteral("no monitoring sheet is defined"));
    DAICHO_TRY(LedgerAccess::requireRead(session, *form));
    auto items = readAll(session.db());
    if (!items || includeRetired)
        return items;
    QList<CheckItem> active;
    for (const CheckItem& item : items.value())
        if (item.active)
            active << item;
    return active;
}

Result<std::int64_t> CheckItems::add(Session& session, const CheckItem& item)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageCheckItems));
    DAICHO_TRY(checkItem(item));
    return Transaction::run(session.db(), [&]() -> Result<std::int64_t> {
        // At the end of its area.
        auto last = session.db().scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM check_items"));
        if (!last)
            return last.error();
        auto id = insert(session.db(), item, last->toInt() + 1);
        if (!id)
            return id.error();
        DAICHO_TRY(audit(session, QStringLiteral("check_item.add"), id.value()));
        return id.value();
    });
}

Status CheckItems::update(Session& session, const CheckItem& item)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageCheckItems));
    DAICHO_TRY(checkItem(item));
    return Transaction::run(session.db(), [&] {
        return setColumns(session, item.id, QStringLiteral("check_item.change"),
                          QStringLiteral("area = ?, text = ?, article = ?"), item.area, cleaned(item.text),
                          cleaned(item.article));
    });
}

Status CheckItems::setActive(Session& session, std::int64_t id, bool active)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageCheckItems));
    return Transaction::run(session.db(), [&] {
        return setColumns(session, id,
                          active ? QStringLiteral("check_item.restore") : QStringLiteral("check_item.retire"),
                          QStringLiteral("active = ?"), active ? 1 : 0);
    });
}

Status CheckItems::move(Session& session, std::int64_t id, int direction)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageCheckItems));
    return Transaction::run(session.db(), [&]() -> Status {
        auto items = readAll(session.db());
        if (!items)
            return items.error();
        const auto at = std::find_if(items->begin(), items->end(), [id](const CheckItem& i) { return i.id == id; });
        if (at == items->end())
            return notFound();
        const auto index = std::distance(items->begin(), at);
        const auto other = index + (direction < 0 ? -1 : 1);
        if (other < 0 || other >= items->size() || (*items)[other].area != at->area)
            return {}; // already first or last of its area: nothing to do
        const CheckItem a = *at;
        const CheckItem b = (*items)[other];
        // Distinct orders even when both had the same (an item added by an older version).
        const int orderA = b.sortOrder != a.sortOrder ? b.sortOrder : b.sortOrder + (direction < 0 ? -1 : 1);
        DAICHO_TRY(
            setColumns(session, a.id, QStringLiteral("check_item.move"), QStringLiteral("sort_order = ?"), orderA));
        return setColumns(session, b.id, QStringLiteral("check_item.move"), QStringLiteral("sort_order = ?"),
                          a.sortOrder);
    });
}

Status seedDefaultCheckItems(Session& session, int version)
{
    for (const CheckItem& item : checkItemsOfSchema(version)) {
        auto id = insert(session.db(), item, item.sortOrder);
        if (!id)
            return id.error();
        DAICHO_TRY(audit(session, QStringLiteral("check_item.add"), id.value()));
    }
    return {};
}

Status upgradeCheckItems(Session& session, int version)
{
    const CheckItemsUpgrade upgrade = checkItemsUpgrade(version);
    auto existing = readAll(session.db());
    if (!existing)
        return existing.error();
    for (const auto& [was, now] : upgrade.reworded) {
        for (const CheckItem& item : existing.value()) {
            if (item.area != was.area || item.text != was.text || item.article != was.article)
                continue;
            DAICHO_TRY(setColumns(session, item.id, QStringLiteral("check_item.change"),
                                  QStringLiteral("text = ?, article = ?"), cleaned(now.text), cleaned(now.article)));
        }
    }
    for (const CheckItem& item : upgrade.added) {
        const bool present = std::any_of(existing->begin(), existing->end(), [&](const CheckItem& e) {
            return e.area == item.area && e.text == item.text;
        });
        if (present)
            continue;
        // At the end of its area, as the chief's own additions are.
        auto last = session.db().scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM check_items"));
        if (!last)
            return last.error();
        auto id = insert(session.db(), item, last->toInt() + 1);
        if (!id)
            return id.error();
        DAICHO_TRY(audit(session, QStringLiteral("check_item.add"), id.value()));
    }
    return {};
}

ChecklistLines checklistFromItems(const QList<CheckItem>& items)
{
    QList<CheckItem> sorted = items;
    sortForSheet(sorted);
    ChecklistLines lines;
    for (const CheckItem& item : sorted) {
        if (!item.active)
            continue;
        ChecklistLine line;
        line.itemId = item.id;
        line.area = item.area;
        line.text = item.text;
        line.article = item.article;
        lines << line;
    }
    return lines;
}

ChecklistLines checklistFromEarlierSheet(const ChecklistLines& earlier, bool keepEvidence)
{
    ChecklistLines lines;
    for (const ChecklistLine& old : earlier) {
        ChecklistLine line;
        line.itemId = old.itemId;
        line.area = old.area;
        line.text = old.text;
        line.article = old.article;
        if (keepEvidence)
            line.evidence = old.evidence;
        lines << line;
    }
    return lines;
}

} // namespace daicho
