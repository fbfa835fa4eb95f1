// 様式4 モニタリングシート (第15条): the auditor's yearly check (第14条1項). This is the sheet's
// header; its check items (grouped as organisational, human, physical, technical measures,
// acquisition and use, provision and receipt, requests, outsourcing) are data the chief
// edits, and each line holds a result, the evidence seen and a comment.
#include "ledger/FormRegistry.h"
#include "ledger/definitions/FieldBuilders.h"

namespace daicho {

using namespace fields;

FormDefinition form4MonitoringSheet()
{
    FormDefinition f;
    f.id = QStringLiteral("form4");
    f.number = QStringLiteral("様式4");
    f.title = QStringLiteral("モニタリングシート");
    f.article = QStringLiteral("第14条・第15条");
    f.fields = {
        listed(make(u"date", u"実施日", "Date of the check", FieldType::Date, true, u"第15条")),
        listed(make(u"fiscal_year", u"対象年度", "Fiscal year checked", FieldType::Integer, true, u"第14条1項")),
        listed(make(u"auditor", u"実施者", "Auditor", FieldType::Person, true, u"第15条")),
        longText(searchable(make(u"findings", u"所見", "Findings", FieldType::LongText, false))),
        longText(
            searchable(make(u"requests", u"改善の要請（事務取扱責任者・部門責任者へ）",
                            "Improvement requests (to the chief and heads)", FieldType::LongText, false, u"第15条"))),
    };
    f.dateField = QStringLiteral("date");
    f.writers = {Role::Auditor};
    f.approvers = {Role::Chief};
    f.approval = ApprovalKind::ReviewAfter;
    f.retention = {RetentionKind::FixedYears, 5, QStringLiteral("(expected)")};
    f.stampBoxes = {QStringLiteral("監査"), QStringLiteral("事務取扱責任者")};
    return f;
}

} // namespace daicho
