#include "vault/RecoveryKeyDialog.h"

#include "print/PrintSheet.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, const QString& organisation,
                                     const QString& databaseFile, QDate issued, QWidget* parent)
    : QDialog(parent)
    , m_key(recoveryKey)
    , m_organisation(organisation)
    , m_databaseFile(databaseFile)
    , m_issued(issued)
    , m_keyView(new QLineEdit(recoveryKey, this))
    , m_confirm(new QCheckBox(tr("I have &written the key down or printed it, and will keep it locked away from "
                                 "this PC."),
                              this))
    , m_done(new QPushButton(tr("&Done"), this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Recovery key"));

    auto* explanation = new QLabel(
        tr("This recovery key restores access when the chief's password is lost. It is shown only now and is not "
           "stored anywhere in readable form. Anyone who has it can open the database, so keep it like a safe's "
           "key: on paper, in a locked place, not on this PC."),
        this);
    explanation->setWordWrap(true);

    m_keyView->setObjectName(QStringLiteral("recoveryKeyView"));
    m_keyView->setReadOnly(true);
    QFont keyFont = QFontDatabase::families().contains(QStringLiteral("BIZ UDGothic"))
                        ? QFont(QStringLiteral("BIZ UDGothic"))
                        : QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(font().pointSizeF() * 1.6);
    m_keyView->setFont(keyFont);
    m_keyView->setAlignment(Qt::AlignCenter);
    m_keyView->setMinimumWidth(QFontMetrics(keyFont).horizontalAdvance(recoveryKey) + 40);

    m_confirm->setObjectName(QStringLiteral("recoveryKeyConfirm"));
    m_done->setObjectName(QStringLiteral("recoveryKeyDoneButton"));
    m_done->setEnabled(false);
    m_done->setDefault(true);
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printRecoveryKeyButton"));
    print->setAutoDefault(false);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_done, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addWidget(m_keyView);
    layout->addSpacing(8);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);

    connect(m_confirm, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(print, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    m_confirm->setFocus();
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    // Best effort: QString cannot be wiped reliably, but the copies this dialog owns are
    // overwritten before they are freed.
    m_key.fill(u'0');
    m_keyView->clear();
}

void RecoveryKeyDialog::reject()
{
    if (m_confirm->isChecked())
        QDialog::reject();
}

void RecoveryKeyDialog::closeEvent(QCloseEvent* event)
{
    if (!m_confirm->isChecked()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RecoveryKeyDialog::print()
{
    PrintSheet sheet;
    sheet.organisation = m_organisation;
    sheet.title = tr("Daicho recovery key");
    sheet.date = m_issued;
    sheet.rows = {
        {tr("Database file"), QFileInfo(m_databaseFile).fileName(), false},
        {tr("Recovery key"), m_key, true},
    };
    sheet.note = tr("With this key the chief or the acting chief can set a new password when theirs is lost "
                    "(sign-in screen → \"Use the recovery key\"). Using it replaces it with a new key. Keep this "
                    "sheet in a locked place away from the PC; whoever holds it can open the database.");
    sheet.stampBoxes = {tr("Kept by")};
    previewAndPrint(this, sheet);
}

} // namespace daicho
