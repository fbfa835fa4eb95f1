#pragma once

// Named places in a long change where the crash tests end the process the way a kill would
// (tests/core/crash): a kill at a random moment rarely lands between two statements that
// matter, such as a disposal's commit and the compaction after it. The helper installs a
// handler that ends the process there without unwinding; nothing installs one in the programs
// that ship, where reaching a point costs one load.
namespace daicho {

using CrashPointHandler = void (*)(const char* point);

void setCrashPointHandler(CrashPointHandler handler);
void crashPoint(const char* point);

} // namespace daicho
