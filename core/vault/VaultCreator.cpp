#include "vault/VaultCreator.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/PasswordPolicy.h"
#include "auth/internal/SessionInternals.h"
#include "crypto/Crypto.h"
#include "ledger/internal/DefinitionRefresh.h"
#include "ledger/monitoring/internal/CheckItemSeed.h"
#include "store/KeySlotFile.h"
#include "store/Schema.h"
#include "vault/internal/OrganisationSeed.h"
#include "vault/internal/SlotKdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace daicho {

namespace {

const char kBase32[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

void removeDatabaseFiles(const VaultPaths& paths)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(paths.database + suffix);
}

Status audit(Session& session, const QString& action, const QString& table, const QString& id,
             const QString& detail = {})
{
    DAICHO_TRY(AuditLog::append(session, {action, table, id, detail}));
    return {};
}

Status fillNewDatabase(Session& chief, const VaultOptions& options, const KeySlotFile& file, const KeySlot& chiefSlot,
                       const KeySlot& recoverySlot, const KdfParams& kdf)
{
    Database& db = chief.db();
    DAICHO_TRY(Schema::create(db));
    auto cipher = db.scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!cipher)
        return cipher.error();
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("database_id"), QString::fromLatin1(file.databaseId().toHex())},
        {QStringLiteral("cipher_version"), cipher.value()},
        {QStringLiteral("page_size"), QString::number(Database::kPageSize)},
        {QStringLiteral("created_at"), chief.clock().nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("organisation_name"), options.organisationName.trimmed()},
        // Anchors and a MAC: a version-1 key file put back is a downgrade (SignInTrust).
        {QStringLiteral("key_file_format"), QStringLiteral("2")},
    };
    for (const auto& [key, value] : meta)
        DAICHO_TRY(db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), key, value));
    // The definitions its derived rows will follow (DefinitionRefresh).
    DAICHO_TRY(DefinitionRefresh::recordAtCreation(db));

    auto departments = OrganisationSeed::insertCentreDepartments(db);
    if (!departments)
        return departments.error();
    const UserEntry& user = chief.user();
    DAICHO_TRY(db.run(QStringLiteral("INSERT INTO users (id, login, display_name, role, department_id, "
                                     "must_change_password) VALUES (?, ?, ?, ?, ?, 0)"),
                      user.id, user.login, user.displayName, roleKey(user.role), departments->generalAffairs));
    DAICHO_TRY(
        db.run(QStringLiteral("INSERT INTO signing_keys (id, user_id, public_key) VALUES (1, ?, ?), (2, NULL, ?)"),
               user.id, chiefSlot.signingPublicKey, recoverySlot.signingPublicKey));

    // Entry 1 registers the chief's own key, signed by it: the anchor of the chain.
    DAICHO_TRY(
        audit(chief, QStringLiteral("key.register"), QStringLiteral("signing_keys"), QStringLiteral("1"),
              auditDetail({{QStringLiteral("key"), QStringLiteral("1")},
                           {QStringLiteral("user"), QString::number(user.id)},
                           {QStringLiteral("public_key"), QString::fromLatin1(chiefSlot.signingPublicKey.toHex())},
                           {QStringLiteral("registrar"), QStringLiteral("1")}})));
    for (const auto& [key, value] : meta)
        DAICHO_TRY(audit(chief, QStringLiteral("meta.set"), QStringLiteral("meta"), key));
    for (DepartmentId id : departments->all)
        DAICHO_TRY(audit(chief, QStringLiteral("department.add"), QStringLiteral("departments"), QString::number(id)));
    DAICHO_TRY(audit(chief, QStringLiteral("user.add"), QStringLiteral("users"), QString::number(user.id),
                     auditDetail({{QStringLiteral("role"), roleKey(user.role)},
                                  {QStringLiteral("department"), QString::number(departments->generalAffairs)},
                                  {QStringLiteral("login"), user.login}})));
    // The recovery key signs what is done with it; the chief registers it as a registrar
    // so that it can give a chief new keys after a lost password.
    DAICHO_TRY(
        audit(chief, QStringLiteral("key.register"), QStringLiteral("signing_keys"), QStringLiteral("2"),
              auditDetail({{QStringLiteral("key"), QStringLiteral("2")},
                           {QStringLiteral("user"), QString()},
                           {QStringLiteral("public_key"), QString::fromLatin1(recoverySlot.signingPublicKey.toHex())},
                           {QStringLiteral("registrar"), QStringLiteral("1")}})));
    for (const KeySlot* slot : {&chiefSlot, &recoverySlot}) {
        const bool person = slot->kind == KeySlot::Kind::User;
        DAICHO_TRY(db.run(QStringLiteral("INSERT INTO key_slots (slot_id, user_id, fingerprint, signing_key_id) "
                                         "VALUES (?, ?, ?, ?)"),
                          slot->id, person ? std::optional<UserId>(user.id) : std::nullopt, slot->fingerprint(),
                          person ? 1 : 2));
        DAICHO_TRY(audit(chief, QStringLiteral("keyslot.add"), QStringLiteral("key_slots"), slot->id));
    }
    DAICHO_TRY(seedDefaultCheckItems(chief));
    DAICHO_TRY(db.run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', '5')")));
    DAICHO_TRY(audit(chief, QStringLiteral("setting.change"), QStringLiteral("settings"),
                     QStringLiteral("idle_lock_minutes")));
    return SlotKdf::record(chief, kdf);
}

} // namespace

