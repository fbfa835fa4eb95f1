#pragma once

#include "common/Result.h"
#include "ledger/FormDefinition.h"
#include "ledger/LedgerQuery.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace daicho {

class JapaneseDateWidget;
class LedgerDirectory;

// What a ledger list is narrowed to: a fiscal year, a period typed in any Japanese way, a
// department (with its sections), a register entry (forms that name one), a state (forms
// with approval) and free text; and the order. Typing waits for a pause before the list
// follows; a typed date that is not a date turns red and is reported, never ignored. The
// entry/exit log (様式5) also narrows to the people inside now (today, no time out): the
// page applies that, since the day is the session's and the time out is inside the entry.
class LedgerFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTypingPauseMs = 300;

    LedgerFilterBar(const FormDefinition& form, QWidget* parent = nullptr);
    ~LedgerFilterBar() override;

    // Fills the choices read from the database, keeping what was chosen when it is still
    // there. `fiscalYears` oldest first; `initialFiscalYear` is chosen the first time (none:
    // all years).
    void setChoices(const LedgerDirectory& directory, const QList<int>& fiscalYears,
                    std::optional<int> initialFiscalYear);
    // Drops the choices read from the database (on lock); what was chosen is remembered.
    void clearChoices();

    // The filter as set, or what is wrong with it (a date that is not a date, a period
    // that ends before it starts).
    Result<LedgerFilter> filter() const;
    ListOrder order() const { return m_order; }
    // As the order button does (a click on the date column's header).
    void setOrder(ListOrder order);
    // 様式5: only today's entries without a time out (the fiscal year and period do not apply).
    bool insideOnly() const;
    // 様式2: the state 「返却遅れ」 chosen — carry-outs past their expected return (the page
    // applies it: it needs the time now).
    bool overdueOnly() const;
    QCheckBox* insideOnlyCheck() const { return m_insideOnly; }
    // What waits for the approver's decision, whatever its fiscal year, period, department or
    // text (the start page's 「n件」 opens it): the waiting state chosen, the rest cleared.
    void showAwaitingDecision();

    QLineEdit* searchEdit() const { return m_search; }

signals:
    // The filter or the order changed (after a pause, for typing).
    void changed();
    // The date order was chosen (before changed()).
    void orderChanged();

private:
    void markDates();
    void toggleOrder();
    void fillCombo(QComboBox* combo, const QList<std::pair<QVariant, QString>>& items, const QVariant& remembered);

    const FormDefinition& m_form;
    QComboBox* m_fiscalYear;
    JapaneseDateWidget* m_from;
    JapaneseDateWidget* m_to;
    QComboBox* m_department;
    QComboBox* m_register = nullptr;
    QComboBox* m_state = nullptr;
    QCheckBox* m_insideOnly = nullptr;
    QLineEdit* m_search;
    QPushButton* m_orderButton;
    QTimer* m_typingPause;
    ListOrder m_order = ListOrder::NewestFirst;
    bool m_fiscalYearChosen = false;
    // What was chosen when the choices were dropped, to choose it again.
    QVariant m_rememberedFiscalYear;
    QVariant m_rememberedDepartment;
    QVariant m_rememberedRegister;
};

} // namespace daicho
