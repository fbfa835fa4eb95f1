#pragma once

#include "auth/Session.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace daicho {

// The public notice of 第34条1項: what the centre keeps published on its website or at the
// desk about its retained personal data — (1) its name, (2) the purposes of all retained
// personal data (from the management register, 様式3), (3) the procedures for the requests of
// 第34条2項 and 第35–37条 (from the case kinds and the fees of 第39条), (4) where to complain
// (the desk, 第33条). Generated, never typed: it follows the register and the desk's data.
struct PublicNotice {
    struct Section {
        QString heading; // 「1 名称」
        QStringList lines;
    };
    QList<Section> sections;

    // The notice as lines of text, headings included: what versions keep and compare.
    QStringList lines() const;
    QString toText() const { return lines().join(u'\n'); }
    // A self-contained HTML page for the website (UTF-8, escaped).
    QString toHtml(const QString& title) const;
    static PublicNotice fromText(const QString& text);
};

// One line of the differences between the published version and the draft.
struct NoticeChange {
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString line;
};
// Line by line (longest common subsequence), in the draft's order.
QList<NoticeChange> noticeChanges(const QStringList& published, const QStringList& draft);

struct PublishedNotice {
    std::int64_t id = 0; // 0: none published yet
    QDateTime atUtc;
    std::int64_t authorId = 0;
    PublicNotice notice;
};

namespace PublicNotices {
// The notice as the register and the desk's data give it now (anyone signed in may read it:
// it is public).
Result<PublicNotice> draft(const Session& session);
Result<PublishedNotice> latestPublished(const Session& session);
// The chief (or acting chief) publishes the draft as a new version, audited
// (`notice.publish`); refused when nothing changed since the last version.
Result<std::int64_t> publish(Session& session);
} // namespace PublicNotices

} // namespace daicho
