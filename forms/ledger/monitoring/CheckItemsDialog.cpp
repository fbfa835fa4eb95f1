#include "ledger/monitoring/CheckItemsDialog.h"

#include "auth/Permission.h"
#include "auth/Session.h"
#include "common/MessageBanner.h"
#include "ledger/monitoring/CheckItemEditorDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

namespace {

enum Column { AreaColumn, ArticleColumn, TextColumn, StatusColumn, ColumnCount };

constexpr int kItemIdRole = Qt::UserRole + 1;
constexpr int kRowPadding = 6;

Error signedOut()
{
    return makeError(ErrorCode::InvalidInput, CheckItemsDialog::tr("Nobody is signed in."));
}

} // namespace

CheckItemsDialog::CheckItemsDialog(SessionAccess session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_count(new QLabel(this))
    , m_readOnly(new QLabel(tr("Only the chief and the acting chief change the check items."), this))
    , m_message(new MessageBanner(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_retire(new QPushButton(tr("&Retire"), this))
{
    setObjectName(QStringLiteral("checkItemsDialog"));
    setWindowTitle(tr("Check items of the monitoring sheet"));
    m_table->setObjectName(QStringLiteral("checkItemsTable"));
    m_count->setObjectName(QStringLiteral("checkItemsCount"));
    m_readOnly->setObjectName(QStringLiteral("checkItemsReadOnly"));
    m_message->setObjectName(QStringLiteral("checkItemsMessage"));
    m_add->setObjectName(QStringLiteral("addCheckItemButton"));
    m_edit->setObjectName(QStringLiteral("editCheckItemButton"));
    m_up->setObjectName(QStringLiteral("moveCheckItemUpButton"));
    m_down->setObjectName(QStringLiteral("moveCheckItemDownButton"));
    m_retire->setObjectName(QStringLiteral("retireCheckItemButton"));
    m_up->setToolTip(tr("One place up within its area (Ctrl+Up)"));
    m_down->setToolTip(tr("One place down within its area (Ctrl+Down)"));
    m_retire->setToolTip(tr("New sheets leave a retired item out; the sheets that have it keep it"));

    auto* intro = new QLabel(tr("Every new monitoring sheet (様式4) starts with the items in use, in this order "
                                "(第15条)."),
                             this);
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels({tr("Area"), tr("Article"), tr("Check item"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setTabKeyNavigation(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics metrics = fontMetrics();
    int area = 0;
    for (const CheckArea& known : checkAreas())
        area = std::max(area, metrics.horizontalAdvance(checkAreaLabel(known.key)) + 16);
    m_table->setColumnWidth(AreaColumn, std::min(area, 200));
    m_table->setColumnWidth(ArticleColumn, metrics.horizontalAdvance(QStringLiteral("第19条2項")) + 24);
    m_table->setColumnWidth(
        StatusColumn, std::max(metrics.horizontalAdvance(tr("In use")), metrics.horizontalAdvance(tr("Retired"))) + 32);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    // The rows follow the width of the wrapped item text, measured once after a resize.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { QTimer::singleShot(0, this, &CheckItemsDialog::fitRows); });

    // No default button: Enter on the list changes the selected item, and must not also
    // press a button of the dialog.
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_edit, m_up, m_down, m_retire}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_readOnly);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* closeButton = close->button(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("closeCheckItemsButton"));
    closeButton->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_add, &QPushButton::clicked, this, &CheckItemsDialog::addItem);
    connect(m_edit, &QPushButton::clicked, this, &CheckItemsDialog::editItem);
    connect(m_up, &QPushButton::clicked, this, &CheckItemsDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &CheckItemsDialog::moveDown);
    connect(m_retire, &QPushButton::clicked, this, &CheckItemsDialog::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CheckItemsDialog::updateButtons);
    // A double-click changes the item; Enter too (eventFilter).
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (m_edit->isVisible() && m_edit->isEnabled())
            editItem();
    });
    m_table->installEventFilter(this);
    auto* upShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), this);
    connect(upShortcut, &QShortcut::activated, this, [this] {
        if (m_up->isVisible() && m_up->isEnabled())
            moveUp();
    });
    auto* downShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), this);
    connect(downShortcut, &QShortcut::activated, this, [this] {
        if (m_down->isVisible() && m_down->isEnabled())
            moveDown();
    });

    QSize size(1000, 640);
    if (const QScreen* shown = screen())
        size = size.boundedTo(shown->availableGeometry().size() - QSize(40, 60));
    resize(size);
    reload();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
}

CheckItemsDialog::~CheckItemsDialog() = default;

bool CheckItemsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter is taken here, not left to the list: the list passes it on to the dialog, which
    // would press the default button of the item editor just opened (a child of this one).
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_edit->isVisible() && m_edit->isEnabled())
                editItem();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

Session* CheckItemsDialog::session() const
{
    return m_session ? m_session() : nullptr;
}

