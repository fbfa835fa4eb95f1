#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/EntryValidator.h"
#include "ledger/LedgerTypes.h"
#include "store/Database.h"

#include <QList>

namespace daicho {

// A 様式3 entry as the other forms pick it: its name, its registered purposes (第25条) and
// whether it holds 要配慮個人情報.
struct RegisterChoice {
    EntryId id = 0;
    QString name;
    QStringList purposes;
    bool sensitive = false;
    // Its medium (第11条④), split where it lists several (、 , / or a new line): what a
    // disposal of its documents or database can name (第20条2項).
    QStringList media;
};

// Reading entries back. Everything here checks that the signed-in person may read the form
// (what the store and the verifier read below that check is in ledger/internal/).
namespace LedgerReader {

Result<LedgerEntry> entry(const Session& session, EntryId id);
// The entry's No. in its own ledger, what people see in place of its internal id.
Result<std::int64_t> number(const Session& session, EntryId id);
Result<QList<LedgerRevision>> revisions(const Session& session, EntryId id);
Result<QList<LedgerApproval>> approvals(const Session& session, EntryId id);
// Every entry of the management register, for pickers and the purpose check.
Result<QList<RegisterChoice>> registerChoices(const Session& session);

} // namespace LedgerReader

} // namespace daicho
