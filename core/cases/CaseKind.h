#pragma once

#include "calendar/LegalPeriod.h"
#include "ledger/FieldValues.h"
#include "ledger/FormDefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace daicho {

// A kind of case with a clock (a request from an individual, 第33–39条; incidents and
// data-use applications later), described once, as data, as the forms are. One engine
// (CaseStore, CaseProjection) stores, validates, moves, lists, prints and exports any kind:
// adding a kind is a definition, its rules and its tests.

// Who takes a step, by where they stand to the case: the desk that receives requests
// (相談窓口, 第33条1項: 総務部総務課), the section that handles the data concerned (第33条1項
// (1)(2)), its head, the chief or acting chief (事務取扱責任者, 第6条), the auditor (第15条).
enum class CaseActor {
    Desk, // anyone of the desk's department (staff, head, acting chief)
    Section, // anyone of the handling section
    SectionHead, // the head (部門責任者) of the handling section or the department above it
    Chief, // the chief or the acting chief
};

// One state a case can be in.
struct CaseState {
    QString key; // stored
    QString labelJa;
    QString labelEn;
    bool closed = false; // nothing is due any more
};

// A step allowed only once an earlier step recorded one of some values (the erasure is
// recorded only after a decision that granted it, 第37条1項).
struct PriorValue {
    QString step; // the earlier step
    QString field; // its item
    QStringList values; // one of which it must have recorded (its latest recording counts)
};

// A step that must have been taken before another, when an earlier step recorded one of some
// values (the erasure's 様式1④ record before the notice that says it was done, 第37条3項).
struct StepNeeded {
    QString step;
    PriorValue when;
};

// A ledger entry a step writes with it, in the same transaction and signed by the same person
// (the erasure a request obtained leaves its 様式1④ record, 第20条2項): its items are the step's
// items of the same key, fixed values, and the case's register entry and handling section.
struct StepRecord {
    QString formId; // the ledger: form1
    FieldValues fixed; // kind = disposal
    QString registerField; // the entry's item taking the register entry the receipt named
    QString receiptRegisterField; // the receipt's item naming it
    QString departmentField; // the entry's item taking the handling section
    QString writerField; // the entry's item naming who wrote it (the person taking the step)
    QString noteField; // the entry's item saying which case it came from
    // The key under which the event keeps the entry's id: filled by Daicho when the step is
    // saved, never typed (not an item of the step's form).
    QString entryKey;
};

// One step (transition) of a case. Every step is recorded as one event with the items of
// `form` (validated and stored as a ledger entry's are).
struct CaseStep {
    QString key; // stored with the event: receive, route, decide, ...
    QString labelJa; // the button and the history line: 受付, 担当部署の決定, 決定, ...
    QString labelEn;
    QString article; // where the regulation asks for the step
    // The states the step may be taken from; empty: it opens a case.
    QStringList from;
    // The state after it; empty: the state does not change (a contact, a question).
    QString to;
    QList<CaseActor> actors;
    // The items recorded with it (only `fields` is read): a form, so that the editor, the
    // validator and the codec of the ledgers serve it unchanged.
    FormDefinition form;
    // The date item the step's clocks read (the day of receipt, of the decision, of sending):
    // people record a step on the day it happened, which may be before today.
    QString dateField;
    // The item that must say why, when the department the step names is not the one proposed
    // (第33条1項's routing from the register entry); empty: no proposal.
    QString reasonIfNotProposed;
    // The step this one answers (照会への回答 answers 照会, 第38条2項): taken only while one of
    // those is unanswered. Empty: none.
    QString answers;
    // Taken only after an earlier step recorded one of some values (and not dated before it);
    // none: no such condition.
    std::optional<PriorValue> after;
    // Further values earlier steps must have recorded for the step to apply at all (a
    // correction's 様式1 record of the kind the request asked: ① for 訂正・追加, ④ for 削除).
    QList<PriorValue> onlyIf;
    // A step that must come first in some cases; none: no such need.
    std::optional<StepNeeded> needs;
    // The ledger entry the step writes with it; none: it writes none.
    std::optional<StepRecord> records;
    // Required items added after steps of this kind were recorded: an older event may lack
    // them (verify accepts their absence); the store requires them of every new step.
    QStringList addedLater;
};

// A clock: a period that starts with one step and is met by another (the decision within a
// week of receipt, 第38条4項). Its due date is derived, never stored by hand.
struct CaseClock {
    QString key;
    QString labelJa; // 決定期限
    QString labelEn;
    QString startStep; // the step whose date starts it
    QStringList metBy; // the steps whose date meets it
    QStringList stoppedBy; // the steps that end it unmet and not overdue (a withdrawal)
    PeriodRule rule;
    // Steps that pause the clock until one of `resumedBy` — empty for the centre's rules:
    // 第38条2項's question to the requester does not stop 第38条4項's week. Shown either way.
    QStringList pausedBy;
    QStringList resumedBy;
    // Steps said beside the clock once taken while it runs: the requester contacted beforehand
    // when the notice cannot go out in time (第38条7項), so a late clock shows it was handled.
    QStringList notedBy;
};

// The document a step issues (様式10-1 for a decision to disclose), chosen by the value of
// one item of the case (the decision's outcome, recorded by an earlier step).
struct CaseDocument {
    QString step;
    QString whenField; // an item of any step of the kind; empty: always
    QStringList whenValues;
    QString number; // 様式10-1
    QString title; // 保有個人データ開示等決定通知書
    QString article;
};

// A kind whose granted decision stops the provision of the individual's data to third parties
// (第37条2項): new records of provision (様式6-x) naming that individual and register entry are
// refused while it stands.
struct ProvisionStop {
    QString decisionStep; // the step that decides
    QString outcomeField; // its item holding the outcome
    QStringList granted; // the outcomes that stop the provision
    QStringList liftedBy; // steps after which the stop no longer stands (the request withdrawn)
};

struct CaseKind {
    QString id; // stable, stored: request.disclosure
    QString titleJa; // 開示請求
    QString titleEn;
    QString article; // 第35条
    QString requestForm; // the form the requester fills in: 様式8, 様式11, 様式13
    QString titleField; // the opening step's item that names the case in lists (本人氏名)
    QList<CaseState> states;
    QList<CaseStep> steps;
    QList<CaseClock> clocks;
    QList<CaseDocument> documents;
    // Who reads a case beyond the desk, the handling section and the chief (第33条, issue 12 §6).
    QList<Role> alsoReaders;
    std::optional<ProvisionStop> stopsProvision;
    // A decision whose effect stands after the case is closed (a stop of use or of provision
    // granted, 第37条1項・2項): the case's record is its only ground, so a disposal keeps it
    // while it stands (issue 13 §4).
    std::optional<ProvisionStop> standingDecision;

    const CaseState* state(const QString& key) const;
    const CaseStep* step(const QString& key) const;
    // The steps that may be taken from `state`.
    QList<const CaseStep*> stepsFrom(const QString& state) const;
    // Whether `step` may follow the steps taken so far as an answer: true for a step that
    // answers nothing, else while more of what it answers were taken than of itself.
    bool unanswered(const CaseStep& step, const QStringList& earlierSteps) const;
    // The document a step issues, given the case's items so far (each item as its latest
    // event recorded it), or null.
    const CaseDocument* documentFor(const QString& step, const FieldValues& caseValues) const;
};

} // namespace daicho
