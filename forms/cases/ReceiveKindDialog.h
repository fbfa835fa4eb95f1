#pragma once

#include <QDialog>

class QListWidget;

namespace daicho {

struct CaseKind;

// 「請求を受け付ける」: which request came in — the six kinds of 第34条〜第37条 (and 法33条5項),
// each with its article and the form the requester fills in. Enter or a double-click goes on
// to the receipt.
class ReceiveKindDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReceiveKindDialog(QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // The kind chosen, or null.
    const CaseKind* chosenKind() const;
    void choose(const QString& kindId);

signals:
    void kindChosen(const QString& kindId);

private:
    QListWidget* m_list;
};

} // namespace daicho
