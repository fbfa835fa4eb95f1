#pragma once

#include "auth/Session.h"
#include "cases/CaseReader.h"
#include "common/Result.h"
#include "ledger/LedgerQuery.h"

#include <QDate>

#include <optional>

namespace daicho {

// "Everything we recorded about this person" (issue 12 §10): the records of provision and
// receipt (様式6-x・7-x, 第31条・第32条) that name them and the requests they made, found by
// the identifying items typed — the name in kanji or kana, width, kana, spacing and dashes
// ignored (normaliseForSearch) — and the date of birth where a request recorded one. It is
// what a disclosure of the records of provision (法33条5項) gives the individual.
struct PersonQuery {
    QString name; // 山田 花子
    QString kana; // やまだ はなこ (or カタカナ)
    std::optional<QDate> birth;
};

struct PersonRecords {
    // The records whose 「本人の氏名その他本人を特定するに足りる事項」 holds the name or the
    // kana, in date order, with their form; only the forms the person signed in may read.
    QList<LedgerRow> transfers;
    // The requests whose individual has the name or the kana, and the same date of birth when
    // both record one.
    QList<CaseSummary> cases;
};

namespace PersonSearch {
// InvalidInput when neither a name nor a kana of at least two characters is given (one
// character would find half the ledger).
Result<PersonRecords> find(const Session& session, const PersonQuery& query);
// A print of what was found (the disclosure of 法33条5項) is recorded in the trail
// (`person.print`: how many records, output "printer" or "pdf") — never the name searched.
[[nodiscard]] Status recordPrint(Session& session, int records, const QString& output);
} // namespace PersonSearch

} // namespace daicho
