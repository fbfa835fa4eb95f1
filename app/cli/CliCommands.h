#pragma once

#include "CliContext.h"
#include "ExitCodes.h"

#include "audit/AuditVerifier.h"

#include <QList>

namespace daicho {

// One function per command; each reads its arguments from the context, signs in if it
// needs to, calls core, and returns the exit code (after writing one line on failure).
ExitCode runInit(CliContext& cli); // CliInitCommands.cpp
ExitCode runDemo(CliContext& cli); // CliDemoCommand.cpp
ExitCode runUser(CliContext& cli); // CliUserCommands.cpp: add, passwd, remove, unlock, list
ExitCode runVerify(CliContext& cli); // CliVerifyCommands.cpp
ExitCode runCheckpoint(CliContext& cli);
ExitCode runBackup(CliContext& cli); // CliBackupCommands.cpp
ExitCode runRestore(CliContext& cli);
ExitCode runRekey(CliContext& cli); // CliKeyCommands.cpp
ExitCode runRecover(CliContext& cli);
ExitCode runAnchor(CliContext& cli); // anchor dismiss SLOT

// Shared by verify and restore: checks the permission, verifies the trail of the session's
// database and prints the report (OK on standard output, the first failure as the one
// error line).
// After a key rotation: the slots of the key file that did not receive the new key (planted,
// of a removed person), named on standard error for the chief to tell the auditor.
void reportSlotsLeftOut(CliContext& cli, const QStringList& leftOut);

ExitCode verifyAndReport(CliContext& cli, const Session& session, const QList<CheckpointCode>& checkpoints);

// Prints the recovery key once, framed by the warning that goes with it.
void printRecoveryKey(CliContext& cli, const QString& recoveryKey);

} // namespace daicho
