#include "support/DisposalFixtures.h"

#include "ledger/LedgerStore.h"
#include "ledger/SearchText.h"
#include "retention/DisposalRuns.h"
#include "retention/DisposalSchedule.h"
#include "support/LedgerFixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

namespace daicho::test {

namespace {

EntryId added(Session& session, const FieldValues& values)
{
    auto id = LedgerStore::add(session, QStringLiteral("form1"), values);
    INFO((id.ok() ? QString() : id.error().message + QStringLiteral(" / ") + id.error().detail).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

void at(TestVault& vault, int y, int m, int d)
{
    vault.clock().set(QDateTime(QDate(y, m, d), QTime(1, 0), Qt::UTC));
}

} // namespace

DisposalCase prepareConfirmedDisposal(TestVault& vault)
{
    DisposalCase c;
    vault.addPeople();
    Session& chief = vault.chief();
    at(vault, 2026, 6, 1);
    c.registerId = LedgerStore::add(chief, QStringLiteral("form3"), registerValues(chief)).value();
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto head = vault.signIn(QStringLiteral("head"));
    auto auditor = vault.signIn(QStringLiteral("auditor"));

    // Texts that are nowhere else in the file: not in a form's definition, a label or another
    // entry.
    const QString asciiNote = QStringLiteral("GoneNoteQ7XZ");
    const QString returnedNote = QStringLiteral("廃棄対象カキクケコ記述");
    const QString comment = QStringLiteral("差戻の理由ヌネノ記述");
    const QString reason = QStringLiteral("RevisionReasonW8K");
    const QString correctedNote = QStringLiteral("訂正後タチツテト廃棄");
    FieldValues values = useEventValues(*staff, c.registerId);
    values[QStringLiteral("note")] = asciiNote;
    c.going << added(*staff, values);
    values[QStringLiteral("note")] = returnedNote;
    const EntryId returned = added(*staff, values);
    c.going << returned;
    auto decided = LedgerStore::decide(*head, returned, Decision::Return, comment);
    INFO((decided.ok() ? QString() : decided.error().message).toStdString());
    REQUIRE(decided.ok());
    values[QStringLiteral("note")] = correctedNote;
    auto revised = LedgerStore::revise(*staff, returned, values, reason);
    INFO((revised.ok() ? QString() : revised.error().message + revised.error().detail).toStdString());
    REQUIRE(revised.ok());
    c.goingTexts = {asciiNote, returnedNote, comment, reason, correctedNote};
    for (const QString& text : {asciiNote, returnedNote, correctedNote})
        if (normaliseForSearch(text) != text)
            c.goingSearchTexts << normaliseForSearch(text);

    at(vault, 2027, 6, 1);
    values = useEventValues(*staff, c.registerId);
    values[QStringLiteral("date")] = QDate(2027, 5, 10);
    values[QStringLiteral("note")] = QStringLiteral("KeptNoteP4VZ");
    c.kept << added(*staff, values);
    values[QStringLiteral("note")] = QStringLiteral("保存されるマミムメモ記述");
    c.kept << added(*staff, values);
    c.keptTexts = {QStringLiteral("KeptNoteP4VZ"), QStringLiteral("保存されるマミムメモ記述")};

    at(vault, 2030, 1, 10);
    auto schedule = DisposalSchedules::schedule(chief, 2029);
    REQUIRE(schedule.ok());
    REQUIRE(schedule->dueIds() == c.going);
    auto run = DisposalRuns::approve(chief, 2029, {}, QStringLiteral("erasure"), c.registerId);
    INFO((run.ok() ? QString() : run.error().message + run.error().detail).toStdString());
    REQUIRE(run.ok());
    REQUIRE(DisposalRuns::confirm(*auditor, run.value()).ok());
    c.runId = run.value();
    at(vault, 2030, 3, 2); // a disposal runs in the fiscal year's last month (第20条1項(4))
    return c;
}

QStringList filesBesideTheVault(const TestVault& vault)
{
    const VaultPaths& paths = vault.paths();
    const QStringList ours{paths.database,
                           paths.database + QStringLiteral("-wal"),
                           paths.database + QStringLiteral("-shm"),
                           paths.keys(),
                           paths.signInJournal(),
                           paths.lock()};
    QStringList others;
    const QDir folder(vault.folder());
    for (const QFileInfo& file :
         folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        if (!ours.contains(file.absoluteFilePath()) && !ours.contains(file.filePath()))
            others << file.fileName();
    return others;
}

QStringList filesHoldingInTheClear(const TestVault& vault, const QStringList& texts)
{
    QStringList holding;
    const QDir folder(vault.folder());
    for (const QFileInfo& info : folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString& text : texts)
            if (bytes.contains(text.toUtf8()))
                holding << info.fileName() + QStringLiteral(": ") + text;
    }
    return holding;
}

} // namespace daicho::test
