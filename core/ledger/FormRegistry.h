#pragma once

#include "common/Result.h"
#include "ledger/FormDefinition.h"

#include <QList>

namespace daicho {

// Every form definition of the application, in the order of the regulation.
class FormRegistry
{
public:
    static const QList<FormDefinition>& all();
    static const FormDefinition* find(const QString& id);
    // The forms found by what they are, not by id (null when the set holds none): the
    // management register other entries point to, the monitoring sheet, and the record a
    // provision or receipt on a legal basis needs.
    static const FormDefinition* managementRegister();
    static const FormDefinition* monitoringSheet();
    static const FormDefinition* transferRecord(TransferRecordKind kind);

    // For tests: while it lives, the registry holds `forms` instead of the application's
    // (each given the default readers, as the application's are). Not nested, not shared
    // between threads; pointers from find() stay valid while it lives.
    class Replacement
    {
    public:
        explicit Replacement(QList<FormDefinition> forms);
        ~Replacement();
        Replacement(const Replacement&) = delete;
        Replacement& operator=(const Replacement&) = delete;

    private:
        QList<FormDefinition> m_forms;
        const QList<FormDefinition>* m_previous;
    };

    // The checks a definition must pass (unique keys, labels, choices, conditions that name
    // an existing field and value, a date field, writers): a definition is data, and data
    // gets validated like user input.
    [[nodiscard]] static Status check(const FormDefinition& form);
};

// One function per definition (core/ledger/definitions/).
FormDefinition form1OperationsLog();
FormDefinition form2CarryOutLog();
FormDefinition form3ManagementRegister();
FormDefinition form4MonitoringSheet();
FormDefinition form5EntryExitLog();
FormDefinition form6_1ProvisionOptOut();
FormDefinition form6_2ProvisionConsent();
FormDefinition form6_3RelatedInfoProvision();
FormDefinition form7_1ReceiptOptOut();
FormDefinition form7_2ReceiptConsent();
FormDefinition form7_3ReceiptNonBusiness();

} // namespace daicho
