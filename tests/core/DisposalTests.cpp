// Issue 13 §4–8: the disposal at a fiscal year's end — approved by the chief, confirmed by a
// second person, run by the chief — deletes exactly what fell due with what was derived from it,
// writes its 様式1④ record, and leaves a trail the verifier accepts; no number or id is given
// twice after it; an insider can neither take its steps nor hide a deletion behind it.
#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "common/JapaneseCalendar.h"
#include "exchange/LedgerImport.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "retention/DisposalRuns.h"
#include "retention/DisposalSchedule.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"
#include "vault/Backup.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

EntryId added(Session& session, const QString& form, const FieldValues& values)
{
    auto id = LedgerStore::add(session, form, values);
    INFO((id.ok() ? QString() : id.error().message + QStringLiteral(" / ") + id.error().detail).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

void at(TestVault& vault, int y, int m, int d)
{
    vault.clock().set(QDateTime(QDate(y, m, d), QTime(1, 0), Qt::UTC));
}

// A row as someone who knows what it said would rebuild it: every column but its random key.
struct KnownRow {
    QString id;
    QList<std::tuple<QString, Statement::ColumnType, QVariant>> columns;
};

KnownRow knownRevision(const Session& session, EntryId entry)
{
    auto row = session.db().firstRow(QStringLiteral("SELECT * FROM ledger_revisions WHERE entry_id = ?"), entry);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    const Statement& r = row->value();
    KnownRow known;
    known.id = r.text(0);
    for (int c = 0; c < r.columnCount(); ++c) {
        const auto type = r.columnType(c);
        const QVariant value = type == Statement::ColumnType::Integer ? QVariant::fromValue<qlonglong>(r.integer(c))
                               : type == Statement::ColumnType::Blob  ? QVariant(r.blob(c))
                                                                      : QVariant(r.text(c));
        known.columns.append({r.columnName(c), type, value});
    }
    return known;
}

// The digest of the known row with `key` in place of its own (none: left out, as for a row of
// before schema 11).
QByteArray guessedDigest(const KnownRow& known, const std::optional<QByteArray>& key)
{
    RowDigestBuilder digest(QStringLiteral("ledger_revisions"), known.id);
    for (const auto& [name, type, value] : known.columns) {
        if (name == QLatin1String("row_key")) {
            if (key)
                digest.blob(name, *key);
            continue;
        }
        if (type == Statement::ColumnType::Integer)
            digest.integer(name, value.toLongLong());
        else if (type == Statement::ColumnType::Blob)
            digest.blob(name, value.toByteArray());
        else if (type == Statement::ColumnType::Null)
            digest.null(name);
        else
            digest.text(name, value.toString());
    }
    return digest.finish();
}

QByteArray recordedDigest(const Session& session, const QString& revisionId)
{
    auto row = session.db().firstRow(
        QStringLiteral("SELECT row_digest FROM audit_log WHERE action = 'ledger.add' AND target_id = ?"), revisionId);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    return row->value().blob(0);
}

} // namespace

TEST_CASE("a disposal approved, confirmed and run removes what fell due and leaves a trail that verifies",
          "[core][retention][disposal]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    at(vault, 2026, 6, 1);
    const EntryId reg = added(chief, QStringLiteral("form3"), registerValues(chief));
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto head = vault.signIn(QStringLiteral("head"));
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    FieldValues old = useEventValues(*staff, reg);
    old[QStringLiteral("note")] = QStringLiteral("廃棄されるべき記述ZQX");
    const EntryId gone1 = added(*staff, QStringLiteral("form1"), old);
    const EntryId gone2 = added(*staff, QStringLiteral("form1"), useEventValues(*staff, reg));
    REQUIRE(LedgerStore::decide(*head, gone2, Decision::Review, QString()).ok());
    at(vault, 2027, 6, 1);
    FieldValues later = useEventValues(*staff, reg);
    later[QStringLiteral("date")] = QDate(2027, 5, 10);
    const EntryId kept = added(*staff, QStringLiteral("form1"), later);
    REQUIRE(Backup::backup(chief, VaultPaths{vault.folder() + QStringLiteral("/before.daicho")}).ok());

    // 3 years from 10 May 2026 (the day not counted): kept until 10 May 2029, gone at the end of
    // fiscal year 2029 (31 March 2030); the 2027 entry a year later.
    auto keeping = DisposalSchedules::keepingOf(*staff, gone1);
    REQUIRE(keeping.ok());
    CHECK(keeping->keepUntil == QDate(2029, 5, 10));
    CHECK(keeping->disposalDue == QDate(2030, 3, 31));

    at(vault, 2030, 1, 10);
    CHECK(DisposalSchedules::seasonFiscalYear(QDate(2030, 1, 10)) == 2029);
    CHECK_FALSE(DisposalSchedules::seasonFiscalYear(QDate(2029, 12, 31)).has_value());
    auto schedule = DisposalSchedules::schedule(chief, 2029);
    REQUIRE(schedule.ok());
    CHECK(schedule->dueIds() == QList<EntryId>{gone1, gone2});
    CHECK_FALSE(DisposalSchedules::schedule(*staff, 2029).ok()); // staff do not see the list

    // Who may take which step.
    CHECK(DisposalRuns::approve(*auditor, 2029, {}, QStringLiteral("erasure"), reg).error().code
          == ErrorCode::PermissionDenied);
    auto run = DisposalRuns::approve(chief, 2029, {}, QStringLiteral("erasure"), reg);
    INFO((run.ok() ? QString() : run.error().message + run.error().detail).toStdString());
    REQUIRE(run.ok());
    CHECK_FALSE(DisposalRuns::run(chief, run.value()).ok()); // not confirmed yet
    CHECK_FALSE(DisposalRuns::confirm(chief, run.value()).ok()); // the chief confirms nothing
    REQUIRE(DisposalRuns::confirm(*auditor, run.value()).ok());
    requireVerified(chief);

    // Someone who knows exactly what a disposed entry said (every column but its key)...
    const KnownRow known = knownRevision(chief, gone1);
    QByteArray ownKey;
    for (const auto& [name, type, value] : known.columns)
        if (name == QLatin1String("row_key"))
            ownKey = value.toByteArray();
    CHECK(ownKey.size() == 16);
    CHECK(guessedDigest(known, ownKey) == recordedDigest(chief, known.id)); // with its key, it matches

    // 第20条1項(4) 「毎年度末」: not in January, from 1 March.
    CHECK(DisposalRuns::run(chief, run.value()).error().code == ErrorCode::InvalidInput);
    at(vault, 2030, 3, 2);
    auto outcome = DisposalRuns::run(chief, run.value());
    INFO((outcome.ok() ? QString() : outcome.error().message + QStringLiteral(" | ") + outcome.error().detail)
             .toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->disposed == 2);
    INFO(outcome->compactionProblem.toStdString());
    CHECK(outcome->compacted);
    CHECK_FALSE(DisposalRuns::run(chief, run.value()).ok()); // never twice

    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM ledger_entries WHERE id IN (%1, %2)").arg(gone1).arg(gone2))
          == 0);
    CHECK(
        count(chief,
              QStringLiteral("SELECT count(*) FROM ledger_revisions WHERE entry_id IN (%1, %2)").arg(gone1).arg(gone2))
        == 0);
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM ledger_approvals WHERE entry_id = %1").arg(gone2)) == 0);
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM ledger_entries WHERE id = %1").arg(kept)) == 1);
    requireVerified(chief);

    // ...cannot confirm the guess once the key is gone with the row (§6): not without a key,
    // not with a key of zeros, not with another row's.
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM ledger_revisions WHERE row_key = x'%1'")
                           .arg(QString::fromLatin1(ownKey.toHex())))
          == 0);
    CHECK(guessedDigest(known, std::nullopt) != recordedDigest(chief, known.id));
    CHECK(guessedDigest(known, QByteArray(16, '\0')) != recordedDigest(chief, known.id));
    QByteArray otherKey;
    for (const auto& [name, type, value] : knownRevision(chief, kept).columns)
        if (name == QLatin1String("row_key"))
            otherKey = value.toByteArray();
    CHECK(guessedDigest(known, otherKey) != recordedDigest(chief, known.id));

    // The 様式1④ record: of kind ④, naming the run, never the content.
    auto record = LedgerReader::entry(chief, outcome->recordEntryId);
    REQUIRE(record.ok());
    const FieldValues values = record->values;
    CHECK(values.value(QStringLiteral("kind")).toString() == QStringLiteral("disposal"));
    CHECK(values.value(QStringLiteral("method")).toString() == QStringLiteral("erasure"));
    CHECK(values.value(QStringLiteral("disposed")).toString().contains(QStringLiteral("2件")));
    for (const QVariant& v : values)
        CHECK_FALSE(v.toString().contains(QStringLiteral("ZQX")));

    // The backup made before still holds the disposed entries: listed, and its destruction
    // recorded — in 様式1④ too, as a medium erased (第20条1項(2)・2項).
    auto backups = DisposalRuns::backupsBefore(chief, run.value());
    REQUIRE(backups.ok());
    REQUIRE(backups->size() == 1);
    CHECK_FALSE(backups->first().destroyed);
    const std::int64_t saw = auditor->user().id;
    const BackupDestruction erased{QStringLiteral("erasure"), japanDate(vault.clock().nowUtc()), false, QString(), saw};
    CHECK_FALSE(DisposalRuns::recordBackupsDestroyed(*auditor, run.value(), {backups->first().seq}, erased).ok());
    // How, when and by whom are asked: a method not for media, a day to come, a firm without its
    // certificate are refused.
    CHECK_FALSE(DisposalRuns::recordBackupsDestroyed(chief, run.value(), {backups->first().seq},
                                                     {QStringLiteral("shredding"), erased.on, false, QString(), saw})
                    .ok());
    CHECK_FALSE(
        DisposalRuns::recordBackupsDestroyed(chief, run.value(), {backups->first().seq},
                                             {QStringLiteral("erasure"), erased.on.addDays(1), false, QString(), saw})
            .ok());
    CHECK_FALSE(DisposalRuns::recordBackupsDestroyed(chief, run.value(), {backups->first().seq},
                                                     {QStringLiteral("destruction"), erased.on, true, QString(), saw})
                    .ok());
    REQUIRE(DisposalRuns::recordBackupsDestroyed(chief, run.value(), {backups->first().seq},
                                                 {QStringLiteral("destruction"), erased.on, true,
                                                  QStringLiteral("株式会社テスト処理 破壊証明書 第12号"), saw})
                .ok());
    CHECK(DisposalRuns::backupsBefore(chief, run.value())->first().destroyed);
    auto backupRecord = LedgerReader::entry(
        chief, count(chief, QStringLiteral("SELECT max(id) FROM ledger_entries WHERE form = 'form1'")));
    REQUIRE(backupRecord.ok());
    CHECK(backupRecord->values.value(QStringLiteral("kind")).toString() == QStringLiteral("disposal"));
    CHECK(backupRecord->values.value(QStringLiteral("target")).toString() == QStringLiteral("media"));
    CHECK(backupRecord->values.value(QStringLiteral("method")).toString() == QStringLiteral("destruction"));
    CHECK(backupRecord->values.value(QStringLiteral("disposed_by")).toString() == QStringLiteral("contractor"));
    CHECK(backupRecord->values.value(QStringLiteral("verifier")).toLongLong() == saw);
    requireVerified(chief);

    // Numbers and ids go on from where they were: the 様式1④ record was No.4 of 様式1.
    auto number = LedgerReader::number(chief, outcome->recordEntryId);
    REQUIRE(number.ok());
    CHECK(number.value() == 4);
    const EntryId next = added(*staff, QStringLiteral("form1"), later);
    CHECK(next > outcome->recordEntryId);
    auto nextNumber = LedgerReader::number(chief, next);
    INFO((nextNumber.ok() ? QString()
                          : QStringLiteral("number: ") + nextNumber.error().message + nextNumber.error().detail)
             .toStdString());
    REQUIRE(nextNumber.ok());
    CHECK(nextNumber.value() == 6);
    requireVerified(chief);

    SECTION("a row deleted with SQL after the run is still named")
    {
        REQUIRE(chief.db().exec(QStringLiteral("DELETE FROM ledger_entries WHERE id = %1").arg(kept)).ok());
        REQUIRE(chief.db().exec(QStringLiteral("DELETE FROM ledger_revisions WHERE entry_id = %1").arg(kept)).ok());
        auto report = verifyAuditTrail(chief.db());
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok);
    }
    SECTION("a run marked done by someone else's entry is refused")
    {
        // The auditor rewrites the run's list to cover the kept entry as well, and deletes it.
        REQUIRE(chief.db().exec(QStringLiteral("DELETE FROM ledger_entries WHERE id = %1").arg(kept)).ok());
        REQUIRE(chief.db().exec(QStringLiteral("UPDATE disposal_runs SET summary = 'x'")).ok());
        auto report = verifyAuditTrail(chief.db());
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok);
    }
}

