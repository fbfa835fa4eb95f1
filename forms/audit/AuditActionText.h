#pragma once

#include <QString>

#include <functional>

namespace daicho {

// The translated name of an audit action key ("user.add" → "ユーザーの追加"); an action this
// build does not know is shown as its key, so nothing in the trail is ever hidden.
QString auditActionDisplayName(const QString& actionKey);

struct AuditEntry;

// What an entry concerns as a reader names it: "様式2 No.15" for a ledger entry, the person's
// name for a user ("ユーザー 総務部長"), else the raw table and id ("check_items#45"), so that
// nothing is hidden. `userName` gives a user's name by id (empty when unknown).
QString auditTargetText(const AuditEntry& entry, const std::function<QString(qint64)>& userName = {});
// "様式2 No.15" for what an entry did to a ledger; empty for anything else.
QString auditLedgerTarget(const AuditEntry& entry);

} // namespace daicho
