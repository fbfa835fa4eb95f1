#include "cases/DeskSettings.h"

#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"
#include "cases/internal/DeskVersions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {

constexpr int kMaxFeeYen = 100000;

} // namespace

DeskSettings DeskSettings::regulationDefaults()
{
    // 第33条2項(1)〜(3), as the regulation gives them.
    DeskSettings d;
    d.organisation = QStringLiteral("公益財団法人青森県総合健診センター");
    d.address = QStringLiteral("〒030-0962 青森県青森市佃二丁目19番12号\n公益財団法人青森県総合健診センター\n"
                               "総務部総務課 個人情報保護相談窓口");
    d.phone = QStringLiteral("017-741-2336");
    d.hours = QStringLiteral("月曜～金曜（祝日、年末年始は除く） 8時30分～12時、12時45分～17時15分");
    d.complaints = QStringLiteral("総務部総務課 個人情報保護相談窓口");
    return d;
}

QStringList DeskSettings::healthCheckSectionNames()
{
    return {QStringLiteral("健診管理課"), QStringLiteral("センター健診課"), QStringLiteral("人間ドック健診課"),
            QStringLiteral("健診課")};
}

QString DeskSettings::toJson() const
{
    QJsonObject o;
    if (deskDepartmentId)
        o.insert(QStringLiteral("desk"), static_cast<double>(*deskDepartmentId));
    o.insert(QStringLiteral("organisation"), organisation);
    o.insert(QStringLiteral("address"), address);
    o.insert(QStringLiteral("phone"), phone);
    o.insert(QStringLiteral("hours"), hours);
    o.insert(QStringLiteral("complaints"), complaints);
    o.insert(QStringLiteral("closedDays"), QJsonDocument::fromJson(closedDays.toJson()).object());
    o.insert(QStringLiteral("purposeFee"), purposeFeeYen);
    o.insert(QStringLiteral("disclosureFee"), disclosureFeeYen);
    if (!healthCheckSections.isEmpty()) {
        QJsonArray sections;
        for (std::int64_t id : healthCheckSections)
            sections.append(static_cast<double>(id));
        o.insert(QStringLiteral("healthCheckSections"), sections);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<DeskSettings> DeskSettings::fromJson(const QString& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::RequestDesk", "The desk's data could not be read."));
    const QJsonObject o = doc.object();
    DeskSettings d;
    if (o.contains(QStringLiteral("desk")))
        // Read as a whole number (-1, no department, when it is not one): a double cast to an
        // integer is undefined beyond its range (a stored version is read by the verifier too).
        d.deskDepartmentId = o.value(QStringLiteral("desk")).toInteger(-1);
    d.organisation = o.value(QStringLiteral("organisation")).toString();
    d.address = o.value(QStringLiteral("address")).toString();
    d.phone = o.value(QStringLiteral("phone")).toString();
    d.hours = o.value(QStringLiteral("hours")).toString();
    d.complaints = o.value(QStringLiteral("complaints")).toString();
    auto closed = ClosedDays::fromJson(QJsonDocument(o.value(QStringLiteral("closedDays")).toObject()).toJson());
    if (!closed)
        return closed.error();
    d.closedDays = closed.value();
    d.purposeFeeYen = o.value(QStringLiteral("purposeFee")).toInt();
    d.disclosureFeeYen = o.value(QStringLiteral("disclosureFee")).toInt();
    for (const QJsonValue& section : o.value(QStringLiteral("healthCheckSections")).toArray())
        d.healthCheckSections << section.toInteger(-1);
    return d;
}

QStringList DeskSettings::problems() const
{
    QStringList found;
    if (organisation.trimmed().isEmpty())
        found << QCoreApplication::translate("daicho::RequestDesk",
                                             "Enter the organisation's name: it is printed on every notice.");
    if (address.trimmed().isEmpty())
        found << QCoreApplication::translate("daicho::RequestDesk", "Enter the desk's address (第33条2項(1)).");
    if (phone.trimmed().isEmpty())
        found << QCoreApplication::translate("daicho::RequestDesk", "Enter the desk's phone number (第33条2項(2)).");
    if (hours.trimmed().isEmpty())
        found << QCoreApplication::translate("daicho::RequestDesk", "Enter the desk's hours (第33条2項(3)).");
    // The closed days as they will be read back from the stored version: a set fromJson refuses
    // (every weekday closed, a day without its reason) would stop every later receipt.
    if (auto closed = ClosedDays::fromJson(closedDays.toJson()); !closed)
        found << closed.error().message;
    if (purposeFeeYen < 0 || purposeFeeYen > kMaxFeeYen || disclosureFeeYen < 0 || disclosureFeeYen > kMaxFeeYen)
        found << QCoreApplication::translate("daicho::RequestDesk",
                                             "A fee is between 0 and 100,000 yen (第39条2項: within the actual cost).");
    return found;
}

Result<RequestDesk::Version> loadDeskVersion(const Database& db, std::int64_t id)
{
    if (id == 0)
        return RequestDesk::Version{0, DeskSettings::regulationDefaults()};
    auto row = db.firstRow(QStringLiteral("SELECT data FROM desk_versions WHERE id = ?"), id);
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate(
                             "daicho::RequestDesk",
                             "Version %1 of the desk's data is missing: it was removed outside Daicho. Tell the "
                             "auditor and run the verification of the audit trail.")
                             .arg(id));
    auto settings = DeskSettings::fromJson(row->value().text(0));
    if (!settings)
        return makeError(ErrorCode::Tampered, settings.error().message);
    return RequestDesk::Version{id, settings.value()};
}

Result<RequestDesk::Version> latestDeskVersion(const Database& db)
{
    auto id = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM desk_versions"));
    if (!id)
        return id.error();
    return loadDeskVersion(db, id->toLongLong());
}

Result<RequestDesk::Version> RequestDesk::current(const Session& session)
{
    return latestDeskVersion(session.db());
}

Result<std::int64_t> RequestDesk::save(Session& session, const DeskSettings& settings)
{
    // The chief keeps the desk (第6条, 第33条) and sets the fees (第39条2項); the acting chief
    // stands in (別紙1 第3条2項).
    if (session.role() != Role::Chief && session.role() != Role::ActingChief)
        return makeError(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate(
                "daicho::RequestDesk", "Only the chief officer or the acting chief changes the desk's data and fees."));
    if (const QStringList problems = settings.problems(); !problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.first());
    if (settings.deskDepartmentId) {
        auto exists =
            session.db().hasRow(QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), *settings.deskDepartmentId);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("daicho::RequestDesk", "Choose the desk's department from the list."));
    }
    // 第33条1項(1): sections that are departments, or every request would quietly go to the desk.
    for (std::int64_t section : settings.healthCheckSections) {
        auto exists = session.db().hasRow(QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), section);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "daicho::RequestDesk", "Choose the health-check sections from the list (第33条1項)."));
    }
    return Transaction::run(session.db(), [&]() -> Result<std::int64_t> {
        DAICHO_TRY(session.db().run(
            QStringLiteral("INSERT INTO desk_versions (author_id, at_utc, data) VALUES (?, ?, ?)"), session.user().id,
            session.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs), settings.toJson()));
        const std::int64_t id = session.db().lastInsertId();
        DAICHO_TRY(AuditLog::append(
            session, {QStringLiteral("desk.version"), QStringLiteral("desk_versions"), QString::number(id), {}}));
        return id;
    });
}

} // namespace daicho
