#pragma once

#include "auth/UserEntry.h"
#include "ledger/FormDefinition.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerTypes.h"

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

// Writes a new entry of any form, or a correction of one, with an input per item made from
// the form's definition. Items shown only for some values (様式1's three kinds, 様式2's two
// media) come and go as those values change; what is filled after the approval (the actual
// return of a carry-out) shows only in a correction of an approved entry. Saving asks the store what is wrong first and
// shows each problem under its item; nothing is saved until there are none. A correction
// opens with the entry's current values and needs a reason.
class EntryEditorDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session*()>;

    EntryEditorDialog(const FormDefinition& form, LedgerDirectory directory, SessionAccess session,
                      QWidget* parent = nullptr);
    ~EntryEditorDialog() override;

    // A new entry: the entry's date is today in Japan, the department the writer's own, and
    // the person who writes it (staff, carrier, auditor) the writer. A monitoring sheet
    // (様式4) checks the current fiscal year and starts from the check items in use.
    void setDefaults(const UserEntry& writer, const QDateTime& nowUtc);
    // A correction of `entry`, starting from its current values.
    void setEntry(const LedgerEntry& entry);
    // Where items filled before the person types come from, said above the form.
    enum class FillSource { LegalBasisGuide, StartPage };
    // Sets items the legal-basis guide's answers established (or the start page's line knew),
    // and says so above the form.
    void fillFromGuide(const FieldValues& fill, FillSource source = FillSource::LegalBasisGuide);

    bool isCorrection() const { return m_entryId.has_value(); }
    // The values as they would be saved: only the items that apply, nothing for empty ones.
    FieldValues values() const;
    FieldEditor* editor(const QString& key) const;
    FieldEditor* reasonEditor() const { return m_reason; }

    void accept() override;
    // Cancel, Esc or closing the window: typed input is thrown away only when the person says so.
    void reject() override;
    // Whether anything differs from what the editor opened with (values, text that is not yet
    // a value, the correction's reason).
    bool hasUnsavedInput() const;
    // What the editor holds now is what it opened with (the page filled in its defaults).
    void markUnchanged();

protected:
    // Enter in a one-line input moves to the next item, as in Excel, and never saves a half-filled
    // entry; Ctrl+Enter saves.
    void keyPressEvent(QKeyEvent* event) override;

signals:
    // The entry was stored (added or corrected).
    void saved(daicho::EntryId id);

private:
    FieldValues rawValues() const;
    void showRetiredItems(const FieldValues& stored);
    bool isShown(const FieldDefinition& field, const FieldValues& raw) const;
    void updateVisibility();
    void updatePurposes();
    // The records the earlier-record item may name (様式6-x・7-x, 規程第31条8項・第32条3項・5項).
    void offerEarlierRecords();
    void noteItemsAddedLater(const FieldValues& stored);
    void clearIssues();
    bool showProblems(const QMap<QString, QStringList>& problems, const QStringList& general);
    void showSaveError(const Error& error);

    const FormDefinition& m_form;
    LedgerDirectory m_directory;
    SessionAccess m_session;
    std::optional<EntryId> m_entryId;
    // Whether the items filled after the approval (a carry-out's actual return) are open.
    bool m_afterApprovalOpen = false;
    QList<FieldEditor*> m_editors;
    QHash<QString, QLabel*> m_labels; // by item key
    QFormLayout* m_formLayout;
    QScrollArea* m_scroll;
    QLabel* m_heading;
    MessageBanner* m_message;
    FieldEditor* m_reason;
    QLabel* m_reasonLabel;
    FieldValues m_opened; // the values the editor opened with, for hasUnsavedInput()
    QVariant m_openedReason;
};

} // namespace daicho
