#pragma once

#include "ledger/LedgerTypes.h"
#include "support/TestVault.h"

#include <QList>
#include <QStringList>

#include <cstdint>

namespace daicho::test {

// A disposal ready to run (issue 13): entries of 様式1 that fall due at the end of fiscal year
// 2029 and entries kept beyond it, each carrying texts written nowhere else (ASCII and
// Japanese, in a note, a correction's reason and an approver's comment), and a run approved
// by the chief and confirmed by the auditor. The clock stands on 10 January 2030; only the
// chief's session is open.
struct DisposalCase {
    EntryId registerId = 0;
    QList<EntryId> going;
    QList<EntryId> kept;
    QStringList goingTexts; // as written
    QStringList goingSearchTexts; // the same, as the search text holds them (normaliseForSearch)
    QStringList keptTexts;
    std::int64_t runId = 0;
};

DisposalCase prepareConfirmedDisposal(TestVault& vault);

// The files in the vault's folder that are not the database, its WAL and shared memory, the
// key file, the sign-in journal or the lock file: a temporary file would be one.
QStringList filesBesideTheVault(const TestVault& vault);
// The files of the vault's folder, read undecrypted, that hold the UTF-8 bytes of a text.
QStringList filesHoldingInTheClear(const TestVault& vault, const QStringList& texts);

} // namespace daicho::test
