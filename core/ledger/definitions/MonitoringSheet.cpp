// 様式4 モニタリングシート (第15条): the auditor's check, at least once a year (第14条1項), of
// how the regulation is kept. The sheet's lines come from the check items the chief keeps
// (CheckItems) or from last year's sheet; each line holds a result, the evidence seen and a
// comment. The auditor signs the sheet off when it is complete; the chief then reviews it and
// passes the findings to the heads (第15条: 改善を事務取扱責任者及び各部門の部門責任者に促す).
#include "ledger/FormRegistry.h"
#include "ledger/definitions/FieldBuilders.h"

namespace daicho {

using namespace fields;

FormDefinition form4MonitoringSheet()
{
    FormDefinition f = formHeading(u"form4", u"様式4", u"モニタリングシート", u"第14条・第15条");
    FieldDefinition checklist =
        make(u"checklist", u"チェック項目", "Check items", FieldType::Checklist, true, u"第15条");
    checklist.listed = true;
    FieldDefinition year =
        make(u"fiscal_year", u"対象年度", "Fiscal year checked", FieldType::Integer, true, u"第14条1項");
    year.fiscalYear = true;
    f.fields = {
        listed(make(u"date", u"実施日", "Date of the check", FieldType::Date, true, u"第15条")),
        listed(year),
        listed(namingWriter(make(u"auditor", u"実施者", "Auditor", FieldType::Person, true, u"第15条"))),
        checklist,
        longText(searchable(make(u"findings", u"所見", "Findings", FieldType::LongText, false))),
        longText(
            searchable(make(u"requests", u"改善の要請（事務取扱責任者・部門責任者へ）",
                            "Improvement requests (to the chief and heads)", FieldType::LongText, false, u"第15条"))),
        listed(make(u"signed_off", u"実施者の確認（記入完了）", "Signed off by the auditor (complete)",
                    FieldType::Boolean, false, u"第15条")),
    };
    f.dateField = QStringLiteral("date");
    f.completionField = QStringLiteral("signed_off");
    f.writers = {Role::Auditor};
    f.approvers = {Role::Chief, Role::ActingChief};
    // The heads receive the findings (第15条) and read the sheets.
    f.readers = {Role::Auditor, Role::Chief, Role::ActingChief, Role::DepartmentHead};
    f.approval = ApprovalKind::ReviewAfter;
    f.retention = {RetentionKind::FixedYears, 5, QStringLiteral("(expected)")};
    // 第15条: the audit is 事務局次長's.
    f.stampBoxes = {QStringLiteral("監査（事務局次長）"), QStringLiteral("事務取扱責任者")};
    f.importable = false; // filled by the auditor line by line
    f.monitoring = MonitoringFields{QStringLiteral("fiscal_year"), QStringLiteral("requests")};
    return f;
}

} // namespace daicho