TEST_CASE("what a disposal holds: the chief's holds with a reason, and records a kept one relies on",
          "[core][retention][disposal]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    at(vault, 2026, 6, 1);
    const EntryId reg = added(chief, QStringLiteral("form3"), registerValues(chief));
    auto staff = vault.signIn(QStringLiteral("staff"));
    const EntryId a = added(*staff, QStringLiteral("form1"), useEventValues(*staff, reg));
    const EntryId b = added(*staff, QStringLiteral("form1"), useEventValues(*staff, reg));
    at(vault, 2030, 2, 1);
    auto schedule = DisposalSchedules::schedule(chief, 2029, {{b, QStringLiteral("訴訟対応のため")}});
    REQUIRE(schedule.ok());
    CHECK(schedule->dueIds() == QList<EntryId>{a});
    CHECK(schedule->heldCount() == 1);
    CHECK(DisposalRuns::approve(chief, 2029, {{b, QStringLiteral(" ")}}, QStringLiteral("erasure"), reg).error().code
          == ErrorCode::InvalidInput); // a hold needs its reason
    auto run =
        DisposalRuns::approve(chief, 2029, {{b, QStringLiteral("訴訟対応のため")}}, QStringLiteral("erasure"), reg);
    REQUIRE(run.ok());
    CHECK_FALSE(DisposalRuns::approve(chief, 2029, {}, QStringLiteral("erasure"), reg).ok()); // one at a time
    auto acting = vault.signIn(QStringLiteral("acting"));
    REQUIRE(DisposalRuns::confirm(*acting, run.value()).ok());
    at(vault, 2030, 3, 2);
    auto outcome = DisposalRuns::run(chief, run.value());
    REQUIRE(outcome.ok());
    CHECK(outcome->disposed == 1);
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM ledger_entries WHERE id = %1").arg(b)) == 1);
    requireVerified(chief);
    // The hold stands for the next year's disposal until the chief releases it.
    auto standing = DisposalRuns::standingHolds(chief);
    REQUIRE(standing.ok());
    CHECK(standing->value(b) == QStringLiteral("訴訟対応のため"));
    CHECK(standing->size() == 1);
}

