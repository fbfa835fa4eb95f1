#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace daicho {

// The parsed command line. Options may stand anywhere (before or after the command) and
// take their value as the next word or after '=' (--db=x.daicho). Everything that is not
// an option is positional: the command words first, then their arguments.
//
// There is deliberately no option that takes a password or a recovery key: secrets on the
// command line end up in shell history and in /proc/PID/cmdline for every local user to
// read, so they are read from standard input only and such options are refused by name.
struct CliArguments {
    QStringList positional;
    QString database; // --db PATH
    QString user; // --user ID: who signs in (for init: the chief being created)
    QString organisation; // --org NAME (init)
    QString name; // --name NAME: display name (init, user add)
    QString role; // --role KEY (user add)
    QString department; // --department NAME|ID (user add)
    QStringList checkpoints; // --checkpoint SEQ:CODE, repeatable (verify)
    bool all = false; // --all: include removed people (user list)
    bool rekey = false; // --rekey: rotate the database key after removing a person
    bool help = false; // --help / -h

    // Fails with InvalidInput and a one-line message naming the offending word.
    static Result<CliArguments> parse(const QStringList& args);
};

} // namespace daicho
