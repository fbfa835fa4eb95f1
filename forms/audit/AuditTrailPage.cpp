#include "audit/AuditTrailPage.h"

#include "audit/AuditFilterBar.h"
#include "audit/AuditLog.h"
#include "audit/AuditTrailModel.h"
#include "audit/AuditTrailView.h"
#include "audit/AuditVerifier.h"
#include "audit/Checkpoint.h"
#include "audit/CheckpointDialog.h"
#include "audit/VerificationRunner.h"
#include "auth/Organisation.h"
#include "auth/Permission.h"
#include "auth/UserAdmin.h"
#include "common/BusyCursor.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "print/PrintSheet.h"
#include "shell/SessionHolder.h"
#include "vault/CheckpointSigning.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

AuditTrailPage::AuditTrailPage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_view(new QTableView(this))
    , m_model(new AuditTrailModel(this))
    , m_result(new MessageBanner(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_sign(new QPushButton(tr("&Sign a checkpoint…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_progress(new QProgressBar(this))
    , m_stopVerify(new QPushButton(tr("S&top verifying"), this))
    , m_runner(new VerificationRunner(this))
    , m_filters(new AuditFilterBar(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditTrailPage"));
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_sign->setObjectName(QStringLiteral("signCheckpointButton"));
    m_refresh->setObjectName(QStringLiteral("refreshAuditButton"));
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_stopVerify->setObjectName(QStringLiteral("stopVerifyButton"));
    m_progress->setFormat(tr("Verifying… %p%"));
    m_progress->hide();
    m_stopVerify->hide();
    m_verify->setToolTip(tr("Checks every entry's hash and signature, every recorded row and the signed "
                            "checkpoints."));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    // Widths from the font, not from the rows: sizing to contents would read every entry.
    const QFontMetrics metrics(m_view->font());
    const auto width = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    m_view->setColumnWidth(AuditTrailModel::SeqColumn, width(QStringLiteral("0000000")));
    m_view->setColumnWidth(AuditTrailModel::TimeColumn, width(QStringLiteral("0000/00/00 00:00:00")));
    m_view->setColumnWidth(AuditTrailModel::UserColumn, width(QStringLiteral("事務局 次長 (auditor)")));
    m_view->setColumnWidth(AuditTrailModel::ActionColumn, width(QStringLiteral("キースロットの変更を完了")));
    m_view->setColumnWidth(AuditTrailModel::TargetColumn, width(QStringLiteral("signing_keys#00")));
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_stopVerify);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setFixedHeight(m_view->fontMetrics().lineSpacing() * 6 + 12);
    m_details->setPlaceholderText(tr("Choose an entry to see all it records, with the raw keys."));

    connect(m_verify, &QPushButton::clicked, this, &AuditTrailPage::verify);
    connect(m_sign, &QPushButton::clicked, this, &AuditTrailPage::signCheckpoint);
    connect(m_refresh, &QPushButton::clicked, this, &AuditTrailPage::reload);
    connect(m_model, &AuditTrailModel::fetchFailed, m_result, &MessageBanner::showError);
    connect(m_stopVerify, &QPushButton::clicked, this, &AuditTrailPage::stopVerifying);
    connect(m_filters, &AuditFilterBar::changed, this, &AuditTrailPage::reload);
    // The link from an entry of the trail to the record it concerns.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const AuditEntry& e = m_model->entry(index.row());
        const QString form = auditDetailValue(e.detail, QStringLiteral("form"));
        const qint64 entry = auditDetailValue(e.detail, QStringLiteral("entry")).toLongLong();
        if (!form.isEmpty() && entry > 0)
            emit recordRequested(form, entry);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditTrailPage::showDetails);
    connect(m_runner, &VerificationRunner::progressed, this, [this](qint64 done, qint64 total) {
        // Steps in thousands: a bar's range is an int, a trail may outgrow it.
        m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, total / 1000 + 1)));
        m_progress->setValue(static_cast<int>(done / 1000 + (done == total ? 1 : 0)));
    });
}

AuditTrailPage::~AuditTrailPage() = default;

QString AuditTrailPage::title() const
{
    return tr("Audit trail");
}

void AuditTrailPage::reload()
{
    Session* s = session();
    if (!s)
        return;
    m_verify->setVisible(isAllowed(s->role(), Operation::VerifyAuditTrail));
    m_sign->setVisible(isAllowed(s->role(), Operation::SignCheckpoint));

    QHash<UserId, QString> names;
    if (isAllowed(s->role(), Operation::ViewUsers)) {
        if (const Result<QList<UserEntry>> users = UserAdmin::listUsers(*s, true)) {
            for (const UserEntry& user : users.value())
                names.insert(user.id, user.displayName + QStringLiteral(" (") + user.login + QLatin1Char(')'));
        }
    }
    m_filters->setPeople(names);
    const Result<AuditFilter> filter = m_filters->filter(japanDate(s->clock().nowUtc()));
    if (!filter) {
        m_result->showError(filter.error().message); // the list stays as it was
        return;
    }
    m_model->setSource(
        [this, filter = filter.value()](std::int64_t beforeSeq, int limit) -> Result<QList<AuditEntry>> {
            Session* current = session();
            if (!current)
                return makeError(ErrorCode::InvalidInput, tr("Nobody is signed in."));
            return AuditTrailView::newest(*current, beforeSeq, limit, filter);
        },
        std::move(names),
        [this](qint64 entryId) -> qint64 {
            Session* current = session();
            const Result<std::int64_t> number =
                current ? AuditTrailView::ledgerEntryNumber(*current, entryId) : Result<std::int64_t>(0);
            return number ? number.value() : 0;
        },
        departmentNames(*s));
}

QHash<qint64, QString> AuditTrailPage::departmentNames(const Session& session)
{
    QHash<qint64, QString> names;
    if (const Result<QList<DepartmentEntry>> all = Organisation::departments(session))
        for (const DepartmentEntry& department : all.value())
            names.insert(department.id, Organisation::fullName(all.value(), department.id));
    return names;
}

void AuditTrailPage::showEntry(const QString& formId, std::int64_t entryId, std::int64_t number)
{
    m_filters->showEntry(formId, entryId, number);
}

void AuditTrailPage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    m_details->setPlainText(current.isValid() ? m_model->detailsText(current.row()) : QString());
}

