#pragma once

#include "common/Result.h"

#include <QString>
#include <QTextStream>

namespace daicho {

// Reads passwords and recovery keys from standard input, one per line.
//
// When the input is a terminal, the prompt goes to the error stream and echo is turned off
// while the line is typed (restored on Ctrl-C too). When the input is a pipe or a file, no
// prompt is written, so that a script's error stream holds nothing but the one error line.
class CliPasswordInput
{
public:
    CliPasswordInput(QTextStream& in, QTextStream& err);

    // Whether the input is a terminal (prompts shown, echo hidden).
    bool interactive() const { return m_terminalFd >= 0; }

    // One line without its line ending. InvalidInput when the input has ended.
    [[nodiscard]] Result<QString> read(const QString& prompt);
    // A new password, typed twice; InvalidInput when the two differ.
    [[nodiscard]] Result<QString> readNew(const QString& prompt);

private:
    QTextStream& m_in;
    QTextStream& m_err;
    int m_terminalFd = -1;
};

} // namespace daicho
