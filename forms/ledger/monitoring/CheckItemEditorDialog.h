#pragma once

#include "common/Result.h"
#include "ledger/monitoring/CheckItems.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace daicho {

class MessageBanner;

// Adds a check item of the monitoring sheet (様式4) or changes one: its area, the article it
// checks and what the auditor checks. `submit` runs the CheckItems call when Save is
// pressed; if it refuses, the dialog stays open with the reason and the input.
class CheckItemEditorDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const CheckItem&)>;

    // `item` with id 0 is a new item (its area, if any, preselected).
    CheckItemEditorDialog(const CheckItem& item, Submit submit, QWidget* parent = nullptr);
    ~CheckItemEditorDialog() override;

    // The item as edited (id, order and state as given).
    CheckItem item() const;

    QComboBox* areaCombo() const { return m_area; }
    QLineEdit* articleEdit() const { return m_article; }
    QPlainTextEdit* textEdit() const { return m_text; }

    void accept() override;

private:
    void updateLength();

    CheckItem m_original;
    Submit m_submit;
    QComboBox* m_area;
    QLineEdit* m_article;
    QPlainTextEdit* m_text;
    QLabel* m_length;
    MessageBanner* m_message;
};

} // namespace daicho
