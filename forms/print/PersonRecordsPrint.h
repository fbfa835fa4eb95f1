#pragma once

#include "cases/PersonRecords.h"
#include "print/PrintSheet.h"

namespace daicho {

class LedgerDirectory;

// The records of provision and receipt about one person (様式6-x・7-x), printed for the
// disclosure of the records of provision (法33条5項): each record's date, form and No., the
// other party, the data items and how the record identifies the individual, as kept.
PrintSheet personRecordsSheet(const PersonQuery& query, const PersonRecords& found, const QString& organisation,
                              QDate today);

} // namespace daicho
