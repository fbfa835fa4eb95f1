#include "ledger/entry/EntrySummaryWidget.h"

#include "ledger/EntryCodec.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/editor/ItemLabel.h"
#include "ledger/monitoring/ChecklistModel.h"
#include "ledger/monitoring/ChecklistTable.h"

#include <QFormLayout>
#include <QLabel>

namespace daicho {

namespace {

QLabel* valueLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

EntrySummaryWidget::EntrySummaryWidget(const FormDefinition& form, const LedgerDirectory& directory,
                                       const FieldValues& values, QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const LabelLanguage language = interfaceLabelLanguage();
    for (const FieldDefinition& field : form.fields) {
        const QVariant value = values.value(field.key);
        if (!fieldApplies(field, values))
            continue;
        // Left out as identical to an earlier record (規程第31条8項・第32条5項): say where it is.
        if (isEmptyFieldValue(value) && leftOutAsBefore(form, field, values)) {
            const QString earlier =
                directory.entryReferenceText(values.value(form.transferFields.earlierRecord).toLongLong());
            m_layout->addRow(makeItemLabel(fieldLabel(field, language) + QLatin1Char(':'), this),
                             valueLabel(tr("As in record %1 (left out here)").arg(earlier),
                                        QStringLiteral("value.") + field.key, this));
            continue;
        }
        if (isEmptyFieldValue(value))
            continue;
        QLabel* label = makeItemLabel(fieldLabel(field, language) + QLatin1Char(':'), this);
        const QString text =
            formatFieldValue(field, value, directory, language, DateStyle::Wareki, QStringLiteral("\n"));
        m_layout->addRow(label, valueLabel(text, QStringLiteral("value.") + field.key, this));
        if (field.type == FieldType::Checklist)
            addChecklist(field, value);
    }
    // Items an older version of the form had: shown as recorded, marked as no longer kept.
    for (FieldDefinition field : form.retiredFields) {
        const QVariant value = values.value(field.key);
        if (isEmptyFieldValue(value))
            continue;
        field.type = value.typeId() == QMetaType::Bool    ? FieldType::Boolean
                     : value.typeId() == QMetaType::QDate ? FieldType::Date
                                                          : FieldType::Text;
        QLabel* label = makeItemLabel(
            tr("%1 (no longer an item, %2):").arg(fieldLabel(field, language), citedArticle(field.article)), this);
        const QString text =
            formatFieldValue(field, value, directory, language, DateStyle::Wareki, QStringLiteral("\n"));
        m_layout->addRow(label, valueLabel(text, QStringLiteral("value.") + field.key, this));
    }
}

// The reviewer sees every line of a monitoring sheet (第15条), not only the counts.
void EntrySummaryWidget::addChecklist(const FieldDefinition& field, const QVariant& value)
{
    auto* model = new ChecklistModel(this);
    model->setLines(checklistFromValue(value).value_or(ChecklistLines{}));
    model->setReadOnly(true);
    auto* table = new ChecklistTable(model, this);
    table->setObjectName(QStringLiteral("lines.") + field.key);
    table->setMinimumHeight(320);
    m_layout->addRow(table);
}

void EntrySummaryWidget::addHeaderRow(const QString& label, const QString& value, const QString& objectName)
{
    auto* text = valueLabel(value, objectName, this);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    m_layout->insertRow(m_headerRows++, label, text);
}

} // namespace daicho
