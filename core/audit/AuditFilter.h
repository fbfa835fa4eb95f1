#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace daicho {

// What the audit page narrows the trail to (issue 11 §11): by person, by kind of action, by
// the ledger and entry an action concerns, by period (Japan dates) and by free text. Empty:
// the whole trail.
struct AuditFilter {
    std::optional<std::int64_t> userId;
    QStringList actionPrefixes; // "ledger.", "signin.", "user." …; empty: every action
    QString formId; // the entries about this ledger ("form=form2" in their detail)
    std::optional<std::int64_t> entryId; // … and about this entry of it (its internal id)
    std::optional<QDate> from; // inclusive, Japan time
    std::optional<QDate> to; // inclusive, Japan time
    QString text; // in the action key, the target or the detail

    bool isEmpty() const
    {
        return !userId && actionPrefixes.isEmpty() && formId.isEmpty() && !entryId && !from && !to && text.isEmpty();
    }
};

} // namespace daicho
