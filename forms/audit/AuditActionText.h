#pragma once

#include <QString>

#include <functional>

namespace daicho {

// The translated name of an audit action key ("user.add" → "ユーザーの追加"); an action this
// build does not know is shown as its key, so nothing in the trail is ever hidden.
QString auditActionDisplayName(const QString& actionKey);

struct AuditEntry;

// How a reader names what the trail refers to by id.
struct AuditNames {
    std::function<QString(qint64)> user; // a user's name by id (empty when unknown)
    // A ledger entry's No. in its own ledger by its internal id (0 when it is gone).
    std::function<qint64(qint64)> entryNumber;
    // A department's name by id (empty when unknown).
    std::function<QString(qint64)> department;
};

// What an entry concerns as a reader names it: "様式2 No.15" for a ledger entry, the person's
// name for a user ("ユーザー 総務部長"), else the raw table and id ("check_items#45"), so that
// nothing is hidden.
QString auditTargetText(const AuditEntry& entry, const AuditNames& names = {});
// "様式2 No.15" for what an entry did to a ledger; empty for anything else. An entry whose No.
// cannot be found (disposed of) is named by its internal id: 「様式2（ID 15）」.
QString auditLedgerTarget(const AuditEntry& entry, const std::function<qint64(qint64)>& entryNumber = {});

} // namespace daicho
