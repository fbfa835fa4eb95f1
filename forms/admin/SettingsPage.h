#pragma once

#include "shell/Page.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace daicho {

class MessageBanner;

// 設定: settings shared by everyone on this database, kept in it (not in QSettings): the
// idle time after which the screen locks, and after how many days without a checkpoint the
// auditor is asked for one. Only the chief (and acting chief) may change them. Below them the
// centre's own policies, which only the chief sets: consent for a new or changed purpose of
// sensitive data (issue 10, not the regulation's rule).
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(SessionHolder& holder, QWidget* parent = nullptr);
    ~SettingsPage() override;

    QString title() const override;
    QSpinBox* idleLockMinutesSpin() const { return m_minutes; }
    QSpinBox* checkpointDaysSpin() const { return m_days; }
    QCheckBox* sensitivePurposeConsentCheck() const { return m_policy; }

    void save();

protected:
    void reload() override;
    void clearViews() override;

private:
    void updateState();

    bool edited() const;

    QSpinBox* m_minutes;
    QLabel* m_current;
    QSpinBox* m_days;
    // The centre's own policy on purposes of sensitive data (only the chief changes it).
    QCheckBox* m_policy;
    QPushButton* m_save;
    MessageBanner* m_message;
    int m_stored = 0;
    int m_storedDays = 0;
    int m_storedPolicy = -1; // unknown until read; then 0 or 1
};

} // namespace daicho
