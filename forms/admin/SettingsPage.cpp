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
    , m_save(new QPushButton(tr("&Save"), this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_minutes->setObjectName(QStringLiteral("idleLockMinutesSpin"));
    m_current->setObjectName(QStringLiteral("idleLockCurrentLabel"));
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));

    m_minutes->setRange(Settings::kMinIdleLockMinutes, Settings::kMaxIdleLockMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccelerated(true);
    m_minutes->setMaximumWidth(m_minutes->fontMetrics().horizontalAdvance(QStringLiteral("000 ") + tr(" min")) + 60);

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* explanation = new QLabel(
        tr("When nobody uses Daicho for this long, it locks: every decrypted view is cleared and the password is "
           "asked again. Unsaved input is kept for the same person. This applies to everyone who uses this "
           "database; the default is %n minute(s).",
           nullptr, Settings::kDefaultIdleLockMinutes),
        this);
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Lock after idle for:"), this);
    label->setBuddy(m_minutes);
    form->addRow(label, m_minutes);
    form->addRow(QString(), m_current);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_minutes, &QSpinBox::valueChanged, this, [this] {
        m_edited = m_minutes->value() != m_stored;
        updateState();
    });
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
    if (!minutes) {
        m_message->showError(minutes.error().message);
        return;
    }
    m_stored = minutes.value();
    // An edit not saved before a lock is the person's unsaved input: it stays.
    if (!m_edited) {
        const QSignalBlocker block(m_minutes);
        m_minutes->setValue(m_stored);
    }
    m_edited = m_minutes->value() != m_stored;
    updateState();
}

void SettingsPage::clearViews()
{
    m_stored = 0;
    m_current->clear();
    m_message->clearMessage();
}

void SettingsPage::updateState()
{
    Session* s = session();
    const bool allowed = s && isAllowed(s->role(), Operation::ChangeSettings);
    m_minutes->setEnabled(allowed);
    m_save->setEnabled(allowed && m_edited);
    if (m_stored > 0)
        m_current->setText(m_edited ? tr("Now: %n minute(s) (not saved yet)", nullptr, m_stored)
                                    : tr("Now: %n minute(s)", nullptr, m_stored));
}

void SettingsPage::save()
{
    Session* s = session();
    if (!s)
        return;
    const int minutes = m_minutes->value();
    if (const Status saved = Settings::setIdleLockMinutes(*s, minutes); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    m_stored = minutes;
    m_edited = false;
    updateState();
    holder().notifyIdleLockMinutesChanged(minutes);
    m_message->showSuccess(tr("Saved. Daicho now locks after %n idle minute(s).", nullptr, minutes));
}

} // namespace daicho
