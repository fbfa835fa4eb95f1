#include "admin/OrganisationPage.h"

#include "auth/Organisation.h"
#include "auth/Permission.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "shell/SessionHolder.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

namespace {

constexpr int kDepartmentIdRole = Qt::UserRole + 1;

} // namespace

OrganisationPage::OrganisationPage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_organisation(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_addDepartment(new QPushButton(tr("Add as de&partment"), this))
    , m_addSection(new QPushButton(tr("Add as &section of the selected department"), this))
    , m_rename(new QPushButton(tr("&Rename the selected one"), this))
    , m_moveUp(new QPushButton(tr("Move &up"), this))
    , m_moveDown(new QPushButton(tr("Move do&wn"), this))
    , m_retire(new QPushButton(tr("Re&tire"), this))
    , m_editor(new QWidget(this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("organisationPage"));
    m_organisation->setObjectName(QStringLiteral("organisationNameLabel"));
    m_tree->setObjectName(QStringLiteral("departmentTree"));
    m_name->setObjectName(QStringLiteral("departmentNameEdit"));
    m_addDepartment->setObjectName(QStringLiteral("addDepartmentButton"));
    m_addSection->setObjectName(QStringLiteral("addSectionButton"));
    m_rename->setObjectName(QStringLiteral("renameDepartmentButton"));
    m_moveUp->setObjectName(QStringLiteral("moveDepartmentUpButton"));
    m_moveDown->setObjectName(QStringLiteral("moveDepartmentDownButton"));
    m_retire->setObjectName(QStringLiteral("retireDepartmentButton"));
    // Ctrl+Up / Ctrl+Down as in the check items' list; shortcuts of the page, so the tree
    // (which takes the arrows) never swallows them.
    m_moveUp->setToolTip(tr("Ctrl+Up"));
    m_moveDown->setToolTip(tr("Ctrl+Down"));
    for (const auto& [key, step] : {std::pair{Qt::Key_Up, -1}, std::pair{Qt::Key_Down, 1}}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] {
            QPushButton* button = step < 0 ? m_moveUp : m_moveDown;
            if (button->isVisible() && button->isEnabled())
                moveSelected(step);
        });
    }
    m_retire->setToolTip(tr("A department that no longer exists: kept for the entries and people of the past, no "
                            "longer offered for new ones. It can be put back in use."));
    m_message->setObjectName(QStringLiteral("organisationMessage"));

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_organisation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setHeaderLabels({tr("Department / section")});
    m_tree->header()->hide();

    auto* nameLabel = new QLabel(tr("&Name:"), m_editor);
    nameLabel->setBuddy(m_name);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addDepartment);
    buttonRow->addWidget(m_addSection);
    buttonRow->addWidget(m_rename);
    buttonRow->addStretch(1);
    auto* orderRow = new QHBoxLayout;
    orderRow->addWidget(m_moveUp);
    orderRow->addWidget(m_moveDown);
    orderRow->addWidget(m_retire);
    orderRow->addStretch(1);
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(nameRow);
    editorLayout->addLayout(buttonRow);
    editorLayout->addLayout(orderRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_organisation);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_editor);
    layout->addWidget(m_message);

    connect(m_addDepartment, &QPushButton::clicked, this, &OrganisationPage::addDepartment);
    connect(m_addSection, &QPushButton::clicked, this, &OrganisationPage::addSection);
    connect(m_rename, &QPushButton::clicked, this, &OrganisationPage::renameSelected);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_retire, &QPushButton::clicked, this, &OrganisationPage::toggleRetiredSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OrganisationPage::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &OrganisationPage::updateButtons);
    updateButtons();
}

OrganisationPage::~OrganisationPage() = default;

QString OrganisationPage::title() const
{
    return tr("Organisation");
}

void OrganisationPage::reload()
{
    Session* s = session();
    if (!s)
        return;
    const std::optional<DepartmentEntry> selected = selectedDepartment();
    const Result<QString> name = Organisation::organisationName(*s);
    const Result<QList<DepartmentEntry>> departments = Organisation::departments(*s);
    clearViews();
    if (!departments) {
        m_message->showError(departments.error().message);
        return;
    }
    m_organisation->setText(name ? name.value() : QString());
    m_departments = departments.value();

    QList<DepartmentEntry> sorted = m_departments;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DepartmentEntry& a, const DepartmentEntry& b) { return a.sortOrder < b.sortOrder; });
    QHash<DepartmentId, QTreeWidgetItem*> items;
    // Parents before children, whatever the stored order: departments first, then sections.
    for (int pass = 0; pass < 2; ++pass) {
        for (const DepartmentEntry& department : std::as_const(sorted)) {
            const bool isSection = department.parentId.has_value();
            if (isSection != (pass == 1))
                continue;
            QTreeWidgetItem* parentItem = isSection ? items.value(*department.parentId) : nullptr;
            const QString shown = department.retired()
                                      ? tr("%1 (retired %2)").arg(department.name, formatWareki(department.retiredOn))
                                      : department.name;
            auto* item = parentItem ? new QTreeWidgetItem(parentItem, {shown}) : new QTreeWidgetItem(m_tree, {shown});
            item->setData(0, kDepartmentIdRole, QVariant::fromValue(department.id));
            if (department.retired())
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            items.insert(department.id, item);
        }
    }
    m_tree->expandAll();
    if (selected)
        selectDepartment(selected->id);
    updateButtons();
}

