#pragma once

#include "common/Result.h"
#include "shell/Page.h"

class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace daicho {

class AuditFilterBar;
class AuditTrailModel;
class MessageBanner;
class VerificationRunner;
struct PrintSheet;
struct VerifyReport;

// 監査証跡 (第10条⑥): every recorded action, newest first, loaded as the list scrolls.
// 検証 checks the whole chain (hashes, signatures, row digests, checkpoints) in the background,
// with its progress and a button to stop it; a failure stays on the page until the next
// verification. The auditor signs a checkpoint and prints its code to keep outside the PC
// (core refuses one over a trail that fails).
class AuditTrailPage : public Page
{
    Q_OBJECT

public:
    explicit AuditTrailPage(SessionHolder& holder, QWidget* parent = nullptr);
    ~AuditTrailPage() override;

    QString title() const override;
    QTableView* view() const { return m_view; }
    AuditTrailModel* model() const { return m_model; }
    MessageBanner* resultBanner() const { return m_result; }
    QProgressBar* verifyProgress() const { return m_progress; }
    QPushButton* stopVerifyButton() const { return m_stopVerify; }
    AuditFilterBar* filterBar() const { return m_filters; }
    QPlainTextEdit* detailsPane() const { return m_details; }

    // The entries about one ledger entry (the link from its history).
    void showEntry(const QString& formId, std::int64_t entryId, std::int64_t number);

    // Starts verifying in the background; the result appears in the banner.
    void verify();
    void stopVerifying();
    void signCheckpoint();

    // The A4 sheet of a signed checkpoint (public for tests and for reprinting).
    static PrintSheet checkpointSheet(const QString& organisation, const QString& signedBy, const QString& code,
                                      std::int64_t seq, const VerifyReport& report, const QDate& date);

signals:
    // A ledger entry named by the trail is asked for (double-click): its page shows it.
    void recordRequested(const QString& formId, qint64 entryId);

protected:
    void reload() override;
    void clearViews() override;

private:
    // Departments by id with their full names, for the entries that concern one.
    static QHash<qint64, QString> departmentNames(const Session& session);
    void showVerification(const Result<VerifyReport>& verified, qsizetype checkpoints);
    void setVerifying(bool verifying);
    void showDetails();

    QTableView* m_view;
    AuditTrailModel* m_model;
    MessageBanner* m_result;
    QPushButton* m_verify;
    QPushButton* m_sign;
    QPushButton* m_refresh;
    QProgressBar* m_progress;
    QPushButton* m_stopVerify;
    VerificationRunner* m_runner;
    AuditFilterBar* m_filters;
    QPlainTextEdit* m_details;
};

} // namespace daicho
