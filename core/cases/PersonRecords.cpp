#include "cases/PersonRecords.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "cases/internal/CaseRecords.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/SearchText.h"

#include <QCoreApplication>

namespace daicho {

namespace {

// The item of a record of provision or receipt that identifies the individual (第31条6項(3)・
// 7項(3), 第32条4項): the form's Text item whose label names 本人の氏名. Read from the
// definition, not by key, so a copy of a form under another id behaves the same.
const FieldDefinition* individualItem(const FormDefinition& form)
{
    for (const FieldDefinition& field : form.fields)
        if (field.type == FieldType::Text && field.labelJa.startsWith(QStringLiteral("本人の氏名")))
            return &field;
    return nullptr;
}

bool mentions(const QString& normalisedText, const QStringList& needles)
{
    for (const QString& needle : needles)
        if (!needle.isEmpty() && normalisedText.contains(needle))
            return true;
    return false;
}

} // namespace

namespace PersonSearch {

Result<PersonRecords> find(const Session& session, const PersonQuery& query)
{
    QStringList needles{normaliseForSearch(query.name), normaliseForSearch(query.kana)};
    needles.removeAll(QString());
    bool longEnough = false;
    for (const QString& n : needles)
        longEnough = longEnough || n.size() >= 2;
    if (!longEnough)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::PersonSearch",
                                                     "Enter the person's name or its reading (two characters or "
                                                     "more): one character would find records of many people."));
    PersonRecords found;
    for (const FormDefinition& form : FormRegistry::all()) {
        const FieldDefinition* individual = form.transfer ? individualItem(form) : nullptr;
        if (!individual || !LedgerAccess::requireRead(session, form).ok())
            continue;
        LedgerFilter filter;
        filter.formId = form.id;
        const QString key = individual->key;
        filter.keep = [key, needles](const FieldValues& values) {
            return mentions(normaliseForSearch(values.value(key).toString()), needles);
        };
        std::optional<PageKey> after;
        constexpr int kPage = 500;
        while (true) {
            auto rows = LedgerQuery::page(session, filter, ListOrder::OldestFirst, after, kPage);
            if (!rows)
                return rows.error();
            found.transfers << rows.value();
            if (rows->size() < kPage)
                break;
            after = rows->last().key();
        }
    }
    std::sort(found.transfers.begin(), found.transfers.end(), [](const LedgerRow& a, const LedgerRow& b) {
        return a.date < b.date || (a.date == b.date && a.id < b.id);
    });

    auto cases = CaseReader::cases(session, false);
    if (!cases)
        return cases.error();
    for (const CaseSummary& c : cases.value()) {
        if (!mentions(c.record.searchText, needles))
            continue;
        if (query.birth) {
            auto events = loadCaseEvents(session.db(), c.record.id);
            if (!events)
                return events.error();
            const QDate recorded =
                events->isEmpty() ? QDate() : events->first().values.value(QStringLiteral("subject_birth")).toDate();
            if (recorded.isValid() && recorded != *query.birth)
                continue;
        }
        found.cases << c;
    }
    return found;
}

Status recordPrint(Session& session, int records, const QString& output)
{
    return Transaction::run(session.db(), [&]() -> Status {
        auto seq = AuditLog::append(session, {QStringLiteral("person.print"),
                                              {},
                                              {},
                                              auditDetail({{QStringLiteral("count"), QString::number(records)},
                                                           {QStringLiteral("output"), output}})});
        if (!seq)
            return seq.error();
        return {};
    });
}

} // namespace PersonSearch

} // namespace daicho
