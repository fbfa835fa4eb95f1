// The public notice of 第34条1項 (issue 12 §12): generated from the register and the desk's
// data, published by the chief as versions, the differences from the last one shown.

#include "cases/DeskSettings.h"
#include "cases/PublicNotice.h"
#include "ledger/LedgerStore.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("The public notice holds the four items of 第34条1項 and is published as versions", "[cases][notice]")
{
    CaseFixture f;
    auto draft = PublicNotices::draft(f.vault.chief());
    REQUIRE(draft.ok());
    const QString text = draft->toText();
    CHECK(text.contains(QStringLiteral("公益財団法人青森県総合健診センター")));
    CHECK(text.contains(QStringLiteral("特定健診受診者データベース：健診結果の通知、統計の作成")));
    CHECK(text.contains(QStringLiteral("開示請求（規程第35条）：様式8により請求してください")));
    CHECK(text.contains(QStringLiteral("手数料：利用目的の通知 無料、開示 300円")));
    CHECK(draft->sections.size() == 4);
    const QString html = draft->toHtml(QStringLiteral("個人情報の取扱いについて"));
    CHECK(html.contains(QStringLiteral("<h2>2 保有個人データの利用目的</h2>")));
    CHECK(PublicNotice::fromText(text).toText() == text);

    // Staff do not publish; the chief does, once per change.
    auto staff = f.vault.signIn(QStringLiteral("staff"));
    CHECK(PublicNotices::publish(*staff).error().code == ErrorCode::PermissionDenied);
    auto first = PublicNotices::publish(f.vault.chief());
    REQUIRE(first.ok());
    auto again = PublicNotices::publish(f.vault.chief());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::InvalidInput);

    // A fee changed: the draft differs from the published version by those lines.
    DeskSettings desk = RequestDesk::current(f.vault.chief())->settings;
    desk.purposeFeeYen = 200;
    REQUIRE(RequestDesk::save(f.vault.chief(), desk).ok());
    auto published = PublicNotices::latestPublished(*staff);
    REQUIRE(published.ok());
    CHECK(published->id == first.value());
    auto changed = PublicNotices::draft(*staff);
    REQUIRE(changed.ok());
    QStringList added;
    QStringList removed;
    for (const NoticeChange& c : noticeChanges(published->notice.lines(), changed->lines())) {
        if (c.kind == NoticeChange::Kind::Added)
            added << c.line;
        if (c.kind == NoticeChange::Kind::Removed)
            removed << c.line;
    }
    CHECK(added == QStringList{QStringLiteral("手数料：利用目的の通知 200円、開示 300円（規程第39条）")});
    CHECK(removed == QStringList{QStringLiteral("手数料：利用目的の通知 無料、開示 300円（規程第39条）")});
    auto acting = f.vault.signIn(QStringLiteral("acting"));
    CHECK(PublicNotices::publish(*acting).ok());
    requireVerified(f.vault.chief());
}
