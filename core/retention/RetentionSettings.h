#pragma once

#include "auth/Session.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace daicho {

// The retention period of each ledger as it stands (issue 13 §1): those the regulation sets
// (第31条9項・第32条9項, 第11条⑨), described, and those the centre sets itself (第20条1項(4)
// 「センターが別途定める保存期間」), which the chief officer changes — each change a new version with
// its reason, audited, kept. An entry stays kept by the version in force when it was written.
struct LedgerPeriod {
    QString formId; // a form id, or a case kind id (caseKind)
    QString name; // as people know it: "様式1", "開示請求（様式8〜）"
    bool caseKind = false; // the records of a kind of request from individuals (様式8–14)
    bool centreChoice = false; // the chief sets it; otherwise the regulation does
    int years = 0; // centreChoice
    QString rule; // the words: "記録した日から3年間" or the article's
    QString article;
};

struct RetentionVersion {
    int version = 1;
    std::optional<std::int64_t> authorId; // none: Daicho's defaults
    QString atUtc;
    std::map<QString, int> years; // form id or case kind id -> years, the centre's periods
    QString reason;
};

namespace RetentionSettings {

// Everyone who reads the ledgers reads them: the ledgers in the order of the forms, then the
// kinds of request from individuals.
Result<QList<LedgerPeriod>> current(const Session& session);
// The name of a ledger or kind of request a version sets the years of (the key of its years).
QString periodName(const QString& key);
Result<QList<RetentionVersion>> history(const Session& session); // newest first, version 1 last
// The chief officer only (not the acting chief: a policy of the centre, 第7条2項). Years from 1
// to 30 for each of the centre's ledgers and kinds of request (keyed by form id or case kind
// id); the reason is kept. Returns the new version.
Result<int> save(Session& session, const std::map<QString, int>& years, const QString& reason);

} // namespace RetentionSettings

} // namespace daicho
