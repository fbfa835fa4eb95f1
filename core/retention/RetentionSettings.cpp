#include "retention/RetentionSettings.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"
#include "cases/CaseKinds.h"
#include "ledger/FormRegistry.h"
#include "retention/CaseRetention.h"
#include "retention/RetentionRules.h"
#include "retention/internal/RetentionRuleSets.h"

#include <QCoreApplication>

namespace daicho {

namespace {

bool setByCentre(const FormDefinition& form)
{
    return !form.transfer && form.retention.kind != RetentionKind::WhileRegistered;
}

QString periodsText(const std::map<QString, int>& years)
{
    QStringList parts;
    for (const auto& [form, n] : years)
        parts << form + QLatin1Char('=') + QString::number(n);
    return parts.join(QLatin1Char(';'));
}

} // namespace

namespace RetentionSettings {

Result<QList<LedgerPeriod>> current(const Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::ReadLedgers));
    auto rules = loadRetentionRules(session.db());
    if (!rules)
        return rules.error();
    QList<LedgerPeriod> periods;
    for (const FormDefinition& form : FormRegistry::all()) {
        LedgerPeriod p;
        p.formId = form.id;
        p.name = form.number;
        p.centreChoice = setByCentre(form);
        FieldValues none;
        const EntryKeeping k = entryKeeping(form, none, rules->currentVersion(), &rules.value());
        if (p.centreChoice) {
            p.years = rules->yearsFor(form, rules->currentVersion());
            p.rule = k.period.rule.wordingJa;
            p.article = k.period.rule.article;
        } else if (form.transfer) {
            const TransferRetention t = transferRetention(form.retention.article);
            QStringList words;
            for (const RetentionPeriod& r : t.all())
                words << r.rule.article + QStringLiteral("：") + r.rule.wordingJa;
            p.rule = words.join(QLatin1Char('\n'));
            p.article = form.retention.article;
        } else {
            p.rule = keepingSummaryJa(k);
            p.article = QStringLiteral("第11条⑨");
        }
        periods << p;
    }
    for (const CaseKind& kind : CaseKinds::all()) {
        LedgerPeriod p;
        p.formId = kind.id;
        p.name = caseKindPeriodName(kind);
        p.caseKind = true;
        p.centreChoice = true;
        const QString version = rules->currentVersion();
        p.years = rules->yearsForKey(kind.id, version, kCaseDefaultRetentionYears);
        const RetentionPeriod period = casePeriod(kind, p.years, version);
        p.rule = period.rule.wordingJa;
        p.article = period.rule.article;
        periods << p;
    }
    return periods;
}

QString periodName(const QString& key)
{
    if (const FormDefinition* form = FormRegistry::find(key))
        return form->number;
    if (const CaseKind* kind = CaseKinds::find(key))
        return caseKindPeriodName(*kind);
    return key;
}

Result<QList<RetentionVersion>> history(const Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::ReadLedgers));
    QList<RetentionVersion> versions;
    auto rows = session.db().prepare(QStringLiteral(
        "SELECT version, author_id, at_utc, periods, reason FROM retention_settings ORDER BY version DESC"));
    if (!rows)
        return rows.error();
    DAICHO_TRY(rows->forEach([&](const Statement& row) {
        RetentionVersion v;
        v.version = static_cast<int>(row.integer(0));
        v.authorId = row.integer(1);
        v.atUtc = row.text(2);
        for (const QString& part : row.text(3).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            v.years[part.section(QLatin1Char('='), 0, 0)] = part.section(QLatin1Char('='), 1).toInt();
        v.reason = row.text(4);
        versions << v;
        return true;
    }));
    RetentionVersion defaults;
    for (const FormDefinition& form : FormRegistry::all())
        if (setByCentre(form))
            defaults.years[form.id] = form.retention.years > 0 ? form.retention.years : 3;
    for (const CaseKind& kind : CaseKinds::all())
        defaults.years[kind.id] = kCaseDefaultRetentionYears;
    defaults.reason = QCoreApplication::translate("daicho::RetentionSettings", "Daicho's defaults");
    versions << defaults;
    return versions;
}

Result<int> save(Session& session, const std::map<QString, int>& years, const QString& reason)
{
    DAICHO_TRY(requirePermission(session, Operation::SetRetentionPeriods));
    auto invalid = [](const QString& text) { return makeError(ErrorCode::InvalidInput, text); };
    if (reason.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("daicho::RetentionSettings",
                                                   "Say why the periods change: the reason is kept with them."));
    auto rules = loadRetentionRules(session.db());
    if (!rules)
        return rules.error();
    std::map<QString, int> all;
    bool changed = false;
    for (const FormDefinition& form : FormRegistry::all()) {
        if (!setByCentre(form))
            continue;
        const int now = rules->yearsFor(form, rules->currentVersion());
        const auto given = years.find(form.id);
        const int n = given == years.end() ? now : given->second;
        if (n < 1 || n > 30)
            return invalid(
                QCoreApplication::translate("daicho::RetentionSettings", "The period of %1 must be from 1 to 30 years.")
                    .arg(form.number));
        changed = changed || n != now;
        all[form.id] = n;
    }
    for (const CaseKind& kind : CaseKinds::all()) {
        const int now = rules->yearsForKey(kind.id, rules->currentVersion(), kCaseDefaultRetentionYears);
        const auto given = years.find(kind.id);
        const int n = given == years.end() ? now : given->second;
        if (n < 1 || n > 30)
            return invalid(
                QCoreApplication::translate("daicho::RetentionSettings", "The period of %1 must be from 1 to 30 years.")
                    .arg(caseKindPeriodName(kind)));
        changed = changed || n != now;
        all[kind.id] = n;
    }
    for (const auto& [formId, n] : years)
        if (!all.count(formId))
            return invalid(QCoreApplication::translate("daicho::RetentionSettings",
                                                       "The period of %1 is set by the regulation, not by the centre.")
                               .arg(FormRegistry::find(formId) ? FormRegistry::find(formId)->number : formId));
    if (!changed)
        return invalid(QCoreApplication::translate("daicho::RetentionSettings",
                                                   "Nothing was changed, so no new version was saved."));
    const int version = std::max(1, rules->currentVersion().toInt()) + 1;
    return Transaction::run(session.db(), [&]() -> Result<int> {
        DAICHO_TRY(session.db().run(QStringLiteral("INSERT INTO retention_settings (version, author_id, at_utc, "
                                                   "periods, reason) VALUES (?, ?, ?, ?, ?)"),
                                    version, session.user().id,
                                    session.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs), periodsText(all),
                                    reason.trimmed()));
        auto seq = AuditLog::append(session, {QStringLiteral("retention.periods"), QStringLiteral("retention_settings"),
                                              QString::number(version),
                                              auditDetail({{QStringLiteral("periods"), periodsText(all)}})});
        if (!seq)
            return seq.error();
        return version;
    });
}

} // namespace RetentionSettings

} // namespace daicho
