#include "retention/RetentionRules.h"

#include "retention/internal/RetentionRuleSets.h"

#include "common/JapaneseCalendar.h"

#include <QCoreApplication>

namespace daicho {

namespace {

const QString kVersion1 = QStringLiteral("1");

bool yes(const FieldValues& values, const QString& key)
{
    const QVariant v = values.value(key);
    return v.isValid() && !v.isNull() && (v.toBool() || v.toString() == QLatin1String("true"));
}

RetentionPeriod centrePeriod(const FormDefinition& form, int years, const QString& version)
{
    return centreRetentionPeriod(form.id, years, QStringLiteral("記録"), version);
}

int defaultYears(const FormDefinition& form)
{
    return form.retention.years > 0 ? form.retention.years : 3;
}

} // namespace

namespace RetentionRules {

QString currentVersion()
{
    return kVersion1;
}

QString versionName(const QString& version)
{
    return QStringLiteral("規程（平成31年4月1日施行）第31条9項・第32条9項、センターの定め（第%1版）")
        .arg(version.isEmpty() ? kVersion1 : version);
}

} // namespace RetentionRules

Result<RetentionRuleSet> loadRetentionRules(const Database& db)
{
    RetentionRuleSet set;
    auto rows = db.prepare(QStringLiteral("SELECT version, periods FROM retention_settings ORDER BY version"));
    if (!rows)
        return rows.error();
    DAICHO_TRY(rows->forEach([&](const Statement& row) {
        const int version = static_cast<int>(row.integer(0));
        std::map<QString, int>& years = set.periods[version];
        for (const QString& part : row.text(1).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            years[part.section(QLatin1Char('='), 0, 0)] = part.section(QLatin1Char('='), 1).toInt();
        return true;
    }));
    // When each version came into force, in the trail's order (the verifier checks that each
    // entry sets the next version and is the chief officer's).
    auto entries =
        db.prepare(QStringLiteral("SELECT seq, target_id FROM audit_log WHERE action = "
                                  "'retention.periods' AND target_table = 'retention_settings' ORDER BY seq"));
    if (!entries)
        return entries.error();
    DAICHO_TRY(entries->forEach([&](const Statement& row) {
        set.savedSeq.try_emplace(row.text(1).toInt(), row.integer(0));
        return true;
    }));
    return set;
}

QString RetentionRuleSet::currentVersion() const
{
    return periods.empty() ? kVersion1 : QString::number(periods.rbegin()->first);
}

int RetentionRuleSet::yearsFor(const FormDefinition& form, const QString& version) const
{
    return yearsForKey(form.id, version, defaultYears(form));
}

int RetentionRuleSet::yearsForKey(const QString& key, const QString& version, int fallback) const
{
    const auto found = periods.find(version.toInt());
    if (found != periods.end()) {
        const auto years = found->second.find(key);
        if (years != found->second.end() && years->second > 0)
            return years->second;
    }
    return fallback;
}

QString RetentionRuleSet::versionAtSeq(std::optional<std::int64_t> seq) const
{
    if (!seq)
        return currentVersion();
    int version = 1;
    for (const auto& [v, at] : savedSeq)
        if (at < *seq && periods.count(v))
            version = std::max(version, v);
    return QString::number(version);
}

int RetentionRuleSet::fewestYears(const FormDefinition& form) const
{
    int fewest = defaultYears(form);
    for (const auto& [version, years] : periods)
        if (const auto it = years.find(form.id); it != years.end() && it->second > 0)
            fewest = std::min(fewest, it->second);
    return fewest;
}

RetentionPeriod centreRetentionPeriod(const QString& key, int years, const QString& event, const QString& version)
{
    RetentionPeriod p;
    p.key = QStringLiteral("centre.") + key;
    p.from = RetentionPeriod::From::RecordMade;
    p.centreChoice = true;
    p.rule =
        PeriodRule{years,
                   PeriodUnit::Years,
                   FirstDay::Excluded,
                   ClosedLastDay::Ignore,
                   QStringLiteral("第20条1項(4)（センターの定め）"),
                   QStringLiteral("%1した日から%2年間（規程に定めがなく、センターが定めた期間）").arg(event).arg(years),
                   event,
                   RetentionRules::versionName(version)};
    return p;
}

EntryKeeping entryKeeping(const FormDefinition& form, const FieldValues& values, const QString& ruleVersion,
                          const RetentionRuleSet* rules)
{
    EntryKeeping k;
    k.ruleVersion = ruleVersion.isEmpty() ? kVersion1 : ruleVersion;
    const int years = rules ? rules->yearsFor(form, k.ruleVersion) : defaultYears(form);
    if (form.retention.kind == RetentionKind::WhileRegistered) {
        k.status = EntryKeeping::Status::WhileRegistered;
        k.period = centrePeriod(form, years, k.ruleVersion);
        return k;
    }
    if (form.transfer) {
        // 第31条9項・第32条9項: which case the record is decides the period.
        const TransferRetention periods = transferRetention(form.retention.article);
        const QDate made = values.value(QStringLiteral("recorded")).toDate().isValid()
                               ? values.value(QStringLiteral("recorded")).toDate()
                               : values.value(form.dateField).toDate();
        const bool bulk = yes(values, QStringLiteral("bulk"));
        if (bulk && !yes(values, QStringLiteral("bulk_ended"))) {
            // The transfers go on: the last one is not known, nor the end of the period.
            k.status = EntryKeeping::Status::Continuing;
            k.period = periods.continuous;
            k.start = made;
            return k;
        }
        // The last transfer the record covers: the end of a bulk record, or its own transfer.
        const QDate last =
            bulk ? values.value(QStringLiteral("period_end")).toDate() : values.value(form.dateField).toDate();
        k.period = yes(values, QStringLiteral("contract")) ? periods.contract
                   : bulk                                  ? periods.continuous
                                                           : periods.other;
        k.start = k.period.from == RetentionPeriod::From::LastTransfer && last.isValid() ? std::max(last, made) : made;
        k.keepUntil = keepUntil(k.period, made, last.isValid() ? std::optional(last) : std::nullopt);
    } else {
        k.period = centrePeriod(form, years, k.ruleVersion);
        k.start = values.value(form.dateField).toDate();
        k.keepUntil = keepUntil(k.period, k.start, std::nullopt);
    }
    k.disposalDue = disposalDue(k.keepUntil);
    return k;
}

QString keepingSummaryJa(const EntryKeeping& keeping)
{
    switch (keeping.status) {
    case EntryKeeping::Status::Continuing:
        return QStringLiteral("継続・反復の提供等が続く間は保存（最後の提供等の日から起算して%1年、%2）")
            .arg(keeping.period.rule.count)
            .arg(keeping.period.rule.article);
    case EntryKeeping::Status::WhileRegistered:
        return QStringLiteral("個人情報データベース等が存在する間は保存（第11条⑨）");
    case EntryKeeping::Status::UntilClosed:
        return QStringLiteral("完結するまで保存（完結した日から%1年間、%2）")
            .arg(keeping.period.rule.count)
            .arg(keeping.period.rule.article);
    case EntryKeeping::Status::Dated:
        break;
    }
    if (!keeping.keepUntil.isValid())
        return QStringLiteral("日付が記録されていないため保存期間を計算できません");
    return QStringLiteral("%1まで保存（%2）／%3に廃棄予定")
        .arg(formatWareki(keeping.keepUntil), keeping.period.rule.article, formatWareki(keeping.disposalDue));
}

} // namespace daicho
