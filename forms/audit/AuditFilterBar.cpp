#include "audit/AuditFilterBar.h"

#include "common/JapaneseCalendar.h"
#include "ledger/FormRegistry.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

namespace {

// The kinds of action a reader asks about, by the prefixes of their keys.
struct ActionKind {
    const char* label;
    QStringList prefixes;
};

QList<ActionKind> actionKinds()
{
    return {
        {QT_TRANSLATE_NOOP("daicho::AuditFilterBar", "Sign-ins"), {QStringLiteral("signin.")}},
        {QT_TRANSLATE_NOOP("daicho::AuditFilterBar", "Ledger entries"), {QStringLiteral("ledger.")}},
        {QT_TRANSLATE_NOOP("daicho::AuditFilterBar", "Users"), {QStringLiteral("user.")}},
        {QT_TRANSLATE_NOOP("daicho::AuditFilterBar", "Keys and database"),
         {QStringLiteral("key."), QStringLiteral("keyslot."), QStringLiteral("anchor."), QStringLiteral("database."),
          QStringLiteral("backup."), QStringLiteral("schema.")}},
        {QT_TRANSLATE_NOOP("daicho::AuditFilterBar", "Organisation, settings and check items"),
         {QStringLiteral("department."), QStringLiteral("setting."), QStringLiteral("meta."),
          QStringLiteral("check_item.")}},
        {QT_TRANSLATE_NOOP("daicho::AuditFilterBar", "Checkpoints"), {QStringLiteral("checkpoint")}},
    };
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_form(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_text(new QLineEdit(this))
{
    m_kind->setObjectName(QStringLiteral("auditKindFilter"));
    m_person->setObjectName(QStringLiteral("auditPersonFilter"));
    m_form->setObjectName(QStringLiteral("auditFormFilter"));
    m_from->setObjectName(QStringLiteral("auditFromFilter"));
    m_to->setObjectName(QStringLiteral("auditToFilter"));
    m_text->setObjectName(QStringLiteral("auditTextFilter"));

    m_kind->addItem(tr("All actions"));
    for (const ActionKind& kind : actionKinds())
        m_kind->addItem(QCoreApplication::translate("daicho::AuditFilterBar", kind.label), kind.prefixes);
    m_person->addItem(tr("Everyone"));
    m_form->addItem(tr("All ledgers"));
    for (const FormDefinition& form : FormRegistry::all())
        m_form->addItem(form.number, form.id);
    m_from->setPlaceholderText(tr("From: any date"));
    m_to->setPlaceholderText(tr("To: any date"));
    m_text->setPlaceholderText(tr("Search the trail"));
    m_text->setClearButtonEnabled(true);
    for (QLineEdit* date : {m_from, m_to})
        date->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("令和88年12月31日")) + 24);

    // Two rows: what and who, then when and which words.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* first = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    layout->addLayout(first);
    layout->addLayout(second);
    const auto labelled = [&](QHBoxLayout* row, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    labelled(first, tr("&Kind:"), m_kind);
    labelled(first, tr("&Person:"), m_person);
    labelled(first, tr("Le&dger:"), m_form);
    first->addStretch(1);
    labelled(second, tr("Pe&riod:"), m_from);
    second->addWidget(new QLabel(QStringLiteral("～"), this));
    second->addWidget(m_to);
    second->addWidget(m_text, 1);

    const auto changedByPerson = [this] {
        if (m_entryId) {
            m_entryId.reset();
            m_text->setPlaceholderText(tr("Search the trail"));
        }
        emit changed();
    };
    for (QComboBox* combo : {m_kind, m_person, m_form})
        connect(combo, &QComboBox::currentIndexChanged, this, changedByPerson);
    for (QLineEdit* edit : {m_from, m_to, m_text})
        connect(edit, &QLineEdit::editingFinished, this, changedByPerson);
}

void AuditFilterBar::setPeople(const QHash<std::int64_t, QString>& names)
{
    const QVariant chosen = m_person->currentData();
    const QSignalBlocker blocker(m_person);
    while (m_person->count() > 1)
        m_person->removeItem(1);
    QList<std::pair<QString, std::int64_t>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [name, id] : sorted)
        m_person->addItem(name, QVariant::fromValue<qint64>(id));
    m_person->setCurrentIndex(std::max(0, m_person->findData(chosen)));
}

Result<AuditFilter> AuditFilterBar::filter(QDate today) const
{
    AuditFilter f;
    f.actionPrefixes = m_kind->currentData().toStringList();
    if (m_person->currentData().isValid())
        f.userId = m_person->currentData().toLongLong();
    f.formId = m_form->currentData().toString();
    f.entryId = m_entryId;
    f.text = m_text->text().trimmed();
    for (const auto& [edit, target] : {std::pair{m_from, &f.from}, std::pair{m_to, &f.to}}) {
        const QString typed = edit->text().trimmed();
        if (typed.isEmpty())
            continue;
        const std::optional<QDate> date = parseJapaneseDate(typed, today);
        if (!date)
            return makeError(ErrorCode::InvalidInput,
                             tr("“%1” is not a date. Write it like 2026/04/01, 4/1 or 令和8年4月1日.").arg(typed));
        *target = *date;
    }
    if (f.from && f.to && *f.from > *f.to)
        return makeError(ErrorCode::InvalidInput, tr("The period starts (%1) after it ends (%2). Swap the two dates.")
                                                      .arg(formatWareki(*f.from), formatWareki(*f.to)));
    return f;
}

void AuditFilterBar::showEntry(const QString& formId, std::int64_t entryId, std::int64_t number)
{
    {
        const QSignalBlocker kind(m_kind);
        const QSignalBlocker person(m_person);
        const QSignalBlocker form(m_form);
        m_kind->setCurrentIndex(0);
        m_person->setCurrentIndex(0);
        m_form->setCurrentIndex(std::max(0, m_form->findData(formId)));
        m_from->clear();
        m_to->clear();
        m_text->clear();
    }
    m_entryId = entryId;
    m_text->setPlaceholderText(tr("Showing entry No. %1 only; change any filter to see more").arg(number));
    emit changed();
}

void AuditFilterBar::clear()
{
    const QSignalBlocker kind(m_kind);
    const QSignalBlocker person(m_person);
    const QSignalBlocker form(m_form);
    m_kind->setCurrentIndex(0);
    m_person->setCurrentIndex(0);
    m_form->setCurrentIndex(0);
    m_from->clear();
    m_to->clear();
    m_text->clear();
    m_entryId.reset();
    m_text->setPlaceholderText(tr("Search the trail"));
}

} // namespace daicho