void CheckItemsDialog::reload()
{
    const std::optional<CheckItem> selected = selectedItem();
    m_message->clearMessage();
    m_table->setRowCount(0);
    m_items.clear();
    m_count->clear();
    Session* s = session();
    const Result<QList<CheckItem>> items = s ? CheckItems::list(*s, true) : Result<QList<CheckItem>>(signedOut());
    if (!items) {
        m_message->showError(items.error().message);
        updateButtons();
        return;
    }
    m_items = items.value();
    m_table->setRowCount(static_cast<int>(m_items.size()));
    const QColor retiredText = palette().color(QPalette::Disabled, QPalette::Text);
    int inUse = 0;
    for (int row = 0; row < m_items.size(); ++row) {
        const CheckItem& item = m_items.at(row);
        inUse += item.active ? 1 : 0;
        const QStringList cells{checkAreaLabel(item.area), item.article, item.text,
                                item.active ? tr("In use") : tr("Retired")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setData(kItemIdRole, QVariant::fromValue<qint64>(item.id));
            cell->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            if (!item.active)
                cell->setForeground(retiredText);
            m_table->setItem(row, column, cell);
        }
    }
    fitRows();
    m_count->setText(tr("%n item(s) in use", nullptr, inUse) + QStringLiteral(" · ")
                     + tr("%n retired", nullptr, static_cast<int>(m_items.size()) - inUse));
    if (selected)
        selectItem(selected->id);
    updateButtons();
}

void CheckItemsDialog::fitRows()
{
    // As tall as the wrapped item text, with a margin so that the lines do not touch.
    m_table->resizeRowsToContents();
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHeight(row, m_table->rowHeight(row) + kRowPadding);
}

std::optional<CheckItem> CheckItemsDialog::selectedItem() const
{
    const QList<QTableWidgetItem*> cells = m_table->selectedItems();
    if (cells.isEmpty())
        return std::nullopt;
    const qint64 id = cells.first()->data(kItemIdRole).toLongLong();
    for (const CheckItem& item : m_items)
        if (item.id == id)
            return item;
    return std::nullopt;
}

bool CheckItemsDialog::selectItem(std::int64_t id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kItemIdRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, TextColumn));
            return true;
        }
    }
    return false;
}

void CheckItemsDialog::updateButtons()
{
    Session* s = session();
    const bool manage = s && isAllowed(s->role(), Operation::ManageCheckItems);
    const std::optional<CheckItem> item = selectedItem();
    int row = -1;
    for (int i = 0; item && i < m_items.size(); ++i)
        if (m_items.at(i).id == item->id)
            row = i;
    // Items move within their area only (CheckItems::move), so the first and last of an area
    // stay where they are.
    auto sameArea = [&](int other) {
        return item && other >= 0 && other < m_items.size() && m_items.at(other).area == item->area;
    };
    for (QPushButton* button : {m_add, m_edit, m_up, m_down, m_retire})
        button->setVisible(manage);
    m_readOnly->setVisible(!manage);
    m_add->setEnabled(manage);
    m_edit->setEnabled(manage && item);
    m_up->setEnabled(manage && sameArea(row - 1));
    m_down->setEnabled(manage && sameArea(row + 1));
    m_retire->setEnabled(manage && item);
    m_retire->setText(item && !item->active ? tr("Put back in &use") : tr("&Retire"));
}

void CheckItemsDialog::afterChange(std::int64_t id, const QString& message)
{
    reload();
    selectItem(id);
    m_message->showSuccess(message);
}

void CheckItemsDialog::addItem()
{
    if (!session())
        return;
    CheckItem blank;
    // Added next to the items being looked at: in the same area, at its end.
    if (const std::optional<CheckItem> selected = selectedItem())
        blank.area = selected->area;
    auto* dialog = new CheckItemEditorDialog(
        blank,
        [this](const CheckItem& item) -> Status {
            Session* s = session();
            if (!s)
                return signedOut();
            const Result<std::int64_t> added = CheckItems::add(*s, item);
            if (!added)
                return added.error();
            afterChange(added.value(), tr("The check item was added at the end of its area."));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CheckItemsDialog::editItem()
{
    const std::optional<CheckItem> selected = selectedItem();
    if (!selected || !session())
        return;
    auto* dialog = new CheckItemEditorDialog(
        *selected,
        [this](const CheckItem& item) -> Status {
            Session* s = session();
            if (!s)
                return signedOut();
            DAICHO_TRY(CheckItems::update(*s, item));
            afterChange(item.id, tr("The check item was changed. Sheets already written keep the old wording."));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CheckItemsDialog::moveUp()
{
    move(-1);
}

void CheckItemsDialog::moveDown()
{
    move(+1);
}

void CheckItemsDialog::move(int direction)
{
    const std::optional<CheckItem> selected = selectedItem();
    Session* s = session();
    if (!selected || !s)
        return;
    if (const Status moved = CheckItems::move(*s, selected->id, direction); !moved) {
        m_message->showError(moved.error().message);
        return;
    }
    afterChange(selected->id,
                direction < 0 ? tr("The check item was moved up.") : tr("The check item was moved down."));
    m_table->setFocus(Qt::OtherFocusReason);
}

void CheckItemsDialog::toggleActive()
{
    const std::optional<CheckItem> selected = selectedItem();
    Session* s = session();
    if (!selected || !s)
        return;
    const bool active = !selected->active;
    if (const Status changed = CheckItems::setActive(*s, selected->id, active); !changed) {
        m_message->showError(changed.error().message);
        return;
    }
    afterChange(selected->id, active ? tr("The check item is in use again: new sheets include it.")
                                     : tr("The check item was retired: new sheets leave it out."));
}

} // namespace daicho
