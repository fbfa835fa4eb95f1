#pragma once

#include "auth/UserEntry.h"
#include "shell/Page.h"

#include <QList>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace daicho {

class MessageBanner;

// 組織: the organisation's name and its departments (部) with their sections (課), as the
// ledgers and the user list refer to them. Everyone may look; the chief adds, renames,
// reorders (Ctrl+Up / Ctrl+Down too) and retires them (a retired one stays, greyed, for history).
class OrganisationPage : public Page
{
    Q_OBJECT

public:
    explicit OrganisationPage(SessionHolder& holder, QWidget* parent = nullptr);
    ~OrganisationPage() override;

    QString title() const override;
    QTreeWidget* tree() const { return m_tree; }

    void addDepartment();
    void addSection();
    void renameSelected();
    void moveSelected(int step); // -1 up, +1 down
    void toggleRetiredSelected();

    QPushButton* moveUpButton() const { return m_moveUp; }
    QPushButton* moveDownButton() const { return m_moveDown; }
    QPushButton* retireButton() const { return m_retire; }

protected:
    void reload() override;
    void clearViews() override;

private:
    std::optional<DepartmentEntry> selectedDepartment() const;
    void selectDepartment(DepartmentId id);
    void updateButtons();
    bool takeName(QString& name);

    QLabel* m_organisation;
    QTreeWidget* m_tree;
    QLineEdit* m_name;
    QPushButton* m_addDepartment;
    QPushButton* m_addSection;
    QPushButton* m_rename;
    QPushButton* m_moveUp;
    QPushButton* m_moveDown;
    QPushButton* m_retire;
    QWidget* m_editor;
    MessageBanner* m_message;
    QList<DepartmentEntry> m_departments;
};

} // namespace daicho
