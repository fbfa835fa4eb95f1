#include "audit/AuditLog.h"

#include "audit/internal/AuditRecords.h"
#include "auth/Session.h"
#include "auth/internal/SessionInternals.h"
#include "common/ByteCodec.h"
#include "crypto/Crypto.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace daicho {

namespace {

AuditEntry readEntry(const Statement& s)
{
    AuditEntry e;
    e.seq = s.integer(0);
    e.atUtc = s.text(1);
    if (!s.isNull(2))
        e.userId = s.integer(2);
    e.keyId = s.integer(3);
    e.action = s.text(4);
    e.targetTable = s.text(5);
    e.targetId = s.text(6);
    e.rowDigest = s.blob(7);
    e.detail = s.text(8);
    e.prevHash = s.blob(9);
    e.entryHash = s.blob(10);
    e.signature = s.blob(11);
    return e;
}

} // namespace

const QString kAuditColumns = QStringLiteral(
    "seq, at_utc, user_id, key_id, action, target_table, target_id, row_digest, detail, prev_hash, entry_hash, "
    "signature");

RowDigestBuilder::RowDigestBuilder(const QString& table, const QString& id)
{
    m_bytes.reserve(512); // a row's columns without growing the buffer column by column
    m_bytes.raw(QByteArrayLiteral("daicho-row-v1"));
    m_bytes.text(table);
    m_bytes.text(id);
}

RowDigestBuilder& RowDigestBuilder::integer(const QString& column, std::int64_t value)
{
    m_bytes.text(column);
    m_bytes.u8(static_cast<std::uint8_t>(Statement::ColumnType::Integer));
    m_bytes.u64(static_cast<std::uint64_t>(value));
    return *this;
}

RowDigestBuilder& RowDigestBuilder::text(const QString& column, const QString& value)
{
    m_bytes.text(column);
    m_bytes.u8(static_cast<std::uint8_t>(Statement::ColumnType::Text));
    m_bytes.text(value);
    return *this;
}

RowDigestBuilder& RowDigestBuilder::blob(const QString& column, const QByteArray& value)
{
    m_bytes.text(column);
    m_bytes.u8(static_cast<std::uint8_t>(Statement::ColumnType::Blob));
    m_bytes.lengthPrefixed(value);
    return *this;
}

RowDigestBuilder& RowDigestBuilder::null(const QString& column)
{
    m_bytes.text(column);
    m_bytes.u8(static_cast<std::uint8_t>(Statement::ColumnType::Null));
    return *this;
}

QByteArray RowDigestBuilder::finish() const
{
    return crypto::sha256(m_bytes.bytes());
}

namespace {

QByteArray digestOfRowImpl(const Statement& stmt, const QString& table, const QString& id, const QString& column,
                           std::optional<std::int64_t> value)
{
    RowDigestBuilder row(table, id);
    for (int c = 0; c < stmt.columnCount(); ++c) {
        const QString name = stmt.columnName(c);
        // A column added later and empty in a row kept from before is left out, so that the
        // digest recorded of that row still holds (Migration011: the row key, the rule version).
        if (stmt.columnType(c) == Statement::ColumnType::Null && Schema::isLaterColumn(name))
            continue;
        if (value && name == column) {
            row.integer(name, *value);
            continue;
        }
        switch (stmt.columnType(c)) {
        case Statement::ColumnType::Integer:
            row.integer(name, stmt.integer(c));
            break;
        case Statement::ColumnType::Float: // no audited column holds one; kept exact should one appear
            row.text(name, QString::number(stmt.real(c), 'g', 17));
            break;
        case Statement::ColumnType::Text:
            row.text(name, stmt.text(c));
            break;
        case Statement::ColumnType::Blob:
            row.blob(name, stmt.blob(c));
            break;
        case Statement::ColumnType::Null:
            row.null(name);
            break;
        }
    }
    return row.finish();
}

} // namespace

QByteArray digestOfRow(const Statement& stmt, const QString& table, const QString& id)
{
    return digestOfRowImpl(stmt, table, id, {}, std::nullopt);
}

QByteArray digestOfRowWith(const Statement& stmt, const QString& table, const QString& id, const QString& column,
                           std::int64_t value)
{
    return digestOfRowImpl(stmt, table, id, column, value);
}

std::optional<IdRange> parseIdRange(const QString& targetId)
{
    const qsizetype dash = targetId.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return std::nullopt;
    bool okFirst = false;
    bool okLast = false;
    const std::int64_t first = targetId.left(dash).toLongLong(&okFirst);
    const std::int64_t last = targetId.mid(dash + 1).toLongLong(&okLast);
    if (!okFirst || !okLast || last < first)
        return std::nullopt;
    return IdRange{first, last};
}

