#pragma once

#include "auth/UserEntry.h"
#include "cases/CaseKind.h"
#include "cases/CaseTypes.h"
#include "ledger/LedgerDirectory.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

class QFormLayout;
class QKeyEvent;
class QLabel;
class QScrollArea;

namespace daicho {

class FieldEditor;
class MessageBanner;
class Session;

// Records one step of a case (the receipt of a request, its routing, the decision, the notice
// sent…) with an input per item of the step's form, made as the ledgers' editor makes them.
// Items shown only for some values (a representative's name when a representative asks) come
// and go as those values change, and an item required only for some values (the reason of a
// refusal) is marked so while they hold. Saving asks CaseStore what is wrong first and shows each
// problem beside its item; a refusal by the store (the state changed, the person may not) is
// shown above the items, and what was typed stays.
class StepEditorDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session*()>;

    // `caseId` empty: the kind's opening step (a receipt).
    StepEditorDialog(const CaseKind& kind, const CaseStep& step, std::optional<CaseId> caseId,
                     LedgerDirectory directory, SessionAccess session, QWidget* parent = nullptr);
    ~StepEditorDialog() override;

    // Dates recorded on the day start today; the person item that names the writer names them.
    void setDefaults(const UserEntry& writer, const QDateTime& nowUtc);
    // Sets an item the page knows a likely value of (the proposed section, the fee set by the
    // chief) and says why under it; kept as opened (Cancel does not ask about it).
    void propose(const QString& key, const QVariant& value, const QString& why);

    const CaseKind& kind() const { return m_kind; }
    const CaseStep& step() const { return m_step; }
    FieldEditor* editor(const QString& key) const;
    MessageBanner* messageBanner() const { return m_message; }
    // The values as they would be saved: only the items that apply.
    FieldValues values() const;
    bool hasUnsavedInput() const;
    void markUnchanged();

    void accept() override;
    // Typed input is thrown away only when the person says so.
    void reject() override;

signals:
    // The step was stored; for a receipt, the new case.
    void saved(daicho::CaseId id);

protected:
    // Enter in a one-line input moves to the next item; Ctrl+Enter saves.
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Whether to record a receipt whose deadlines have already passed (asked only then).
    bool confirmLateReceipt(const Session& session, const FieldValues& values);
    FieldValues rawValues() const;
    bool isShown(const FieldDefinition& field, const FieldValues& raw) const;
    void updateVisibility();
    void clearIssues();
    bool showProblems(const QMap<QString, QStringList>& problems, const QStringList& general);

    const CaseKind& m_kind;
    const CaseStep& m_step;
    std::optional<CaseId> m_caseId;
    LedgerDirectory m_directory;
    SessionAccess m_session;
    QList<FieldEditor*> m_editors;
    QHash<QString, QLabel*> m_labels;
    QFormLayout* m_formLayout;
    QScrollArea* m_scroll;
    MessageBanner* m_message;
    FieldValues m_opened;
};

} // namespace daicho
