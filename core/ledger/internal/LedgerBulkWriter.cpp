#include "ledger/internal/LedgerBulkWriter.h"

#include "audit/internal/AuditRecords.h"
#include "ledger/EntryCodec.h"
#include "ledger/LedgerProjection.h"
#include "ledger/internal/ProjectionWriter.h"
#include "retention/internal/RowIds.h"

#include <QCoreApplication>

namespace daicho {

struct LedgerBulkWriter::Statements {
    Statement revision;
    Statement entry;
};

LedgerBulkWriter::LedgerBulkWriter(Session& session, const FormDefinition& form, EntryId firstEntry,
                                   RevisionId firstRevision)
    : m_session(session)
    , m_form(form)
    , m_nextEntry(firstEntry)
    , m_firstRevision(firstRevision)
    , m_nextRevision(firstRevision)
{ }

LedgerBulkWriter::~LedgerBulkWriter() = default;

Result<std::unique_ptr<LedgerBulkWriter>> LedgerBulkWriter::start(Session& session, const FormDefinition& form)
{
    Database& db = session.db();
    if (!db.inTransaction())
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("daicho::LedgerBulkWriter", "A bulk write must run inside a transaction."));
    auto nextEntry = nextLedgerRowId(db, LedgerRowKind::Entry);
    if (!nextEntry)
        return nextEntry.error();
    auto nextRevision = nextLedgerRowId(db, LedgerRowKind::Revision);
    if (!nextRevision)
        return nextRevision.error();
    std::unique_ptr<LedgerBulkWriter> writer(
        new LedgerBulkWriter(session, form, nextEntry.value(), nextRevision.value()));
    auto number = nextEntryNumber(db, form.id);
    if (!number)
        return number.error();
    writer->m_nextNumber = number.value();
    auto revision = db.prepare(QStringLiteral(
        "INSERT INTO ledger_revisions (id, entry_id, number, form, author_id, at_utc, department_id, reason, "
        "keeps_approval, data, row_key, rule_version) VALUES (?, ?, 1, ?, ?, ?, ?, '', 0, ?, ?, ?)"));
    if (!revision)
        return revision.error();
    auto entry = db.prepare(QStringLiteral(
        "INSERT INTO ledger_entries (id, form, entry_date, department_id, register_id, state, revision_id, "
        "revision_count, author_id, search_text, number) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
    if (!entry)
        return entry.error();
    writer->m_atUtc = session.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs);
    revision->bind(3, form.id).bind(4, session.user().id).bind(5, writer->m_atUtc);
    auto ruleVersion = currentRetentionRuleVersion(db);
    if (!ruleVersion)
        return ruleVersion.error();
    writer->m_ruleVersion = ruleVersion.value();
    revision->bind(9, writer->m_ruleVersion);
    entry->bind(2, form.id);
    writer->m_statements.reset(new Statements{std::move(revision.value()), std::move(entry.value())});
    return writer;
}

Result<EntryId> LedgerBulkWriter::add(const FieldValues& values, std::optional<std::int64_t> departmentId)
{
    const EntryId id = m_nextEntry++;
    const RevisionId revisionId = m_nextRevision++;
    Statement& revision = m_statements->revision;
    revision.rewind(); // the form, author and time stay bound from start()
    revision.bind(1, revisionId).bind(2, id);
    const QByteArray data = encodeEntryValues(m_form, values);
    const QByteArray rowKey = newRowKey();
    revision.bind(6, departmentId).bind(7, data).bind(8, rowKey);
    DAICHO_TRY(revision.run());
    // The digest of the row just written, column by column as the verifier will read it
    // (ledger_revisions in declared order), so the audit entry need not read it back.
    const QString idText = QString::number(revisionId);
    RowDigestBuilder digest(QStringLiteral("ledger_revisions"), idText);
    digest.integer(QStringLiteral("id"), revisionId).integer(QStringLiteral("entry_id"), id);
    digest.integer(QStringLiteral("number"), 1).text(QStringLiteral("form"), m_form.id);
    digest.integer(QStringLiteral("author_id"), m_session.user().id).text(QStringLiteral("at_utc"), m_atUtc);
    if (departmentId)
        digest.integer(QStringLiteral("department_id"), *departmentId);
    else
        digest.null(QStringLiteral("department_id"));
    digest.text(QStringLiteral("reason"), QString()).integer(QStringLiteral("keeps_approval"), 0);
    digest.blob(QStringLiteral("data"), data);
    digest.blob(QStringLiteral("row_key"), rowKey).text(QStringLiteral("rule_version"), m_ruleVersion);
    m_rangeDigest.add(digest.finish());

    // The same derived row LedgerProjection gives for a single first revision.
    LedgerRevision r;
    r.id = revisionId;
    r.entryId = id;
    r.authorId = m_session.user().id;
    r.departmentId = departmentId;
    r.values = values;
    const ProjectedEntry p = projectEntry(m_form, {r}, {});
    Statement& entry = m_statements->entry;
    entry.rewind(); // the form stays bound from start()
    entry.bind(1, id).bind(3, p.entryDate).bind(4, p.departmentId).bind(5, p.registerId);
    entry.bind(6, entryStateKey(p.state)).bind(7, revisionId).bind(8, p.authorId).bind(9, p.searchText);
    entry.bind(10, m_nextNumber++); // its No. in the form's own ledger
    DAICHO_TRY(entry.run());
    ++m_count;
    return id;
}

Result<std::int64_t> LedgerBulkWriter::finish(const QString& sourceDigest, std::int64_t repeatsLeftOut)
{
    if (m_count == 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::LedgerBulkWriter", "There was nothing to import."));
    QString detail = auditDetail({{QStringLiteral("form"), m_form.id},
                                  {QStringLiteral("count"), QString::number(m_count)},
                                  {QStringLiteral("sha256"), sourceDigest}});
    if (repeatsLeftOut > 0)
        detail +=
            QLatin1Char(';') + auditDetail({{QStringLiteral("repeats_left_out"), QString::number(repeatsLeftOut)}});
    return AuditLog::appendWithDigest(m_session,
                                      {QStringLiteral("ledger.import"), QStringLiteral("ledger_revisions"),
                                       idRangeText(m_firstRevision, m_nextRevision - 1), detail},
                                      m_rangeDigest.finish());
}

} // namespace daicho