QString idRangeText(std::int64_t first, std::int64_t last)
{
    return QString::number(first) + QLatin1Char('-') + QString::number(last);
}

RangeDigest::RangeDigest()
{
    m_hash.update(QByteArrayLiteral("daicho-rows-v1"));
}

void RangeDigest::add(const QByteArray& rowDigest)
{
    m_hash.update(rowDigest);
}

QByteArray RangeDigest::finish()
{
    return m_hash.finish();
}

namespace {

// Every id of the range must be there: a gap means a row was removed.
Result<QByteArray> rangeDigest(const Database& db, const QString& table, const QString& pk, IdRange range)
{
    auto stmt = db.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 BETWEEN ? AND ? ORDER BY %2").arg(table, pk));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, range.first).bind(2, range.last);
    RangeDigest all;
    std::int64_t expected = range.first;
    bool contiguous = true; // a gap means the range was not written as recorded
    DAICHO_TRY(stmt->forEach([&](Statement& row) {
        contiguous = contiguous && row.integer(0) == expected++;
        if (contiguous)
            all.add(digestOfRow(row, table, row.text(0)));
    }));
    if (!contiguous || expected != range.last + 1)
        return QByteArray();
    return all.finish();
}

} // namespace

Result<QByteArray> rowDigest(const Database& db, const QString& table, const QString& id)
{
    if (!Schema::auditedTables().contains(table) && !Schema::appendOnlyTables().contains(table))
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("daicho::AuditLog", "The table is not audited."), table);
    auto pk = Schema::primaryKeyColumn(db, table);
    if (!pk)
        return pk.error();
    const auto range = Schema::appendOnlyTables().contains(table) ? parseIdRange(id) : std::nullopt;
    if (range)
        return rangeDigest(db, table, pk.value(), *range);
    auto row = db.firstRow(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, pk.value()), id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return QByteArray();
    return digestOfRow(**row, table, id);
}

Status requireUnchanged(const Database& db, const QString& table, const QString& id)
{
    auto current = rowDigest(db, table, id);
    if (!current)
        return current.error();
    auto recorded = db.firstRow(QStringLiteral("SELECT row_digest FROM audit_log WHERE target_table = ? AND "
                                               "target_id = ? ORDER BY seq DESC LIMIT 1"),
                                table, id);
    if (!recorded)
        return recorded.error();
    const QByteArray expected = recorded->has_value() ? recorded.value()->blob(0) : QByteArray();
    if (current.value() == expected)
        return {};
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate("daicho::AuditLog",
                                                 "A record (%1 %2) was changed outside Daicho, so it was not changed "
                                                 "again. Tell the auditor and run the verification of the audit "
                                                 "trail.")
                         .arg(table, id),
                     table + QLatin1Char('/') + id);
}

QByteArray AuditLog::genesisHash(const QByteArray& databaseId)
{
    return crypto::sha256(QByteArrayLiteral("daicho-genesis-v1") + databaseId);
}

Result<std::int64_t> AuditLog::append(Database& db, const Clock& clock, const AuditSigner& signer,
                                      const AuditEvent& event)
{
    return appendWithDigest(db, clock, signer, event, std::nullopt);
}

Result<std::int64_t> AuditLog::appendWithDigest(Database& db, const Clock& clock, const AuditSigner& signer,
                                                const AuditEvent& event, const std::optional<QByteArray>& digest)
{
    if (!db.inTransaction())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "daicho::AuditLog", "An audit entry must be written inside the change's transaction."));
    AuditEntry entry;
    {
        auto head = db.firstRow(QStringLiteral("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!head)
            return head.error();
        if (head->has_value()) {
            entry.seq = head.value()->integer(0) + 1;
            entry.prevHash = head.value()->blob(1);
        } else {
            auto id = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
            if (!id)
                return id.error();
            entry.seq = 1;
            entry.prevHash = genesisHash(QByteArray::fromHex(id->toLatin1()));
        }
    }
    entry.atUtc = clock.nowUtc().toUTC().toString(Qt::ISODateWithMs);
    entry.userId = signer.userId;
    entry.keyId = signer.keyId;
    entry.action = event.action;
    entry.targetTable = event.targetTable;
    entry.targetId = event.targetId;
    entry.detail = event.detail;
    if (digest) {
        entry.rowDigest = *digest;
    } else if (!event.targetTable.isEmpty()) {
        auto read = rowDigest(db, event.targetTable, event.targetId);
        if (!read)
            return read.error();
        entry.rowDigest = read.value();
    }
    entry.entryHash = crypto::sha256(entry.canonicalBytes());
    entry.signature = crypto::sign(signer.seed, entry.entryHash);

    auto insert =
        db.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)").arg(kAuditColumns));
    if (!insert)
        return insert.error();
    insert->bind(1, entry.seq).bind(2, entry.atUtc).bind(3, entry.userId).bind(4, entry.keyId);
    // NOT NULL text columns: an unset field is stored as ''.
    const auto orEmpty = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    insert->bind(5, entry.action).bind(6, orEmpty(entry.targetTable)).bind(7, orEmpty(entry.targetId));
    insert->bind(8, entry.rowDigest);
    insert->bind(9, orEmpty(entry.detail)).bind(10, entry.prevHash).bind(11, entry.entryHash).bind(12, entry.signature);
    DAICHO_TRY(insert->run());
    return entry.seq;
}

