#pragma once

#include "auth/Role.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace daicho {

// A ledger form (様式) described once, as data. The generic ledger engine stores, validates,
// lists, prints and exports entries of any definition; statutory titles and item labels are
// data and print verbatim in any UI language (the English labels are for the English UI).

enum class FieldType {
    Text, // one line
    LongText, // several lines
    Date, // a calendar date (Japan)
    DateTime, // a Japan date and time, minutes
    Integer, // a count (people, items, copies)
    Choice, // one of `choices`
    MultiChoice, // any of `choices` (safety measures ticked, ...)
    Boolean, // yes / no (consent obtained, ...)
    TextList, // several short texts (purposes, data items, third parties)
    RegisterEntry, // a 様式3 entry this record concerns
    Purpose, // one of the registered purposes of the chosen 様式3 entry (第25条, 様式1②)
    Department, // a department or section of the organisation
    Person, // a user of Daicho (staff, verifier, approving head)
    Checklist, // the lines of a monitoring sheet (様式4): item, result, evidence, comment
};

// A field shown and required only when another field has one of some values (様式1's three
// kinds of event, 様式2's two media).
struct FieldCondition {
    QString field;
    QStringList values;
    // Also when `field` holds nothing: an entry written before `field` existed reads as the
    // first of `values` (様式2's carry-outs from before bring-ins could be recorded).
    bool orAbsent = false;
};

struct ChoiceOption {
    QString key; // stable, stored
    QString labelJa; // printed
    QString labelEn;
    // A choice allowed only when another item has one of some values (a shredder for
    // documents, erasure software for media: 第20条1項(1)〜(3)); absent: always.
    std::optional<FieldCondition> onlyWhen = std::nullopt;
};

// Another name of an item under a condition: 様式2's 持込日時 and 持込元 for a bring-in. The
// item's own label is the neutral one that lists, print and export use.
struct ConditionalLabel {
    FieldCondition when;
    QString labelJa;
    QString labelEn;
};

struct FieldDefinition {
    QString key;
    QString labelJa;
    QString labelEn;
    FieldType type = FieldType::Text;
    bool required = false;
    QList<ChoiceOption> choices;
    std::optional<FieldCondition> onlyWhen; // absent: always shown
    int maxLength = 200; // characters, for texts
    QString article; // where the regulation asks for it, e.g. "第19条2項"
    bool listed = false; // a column of the ledger's table
    bool searchable = false; // part of the free-text search
    // Filled once the entry is approved (the actual return of a carry-out): refused before
    // the approval of a form approved beforehand, and a revision that changes only such
    // fields keeps the approval or review (the exit time of a reviewed visit).
    bool afterApproval = false;
    bool mustBeYes = false; // a Boolean that must be true to save (a confirmation, a consent)
    // What a "no" to a mustBeYes item means and what to do instead, when it is a refusal
    // rather than a step not yet taken (an opt-out the Commission has not published makes
    // the receipt unlawful): shown instead of the general message. Data, in both languages.
    QString refusalJa;
    QString refusalEn;
    // May be left empty when the record points at an earlier kept record holding the same
    // content (規程第31条8項・第32条5項): listed among the form's omission choices.
    bool omissible = false;
    bool fiscalYear = false; // an Integer naming a fiscal year (2025): shown as 令和7年度
    // An Integer holding another entry's internal id (the earlier record a provision refers
    // to): shown, typed and exported as that entry's No. in its own ledger, 「様式6-1 No.5」.
    bool entryReference = false;
    // A Person field naming whoever writes the entry (様式1's staff, 様式2's carrier, 様式4's
    // auditor): a new entry starts with the writer there.
    bool namesWriter = false;
    // A Date a new entry starts with today in (the day a record is made).
    bool startsToday = false;
    // The key of an earlier moment this one may not precede (a return before the carry-out,
    // an exit before the entry): both dates, or both dates and times.
    QString notBefore;

    // Added in issue 10 (the law, right):
    QList<ConditionalLabel> labelsWhen; // the first that holds names the item in the editor
    // An item added after entries were written: what such an older entry is taken to say
    // (様式2's direction: only carry-outs could be recorded). Its correction shows it with a
    // note; nothing stored changes until the correction is saved.
    QVariant olderDefault;
    // A MultiChoice of which at least one of these must be ticked, and where that is asked
    // (様式2: encryption or password, 第24条(3)).
    QStringList needsOneOf;
    QString needsOneOfArticle;
    // Required when another item has one of some values (様式1's certificate when an outside
    // firm disposed of it, 第10条⑤); shown in any case.
    std::optional<FieldCondition> requiredWhen;
    // A text the editor offers to fill from the chosen register entry's name and media
    // (様式1's documents or database disposed of, 第20条2項); anything else may be typed.
    bool suggestsRegisterHoldings = false;
    // A line under the item in the editor saying what goes there, when its name alone does not
    // (様式5's 立会者: only for visitors). Data, in both languages.
    QString hintJa;
    QString hintEn;
};

// When an entry needs a head's approval: a carry-out before the data moves (the centre's own
// rule, set by the chief — 第19条 asks for none), the logs reviewed after (第8条2項, 第14条).
enum class ApprovalKind { None, ReviewAfter, ApproveBefore };

// How long a record is kept (第31条9項, 第32条9項, and the register's own periods).
enum class RetentionKind {
    FixedYears, // `years` from the end of the fiscal year of the entry date
    YearsAfterLastEvent, // `years` after the last provision/receipt in a bulk record
    WhileRegistered, // as long as the register entry exists, then `years`
};