void AuditTrailPage::clearViews()
{
    m_filters->clear();
    m_details->clear();
    m_runner->abandon();
    setVerifying(false);
    m_model->clear();
    m_result->clearMessage();
}

void AuditTrailPage::setVerifying(bool verifying)
{
    m_progress->setVisible(verifying);
    m_stopVerify->setVisible(verifying);
    m_stopVerify->setEnabled(verifying);
    m_verify->setEnabled(!verifying);
    m_sign->setEnabled(!verifying); // signing verifies again: one at a time
    if (verifying) {
        m_progress->setRange(0, 0); // busy until the first count comes
        m_stopVerify->setFocus(Qt::OtherFocusReason);
    } else if (m_verify->isVisible()) {
        m_verify->setFocus(Qt::OtherFocusReason);
    }
}

void AuditTrailPage::stopVerifying()
{
    if (!m_runner->isRunning())
        return;
    m_runner->stop();
    m_stopVerify->setEnabled(false);
}

void AuditTrailPage::verify()
{
    Session* s = session();
    if (!s || m_runner->isRunning())
        return;
    QList<CheckpointCode> checkpoints;
    if (const Result<QList<CheckpointCode>> listed = Checkpoint::list(*s))
        checkpoints = listed.value();
    m_result->showInfo(tr("Verifying the audit trail. You can go on working; the result appears here."));
    setVerifying(true);
    const qsizetype count = checkpoints.size();
    m_runner->start(*s, checkpoints, [this, count](const Result<VerifyReport>& verified) {
        setVerifying(false);
        showVerification(verified, count);
    });
}

