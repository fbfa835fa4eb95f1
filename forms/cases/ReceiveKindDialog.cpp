#include "cases/ReceiveKindDialog.h"

#include "cases/CaseKinds.h"
#include "cases/CaseText.h"
#include "ledger/Labels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

ReceiveKindDialog::ReceiveKindDialog(QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("receiveKindDialog"));
    setWindowTitle(tr("Receive a request"));
    m_list->setObjectName(QStringLiteral("kindList"));
    auto* label = new QLabel(tr("&What does the person ask for?"), this);
    label->setBuddy(m_list);
    auto* explanation = new QLabel(tr("Check the person's identity before you receive the request (第38条1項(3)). "
                                      "The decision is due within a week of the receipt (第38条4項)."),
                                   this);
    explanation->setWordWrap(true);
    for (const CaseKind& kind : CaseKinds::all()) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(CaseText::kindWithArticle(kind), tr("request form %1").arg(kind.requestForm)), m_list);
        item->setData(Qt::UserRole, kind.id);
    }
    m_list->setCurrentRow(0);
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 40);
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * (m_list->count() + 1));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("chooseKindButton"));
    ok->setText(tr("&Next…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, [this] {
        if (const CaseKind* kind = chosenKind())
            emit kindChosen(kind->id);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    m_list->setFocus();
}

const CaseKind* ReceiveKindDialog::chosenKind() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? CaseKinds::find(item->data(Qt::UserRole).toString()) : nullptr;
}

void ReceiveKindDialog::choose(const QString& kindId)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == kindId)
            m_list->setCurrentRow(row);
}

} // namespace daicho
