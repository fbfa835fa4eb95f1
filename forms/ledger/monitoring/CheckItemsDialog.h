#pragma once

#include "ledger/monitoring/CheckItems.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace daicho {

class MessageBanner;
class Session;

// The check items of the monitoring sheet (様式4, 第15条), in sheet order: what every new
// sheet starts from. The chief and acting chief add, change, reorder (within an area) and
// retire items, or put a retired one back in use; a retired item stays, greyed, because the
// sheets of earlier years name it. Everybody else who reads 様式4 sees the list only.
// Every change goes through CheckItems, which checks and audits it; a refusal is shown here.
// Enter changes the selected item; Ctrl+Up and Ctrl+Down move it.
class CheckItemsDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session*()>;

    explicit CheckItemsDialog(SessionAccess session, QWidget* parent = nullptr);
    ~CheckItemsDialog() override;

    // The actions, public so that tests reach them directly.
    void reload();
    void addItem();
    void editItem();
    void moveUp();
    void moveDown();
    void toggleActive();

    std::optional<CheckItem> selectedItem() const;
    bool selectItem(std::int64_t id);
    QTableWidget* table() const { return m_table; }
    MessageBanner* message() const { return m_message; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Session* session() const;
    void move(int direction);
    // Reads the list again after a change, keeping `id` selected, and says so.
    void afterChange(std::int64_t id, const QString& message);
    void updateButtons();
    void fitRows();

    SessionAccess m_session;
    QList<CheckItem> m_items;
    QTableWidget* m_table;
    QLabel* m_count;
    QLabel* m_readOnly;
    MessageBanner* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_retire;
};

} // namespace daicho