QString formatRecoveryKey(const SecureBytes& bytes)
{
    QString out;
    std::uint32_t bits = 0;
    int available = 0;
    for (auto byte : bytes) {
        bits = (bits << 8) | byte;
        available += 8;
        while (available >= 5) {
            available -= 5;
            if (!out.isEmpty() && (out.size() + 1) % 5 == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(kBase32[(bits >> available) & 0x1f]);
        }
    }
    return out;
}

SecureBytes recoveryKeySecret(const QString& typed)
{
    SecureBytes secret;
    // The normalised copy holds the key too: wiped below, like the bytes it gives.
    QString normal = typed.normalized(QString::NormalizationForm_KC).toUpper();
    for (QChar c : std::as_const(normal)) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        secret.push_back(static_cast<std::uint8_t>(c.toLatin1()));
    }
    wipeString(normal);
    return secret;
}

Result<CreatedVault> VaultCreator::create(const VaultPaths& paths, const VaultOptions& options, QString chiefPassword,
                                          const Clock& clock)
{
    if (options.organisationName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::VaultCreator", "Enter the name of the organisation."));
    DAICHO_TRY(checkLogin(options.chiefLogin));
    if (options.chiefDisplayName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::VaultCreator", "Enter the chief officer's name."));
    DAICHO_TRY(PasswordPolicy::check(chiefPassword, options.chiefLogin));
    for (const QString& path : {paths.database, paths.keys()})
        if (QFileInfo::exists(path))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "daicho::VaultCreator",
                                 "A file named %1 already exists. Choose another name; nothing was overwritten.")
                                 .arg(path));
    const QFileInfo folder(QFileInfo(paths.database).absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "daicho::VaultCreator",
                                            "The folder %1 does not exist or cannot be written. Choose another "
                                            "folder.")
                                            .arg(folder.absoluteFilePath()));

    const KdfParams kdf = options.kdf.value_or(calibrateKdf());
    DAICHO_TRY(checkKdfParams(kdf));
    const SecureBytes password = PasswordPolicy::secretOf(chiefPassword);
    const SecureBytes databaseKey = crypto::randomSecret(32);
    KeySlotFile file(crypto::randomBytes(KeySlotFile::kDatabaseIdBytes));
    const QString recoveryKey = formatRecoveryKey(crypto::randomSecret(20));

    const QString chiefLogin = normaliseLogin(options.chiefLogin);
    NewSlot chiefSlot = makeSlot(KeySlot::Kind::User, chiefLogin, password, kdf, databaseKey, file.headerBytes());
    NewSlot recoverySlot = makeSlot(KeySlot::Kind::Recovery, KeySlot::recoveryId(), recoveryKeySecret(recoveryKey), kdf,
                                    databaseKey, file.headerBytes());
    file.put(chiefSlot.slot);
    file.put(recoverySlot.slot);

    auto lock = FileLock::acquireShared(paths.lock());
    if (!lock)
        return lock.error();
    auto db = Database::open(paths.database, databaseKey, Database::Mode::CreateNew);
    if (!db) {
        removeDatabaseFiles(paths);
        return db.error();
    }
    UserEntry chief;
    chief.id = 1;
    chief.login = chiefLogin;
    chief.displayName = options.chiefDisplayName.trimmed();
    chief.role = Role::Chief;
    chief.mustChangePassword = false;
    Session::Secrets secrets{databaseKey, std::move(chiefSlot.keys.signingSeed), 1};
    auto session =
        std::make_unique<Session>(paths, std::move(db.value()), clock, chief, std::move(secrets), file.databaseId());
    SessionInternals::attachLock(*session, std::move(lock.value()));
    Status filled = [&]() -> Status {
        auto tx = Transaction::begin(session->db());
        if (!tx)
            return tx.error();
        DAICHO_TRY(fillNewDatabase(*session, options, file, chiefSlot.slot, recoverySlot.slot, kdf));
        return tx.value()->commit();
    }();
    if (filled.ok())
        filled = file.save(paths.keys(), databaseKey);
    if (!filled.ok()) {
        session.reset();
        removeDatabaseFiles(paths);
        QFile::remove(paths.keys());
        return filled.error();
    }
    auto department = session->db().scalar(QStringLiteral("SELECT department_id FROM users WHERE id = 1"));
    if (department && !department->isEmpty())
        chief.departmentId = department->toLongLong();
    SessionInternals::setUser(*session, chief);
    SessionInternals::setSlotKdf(*session, kdf);
    return CreatedVault{std::move(session), recoveryKey};
}

} // namespace daicho
