#include "RunCli.h"

#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace daicho {

QString cliUsage()
{
    // Synopses are syntax and stay as they are; only the explanations are translated.
    struct Line {
        const char* synopsis;
        const char* description;
    };
    static constexpr Line commands[] = {
        {"init --db PATH --org NAME --user ID --name NAME",
         QT_TRANSLATE_NOOP("daicho::Cli", "create a database and its chief (password twice)")},
        {"demo PATH", QT_TRANSLATE_NOOP("daicho::Cli", "create the demo database (for trying only)")},
        {"user add ID --name NAME --role ROLE [--department DEPT]",
         QT_TRANSLATE_NOOP("daicho::Cli", "add a person (roles: chief, acting_chief, head, staff, auditor)")},
        {"user passwd [ID]", QT_TRANSLATE_NOOP("daicho::Cli", "change your own password, or reset ID's (chief)")},
        {"user remove ID [--rekey]", QT_TRANSLATE_NOOP("daicho::Cli", "remove a person (and rotate the database key)")},
        {"user unlock ID", QT_TRANSLATE_NOOP("daicho::Cli", "unlock a person locked by failed sign-ins")},
        {"user list [--all]", QT_TRANSLATE_NOOP("daicho::Cli", "list the people (--all: with removed ones)")},
        {"verify [--checkpoint SEQ:CODE ...]",
         QT_TRANSLATE_NOOP("daicho::Cli", "check the audit trail, its signatures and rows")},
        {"checkpoint", QT_TRANSLATE_NOOP("daicho::Cli", "sign an audit checkpoint (auditor) and print its code")},
        {"backup DEST", QT_TRANSLATE_NOOP("daicho::Cli", "write an encrypted copy and its key file to DEST")},
        {"restore BACKUP DEST", QT_TRANSLATE_NOOP("daicho::Cli", "copy a backup to DEST, then sign in and verify it")},
        {"rekey", QT_TRANSLATE_NOOP("daicho::Cli", "rotate the database key")},
        {"recover --user ID", QT_TRANSLATE_NOOP("daicho::Cli", "give ID a new password with the recovery key")},
        {"anchor dismiss",
         QT_TRANSLATE_NOOP("daicho::Cli", "set aside key slots' failing claims of what they saw (chief, audited)")},
    };
    QString text = QCoreApplication::translate("daicho::Cli", "Usage:")
                   + u" daicho-cli COMMAND [ARGUMENTS] [--db PATH] [--user ID]\n\n"_s;
    text += QCoreApplication::translate("daicho::Cli",
                                        "Passwords and recovery keys are read from standard input, one per line, "
                                        "never from the command line. --db names the database, --user who signs in.")
            + u"\n\n"_s;
    for (const Line& line : commands) {
        text += u"  "_s + QString::fromLatin1(line.synopsis) + u'\n';
        text += u"      "_s + QCoreApplication::translate("daicho::Cli", line.description) + u'\n';
    }
    text += u'\n'
            + QCoreApplication::translate(
                "daicho::Cli", "Exit codes: 0 ok, 1 usage or invalid input, 2 sign-in failed, 3 locked or try "
                               "later, 4 not permitted, 5 not found or not a database, 6 verification failed "
                               "or tampered, 7 input/output error, 8 version mismatch, 9 internal error. See "
                               "docs/cli.md.")
            + u'\n';
    return text;
}

int runCli(const QStringList& args, QTextStream& in, QTextStream& out, QTextStream& err, const Clock& clock)
{
    Result<CliArguments> parsed = CliArguments::parse(args);
    if (!parsed) {
        CliContext failed(CliArguments{}, in, out, err, clock);
        return toInt(failed.fail(parsed.error()));
    }
    CliContext cli(std::move(parsed).value(), in, out, err, clock);
    const QString command = cli.args().positional.value(0);

    if (cli.args().help || command == u"help"_s) {
        out << cliUsage();
        out.flush();
        return toInt(ExitCode::Ok);
    }
    if (command.isEmpty())
        return toInt(
            cli.usageError(QCoreApplication::translate("daicho::Cli", "No command given. Try \"daicho-cli --help\".")));

    struct Command {
        QString name;
        ExitCode (*run)(CliContext&);
    };
    const Command commands[] = {
        {u"init"_s, runInit},
        {u"demo"_s, runDemo},
        {u"user"_s, runUser},
        {u"verify"_s, runVerify},
        {u"checkpoint"_s, runCheckpoint},
        {u"backup"_s, runBackup},
        {u"restore"_s, runRestore},
        {u"rekey"_s, runRekey},
        {u"recover"_s, runRecover},
        {u"anchor"_s, runAnchor},
    };
    ExitCode code = ExitCode::Usage;
    bool found = false;
    for (const Command& candidate : commands) {
        if (candidate.name == command) {
            code = candidate.run(cli);
            found = true;
            break;
        }
    }
    if (!found)
        code = cli.usageError(
            QCoreApplication::translate("daicho::Cli", "Unknown command \"%1\". Try \"daicho-cli --help\".")
                .arg(command));
    out.flush();
    err.flush();
    return toInt(code);
}

} // namespace daicho
