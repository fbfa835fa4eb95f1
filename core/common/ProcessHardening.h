#pragma once

namespace daicho {

// Done first in both programs, before any secret exists:
//  - umask 077: a file SQLite or Qt creates on its own (a PDF, a journal) is the owner's
//    only (PrivateFile widens it to the group where the folder is shared by a group);
//  - not dumpable: no core dump of the keys in memory, and another process of the same OS
//    account may not attach to this one or read its memory through /proc (ptrace);
//  - core size limit 0, for the same reason when the system would dump anyway.
// What a shared OS account still allows is said in docs/threat-model.md.
void hardenProcess();

} // namespace daicho
