#include "admin/SettingsPage.h"

#include "auth/Permission.h"
#include "auth/Settings.h"
#include "common/MessageBanner.h"
#include "shell/SessionHolder.h"

#include <QCheckBox>
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
    , m_policy(new QCheckBox(this))
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

    // The centre's own policies: the chief's, not the regulation's.
    auto* policyHeading = new QLabel(tr("The centre's own policies (set by the chief)"), this);
    QFont policyFont = policyHeading->font();
    policyFont.setBold(true);
    policyHeading->setFont(policyFont);
    form->addRow(policyHeading);
    m_policy->setObjectName(QStringLiteral("sensitivePurposeConsentCheck"));
    m_policy->setText(tr("A new or changed purpose of data holding sensitive personal information "
                         "(要配慮個人情報) needs the individuals' &consent"));
    form->addRow(QString(), m_policy);
    auto* policyExplanation = new QLabel(
        tr("This is the centre's own policy, not a rule of the regulation. It follows the LINE account's privacy "
           "policy (第4条2項), which binds that account only. The regulation asks that a changed purpose stays "
           "within what is reasonably related to the earlier ones (第25条2項) and is made known to the "
           "individuals (第28条3項); beyond that, their consent (第26条1項). Removing a purpose never needs "
           "consent. Only the chief (事務取扱責任者) changes this policy; each change is kept in the audit trail."),
        this);
    policyExplanation->setObjectName(QStringLiteral("sensitivePurposeConsentExplanation"));
    policyExplanation->setWordWrap(true);
    form->addRow(QString(), policyExplanation);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch(1);

    for (QSpinBox* spin : {m_minutes, m_days})
        connect(spin, &QSpinBox::valueChanged, this, [this] { updateState(); });
    connect(m_policy, &QCheckBox::toggled, this, [this] { updateState(); });
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
    const Result<bool> policy = Settings::sensitivePurposeConsent(*s);
    if (!minutes || !days || !policy) {
        m_message->showError(!minutes ? minutes.error().message
                                      : (!days ? days.error().message : policy.error().message));
        return;
    }
    // An edit not saved before a lock is the person's unsaved input: it stays.
    const bool keep = m_stored > 0 && edited();
    m_stored = minutes.value();
    m_storedDays = days.value();
    m_storedPolicy = policy.value() ? 1 : 0;
    if (!keep) {
        const QSignalBlocker blockMinutes(m_minutes);
        const QSignalBlocker blockDays(m_days);
        const QSignalBlocker blockPolicy(m_policy);
        m_minutes->setValue(m_stored);
        m_days->setValue(m_storedDays);
        m_policy->setChecked(m_storedPolicy == 1);
    }
    updateState();
}

bool SettingsPage::edited() const
{
    return m_minutes->value() != m_stored || m_days->value() != m_storedDays
           || (m_storedPolicy >= 0 && m_policy->isChecked() != (m_storedPolicy == 1));
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
    // A policy of the centre is the chief's alone (not the acting chief's).
    m_policy->setEnabled(allowed && s->role() == Role::Chief);
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
    const bool policy = m_policy->isChecked();
    if (m_storedPolicy >= 0 && policy != (m_storedPolicy == 1)) {
        if (const Status saved = Settings::setSensitivePurposeConsent(*s, policy); !saved) {
            m_message->showError(saved.error().message);
            return;
        }
        m_storedPolicy = policy ? 1 : 0;
    }
    updateState();
    m_message->showSuccess(tr("Saved. Daicho locks after %n idle minute(s)", nullptr, minutes) + tr("; ")
                           + tr("the auditor is asked for a checkpoint after %n day(s).", nullptr, days));
}

} // namespace daicho
