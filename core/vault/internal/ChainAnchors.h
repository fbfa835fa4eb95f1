#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "store/Database.h"
#include "store/KeySlotFile.h"

#include <optional>

namespace daicho {

// No hash chain can see its own end cut off from inside the file: deleting the newest
// entries together with the rows they cover leaves a shorter chain that is whole. So each
// person's slot in the key file keeps the newest entry of the trail that person saw (at
// sign-in and when the session ends), signed with their own key: nobody else can write it,
// and every later sign-in refuses a database whose trail no longer contains it.
//
// What it cannot see (docs/threat-model.md): someone who puts back an older key file
// together with a database cut to match; then each person's start page shows their own last
// sign-in and latest actions, and every printed page and export carries the code of the
// chain head when it was made.
namespace ChainAnchors {

// The first anchor of the key file that the trail no longer contains (or that was altered),
// named with its person, entry and time; nothing when all hold. Only anchors of slots the
// database records (current or pending) count, each checked against its slot's signing key.
struct AnchorProblem {
    QString slotId;
    QString message;
};
Result<std::optional<AnchorProblem>> findProblem(const Database& db, const KeySlotFile& file);
// Every anchor of a recorded slot whose claim fails (SignIn::signInSettingAsideClaims).
Result<QList<ChainAnchor>> failingClaims(const Database& db, const KeySlotFile& file);

// What the key file should hold and does not: a recorded slot missing from it; the anchor of
// a person who signed in since their slot last changed, missing; an anchor older than its
// person's last sign-in (an older key file put back). The trail holds each person's sign-ins;
// every sign-in records an anchor at least that new. One line per finding.
Result<QStringList> findMissingOrStale(const Database& db, const KeySlotFile& file);

// Records the head of the trail, as the session's person sees it now, in their slot.
[[nodiscard]] Status record(const Session& session);

} // namespace ChainAnchors

} // namespace daicho
