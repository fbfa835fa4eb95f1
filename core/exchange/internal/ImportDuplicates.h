#pragma once

#include "common/Result.h"
#include "ledger/FieldValues.h"
#include "ledger/FormDefinition.h"
#include "ledger/LedgerTypes.h"
#include "store/Database.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace daicho {

// The rows of an import that repeat an entry the ledger already keeps — the same file
// imported a second time, or an export of this ledger imported back. Found by the entry's date
// and search text (read once for the whole ledger, nothing when it is empty), then confirmed
// on the stored values themselves: a row is a repeat only when every item is the same.
class ImportDuplicates
{
public:
    static Result<ImportDuplicates> load(const Database& db, const FormDefinition& form);

    // The No. of a kept entry with exactly these values, if there is one.
    Result<std::optional<std::int64_t>> repeatedEntry(const FieldValues& values) const;

private:
    struct Kept {
        EntryId id = 0;
        std::int64_t number = 0;
    };
    static QByteArray keyOf(const QString& date, const QString& searchText);

    const Database* m_db = nullptr;
    const FormDefinition* m_form = nullptr;
    QHash<QByteArray, QList<Kept>> m_kept;
};

} // namespace daicho
