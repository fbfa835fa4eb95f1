#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerTypes.h"

#include <QDateTime>
#include <QString>

namespace daicho {

// Texts the ledger screens share.

// "様式2 個人データ持ち運び記録簿": statutory, the same in every interface language.
QString ledgerTitle(const FormDefinition& form);

// A UTC time as a person in Japan reads it: "令和8年5月11日 09:00".
QString formatWarekiDateTime(const QDateTime& utc);

// The approver's positive decision for a form (承認 before, 確認 after) and its button text.
Decision positiveDecision(const FormDefinition& form);
QString decideButtonText(const FormDefinition& form);
QString returnButtonText();

// Whether a state waits for the approver.
bool awaitsDecision(EntryState state);

} // namespace daicho
