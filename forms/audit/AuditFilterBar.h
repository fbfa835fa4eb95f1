#pragma once

#include "audit/AuditFilter.h"
#include "common/Result.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace daicho {

// The audit page's filters (issue 11 §11): the kind of action, the person, the ledger, a
// period of Japan dates (typed as anywhere else: 4/1, 令和8年4月1日) and free text. Changes
// are announced; filter() reads them, or says what cannot be read.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    // The people offered (id → name), keeping the one chosen when it is still there.
    void setPeople(const QHash<std::int64_t, QString>& names);
    // What is chosen; `today` reads a date typed without its year. An error names the field.
    Result<AuditFilter> filter(QDate today) const;
    // The entries about one ledger entry (the link from a record): clears the rest.
    void showEntry(const QString& formId, std::int64_t entryId, std::int64_t number);
    void clear();

signals:
    void changed();

private:
    QComboBox* m_kind;
    QComboBox* m_person;
    QComboBox* m_form;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QLineEdit* m_text;
    std::optional<std::int64_t> m_entryId; // set by showEntry(), cleared by any other change
};

} // namespace daicho