struct RetentionRule {
    RetentionKind kind = RetentionKind::FixedYears;
    int years = 3;
    QString article;
};

// What kind of transfer a record of 様式6-x/7-x keeps: the legal-basis guide's outcome names
// one, and the definition that keeps it says so (第31条・第32条).
enum class TransferDirection {
    Provision, // the centre gives personal data to a third party (様式6-x)
    Receipt, // the centre receives personal data from a third party (様式7-x)
};
enum class TransferBasis {
    OptOut, // 第30条2項: opt-out (様式6-1, 7-1)
    Consent, // 第30条1項: the individual's consent (様式6-2, 7-2)
    NonBusiness, // receipt from someone who is not a business (様式7-3)
    RelatedInfo, // 法31条: personally related information provided (様式6-3, the confirmation of consent)
};
struct TransferRecordKind {
    TransferDirection direction = TransferDirection::Provision;
    TransferBasis basis = TransferBasis::Consent;
    bool operator==(const TransferRecordKind&) const = default;
};

// Items of a record of provision or receipt the rules read beyond single fields: the items
// that may be omitted as identical to an earlier kept record and that record (規程第31条8項・
// 第32条5項), the earlier confirmation a receipt may rely on (規程第32条3項), and the basis
// on which 要配慮個人情報 is acquired (規程第27条2項（法20条2項）). Empty keys: not on the form.
struct TransferFields {
    QString omittedItems; // a MultiChoice whose options are the omissible fields' keys
    QString earlierRecord; // an Integer: the No. of the earlier record of the same direction
    QStringList confirmationMethods; // Choices whose option "same_as_earlier" needs earlierRecord
    QString partyName; // the other party's name: a confirmation "as before" is of the same party
    QString sensitiveBasis; // a Choice required when the register entry holds 要配慮個人情報
};

// The management register's items other forms read (第11条): the database's name, its
// registered purposes, whether it holds 要配慮個人情報, and the consent a change of purpose
// of such data needs.
struct RegisterFields {
    QString name;
    QString purposes;
    QString sensitive;
    QString purposeChangeConsent;
    // Issue 10: the medium (第11条④), offered for what a disposal names (第20条2項), and the
    // record of a change of purpose: when, whether it stays within what is reasonably related
    // to the earlier purposes (第25条2項), and the notice or publication (第28条3項).
    QString medium;
    QString purposeChangedOn;
    QString purposeChangeScope;
    QString purposeChangeNotice;
};

// A log kept at the door of a controlled area (第17条(1)): who came in and has not left.
struct PresenceFields {
    QString name;
    QString timeIn;
    QString timeOut;
    QString escort;
};

// A carry-out log (様式2, 第19条): what was taken out is expected back by a time, and its actual
// return is recorded once the head has approved the carry-out. Past the expected time without a
// return, the carry-out is overdue (返却遅れ).
struct ReturnFields {
    QString expected; // applies only to what goes out (its condition says when)
    QString returned;
};

// A monitoring sheet (第15条): the year it checks and the improvement requests a
// nonconformity needs before the sheet is signed off.
struct MonitoringFields {
    QString fiscalYear;
    QString requests;
};

struct FormDefinition {
    QString id; // stable key, stored with every entry (様式1 is form1)
    QString number; // 様式1
    QString title; // 個人データの運用状況記録票
    QString article; // 第10条①②④, 第20条2項
    QList<FieldDefinition> fields;
    QString dateField; // the entry's date: lists, filters, fiscal years, retention
    QList<Role> writers; // who may add and correct entries
    QList<Role> approvers; // who approves or reviews
    QList<Role> readers; // who may read it (everyone who writes or approves, and the auditor)
    ApprovalKind approval = ApprovalKind::None;
    RetentionRule retention;
    QStringList stampBoxes; // 押印欄 printed at the foot, e.g. 担当者・部門責任者
    bool landscape = false; // printed across A4
    // A yes/no item its writer ticks when the entry is complete (the auditor's sign-off of a
    // monitoring sheet): until then the entry is a draft, and nobody reviews it.
    QString completionField;
    // Items the form had in an earlier version of the rules and no longer has (a bulk record on
    // an opt-out form, 規則19条2項ただし書): older entries may hold them. Shown with the entry;
    // a correction leaves them out, and the editor says so before saving. `article` says why.
    QList<FieldDefinition> retiredFields;
    // The article forbidding the personal data itself in the form's free texts (様式1:
    // 第20条2項, 様式3: 第11条なお書き): the editor warns under each of them. Empty: no warning.
    QString noPersonalData;

    // Traits: the behaviour code asks the definition for, so that no form id or field key is
    // named outside the definitions and their rules (a copy under another id behaves the same).
    bool importable = true; // entries may come from a CSV file (not the register, not a sheet)
    std::optional<TransferRecordKind> transfer; // a record of provision or receipt
    TransferFields transferFields; // its items the rules read (empty unless `transfer`)
    std::optional<RegisterFields> registerFields; // the management register
    std::optional<PresenceFields> presence; // an entry/exit log
    std::optional<ReturnFields> returnDue; // a carry-out log
    std::optional<MonitoringFields> monitoring; // a monitoring sheet

    const FieldDefinition* field(const QString& key) const;
    // The first field of a type (the register entry an entry concerns, its department).
    const FieldDefinition* firstOfType(FieldType type) const;
};

} // namespace daicho
