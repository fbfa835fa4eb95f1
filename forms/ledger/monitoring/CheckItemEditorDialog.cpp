#include "ledger/monitoring/CheckItemEditorDialog.h"

#include "common/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

CheckItemEditorDialog::CheckItemEditorDialog(const CheckItem& item, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_original(item)
    , m_submit(std::move(submit))
    , m_area(new QComboBox(this))
    , m_article(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_length(new QLabel(this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("checkItemEditorDialog"));
    setWindowTitle(item.id == 0 ? tr("Add a check item") : tr("Change a check item"));
    m_area->setObjectName(QStringLiteral("areaCombo"));
    m_article->setObjectName(QStringLiteral("articleEdit"));
    m_text->setObjectName(QStringLiteral("itemTextEdit"));
    m_length->setObjectName(QStringLiteral("itemTextLength"));
    m_message->setObjectName(QStringLiteral("checkItemEditorMessage"));

    m_area->setPlaceholderText(tr("Choose…"));
    for (const CheckArea& area : checkAreas())
        m_area->addItem(QStringLiteral("%1 (%2)").arg(checkAreaLabel(area.key), area.articles), area.key);
    m_area->setCurrentIndex(m_area->findData(item.area));
    m_article->setText(item.article);
    m_article->setMaxLength(40);
    m_article->setPlaceholderText(tr("e.g. 第19条2項"));
    m_text->setPlainText(item.text);
    // Tab goes on to the buttons; the text is one requirement, not paragraphs.
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
    m_length->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Area:"), m_area);
    addRow(tr("A&rticle:"), m_article);
    addRow(tr("&What is checked:"), m_text);
    form->addRow(QString(), m_length);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveCheckItemButton"));
    save->setText(item.id == 0 ? tr("&Add") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckItemEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CheckItemEditorDialog::updateLength);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    updateLength();
    (m_area->currentIndex() < 0 ? static_cast<QWidget*>(m_area) : m_text)->setFocus();
}

CheckItemEditorDialog::~CheckItemEditorDialog() = default;

CheckItem CheckItemEditorDialog::item() const
{
    CheckItem item = m_original;
    item.area = m_area->currentData().toString();
    item.article = m_article->text().trimmed();
    item.text = m_text->toPlainText().trimmed();
    return item;
}

void CheckItemEditorDialog::updateLength()
{
    const auto length = m_text->toPlainText().trimmed().size();
    m_length->setText(tr("%1 of at most %2 characters").arg(length).arg(kCheckItemTextMax));
}

void CheckItemEditorDialog::accept()
{
    // The store checks the item (CheckItems: area, text, lengths) and says what is wrong.
    const Status submitted = m_submit ? m_submit(item()) : Status();
    if (!submitted) {
        m_message->showError(submitted.error().message);
        const QString what = submitted.error().detail;
        QWidget* focus = what == QLatin1String("area")      ? static_cast<QWidget*>(m_area)
                         : what == QLatin1String("article") ? static_cast<QWidget*>(m_article)
                                                            : static_cast<QWidget*>(m_text);
        focus->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace daicho
