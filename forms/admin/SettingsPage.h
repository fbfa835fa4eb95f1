#pragma once

#include "shell/Page.h"

class QLabel;
class QPushButton;
class QSpinBox;

namespace daicho {

class MessageBanner;

// 設定: settings shared by everyone on this database, kept in it (not in QSettings). For
// now the idle time after which the screen locks; only the chief may change it.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(SessionHolder& holder, QWidget* parent = nullptr);
    ~SettingsPage() override;

    QString title() const override;
    QSpinBox* idleLockMinutesSpin() const { return m_minutes; }

    void save();

protected:
    void reload() override;
    void clearViews() override;

private:
    void updateState();

    QSpinBox* m_minutes;
    QLabel* m_current;
    QPushButton* m_save;
    MessageBanner* m_message;
    int m_stored = 0;
    bool m_edited = false;
};

} // namespace daicho
