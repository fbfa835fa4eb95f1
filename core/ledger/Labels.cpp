#include "ledger/Labels.h"

#include "ledger/EntryValidator.h"

#include <QLocale>

namespace daicho {

LabelLanguage interfaceLabelLanguage()
{
    return QLocale().language() == QLocale::English ? LabelLanguage::English : LabelLanguage::Japanese;
}

QString fieldLabel(const FieldDefinition& field, LabelLanguage language)
{
    return language == LabelLanguage::Japanese ? field.labelJa : field.labelEn;
}

QString fieldLabel(const FieldDefinition& field, const FieldValues& values, LabelLanguage language)
{
    for (const ConditionalLabel& label : field.labelsWhen)
        if (conditionHolds(label.when, values))
            return language == LabelLanguage::Japanese ? label.labelJa : label.labelEn;
    return fieldLabel(field, language);
}

QString fieldLabel(const FieldDefinition& field)
{
    return fieldLabel(field, interfaceLabelLanguage());
}

QString choiceLabel(const FieldDefinition& field, const QString& key, LabelLanguage language)
{
    for (const ChoiceOption& option : field.choices)
        if (option.key == key)
            return language == LabelLanguage::Japanese ? option.labelJa : option.labelEn;
    return key;
}

QString citedArticle(const QString& article)
{
    return article.startsWith(u'第') ? QStringLiteral("規程") + article : article;
}

} // namespace daicho
