#include "cases/PublicNotice.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "cases/CaseKinds.h"
#include "cases/DeskSettings.h"
#include "ledger/Labels.h"
#include "ledger/LedgerReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

// Headings are marked in the kept text so that a version reads back into its sections.
const QString kHeadingMark = u"■ "_s;

QString feeText(int yen)
{
    return yen > 0 ? u"%1円"_s.arg(yen) : u"無料"_s;
}

} // namespace

QStringList PublicNotice::lines() const
{
    QStringList all;
    for (const Section& section : sections) {
        all << kHeadingMark + section.heading;
        all << section.lines;
    }
    return all;
}

PublicNotice PublicNotice::fromText(const QString& text)
{
    PublicNotice notice;
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(kHeadingMark))
            notice.sections << Section{line.mid(kHeadingMark.size()), {}};
        else if (!notice.sections.isEmpty())
            notice.sections.last().lines << line;
    }
    return notice;
}

QString PublicNotice::toHtml(const QString& title) const
{
    QString html = u"<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                   "</head>\n<body>\n<h1>%1</h1>\n"_s.arg(title.toHtmlEscaped());
    for (const Section& section : sections) {
        html += u"<h2>%1</h2>\n<ul>\n"_s.arg(section.heading.toHtmlEscaped());
        for (const QString& line : section.lines)
            html += u"<li>%1</li>\n"_s.arg(line.toHtmlEscaped());
        html += u"</ul>\n"_s;
    }
    html += u"</body>\n</html>\n"_s;
    return html;
}

QList<NoticeChange> noticeChanges(const QStringList& published, const QStringList& draft)
{
    const qsizetype n = published.size();
    const qsizetype m = draft.size();
    // lcs[i][j]: the longest common subsequence of published[i..] and draft[j..].
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = published[i] == draft[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QList<NoticeChange> changes;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && published[i] == draft[j]) {
            changes << NoticeChange{NoticeChange::Kind::Same, draft[j]};
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            changes << NoticeChange{NoticeChange::Kind::Added, draft[j++]};
        } else {
            changes << NoticeChange{NoticeChange::Kind::Removed, published[i++]};
        }
    }
    return changes;
}

namespace PublicNotices {

Result<PublicNotice> draft(const Session& session)
{
    auto desk = RequestDesk::current(session);
    if (!desk)
        return desk.error();
    const DeskSettings& d = desk->settings;
    auto registers = LedgerReader::registerChoices(session);
    if (!registers)
        return registers.error();
    PublicNotice notice;
    // 第34条1項(1)
    notice.sections << PublicNotice::Section{u"1 名称"_s, {d.organisation}};
    // 第34条1項(2): the purposes of all retained personal data, as the register holds them.
    PublicNotice::Section purposes{u"2 保有個人データの利用目的"_s, {}};
    for (const RegisterChoice& r : registers.value())
        purposes.lines << r.name + u"：" + r.purposes.join(u"、"_s);
    if (purposes.lines.isEmpty())
        purposes.lines << u"（管理台帳に登録された個人情報データベース等はありません）"_s;
    notice.sections << purposes;
    // 第34条1項(3): the procedures of 第34条2項 and 第35条–第37条 (第38条, 第39条).
    PublicNotice::Section procedures{u"3 開示等の請求等に応じる手続"_s, {}};
    procedures.lines << u"申出先：%1"_s.arg(QString(d.address).replace(u'\n', u'　')) << u"電話番号：%1"_s.arg(d.phone)
                     << u"受付時間：%1"_s.arg(d.hours);
    for (const CaseKind& kind : CaseKinds::all())
        // 利用目的の通知 is asked for (求め), the others are requested (請求).
        procedures.lines << u"%1（%2）：%3により%4ください"_s.arg(
            kind.titleJa, citedArticle(kind.article), kind.requestForm,
            kind.titleJa.endsWith(u"求め"_s) ? u"求めて"_s : u"請求して"_s);
    procedures.lines
        << u"本人確認：運転免許証、個人番号カード（表面）、旅券等の本人確認書類を提示してください（規程第38条1項(3)）"_s
        << u"代理人による請求：委任状（様式9）又は法定代理人であることを証する書類を添えてください（規程第38条3項）"_s
        << u"手数料：利用目的の通知 %1、開示 %2（規程第39条）"_s.arg(feeText(d.purposeFeeYen),
                                                                     feeText(d.disclosureFeeYen))
        << u"回答：受付の日から起算して1週間以内に可否を決定し、決定通知書は受付の日の翌日から2週間以内に送付するよう努めます（規程第38条4項・7項）"_s;
    notice.sections << procedures;
    // 第34条1項(4)
    notice.sections << PublicNotice::Section{u"4 保有個人データの取扱いに関する苦情の申出先"_s,
                                             {d.complaints, u"電話番号：%1"_s.arg(d.phone)}};
    return notice;
}

Result<PublishedNotice> latestPublished(const Session& session)
{
    auto row = session.db().firstRow(
        QStringLiteral("SELECT id, at_utc, author_id, text FROM public_notices ORDER BY id DESC LIMIT 1"));
    if (!row)
        return row.error();
    PublishedNotice published;
    if (!row.value())
        return published;
    const Statement& r = *row.value();
    published.id = r.integer(0);
    published.atUtc = QDateTime::fromString(r.text(1), Qt::ISODateWithMs);
    published.authorId = r.integer(2);
    published.notice = PublicNotice::fromText(r.text(3));
    return published;
}

Result<std::int64_t> publish(Session& session)
{
    // The chief keeps the registers and the desk (第6条, 第33条): they publish what the centre
    // says about them; the acting chief stands in.
    if (session.role() != Role::Chief && session.role() != Role::ActingChief)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::PublicNotices",
                                                     "Only the chief officer or the acting chief publishes the public "
                                                     "notice (第34条1項)."));
    auto notice = draft(session);
    if (!notice)
        return notice.error();
    auto latest = latestPublished(session);
    if (!latest)
        return latest.error();
    const QString text = notice->toText();
    if (latest->id != 0 && latest->notice.toText() == text)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::PublicNotices",
                                                     "Nothing changed since the version published last: there is "
                                                     "nothing new to publish."));
    return Transaction::run(session.db(), [&]() -> Result<std::int64_t> {
        DAICHO_TRY(
            session.db().run(QStringLiteral("INSERT INTO public_notices (author_id, at_utc, text) VALUES (?, ?, ?)"),
                             session.user().id, session.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs), text));
        const std::int64_t id = session.db().lastInsertId();
        DAICHO_TRY(AuditLog::append(
            session, {QStringLiteral("notice.publish"), QStringLiteral("public_notices"), QString::number(id), {}}));
        return id;
    });
}

} // namespace PublicNotices

} // namespace daicho
