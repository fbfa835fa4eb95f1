#pragma once

#include "common/Result.h"
#include "ledger/FieldValues.h"
#include "ledger/FormDefinition.h"
#include "ledger/Issue.h"
#include "store/Database.h"

namespace daicho {

// The stops of provision granted at individuals' requests (第37条2項): a new record of
// provision (様式6-x) naming such an individual and the register entry the request named is
// refused, the issue naming the case. The individual is matched by the request's name or kana
// within the record's identifying item, normalised as the search is. Loaded once for an import.
class ProvisionStops
{
public:
    static Result<ProvisionStops> load(const Database& db);
    QList<Issue> issuesFor(const FormDefinition& form, const FieldValues& values) const;

private:
    struct Stop {
        std::int64_t registerId = 0;
        QString name; // normalised
        QString kana; // normalised
        QString caseText; // 「第三者提供の停止の請求 令和8年度 第3号」
    };
    QList<Stop> m_stops;
};

// One record's issues, reading the stops (a single add or correction).
QList<Issue> stoppedProvisionIssues(const Database& db, const FormDefinition& form, const FieldValues& values);

} // namespace daicho
