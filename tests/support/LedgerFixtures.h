#pragma once

#include "auth/Session.h"
#include "ledger/EntryValidator.h"
#include "ledger/LedgerTypes.h"

#include <QString>

namespace daicho::test {

// Ids and typical values for ledger tests, read from a TestVault's database.
qint64 departmentId(const Session& session, const QString& name);
qint64 userId(const Session& session, const QString& login);

// A 様式3 entry handled by 健診管理課: purposes 「健診結果の通知」「統計の作成」.
FieldValues registerValues(const Session& session, bool sensitive = true);
// A use (②) event of 様式1 in 健診管理課 naming `registerId` and a purpose of it.
FieldValues useEventValues(const Session& session, EntryId registerId);
// A carry-out of 様式2 on electronic media, leaving 2026-05-11 09:00 JST.
FieldValues carryOutValues(const Session& session, EntryId registerId);

// A valid first entry of any form that takes CSV imports (様式1, 2, 5, 6-1, 6-2, 7-1, 7-2,
// 7-3), in 健診管理課 where the form has a department. The logs name `registerId` (as
// registerValues() writes it); provisions and receipts name `plainRegister`, a register entry
// without sensitive data, which the opt-out forms require.
FieldValues importableEntryValues(const Session& session, const QString& formId, EntryId registerId,
                                  EntryId plainRegister);

// REQUIREs that the whole audit trail verifies (entries, row digests, ledger rows).
void requireVerified(const Session& session);
// The single value of `sql` as a number (counts in assertions).
std::int64_t count(const Session& session, const QString& sql);

} // namespace daicho::test
