#include "cases/PublicNoticePage.h"

#include "auth/Organisation.h"
#include "auth/Session.h"
#include "common/FileDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "ledger/LedgerDirectory.h"
#include "print/PrintSheet.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextEdit>
#include <QVBoxLayout>

namespace daicho {

namespace {

// The title the website and the desk's copy carry.
QString noticeTitle()
{
    return QStringLiteral("保有個人データに関する事項の公表");
}

} // namespace

PublicNoticePage::PublicNoticePage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_version(new QLabel(this))
    , m_message(new MessageBanner(this))
    , m_view(new QTextEdit(this))
    , m_publish(new QPushButton(tr("&Publish this version"), this))
    , m_html(new QPushButton(tr("Save as &HTML…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("publicNoticePage"));
    m_version->setObjectName(QStringLiteral("noticeVersionLabel"));
    m_view->setObjectName(QStringLiteral("noticeView"));
    m_publish->setObjectName(QStringLiteral("publishNoticeButton"));
    m_html->setObjectName(QStringLiteral("noticeHtmlButton"));
    m_pdf->setObjectName(QStringLiteral("noticePdfButton"));
    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("Made from the management register (purposes, 様式3) and the desk's data (address, "
                                "hours, fees): correct those, not this text. Lines added since the version last "
                                "published are green; lines removed are struck through in red."),
                             this);
    intro->setWordWrap(true);
    m_version->setWordWrap(true);
    m_view->setReadOnly(true);
    m_view->setAccessibleName(tr("The public notice"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_publish);
    buttons->addWidget(m_html);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_version);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    connect(m_publish, &QPushButton::clicked, this, &PublicNoticePage::publish);
    connect(m_html, &QPushButton::clicked, this, [this] {
        const QString fileName =
            FileDialog::getSaveFileName(this, tr("Save the notice as HTML"), QStringLiteral("privacy-notice.html"),
                                        FileDialog::nameFilter(tr("Web pages"), QStringLiteral("*.html")));
        if (!fileName.isEmpty())
            saveHtml(fileName);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString fileName =
            FileDialog::getSaveFileName(this, tr("Save the notice as PDF"), QStringLiteral("privacy-notice.pdf"),
                                        FileDialog::nameFilter(tr("PDF files"), QStringLiteral("*.pdf")));
        if (!fileName.isEmpty())
            savePdf(fileName);
    });
}

QString PublicNoticePage::title() const
{
    return tr("Public notice (第34条1項)");
}

void PublicNoticePage::clearViews()
{
    m_view->clear();
    m_version->clear();
    m_draft.reset();
}

void PublicNoticePage::reload()
{
    Session* s = session();
    if (!s)
        return;
    auto draft = PublicNotices::draft(*s);
    auto published = PublicNotices::latestPublished(*s);
    if (!draft || !published) {
        m_message->showError(!draft ? draft.error().message : published.error().message);
        return;
    }
    m_draft = draft.value();
    auto directory = LedgerDirectory::load(*s);
    if (published->id == 0)
        m_version->setText(tr("Not published yet: everything below is new."));
    else
        m_version->setText(tr("Last published: version %1 on %2 by %3.")
                               .arg(published->id)
                               .arg(formatWareki(japanDate(published->atUtc)),
                                    directory ? directory->personName(published->authorId) : QString()));
    QString html;
    bool changed = published->id == 0;
    for (const NoticeChange& c : noticeChanges(published->notice.lines(), m_draft->lines())) {
        const QString line = c.line.toHtmlEscaped();
        switch (c.kind) {
        case NoticeChange::Kind::Same:
            html += line.startsWith(QStringLiteral("■")) ? QStringLiteral("<p><b>%1</b></p>").arg(line)
                                                         : QStringLiteral("<p>%1</p>").arg(line);
            break;
        case NoticeChange::Kind::Added:
            changed = true;
            html += QStringLiteral("<p style=\"color:#106010; background:#e6f4e6\">＋ %1</p>").arg(line);
            break;
        case NoticeChange::Kind::Removed:
            changed = true;
            html += QStringLiteral("<p style=\"color:#b00020\"><s>－ %1</s></p>").arg(line);
            break;
        }
    }
    m_view->setHtml(html);
    const bool chief = s->role() == Role::Chief || s->role() == Role::ActingChief;
    m_publish->setVisible(chief);
    m_publish->setEnabled(changed);
    if (chief && !changed)
        m_message->showInfo(tr("The published version is up to date."));
}

void PublicNoticePage::publish()
{
    Session* s = session();
    if (!s)
        return;
    auto id = PublicNotices::publish(*s);
    if (!id) {
        m_message->showError(id.error().message);
        return;
    }
    reload();
    m_message->showSuccess(
        tr("Published as version %1. Put the HTML on the website and the PDF at the desk.").arg(id.value()));
}

bool PublicNoticePage::saveHtml(const QString& fileName)
{
    if (!m_draft)
        return false;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_draft->toHtml(noticeTitle()).toUtf8()) < 0 || !file.commit()) {
        m_message->showError(tr("Cannot write %1. Choose another folder.").arg(fileName));
        return false;
    }
    m_message->showInfo(tr("Saved as %1.").arg(fileName));
    return true;
}

bool PublicNoticePage::savePdf(const QString& fileName)
{
    Session* s = session();
    if (!m_draft || !s)
        return false;
    PrintSheet sheet;
    auto organisation = Organisation::organisationName(*s);
    sheet.organisation = organisation ? organisation.value() : QString();
    sheet.title = noticeTitle();
    sheet.date = japanDate(s->clock().nowUtc());
    for (const PublicNotice::Section& section : m_draft->sections)
        sheet.rows << PrintSheet::Row{section.heading, section.lines.join(u'\n')};
    if (Status written = printToPdf(fileName, sheet); !written.ok()) {
        m_message->showError(written.error().message);
        return false;
    }
    m_message->showInfo(tr("Saved as %1.").arg(fileName));
    return true;
}

} // namespace daicho
