#pragma once

#include "cases/CaseKind.h"
#include "cases/CaseReader.h"
#include "cases/DeskSettings.h"
#include "print/LetterSheet.h"

namespace daicho {

class LedgerDirectory;

// The documents of a request (様式8–14, 第38条), filled in from the case, ready to mail.
struct CaseDocumentChoice {
    QString step; // the step that issues it: receive (the request form), notify (the notice)
    QString number; // 様式10-1
    QString title;
    QString citation; // the provision a notice cites: 個人情報保護規程第35条第2項
};

// What a case can print now: its request form (様式8・11・13, as received), and its notice
// (様式10-1/10-2, 12-x, 14-x as the kind maps the decision, docs/requests.md) once decided.
QList<CaseDocumentChoice> caseDocuments(const CaseKind& kind, const CaseDetail& detail);

// One document of the case, filled in: the notice is addressed to the requester — the
// individual, or their representative or agent (第38条5項・6項) — with the case's facts and
// reasons and the desk's address, phone and hours (第33条2項).
Letter caseLetter(const CaseKind& kind, const CaseDetail& detail, const CaseDocumentChoice& document,
                  const DeskSettings& desk, const LedgerDirectory& directory);

// The blank forms the desk hands out (第38条1項(2), 3項(2)): 様式8 保有個人データ開示等請求書
// and 様式9 委任状, with the desk's address to return them to.
// `kind`: the form of that kind's own (様式11 for a correction, 様式13 for a suspension or a
// stop); none: 様式8 for every kind.
Letter blankRequestForm(const DeskSettings& desk, const CaseKind* kind = nullptr);
Letter blankPowerOfAttorney(const DeskSettings& desk);

// Every item the case's events recorded, each as its latest event gave it.
FieldValues caseValues(const CaseDetail& detail);

} // namespace daicho
