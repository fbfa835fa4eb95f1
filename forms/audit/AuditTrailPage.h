#pragma once

#include "shell/Page.h"

class QPushButton;
class QTableView;

namespace daicho {

class AuditTrailModel;
class MessageBanner;
struct PrintSheet;
struct VerifyReport;

// 監査証跡 (第10条⑥): every recorded action, newest first, loaded as the list scrolls.
// 検証 checks the whole chain (hashes, signatures, row digests, checkpoints); the auditor
// signs a checkpoint and prints its code to keep outside the PC.
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

    void verify();
    void signCheckpoint();

    // The A4 sheet of a signed checkpoint (public for tests and for reprinting).
    static PrintSheet checkpointSheet(const QString& organisation, const QString& signedBy, const QString& code,
                                      std::int64_t seq, const VerifyReport& report, const QDate& date);

protected:
    void reload() override;
    void clearViews() override;

private:
    QTableView* m_view;
    AuditTrailModel* m_model;
    MessageBanner* m_result;
    QPushButton* m_verify;
    QPushButton* m_sign;
    QPushButton* m_refresh;
};

} // namespace daicho
