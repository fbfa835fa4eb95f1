#include "ledger/entry/BulkDecisionDialog.h"

#include "auth/Session.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBox.h"
#include "ledger/EntryCodec.h"
#include "ledger/Labels.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerText.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace daicho {

namespace {

QString valueText(const FieldDefinition& field, const QVariant& value, const LedgerDirectory& directory)
{
    const QString text =
        formatFieldValue(field, value, directory, interfaceLabelLanguage(), DateStyle::Wareki, QStringLiteral("、"));
    return text.isEmpty() ? QCoreApplication::translate("daicho::BulkDecisionDialog", "(empty)") : text;
}

} // namespace

QStringList BulkDecisionDialog::changesOf(const FormDefinition& form, const LedgerDirectory& directory,
                                          const QList<LedgerRevision>& revisions)
{
    QStringList changes;
    if (revisions.size() < 2)
        return changes;
    const FieldValues& before = revisions.at(revisions.size() - 2).values;
    const FieldValues& after = revisions.last().values;
    for (const FieldDefinition& field : form.fields) {
        const QVariant old = before.value(field.key);
        const QVariant now = after.value(field.key);
        if (old == now || (isEmptyFieldValue(old) && isEmptyFieldValue(now)))
            continue;
        changes << QStringLiteral("%1: %2 → %3")
                       .arg(fieldLabel(field, interfaceLabelLanguage()), valueText(field, old, directory),
                            valueText(field, now, directory));
    }
    return changes;
}

BulkDecisionDialog::BulkDecisionDialog(const FormDefinition& form, const LedgerDirectory& directory, QList<Item> items,
                                       SessionAccess session, QWidget* parent)
    : QDialog(parent)
    , m_form(form)
    , m_items(std::move(items))
    , m_session(std::move(session))
    , m_text(new QTextBrowser(this))
    , m_comment(new QPlainTextEdit(this))
    , m_positive(new QPushButton(decideButtonText(form), this))
    , m_return(new QPushButton(returnButtonText(), this))
{
    setObjectName(QStringLiteral("bulkDecisionDialog"));
    setWindowTitle(tr("Decide on %n entries — %1", nullptr, static_cast<int>(m_items.size())).arg(ledgerTitle(form)));

    auto* heading = new QLabel(tr("%n entries wait for your decision. Read each, then decide for all of them.", nullptr,
                                  static_cast<int>(m_items.size())),
                               this);
    heading->setWordWrap(true);

    // Each entry: its No., date, writer and state; for a correction, why and what changed.
    QString html;
    for (const Item& item : std::as_const(m_items)) {
        const LedgerEntry& e = item.entry;
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(tr("No. %1 — %2 — %3")
                             .arg(e.number)
                             .arg(formatWareki(e.date), entryStateDisplayName(e.state))
                             .toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Written by %1, version %2.")
                             .arg(directory.personName(item.revisions.isEmpty() ? e.authorId
                                                                                : item.revisions.last().authorId))
                             .arg(e.revisionCount)
                             .toHtmlEscaped());
        for (const FieldDefinition& field : form.fields)
            if (field.listed && !isEmptyFieldValue(e.values.value(field.key)))
                html += QStringLiteral("%1: %2<br>")
                            .arg(fieldLabel(field, interfaceLabelLanguage()).toHtmlEscaped(),
                                 valueText(field, e.values.value(field.key), directory).toHtmlEscaped());
        if (item.revisions.size() > 1) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Reason for the correction:").toHtmlEscaped(),
                             item.revisions.last().reason.toHtmlEscaped());
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Changed in this version:").toHtmlEscaped());
            for (const QString& change : changesOf(form, directory, item.revisions))
                html += QStringLiteral("<li>%1</li>").arg(change.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("<hr>");
    }
    m_text->setObjectName(QStringLiteral("bulkReviewText"));
    m_text->setHtml(html);

    auto* commentLabel = new QLabel(tr("&Comment for all of them (required to return them):"), this);
    commentLabel->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("bulkDecisionComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);

    m_positive->setObjectName(QStringLiteral("bulkPositiveButton"));
    m_return->setObjectName(QStringLiteral("bulkReturnButton"));
    m_positive->setAutoDefault(false);
    m_return->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_positive, QDialogButtonBox::ActionRole);
    buttons->addButton(m_return, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_positive, &QPushButton::clicked, this, [this] { decide(positiveDecision(m_form)); });
    connect(m_return, &QPushButton::clicked, this, [this] { decide(Decision::Return); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(buttons);
    resize(entryDialogSize(form, screen(), {720, 640}));
}

BulkDecisionDialog::~BulkDecisionDialog() = default;

void BulkDecisionDialog::decide(Decision decision)
{
    Session* session = m_session ? m_session() : nullptr;
    if (!session)
        return;
    const QString comment = m_comment->toPlainText();
    // A return needs its comment: asked once, before anything is recorded.
    if (decision == Decision::Return && comment.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Nothing was recorded"),
                            tr("Write in the comment what the writers should correct, then return the entries."));
        m_comment->setFocus(Qt::OtherFocusReason);
        return;
    }
    QList<EntryId> done;
    QStringList refused;
    for (const Item& item : std::as_const(m_items)) {
        const Result<std::int64_t> recorded = LedgerStore::decide(*session, item.entry.id, decision, comment);
        if (recorded)
            done << item.entry.id;
        else
            refused << tr("No. %1: %2").arg(item.entry.number).arg(recorded.error().message);
    }
    emit decided(done, decision, refused);
    accept();
}

} // namespace daicho
