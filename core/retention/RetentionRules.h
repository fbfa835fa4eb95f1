#pragma once

#include "common/Result.h"
#include "ledger/FieldValues.h"
#include "ledger/FormDefinition.h"
#include "retention/RetentionPeriod.h"
#include "store/Database.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <map>
#include <optional>

namespace daicho {

// How long each entry is kept and when it goes (issue 13 §1–3). The rules are versioned: a
// revision records the version in force when it was written (ledger_revisions.rule_version)
// and an entry is kept by its first revision's. Version 1: 第31条9項・第32条9項 of the
// regulation (平成31年4月1日施行) for the records of provision and receipt; for every other
// ledger the centre's own period (the regulation gives none, 第20条1項(4) 「センターが別途定める
// 保存期間」), counted from the entry's date like 第31条9項(3).
namespace RetentionRules {

QString currentVersion();
// "規程（平成31年4月1日施行）・センターの定め（第1版）" — what a version is, for people.
QString versionName(const QString& version);

} // namespace RetentionRules

// The centre's own periods of every version (retention_settings): version 1 is the defaults of
// the form definitions, each later one what the chief set (RetentionSettings; read with
// loadRetentionRules, retention/internal/RetentionRuleSets.h).
class RetentionRuleSet
{
public:
    QString currentVersion() const;
    // The years `form` is kept under `version` (the defaults for version 1 or one not known).
    int yearsFor(const FormDefinition& form, const QString& version) const;
    // The fewest years of any version: what may be due is looked for with it.
    int fewestYears(const FormDefinition& form) const;
    // The years of `key` (a form id or a case kind id) under `version`, or `fallback` when that
    // version does not set it.
    int yearsForKey(const QString& key, const QString& version, int fallback) const;
    // The version in force at the audit entry `seq`: the last one whose retention.periods entry
    // comes before it in the trail (1: Daicho's defaults). A case keeps the version in force at
    // its receipt's entry. By the trail's order, not by a time a row states: retention_settings
    // .at_utc and case_events.at_utc are written by whoever writes the row, so a version dated
    // back with SQL (or a receipt dated back) would shorten the keeping of cases received before
    // it; the order of signed entries cannot be changed. No seq (a receipt without its entry,
    // which the verifier names): the version in force now.
    QString versionAtSeq(std::optional<std::int64_t> seq) const;
    // version -> form id or case kind id -> years
    std::map<int, std::map<QString, int>> periods;
    std::map<int, std::int64_t> savedSeq; // version -> seq of the retention.periods entry that set it
};

// Where an entry stands: the period it is kept by, from which day, and the two dates people
// see — the last day it must be kept and the fiscal-year end it goes at.
struct EntryKeeping {
    enum class Status {
        Dated, // keepUntil and disposalDue are set
        Continuing, // a bulk record whose transfers go on (第31条4項): kept while they do
        WhileRegistered, // a register entry: kept as long as its database is (第11条⑨)
        UntilClosed, // a request from an individual still open: kept until it is closed
    };
    Status status = Status::Dated;
    RetentionPeriod period;
    QDate start; // the day counted from: the record made, or the last transfer
    QDate keepUntil;
    QDate disposalDue;
    QString ruleVersion;
};

// A period the centre set itself (第20条1項(4) 「センターが別途定める保存期間」, the regulation giving
// none): `years` from the day of `event` ("記録", "完結"), that day not counted (民法第140条), as
// 第31条9項(3) counts its 3年間. `key` names what it keeps (a form id, a case kind id).
RetentionPeriod centreRetentionPeriod(const QString& key, int years, const QString& event, const QString& version);

// The keeping of an entry of `form` whose current values are `values`, under `ruleVersion`
// (empty: an entry written before versions were recorded, kept by version 1) of `rules`
// (none: the defaults).
EntryKeeping entryKeeping(const FormDefinition& form, const FieldValues& values, const QString& ruleVersion,
                          const RetentionRuleSet* rules = nullptr);

// "令和9年3月31日まで保存／令和10年3月31日に廃棄予定", or what a continuing record says.
QString keepingSummaryJa(const EntryKeeping& keeping);

} // namespace daicho