TEST_CASE("an entry naming the individual of a request still open is held (法33条5項・第35条)",
          "[core][retention][disposal]")
{
    CaseFixture f;
    Session& chief = f.vault.chief();
    auto staff = f.vault.signIn(QStringLiteral("staff"));
    FieldValues naming = useEventValues(*staff, f.registerEntry);
    naming[QStringLiteral("note")] = QStringLiteral("山田花子様の健診結果を再印刷");
    const EntryId named = added(*staff, QStringLiteral("form1"), naming);
    const EntryId other = added(*staff, QStringLiteral("form1"), useEventValues(*staff, f.registerEntry));
    f.routedCase(kDisclosure); // from 山田 花子, open
    auto schedule = DisposalSchedules::schedule(chief, 2029);
    REQUIRE(schedule.ok());
    CHECK(schedule->dueIds() == QList<EntryId>{other});
    bool heldForTheRequest = false;
    for (const DueEntry& e : schedule->entries)
        if (e.id == named)
            heldForTheRequest = e.heldBecause.contains(QStringLiteral("still open"));
    CHECK(heldForTheRequest);
}

TEST_CASE("a disposal of part of an import leaves the rows that stay verifiable against the import's digest",
          "[core][retention][disposal]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    at(vault, 2026, 6, 1);
    const EntryId reg = added(chief, QStringLiteral("form3"), registerValues(chief));
    at(vault, 2027, 6, 1);
    // 様式5 rows of May 2026 (gone at the end of fiscal year 2029) and of May 2027 (kept): one
    // import mixes them, the old ones in runs with kept rows before, between and none after;
    // a second import holds old rows only, and goes whole.
    auto csv = [](const QList<int>& years) {
        QByteArray file = "日付,氏名,所属,用件,入室時刻,退室時刻\r\n";
        int i = 0;
        for (int year : years) {
            const QByteArray day = QByteArray::number(year) + "/05/1" + QByteArray::number(i % 10);
            file += day + ",来訪者 " + QByteArray::number(i) + ",株式会社テスト保守,サーバー定期保守," + day + " 09:00,"
                    + day + " 10:00\r\n";
            ++i;
        }
        return file;
    };
    auto mixed = LedgerImport::importCsv(chief, QStringLiteral("form5"), csv({2027, 2026, 2026, 2027, 2026}));
    REQUIRE(mixed.ok());
    INFO((mixed->problems.isEmpty() ? QString() : mixed->problems.first().message).toStdString());
    REQUIRE(mixed->imported == 5);
    auto whole = LedgerImport::importCsv(chief, QStringLiteral("form5"), csv({2026, 2026}));
    REQUIRE(whole.ok());
    REQUIRE(whole->imported == 2);
    requireVerified(chief);

    at(vault, 2030, 1, 10);
    auto run = DisposalRuns::approve(chief, 2029, {}, QStringLiteral("erasure"), reg);
    REQUIRE(run.ok());
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    REQUIRE(DisposalRuns::confirm(*auditor, run.value()).ok());
    at(vault, 2030, 3, 2);
    auto outcome = DisposalRuns::run(chief, run.value());
    REQUIRE(outcome.ok());
    CHECK(outcome->disposed == 5);
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM ledger_entries WHERE form = 'form5'")) == 2);
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM ledger_entries WHERE form = 'form5' AND entry_date LIKE "
                                      "'2027-%'"))
          == 2);
    requireVerified(chief);

    SECTION("a kept row of the import changed with SQL is still found")
    {
        REQUIRE(chief.db()
                    .exec(QStringLiteral("UPDATE ledger_revisions SET reason = 'x' WHERE id = (SELECT max(r.id) FROM "
                                         "ledger_revisions r JOIN ledger_entries e ON e.id = r.entry_id WHERE e.form = "
                                         "'form5')"))
                    .ok());
        auto report = verifyAuditTrail(chief.db());
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok);
    }
}

