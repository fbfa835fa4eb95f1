#pragma once

#include "auth/Role.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace daicho {

class Session;

// Every operation a service offers. Services call requirePermission() first; the GUI only
// hides what this table already refuses.
enum class Operation {
    ViewOrganisation,
    ManageOrganisation,
    ViewUsers,
    ManageUsers, // add, remove, change role, reset password (第7条2項⑤)
    UnlockUser,
    ChangeOwnPassword,
    ChangeSettings, // idle lock time and other shared settings
    ViewAuditTrail,
    VerifyAuditTrail,
    SignCheckpoint, // the auditor anchors the chain (第15条)
    RotateDatabaseKey,
    MakeBackup,
    ReadLedgers, // the registers and logs (様式1–7); the form's own lists narrow it further
    WriteLedgers, // add and correct entries (第9条, 第10条); the form names who exactly
                  // (the auditor writes only the monitoring sheet, 第15条)
    DecideLedgers, // approve, review or return entries (第7条3項; carry-outs: the centre's rule)
    ExportLedgers, // print, CSV and Excel of a ledger
    ImportLedgers, // CSV import into the logs
    ManageCheckItems, // the check items of the monitoring sheet (様式4, 第15条)
    ViewDisposal, // what falls due at the fiscal year's end, and the runs (第20条1項(4))
    ApproveDisposal, // the chief approves and runs a disposal (第7条2項: the chief keeps the records)
    ConfirmDisposal, // a second person confirms it before it runs (the acting chief or the auditor)
    SetRetentionPeriods, // the centre's own periods (第20条1項(4)): a policy of the chief's alone
};

QList<Operation> allOperations();
QString operationKey(Operation op); // stable, for tests and the audit detail
QString operationDisplayName(Operation op); // translated

bool isAllowed(Role role, Operation op);

// Fails with PermissionDenied and a message naming the operation and the role.
Status requirePermission(const Session& session, Operation op);

} // namespace daicho
