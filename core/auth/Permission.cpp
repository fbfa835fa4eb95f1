#include "auth/Permission.h"

#include "auth/Session.h"
#include "common/EnumNames.h"

#include <QCoreApplication>

namespace daicho {

namespace {

struct Rule {
    Operation value;
    const char* key;
    const char* name;
    // chief, acting chief, head, staff, auditor
    bool allowed[5];
};

// The whole permission table in one place (第7条, 第8条, 第15条, 別紙1 第3条2項). The acting
// chief stands in for the chief; the auditor reads and verifies but changes nothing except
// by signing checkpoints and writing the monitoring sheet (様式4, 第15条: the form's writers
// narrow WriteLedgers to it).
constexpr Rule kRules[] = {
    {Operation::ViewOrganisation,
     "view_organisation",
     QT_TRANSLATE_NOOP("daicho::Permission", "view the organisation"),
     {true, true, true, true, true}},
    {Operation::ManageOrganisation,
     "manage_organisation",
     QT_TRANSLATE_NOOP("daicho::Permission", "change departments and sections"),
     {true, true, false, false, false}},
    {Operation::ViewUsers,
     "view_users",
     QT_TRANSLATE_NOOP("daicho::Permission", "view the list of users"),
     {true, true, true, false, true}},
    {Operation::ManageUsers,
     "manage_users",
     QT_TRANSLATE_NOOP("daicho::Permission", "add, change or remove users"),
     {true, true, false, false, false}},
    {Operation::UnlockUser,
     "unlock_user",
     QT_TRANSLATE_NOOP("daicho::Permission", "unlock a locked user"),
     {true, true, false, false, false}},
    {Operation::ChangeOwnPassword,
     "change_own_password",
     QT_TRANSLATE_NOOP("daicho::Permission", "change your own password"),
     {true, true, true, true, true}},
    {Operation::ChangeSettings,
     "change_settings",
     QT_TRANSLATE_NOOP("daicho::Permission", "change shared settings"),
     {true, true, false, false, false}},
    {Operation::ViewAuditTrail,
     "view_audit_trail",
     QT_TRANSLATE_NOOP("daicho::Permission", "view the audit trail"),
     {true, true, false, false, true}},
    {Operation::VerifyAuditTrail,
     "verify_audit_trail",
     QT_TRANSLATE_NOOP("daicho::Permission", "verify the audit trail"),
     {true, true, true, true, true}},
    {Operation::SignCheckpoint,
     "sign_checkpoint",
     QT_TRANSLATE_NOOP("daicho::Permission", "sign an audit checkpoint"),
     {false, false, false, false, true}},
    {Operation::RotateDatabaseKey,
     "rotate_database_key",
     QT_TRANSLATE_NOOP("daicho::Permission", "rotate the database key"),
     {true, true, false, false, false}},
    {Operation::MakeBackup,
     "make_backup",
     QT_TRANSLATE_NOOP("daicho::Permission", "make a backup"),
     {true, true, false, false, false}},
    {Operation::ReadLedgers,
     "read_ledgers",
     QT_TRANSLATE_NOOP("daicho::Permission", "read the registers and logs"),
     {true, true, true, true, true}},
    {Operation::WriteLedgers,
     "write_ledgers",
     QT_TRANSLATE_NOOP("daicho::Permission", "write entries in the registers and logs"),
     {true, true, true, true, true}},
    {Operation::DecideLedgers,
     "decide_ledgers",
     QT_TRANSLATE_NOOP("daicho::Permission", "approve or review entries"),
     {true, true, true, false, false}},
    {Operation::ExportLedgers,
     "export_ledgers",
     QT_TRANSLATE_NOOP("daicho::Permission", "print or export a ledger"),
     {true, true, true, true, true}},
    {Operation::ImportLedgers,
     "import_ledgers",
     QT_TRANSLATE_NOOP("daicho::Permission", "import entries from a CSV file"),
     {true, true, true, true, false}},
    {Operation::ManageCheckItems,
     "manage_check_items",
     QT_TRANSLATE_NOOP("daicho::Permission", "change the check items of the monitoring sheet"),
     {true, true, false, false, false}},
    {Operation::ViewDisposal,
     "view_disposal",
     QT_TRANSLATE_NOOP("daicho::Permission", "see what falls due for disposal"),
     {true, true, false, false, true}},
    {Operation::ApproveDisposal,
     "approve_disposal",
     QT_TRANSLATE_NOOP("daicho::Permission", "approve and run the disposal of records"),
     {true, false, false, false, false}},
    {Operation::ConfirmDisposal,
     "confirm_disposal",
     QT_TRANSLATE_NOOP("daicho::Permission", "confirm a disposal the chief approved"),
     {false, true, false, false, true}},
    {Operation::SetRetentionPeriods,
     "set_retention_periods",
     QT_TRANSLATE_NOOP("daicho::Permission", "set the centre's retention periods"),
     {true, false, false, false, false}},
};

int roleIndex(Role role)
{
    switch (role) {
    case Role::Chief:
        return 0;
    case Role::ActingChief:
        return 1;
    case Role::DepartmentHead:
        return 2;
    case Role::Staff:
        return 3;
    case Role::Auditor:
        return 4;
    }
    return -1;
}

} // namespace

QList<Operation> allOperations()
{
    return enumNames::valuesOf(kRules);
}

QString operationKey(Operation op)
{
    return enumNames::keyOf(kRules, op);
}

QString operationDisplayName(Operation op)
{
    return enumNames::displayNameOf(kRules, op, "daicho::Permission");
}

bool isAllowed(Role role, Operation op)
{
    const Rule* rule = enumNames::rowOf(kRules, op);
    const int index = roleIndex(role);
    return rule && index >= 0 && rule->allowed[index];
}

Status requirePermission(const Session& session, Operation op)
{
    if (session.verificationOnly() && op != Operation::VerifyAuditTrail)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::Permission",
                                                     "This database was opened only to verify its audit trail."));
    // Until the initial password is changed, nothing but the change itself is allowed.
    if (session.user().mustChangePassword && op != Operation::ChangeOwnPassword)
        return makeError(ErrorCode::PasswordChangeRequired,
                         QCoreApplication::translate("daicho::Permission",
                                                     "Change your initial password before doing anything else."));
    if (!isAllowed(session.role(), op))
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::Permission", "A %1 may not %2.")
                             .arg(roleDisplayName(session.role()), operationDisplayName(op)),
                         operationKey(op));
    return {};
}

} // namespace daicho
