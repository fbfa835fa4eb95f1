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
};

// Reading entries back. Everything here checks that the signed-in person may read the form.
class LedgerReader
{
public:
    static Result<LedgerEntry> entry(const Session& session, EntryId id);
    static Result<QList<LedgerRevision>> revisions(const Session& session, EntryId id);
    static Result<QList<LedgerApproval>> approvals(const Session& session, EntryId id);
    // Every entry of the management register, for pickers and the purpose check.
    static Result<QList<RegisterChoice>> registerChoices(const Session& session);

    // What the validator needs, answered from the database.
    static ValidationContext validationContext(const Database& db);

    // Without the permission check, for the store and the verifier.
    static Result<QList<LedgerRevision>> loadRevisions(const Database& db, EntryId id);
    static Result<QList<LedgerApproval>> loadApprovals(const Database& db, EntryId id);
    static Result<std::optional<RegisterChoice>> loadRegisterChoice(const Database& db, EntryId id);
    static Result<std::optional<QString>> formOf(const Database& db, EntryId id);
};

// Reads one row of ledger_revisions / ledger_approvals selected with these columns.
extern const QString kRevisionColumns;
extern const QString kApprovalColumns;
Result<LedgerRevision> readRevision(const Statement& row);
LedgerApproval readApproval(const Statement& row);

} // namespace daicho
