#include "CliCommands.h"

#include "audit/Checkpoint.h"
#include "auth/Permission.h"
#include "vault/CheckpointSigning.h"
#include "vault/DatabaseVerification.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

Result<QList<CheckpointCode>> parseCheckpoints(const QStringList& texts)
{
    QList<CheckpointCode> codes;
    for (const QString& text : texts) {
        const std::optional<CheckpointCode> code = CheckpointCode::parse(text);
        if (!code)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "daicho::Cli",
                                 "\"%1\" is not a printed code of the audit trail (SEQ:XXXXX-XXXXX-XXXXX-XXXXX-XXXXX, "
                                 "from a checkpoint, a printed page or an export).")
                                 .arg(text));
        codes << *code;
    }
    return codes;
}

} // namespace

ExitCode verifyAndReport(CliContext& cli, const Session& session, const QList<CheckpointCode>& checkpoints)
{
    Result<VerifyReport> verified = verifyDatabase(session, checkpoints);
    if (!verified)
        return cli.fail(verified.error());
    const VerifyReport& report = verified.value();
    if (!report.ok) {
        const QString problem =
            report.firstBadSeq > 0
                ? QCoreApplication::translate("daicho::Cli", "Verification failed at entry %1: %2")
                      .arg(report.firstBadSeq)
                      .arg(report.problem)
                : QCoreApplication::translate("daicho::Cli", "Verification failed: %1").arg(report.problem);
        return cli.fail(makeError(ErrorCode::Tampered, problem));
    }

    QTextStream& out = cli.out();
    out << QCoreApplication::translate("daicho::Cli",
                                       "OK: %1 audit entries and %2 rows checked; the chain ends at entry %3 (%4).")
               .arg(report.entriesChecked)
               .arg(report.rowsChecked)
               .arg(report.headSeq)
               .arg(QString::fromLatin1(report.headHash.left(8).toHex()))
        << '\n';
    // A plain int: lupdate skips a translate() whose count is a cast expression.
    const int matched = static_cast<int>(checkpoints.size());
    if (matched > 0)
        out << QCoreApplication::translate("daicho::Cli", "%n printed code(s) matched.", nullptr, matched) << '\n';
    out << QCoreApplication::translate("daicho::Cli", "Signing keys (compare with the printed checkpoint):") << '\n';
    // The verifier hands back the registered public keys (despite the field's name);
    // keyFingerprintText prints them the way the checkpoint sheet and the GUI do.
    for (qsizetype i = 0; i < report.keyFingerprints.size(); ++i)
        out << "  " << (i + 1) << ". " << keyFingerprintText(report.keyFingerprints.at(i)) << '\n';
    out.flush();
    return ExitCode::Ok;
}

ExitCode runVerify(CliContext& cli)
{
    if (!cli.expectArguments(1, 0, 0, u"verify --db PATH --user ID [--checkpoint SEQ:CODE ...]"_s))
        return ExitCode::Usage;
    // Codes are checked before the sign-in so that a typo does not cost a password entry.
    Result<QList<CheckpointCode>> checkpoints = parseCheckpoints(cli.args().checkpoints);
    if (!checkpoints)
        return cli.fail(checkpoints.error());
    // Opened only to verify: a database sign-in would refuse still opens, nothing is written,
    // and the report names what sign-in would have refused.
    Result<std::unique_ptr<Session>> session = cli.signIn(CliContext::SignInFor::Verification);
    if (!session)
        return cli.fail(session.error());
    return verifyAndReport(cli, *session.value(), checkpoints.value());
}

ExitCode runCheckpoint(CliContext& cli)
{
    if (!cli.expectArguments(1, 0, 0, u"checkpoint --db PATH --user ID"_s))
        return ExitCode::Usage;
    Result<std::unique_ptr<Session>> session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    // Never over a trail that fails: the code would vouch for it.
    Result<VerifiedCheckpoint> signedOver = signVerifiedCheckpoint(*session.value());
    if (!signedOver)
        return cli.fail(signedOver.error());
    const CheckpointCode* code = &signedOver->code;
    // The code alone on the first line, for scripts; the advice after it.
    cli.out() << code->toString() << '\n'
              << QCoreApplication::translate("daicho::Cli",
                                             "Write this code on the monitoring sheet or print it, and keep it away "
                                             "from this PC: \"daicho-cli verify --checkpoint %1\" proves later that "
                                             "no entry up to here was removed or replaced.")
                     .arg(code->toString())
              << Qt::endl;
    return ExitCode::Ok;
}

} // namespace daicho
