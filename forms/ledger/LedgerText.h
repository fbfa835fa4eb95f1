#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerTypes.h"

#include <QDateTime>
#include <QSize>
#include <QString>

class QScreen;

namespace daicho {

// Texts the ledger screens share.

// "様式2 個人データ持ち運び記録簿": statutory, the same in every interface language.
QString ledgerTitle(const FormDefinition& form);
// The kind of transfer a record of 様式6-x/7-x keeps, in the interface language: 6-1 and 6-2
// (or 7-1 and 7-2) share one statutory title and differ only by it. Empty for other forms.
QString ledgerKind(const FormDefinition& form);
// The title and, where two forms share it, the kind: "様式6-1 個人データ提供記録簿（オプトアウト）".
QString ledgerTitleWithKind(const FormDefinition& form);

// A UTC time as a person in Japan reads it: "令和8年5月11日 09:00".
QString formatWarekiDateTime(const QDateTime& utc);

// The approver's positive decision for a form (承認 before, 確認 after) and its button text.
Decision positiveDecision(const FormDefinition& form);
QString decideButtonText(const FormDefinition& form);
QString returnButtonText();

// Whether a state waits for the approver.
bool awaitsDecision(EntryState state);

// The size of a dialog that shows or edits one entry: `usual`, or, for a form with a
// checklist (様式4), room for its table's seven columns and wrapped items — bounded by the
// screen, which may be as small as 1280×800.
QSize entryDialogSize(const FormDefinition& form, const QScreen* screen, QSize usual);

} // namespace daicho
