#include "retention/BackupDestructionDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

BackupDestructionDialog::BackupDestructionDialog(int backups, QDate today,
                                                 const QList<std::pair<std::int64_t, QString>>& people, QWidget* parent)
    : QDialog(parent)
    , m_method(new QComboBox(this))
    , m_on(new QDateEdit(today, this))
    , m_by(new QComboBox(this))
    , m_certificate(new QLineEdit(this))
    , m_verifier(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("backupDestructionDialog"));
    setWindowTitle(tr("Record the backups destroyed"));
    m_method->setObjectName(QStringLiteral("destructionMethod"));
    m_on->setObjectName(QStringLiteral("destructionDate"));
    m_by->setObjectName(QStringLiteral("destructionBy"));
    m_certificate->setObjectName(QStringLiteral("destructionCertificate"));
    m_verifier->setObjectName(QStringLiteral("destructionVerifier"));
    // 様式1④'s 確認者: chosen, none by default — the one who saw the backups destroyed.
    m_verifier->addItem(tr("(choose)"), QVariant::fromValue<qlonglong>(0));
    for (const auto& [id, name] : people)
        m_verifier->addItem(name, QVariant::fromValue<qlonglong>(id));
    m_method->addItem(tr("Data-erasure software (第20条1項(2))"), QStringLiteral("erasure"));
    m_method->addItem(tr("Physical destruction (第20条1項(2))"), QStringLiteral("destruction"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("yyyy/MM/dd"));
    m_on->setMaximumDate(today); // a destruction is recorded once done
    m_by->addItem(tr("The centre"), false);
    m_by->addItem(tr("An outside firm (its certificate, 第10条⑤)"), true);
    m_certificate->setPlaceholderText(tr("The firm and its certificate of destruction"));
    m_certificate->setEnabled(false);
    connect(m_by, &QComboBox::currentIndexChanged, this,
            [this] { m_certificate->setEnabled(m_by->currentData().toBool()); });
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record in 様式1④"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro = new QLabel(
        tr("%n backup(s) made before the disposal still hold what it deleted. Say how they were destroyed: the "
           "destruction is recorded in 様式1 (④削除・廃棄) without what they held (第20条2項).",
           nullptr, backups),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Destroyed on:"), m_on);
    form->addRow(tr("Destroyed &by:"), m_by);
    form->addRow(tr("&Certificate:"), m_certificate);
    form->addRow(tr("Con&firmed by:"), m_verifier);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

BackupDestruction BackupDestructionDialog::destruction() const
{
    return BackupDestruction{m_method->currentData().toString(), m_on->date(), m_by->currentData().toBool(),
                             m_certificate->text(), m_verifier->currentData().toLongLong()};
}

} // namespace daicho
