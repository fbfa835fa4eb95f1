#include "cases/internal/ProvisionStops.h"

#include "cases/CaseKinds.h"
#include "cases/internal/CaseRecords.h"
#include "common/JapaneseCalendar.h"
#include "ledger/EntryCodec.h"
#include "ledger/SearchText.h"

#include <QCoreApplication>

namespace daicho {

namespace {

const FieldDefinition* individualItem(const FormDefinition& form)
{
    for (const FieldDefinition& field : form.fields)
        if (field.type == FieldType::Text && field.labelJa.startsWith(QStringLiteral("本人の氏名")))
            return &field;
    return nullptr;
}

} // namespace

Result<ProvisionStops> ProvisionStops::load(const Database& db)
{
    ProvisionStops stops;
    for (const CaseKind& kind : CaseKinds::all()) {
        if (!kind.stopsProvision)
            continue;
        auto decided =
            db.prepare(QStringLiteral("SELECT DISTINCT case_id FROM case_events WHERE kind = ? AND step = ?"), kind.id,
                       kind.stopsProvision->decisionStep);
        if (!decided)
            return decided.error();
        QList<CaseId> ids;
        DAICHO_TRY(decided->forEach([&](Statement& row) { ids << row.integer(0); }));
        for (CaseId id : ids) {
            auto events = loadCaseEvents(db, id);
            if (!events)
                return events.error();
            if (events->isEmpty())
                continue;
            FieldValues decision;
            bool lifted = false;
            for (const CaseEvent& e : events.value()) {
                if (e.step == kind.stopsProvision->decisionStep)
                    decision = e.values; // the latest decision stands
                lifted = lifted || kind.stopsProvision->liftedBy.contains(e.step);
            }
            if (lifted)
                continue; // withdrawn by the individual: nothing stands to be enforced
            if (!kind.stopsProvision->granted.contains(decision.value(kind.stopsProvision->outcomeField).toString()))
                continue;
            const FieldValues& receipt = events->first().values;
            if (isEmptyFieldValue(receipt.value(QStringLiteral("register"))))
                continue;
            auto record = loadCaseRecord(db, id);
            if (!record)
                return record.error();
            Stop stop;
            stop.registerId = receipt.value(QStringLiteral("register")).toLongLong();
            stop.name = normaliseForSearch(receipt.value(kind.titleField).toString());
            stop.kana = normaliseForSearch(receipt.value(QStringLiteral("subject_kana")).toString());
            stop.caseText = record.value() ? QStringLiteral("%1 %2 第%3号")
                                                 .arg(kind.titleJa, formatFiscalYear(record.value()->fiscalYear))
                                                 .arg(record.value()->number)
                                           : kind.titleJa;
            stops.m_stops << stop;
        }
    }
    return stops;
}

QList<Issue> ProvisionStops::issuesFor(const FormDefinition& form, const FieldValues& values) const
{
    if (m_stops.isEmpty() || !form.transfer || form.transfer->direction != TransferDirection::Provision)
        return {};
    const FieldDefinition* individual = individualItem(form);
    const FieldDefinition* registerItem = form.firstOfType(FieldType::RegisterEntry);
    if (!individual || !registerItem || isEmptyFieldValue(values.value(registerItem->key)))
        return {};
    const QString named = normaliseForSearch(values.value(individual->key).toString());
    const std::int64_t registerId = values.value(registerItem->key).toLongLong();
    QList<Issue> issues;
    for (const Stop& stop : m_stops) {
        if (stop.registerId != registerId)
            continue;
        if ((stop.name.isEmpty() || !named.contains(stop.name)) && (stop.kana.isEmpty() || !named.contains(stop.kana)))
            continue;
        issues << Issue{
            individual->key,
            QCoreApplication::translate("daicho::LedgerStore",
                                        "The provision of this individual's data in this database to third "
                                        "parties was stopped at their request (%1, 第37条2項): it may not "
                                        "be provided. Ask the desk (相談窓口) if the stop no longer applies.")
                .arg(stop.caseText),
            Issue::Severity::Error};
    }
    return issues;
}

QList<Issue> stoppedProvisionIssues(const Database& db, const FormDefinition& form, const FieldValues& values)
{
    if (!form.transfer || form.transfer->direction != TransferDirection::Provision)
        return {};
    auto stops = ProvisionStops::load(db);
    if (!stops)
        return {Issue{{}, stops.error().message, Issue::Severity::Error}};
    return stops->issuesFor(form, values);
}

} // namespace daicho