// 第20条1項(4) 「毎年度末」: a record approved whose period ends later in March would wait a whole
// year if the run came first; the run says from which day it takes everything approved.
TEST_CASE("a run before an approved record's period ends in March waits for it", "[core][retention][disposal]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    at(vault, 2027, 3, 20);
    const EntryId reg = added(chief, QStringLiteral("form3"), registerValues(chief));
    auto staff = vault.signIn(QStringLiteral("staff"));
    FieldValues late = useEventValues(*staff, reg);
    late.insert(QStringLiteral("date"), QDate(2027, 3, 20)); // kept until 20 March 2030
    added(*staff, QStringLiteral("form1"), late);
    at(vault, 2030, 1, 10);
    auto run = DisposalRuns::approve(chief, 2029, {}, QStringLiteral("deletion"), reg);
    REQUIRE(run.ok());
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    REQUIRE(DisposalRuns::confirm(*auditor, run.value()).ok());
    at(vault, 2030, 3, 2);
    auto early = DisposalRuns::run(chief, run.value());
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("令和12年3月21日")));
    at(vault, 2030, 3, 21);
    auto outcome = DisposalRuns::run(chief, run.value());
    REQUIRE(outcome.ok());
    CHECK(outcome->disposed == 1);
    requireVerified(chief);
}
