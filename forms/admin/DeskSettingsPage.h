#pragma once

#include "cases/DeskSettings.h"
#include "shell/Page.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace daicho {

class MessageBanner;

// 相談窓口・休業日: the desk that receives requests (第33条1項), where it is and how and when to
// reach it (第33条2項), where complaints go (第34条1項(4)), the fees (第39条), and the days it is
// closed — weekly, every year (年末年始 12/29–1/3 by default) and single days with a note — which
// the deadlines of requests count (民法第142条). Everyone signed in reads it (it prints on every
// notice); the chief officer and acting chief change it. Each save is a new version: a request
// keeps counting with the version in force when it was received.
class DeskSettingsPage : public Page
{
    Q_OBJECT

public:
    explicit DeskSettingsPage(SessionHolder& holder, QWidget* parent = nullptr);
    ~DeskSettingsPage() override;

    QString title() const override;

    QComboBox* deskCombo() const { return m_desk; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    QPlainTextEdit* addressEdit() const { return m_address; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* hoursEdit() const { return m_hours; }
    QLineEdit* complaintsEdit() const { return m_complaints; }
    QSpinBox* purposeFeeSpin() const { return m_purposeFee; }
    QSpinBox* disclosureFeeSpin() const { return m_disclosureFee; }
    QListWidget* sectionsList() const { return m_sections; }
    QCheckBox* weeklyCheck(Qt::DayOfWeek day) const { return m_weekly.value(day - 1); }
    QTableWidget* yearlyTable() const { return m_yearly; }
    QTableWidget* extraTable() const { return m_extra; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* versionLabel() const { return m_version; }
    MessageBanner* messageBanner() const { return m_message; }

    // The settings as typed, or the messages saying what is wrong with them.
    Result<DeskSettings> typedSettings() const;
    void save();
    bool isEdited() const { return m_edited; }

protected:
    void reload() override;
    void clearViews() override;

private:
    void showSettings(const DeskSettings& settings);
    void setEditable(bool editable);
    void markEdited();
    void addYearlyRow(const QString& name, const QString& from, const QString& to);
    void addExtraRow(const QString& date, const QString& note);

    QLabel* m_version;
    QLabel* m_who;
    QComboBox* m_desk;
    QLineEdit* m_organisation;
    QPlainTextEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_hours;
    QLineEdit* m_complaints;
    QSpinBox* m_purposeFee;
    QSpinBox* m_disclosureFee;
    QListWidget* m_sections; // 第33条1項(1): the health-check sections, ticked
    QList<QCheckBox*> m_weekly; // Monday first
    QTableWidget* m_yearly;
    QTableWidget* m_extra;
    QList<QPushButton*> m_rowButtons;
    QPushButton* m_save;
    MessageBanner* m_message;
    QDate m_today;
    bool m_edited = false;
    bool m_showing = false; // filling the inputs: not an edit
    bool m_mayChange = false;
};

} // namespace daicho
