#pragma once

#include "common/Clock.h"

#include <QStringList>
#include <QTextStream>

namespace daicho {

// The whole command-line tool as a function, so that tests run it in-process with string
// streams and a fake clock. `args` excludes the program name. Returns the exit code
// (ExitCodes.h, docs/cli.md). Passwords are read from `in`, one per line.
int runCli(const QStringList& args, QTextStream& in, QTextStream& out, QTextStream& err, const Clock& clock);

// The text of `daicho-cli --help`.
QString cliUsage();

} // namespace daicho
