#include "CliArguments.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

// Options that would carry a secret. Refused with their own message rather than "unknown
// option", so that a person (or a script) learns where the password goes instead.
bool looksLikeSecretOption(const QString& name)
{
    static const QStringList secretNames = {u"-p"_s,   u"--password"_s,     u"--pass"_s,         u"--passwd"_s,
                                            u"--pw"_s, u"--new-password"_s, u"--recovery-key"_s, u"--secret"_s,
                                            u"--key"_s};
    return secretNames.contains(name) || name.contains(u"password"_s);
}

} // namespace

Result<CliArguments> CliArguments::parse(const QStringList& args)
{
    CliArguments parsed;
    struct ValueOption {
        QString name;
        QString* target;
    };
    const ValueOption valueOptions[] = {
        {u"--db"_s, &parsed.database}, {u"--user"_s, &parsed.user}, {u"--org"_s, &parsed.organisation},
        {u"--name"_s, &parsed.name},   {u"--role"_s, &parsed.role}, {u"--department"_s, &parsed.department},
    };

    bool onlyPositional = false; // after "--", even words starting with '-' are arguments
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& word = args.at(i);
        if (onlyPositional || !word.startsWith(u'-') || word == u"-"_s) {
            parsed.positional << word;
            continue;
        }
        if (word == u"--"_s) {
            onlyPositional = true;
            continue;
        }
        const qsizetype eq = word.indexOf(u'=');
        const QString name = eq < 0 ? word : word.left(eq);
        if (looksLikeSecretOption(name))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "daicho::Cli",
                                 "Passwords and recovery keys are read from standard input only, never from the "
                                 "command line (%1 is refused).")
                                 .arg(name));
        if (name == u"--help"_s || name == u"-h"_s) {
            parsed.help = true;
            continue;
        }
        if (name == u"--all"_s || name == u"--rekey"_s) {
            if (eq >= 0)
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("daicho::Cli", "The option %1 takes no value.").arg(name));
            (name == u"--all"_s ? parsed.all : parsed.rekey) = true;
            continue;
        }

        QString value;
        if (eq >= 0) {
            value = word.mid(eq + 1);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::Cli", "The option %1 needs a value.").arg(name));
        }
        if (name == u"--checkpoint"_s) {
            parsed.checkpoints << value;
            continue;
        }
        bool known = false;
        for (const ValueOption& option : valueOptions) {
            if (option.name != name)
                continue;
            if (!option.target->isNull())
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("daicho::Cli", "The option %1 is given twice.").arg(name));
            *option.target = value.isNull() ? u""_s : value;
            known = true;
        }
        if (!known)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::Cli", "Unknown option %1.").arg(name));
    }
    return parsed;
}

} // namespace daicho