void OrganisationPage::clearViews()
{
    m_organisation->clear();
    m_tree->clear();
    m_departments.clear();
    m_message->clearMessage();
    updateButtons();
}

std::optional<DepartmentEntry> OrganisationPage::selectedDepartment() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const DepartmentId id = item->data(0, kDepartmentIdRole).value<DepartmentId>();
    for (const DepartmentEntry& department : m_departments) {
        if (department.id == id)
            return department;
    }
    return std::nullopt;
}

void OrganisationPage::selectDepartment(DepartmentId id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kDepartmentIdRole).value<DepartmentId>() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void OrganisationPage::updateButtons()
{
    Session* s = session();
    const bool manage = s && isAllowed(s->role(), Operation::ManageOrganisation);
    m_editor->setVisible(manage);
    const std::optional<DepartmentEntry> selected = selectedDepartment();
    const bool hasName = !m_name->text().trimmed().isEmpty();
    m_addDepartment->setEnabled(manage && hasName);
    // Sections hang under departments only: two levels, as the centre is organised.
    m_addSection->setEnabled(manage && hasName && selected && !selected->parentId);
    m_rename->setEnabled(manage && hasName && selected);
    m_moveUp->setEnabled(manage && selected);
    m_moveDown->setEnabled(manage && selected);
    m_retire->setEnabled(manage && selected);
    m_retire->setText(selected && selected->retired() ? tr("Put back in &use") : tr("Re&tire"));
}

bool OrganisationPage::takeName(QString& name)
{
    name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->showError(tr("Enter a name first."));
        m_name->setFocus();
        return false;
    }
    return true;
}

void OrganisationPage::addDepartment()
{
    QString name;
    Session* s = session();
    if (!s || !takeName(name))
        return;
    const Result<DepartmentId> added = Organisation::addDepartment(*s, name, std::nullopt);
    if (!added) {
        m_message->showError(added.error().message);
        return;
    }
    m_name->clear();
    reload();
    selectDepartment(added.value());
    m_message->showSuccess(tr("%1 was added.").arg(name));
}

void OrganisationPage::addSection()
{
    QString name;
    Session* s = session();
    const std::optional<DepartmentEntry> parent = selectedDepartment();
    if (!s || !parent || !takeName(name))
        return;
    const Result<DepartmentId> added = Organisation::addDepartment(*s, name, parent->id);
    if (!added) {
        m_message->showError(added.error().message);
        return;
    }
    m_name->clear();
    reload();
    selectDepartment(added.value());
    m_message->showSuccess(tr("%1 was added under %2.").arg(name, parent->name));
}

void OrganisationPage::renameSelected()
{
    QString name;
    Session* s = session();
    const std::optional<DepartmentEntry> selected = selectedDepartment();
    if (!s || !selected || !takeName(name))
        return;
    if (const Status renamed = Organisation::renameDepartment(*s, selected->id, name); !renamed) {
        m_message->showError(renamed.error().message);
        return;
    }
    m_name->clear();
    reload();
    m_message->showSuccess(tr("%1 was renamed to %2.").arg(selected->name, name));
}

void OrganisationPage::moveSelected(int step)
{
    Session* s = session();
    const std::optional<DepartmentEntry> selected = selectedDepartment();
    if (!s || !selected)
        return;
    if (const Status moved = Organisation::moveDepartment(*s, selected->id, step); !moved) {
        m_message->showError(moved.error().message);
        return;
    }
    reload();
    selectDepartment(selected->id);
    m_tree->setFocus();
}

void OrganisationPage::toggleRetiredSelected()
{
    Session* s = session();
    const std::optional<DepartmentEntry> selected = selectedDepartment();
    if (!s || !selected)
        return;
    const bool retire = !selected->retired();
    if (const Status done = Organisation::setDepartmentRetired(*s, selected->id, retire); !done) {
        m_message->showError(done.error().message);
        return;
    }
    reload();
    selectDepartment(selected->id);
    m_message->showSuccess(
        retire ? tr("%1 was retired: its entries keep it, new entries no longer offer it.").arg(selected->name)
               : tr("%1 is in use again.").arg(selected->name));
}

} // namespace daicho
