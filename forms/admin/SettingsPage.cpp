#include "admin/SettingsPage.h"

#include "auth/Permission.h"
#include "auth/Settings.h"
#include "common/MessageBanner.h"
#include "shell/SessionHolder.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace daicho {

SettingsPage::SettingsPage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_minutes(new QSpinBox(this))
    , m_current(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_minutes->setObjectName(QStringLiteral("idleLockMinutesSpin"));
    m_current->setObjectName(QStringLiteral("idleLockCurrentLabel"));
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));

    m_minutes->setRange(Settings::kIdleLockMinutes.minimum, Settings::kIdleLockMinutes.maximum);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccelerated(true);
    m_minutes->setMaximumWidth(m_minutes->fontMetrics().horizontalAdvance(QStringLiteral("000 ") + tr(" min")) + 60);
    m_days->setObjectName(QStringLiteral("checkpointDaysSpin"));
    m_days->setRange(Settings::kCheckpointDays.minimum, Settings::kCheckpointDays.maximum);
    m_days->setSuffix(tr(" days"));
    m_days->setMaximumWidth(m_days->fontMetrics().horizontalAdvance(QStringLiteral("0000 ") + tr(" days")) + 60);

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* explanation = new QLabel(
        tr("When nobody uses Daicho for this long, it locks: every decrypted view is cleared and the password is "
           "asked again. Unsaved input is kept for the same person. This applies to everyone who uses this "
           "database; the default is %n minute(s).",
           nullptr, Settings::kIdleLockMinutes.defaultValue),
        this);
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Lock after idle for:"), this);
    label->setBuddy(m_minutes);
    form->addRow(label, m_minutes);
    form->addRow(QString(), m_current);
    auto* daysLabel = new QLabel(tr("Ask the auditor for a &checkpoint after:"), this);
    daysLabel->setBuddy(m_days);
    form->addRow(daysLabel, m_days);
    auto* daysExplanation = new QLabel(
        tr("A checkpoint's printed code, kept away from this PC, is what proves later that the newest entries of "
           "the audit trail were not cut off. The start page asks the auditor for one when the last is older than "
           "this (default %n days).",
           nullptr, Settings::kCheckpointDays.defaultValue),
        this);
    daysExplanation->setWordWrap(true);
    form->addRow(QString(), daysExplanation);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch(1);

    for (QSpinBox* spin : {m_minutes, m_days})
        connect(spin, &QSpinBox::valueChanged, this, [this] { updateState(); });
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    updateState();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::reload()
{
    Session* s = session();
    if (!s)
        return;
    const Result<int> minutes = Settings::idleLockMinutes(*s);
    const Result<int> days = Settings::checkpointReminderDays(*s);
    if (!minutes || !days) {
        m_message->showError(!minutes ? minutes.error().message : days.error().message);
        return;
    }
    // An edit not saved before a lock is the person's unsaved input: it stays.
    const bool keep = m_stored > 0 && edited();
    m_stored = minutes.value();
    m_storedDays = days.value();
    if (!keep) {
        const QSignalBlocker blockMinutes(m_minutes);
        const QSignalBlocker blockDays(m_days);
        m_minutes->setValue(m_stored);
        m_days->setValue(m_storedDays);
    }
    updateState();
}

bool SettingsPage::edited() const
{
    return m_minutes->value() != m_stored || m_days->value() != m_storedDays;
}

void SettingsPage::clearViews()
{
    m_current->clear();
    m_message->clearMessage();
}

void SettingsPage::updateState()
{
    Session* s = session();
    const bool allowed = s && isAllowed(s->role(), Operation::ChangeSettings);
    m_minutes->setEnabled(allowed);
    m_days->setEnabled(allowed);
    m_save->setEnabled(allowed && m_stored > 0 && edited());
    if (m_stored > 0)
        m_current->setText(m_minutes->value() != m_stored ? tr("Now: %n minute(s) (not saved yet)", nullptr, m_stored)
                                                          : tr("Now: %n minute(s)", nullptr, m_stored));
}

void SettingsPage::save()
{
    Session* s = session();
    if (!s)
        return;
    const int minutes = m_minutes->value();
    const int days = m_days->value();
    if (minutes != m_stored) {
        if (const Status saved = Settings::setIdleLockMinutes(*s, minutes); !saved) {
            m_message->showError(saved.error().message);
            return;
        }
        m_stored = minutes;
        holder().notifyIdleLockMinutesChanged(minutes);
    }
    if (days != m_storedDays) {
        if (const Status saved = Settings::setCheckpointReminderDays(*s, days); !saved) {
            m_message->showError(saved.error().message);
            return;
        }
        m_storedDays = days;
    }
    updateState();
    m_message->showSuccess(tr("Saved. Daicho locks after %n idle minute(s)", nullptr, minutes) + tr("; ")
                           + tr("the auditor is asked for a checkpoint after %n day(s).", nullptr, days));
}

} // namespace daicho