namespace {

Result<std::int64_t> appendSigned(Session& session, const AuditEvent& event, const std::optional<QByteArray>& digest)
{
    // User 0 is the recovery key acting without a person (see Recovery).
    const std::optional<std::int64_t> userId =
        session.user().id != 0 ? std::optional<std::int64_t>(session.user().id) : std::nullopt;
    const Session::Secrets& secrets = SessionInternals::secrets(session);
    const AuditSigner signer{userId, secrets.signingKeyId, secrets.signingSeed};
    return AuditLog::appendWithDigest(session.db(), session.clock(), signer, event, digest);
}

} // namespace

Result<std::int64_t> AuditLog::append(Session& session, const AuditEvent& event)
{
    return appendSigned(session, event, std::nullopt);
}

Result<std::int64_t> AuditLog::appendWithDigest(Session& session, const AuditEvent& event,
                                                const std::optional<QByteArray>& digest)
{
    return appendSigned(session, event, digest);
}

Result<QList<AuditEntry>> AuditLog::newest(const Database& db, std::int64_t beforeSeq, int limit,
                                           const AuditFilter& filter)
{
    QStringList where{QStringLiteral("seq < ?")};
    QList<QVariant> values{
        QVariant::fromValue<qint64>(beforeSeq > 0 ? beforeSeq : std::numeric_limits<std::int64_t>::max())};
    const auto add = [&](const QString& clause, const QVariant& value) {
        where << clause;
        values << value;
    };
    if (filter.userId)
        add(QStringLiteral("user_id = ?"), QVariant::fromValue<qint64>(*filter.userId));
    if (!filter.actionPrefixes.isEmpty()) {
        QStringList any;
        for (const QString& prefix : filter.actionPrefixes) {
            any << QStringLiteral("substr(action, 1, ?) = ?");
            values << QVariant::fromValue<qint64>(prefix.size()) << QVariant(prefix);
        }
        where << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    // The detail is "key=value;key=value" with percent-encoded values: a whole pair matches.
    const auto detailHas = [](const QString& key, const QString& value) -> QString {
        return QStringLiteral("%;") + key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value))
               + QStringLiteral(";%");
    };
    if (!filter.formId.isEmpty())
        add(QStringLiteral("(';' || detail || ';') LIKE ?"), detailHas(QStringLiteral("form"), filter.formId));
    if (filter.entryId)
        add(QStringLiteral("(';' || detail || ';') LIKE ?"),
            detailHas(QStringLiteral("entry"), QString::number(*filter.entryId)));
    // Japan dates: a day starts at 15:00 UTC of the day before.
    const auto utcStart = [](const QDate& japanDay) -> QString {
        return QDateTime(japanDay, QTime(0, 0), QTimeZone(9 * 3600)).toUTC().toString(Qt::ISODateWithMs);
    };
    if (filter.from)
        add(QStringLiteral("at_utc >= ?"), utcStart(*filter.from));
    if (filter.to)
        add(QStringLiteral("at_utc < ?"), utcStart(filter.to->addDays(1)));
    if (!filter.text.trimmed().isEmpty()) {
        // instr(), not LIKE: what is typed is matched as it is, % and _ included.
        where << QStringLiteral("(instr(action, ?) > 0 OR instr(target_id, ?) > 0 OR instr(detail, ?) > 0)");
        const QString text = filter.text.trimmed();
        values << text << text << QString::fromLatin1(QUrl::toPercentEncoding(text)); // the detail's values are encoded
    }
    auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY seq DESC LIMIT ?")
                               .arg(kAuditColumns, where.join(QStringLiteral(" AND "))));
    if (!stmt)
        return stmt.error();
    int index = 1;
    for (const QVariant& v : std::as_const(values)) {
        if (v.typeId() == QMetaType::QString)
            stmt->bind(index++, v.toString());
        else
            stmt->bind(index++, static_cast<std::int64_t>(v.toLongLong()));
    }
    stmt->bind(index, limit);
    QList<AuditEntry> entries;
    DAICHO_TRY(stmt->forEach([&](Statement&) { entries << readEntry(stmt.value()); }));
    return entries;
}