void AuditTrailPage::showVerification(const Result<VerifyReport>& verified, qsizetype checkpoints)
{
    if (!verified) {
        if (verified.error().code == ErrorCode::Cancelled)
            m_result->showInfo(verified.error().message);
        else
            m_result->showError(verified.error().message);
        return;
    }
    const VerifyReport& report = verified.value();
    if (report.ok) {
        m_result->showSuccess(tr("Verified: the audit trail is intact. %1 entries up to No. %2 and %3 recorded rows "
                                 "were checked; %4 checkpoint(s) match.")
                                  .arg(report.entriesChecked)
                                  .arg(report.headSeq)
                                  .arg(report.rowsChecked)
                                  .arg(checkpoints));
        return;
    }
    // Stays on the page until the next verification: the chief and the auditor look at it
    // before anything is changed, and core refuses a checkpoint over it.
    QString text = tr("The audit trail does NOT verify: %1").arg(report.problem);
    if (report.firstBadSeq > 0)
        text += QLatin1Char('\n')
                + tr("The first entry that fails is No. %1. Tell the chief and the auditor; do not "
                     "change anything until they have looked.")
                      .arg(report.firstBadSeq);
    m_result->showError(text);
}

void AuditTrailPage::signCheckpoint()
{
    Session* s = session();
    if (!s)
        return;
    // Core verifies first and refuses over a trail that fails (the message says why).
    const Result<VerifiedCheckpoint> signedOver = [&] {
        BusyCursor busy;
        return signVerifiedCheckpoint(*s);
    }();
    if (!signedOver) {
        m_result->showError(signedOver.error().message);
        return;
    }
    const CheckpointCode code = signedOver->code;
    const Result<QString> organisation = Organisation::organisationName(*s);
    const VerifyReport& report = signedOver->report;
    const PrintSheet sheet = checkpointSheet(organisation ? organisation.value() : QString(), s->user().displayName,
                                             code.toString(), code.seq, report, japanDate(s->clock().nowUtc()));
    reload();
    m_result->showSuccess(tr("Checkpoint No. %1 was signed: %2").arg(code.seq).arg(code.toString()));

    CheckpointDialog dialog(code.toString(), sheet, this);
    dialog.exec();
}

PrintSheet AuditTrailPage::checkpointSheet(const QString& organisation, const QString& signedBy, const QString& code,
                                           std::int64_t seq, const VerifyReport& report, const QDate& date)
{
    PrintSheet sheet;
    sheet.organisation = organisation;
    sheet.title = tr("Audit trail checkpoint");
    sheet.date = date;
    QStringList fingerprints;
    for (const QByteArray& publicKey : report.keyFingerprints)
        fingerprints.append(keyFingerprintText(publicKey));
    sheet.rows = {
        {tr("Checkpoint entry No."), QString::number(seq), false},
        {tr("Checkpoint code"), code, true},
        {tr("Signed on"), formatWareki(date), false},
        {tr("Signed by"), signedBy, false},
        {tr("Entries checked"),
         report.ok ? tr("%1 (all intact)").arg(report.entriesChecked)
                   : tr("verification failed: %1").arg(report.problem),
         false},
        {tr("Signing-key fingerprints"), fingerprints.join(QLatin1Char('\n')), false},
    };
    sheet.note = tr("To check later that the audit trail was not cut short or replaced by an older copy, run "
                    "\"daicho-cli verify --checkpoint CODE\" with the code above. Compare the fingerprints with "
                    "those printed on earlier checkpoints: a key that appears without a signed registration by the "
                    "chief is a sign of tampering.");
    sheet.stampBoxes = {tr("Auditor"), tr("Chief")};
    return sheet;
}

} // namespace daicho
