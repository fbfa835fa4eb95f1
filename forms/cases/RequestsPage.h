#pragma once

#include "cases/CaseTypes.h"
#include "shell/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace daicho {

class CaseDialog;
class MessageBanner;
class ReceiveKindDialog;
class StepEditorDialog;

// 開示等の請求 (第33–39条): the requests the person may read — the desk, the section handling
// each, the chief and acting chief, the auditor; others see an empty list and who reads them —
// with their 受付番号, kind, individual, state, section and each clock's day (red once past).
// The open ones by default, or all. The desk and the chief receive a request here (the kind,
// then the receipt's items). Enter or a double-click opens a case. Ctrl+N receives, F5 reads
// again.
class RequestsPage : public Page
{
    Q_OBJECT

public:
    explicit RequestsPage(SessionHolder& holder, QWidget* parent = nullptr);
    ~RequestsPage() override;

    QString title() const override;
    QTableWidget* table() const { return m_table; }
    QComboBox* filterCombo() const { return m_filter; }
    QPushButton* receiveButton() const { return m_receive; }
    QLabel* readersLabel() const { return m_readers; }

    // 「請求を受け付ける…」: the chooser of the kind, then the receipt.
    ReceiveKindDialog* receive();
    // The editor of the receipt of a kind (after the chooser).
    StepEditorDialog* receiveKind(const QString& kindId);
    CaseDialog* openCase(CaseId id);
    void openSelected();
    // The case of the selected row.
    std::optional<CaseId> selectedCase() const;
    bool selectCase(CaseId id);
    void refresh();

protected:
    void reload() override;
    void clearViews() override;

private:
    void updateButtons();
    // 様式8 and/or 様式9, blank, with the desk's address, through the print preview.
    void printBlankRequest(const QString& kindId);
    void printBlankForms(bool request, bool attorney);

    QLabel* m_readers;
    QComboBox* m_filter;
    QPushButton* m_receive;
    QPushButton* m_open;
    MessageBanner* m_message;
    QTableWidget* m_table;
    QStringList m_clockKeys; // the clock columns, in order
    bool m_mayReceive = false;
};

} // namespace daicho