Result<QList<AuditEntry>> AuditLog::newest(const Database& db, std::int64_t beforeSeq, int limit)
{
    return newest(db, beforeSeq, limit, AuditFilter{});
}

Result<std::int64_t> AuditLog::headSeq(const Database& db)
{
    auto seq = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
    if (!seq)
        return seq.error();
    return seq->toLongLong();
}

namespace {

Status visitEntries(Statement& stmt, const std::function<Status(const AuditEntry&)>& visit)
{
    return stmt.forEach([&](Statement& row) { return visit(readEntry(row)); });
}

} // namespace

Status AuditLog::forEachEntry(const Database& db, const std::function<Status(const AuditEntry&)>& visit)
{
    auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kAuditColumns));
    if (!stmt)
        return stmt.error();
    return visitEntries(stmt.value(), visit);
}

Status AuditLog::forEachEntryWithAction(const Database& db, const QStringList& actions,
                                        const std::function<Status(const AuditEntry&)>& visit)
{
    QStringList marks;
    for (qsizetype i = 0; i < actions.size(); ++i)
        marks << QStringLiteral("?");
    auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE action IN (%2) ORDER BY seq")
                               .arg(kAuditColumns, marks.join(QLatin1Char(','))));
    if (!stmt)
        return stmt.error();
    for (qsizetype i = 0; i < actions.size(); ++i)
        stmt->bind(static_cast<int>(i + 1), actions[i]);
    return visitEntries(stmt.value(), visit);
}

Status AuditLog::forEachEntryAbout(const Database& db, const QString& table, const QString& id,
                                   const std::function<Status(const AuditEntry&)>& visit)
{
    auto stmt =
        db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE target_table = ? AND target_id = ? ORDER BY seq")
                       .arg(kAuditColumns));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, table).bind(2, id);
    return visitEntries(stmt.value(), visit);
}

Status AuditLog::forEachEntryAboutTable(const Database& db, const QString& table,
                                        const std::function<Status(const AuditEntry&)>& visit)
{
    auto stmt =
        db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE target_table = ? ORDER BY seq").arg(kAuditColumns));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, table);
    return visitEntries(stmt.value(), visit);
}

Result<std::optional<AuditEntry>> AuditLog::latestAbout(const Database& db, const QString& table, const QString& id)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE target_table = ? AND target_id = ? ORDER BY seq DESC LIMIT 1")
            .arg(kAuditColumns));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, table).bind(2, id);
    std::optional<AuditEntry> latest;
    DAICHO_TRY(visitEntries(stmt.value(), [&](const AuditEntry& e) -> Status {
        latest = e;
        return {};
    }));
    return latest;
}

Result<QList<AuditEntry>> AuditLog::newestBy(const Database& db, std::int64_t userId, int limit, ActionFilter filter)
{
    const QString condition = filter == ActionFilter::OnlySignIns ? QStringLiteral(" AND action = 'signin.ok'")
                              : filter == ActionFilter::PersonsActions
                                  ? QStringLiteral(" AND action NOT LIKE 'signin.%' AND action NOT LIKE 'key%'")
                                  : QString();
    auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE user_id = ?%2 ORDER BY seq DESC LIMIT ?")
                               .arg(kAuditColumns, condition));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, userId).bind(2, limit);
    QList<AuditEntry> entries;
    DAICHO_TRY(visitEntries(stmt.value(), [&](const AuditEntry& e) -> Status {
        entries << e;
        return {};
    }));
    return entries;
}

QString auditDetail(std::initializer_list<std::pair<QString, QString>> fields)
{
    QStringList parts;
    for (const auto& [key, value] : fields)
        parts << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return parts.join(QLatin1Char(';'));
}

std::optional<std::int64_t> auditIdOf(const QString& text)
{
    bool ok = false;
    const std::int64_t v = text.toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(v) : std::nullopt;
}

QString auditDetailValue(const QString& detail, const QString& key)
{
    for (const QString& part : detail.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0 && part.left(eq) == key)
            return QUrl::fromPercentEncoding(part.mid(eq + 1).toLatin1());
    }
    return {};
}

} // namespace daicho
