#pragma once

// What a disposal run deleted leaves the file only when the file is compacted (issue 13 §5):
// until then the WAL holds the pages from before the run and the file its old pages. The run
// compacts after its commit; a done run without a row in disposal_compactions (Migration012) —
// the process was killed in between, or another connection was reading — is compacted at the
// next sign-in of anyone. Nothing needs recording inside the run's transaction: a run that
// committed is owed its compaction until one is recorded.
#include "auth/Session.h"
#include "common/Result.h"

namespace daicho {

// Outside any transaction: compacts the file if a done run is not yet recorded compacted, then
// records it. Fails (and the compaction stays owed) while another connection is reading.
[[nodiscard]] Status compactAfterDisposals(Session& session);

} // namespace daicho
