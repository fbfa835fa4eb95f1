#include "audit/AuditActionText.h"

#include "audit/AuditLog.h"
#include "cases/CaseKinds.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"

#include <QCoreApplication>

#include <array>

namespace daicho {

namespace {

struct ActionName {
    const char* key;
    const char* text;
};

// Keys as core writes them (docs/audit.md).
constexpr std::array kActionNames{
    ActionName{"signin.ok", QT_TRANSLATE_NOOP("daicho::AuditAction", "Signed in")},
    ActionName{"signin.failed", QT_TRANSLATE_NOOP("daicho::AuditAction", "Failed sign-in")},
    ActionName{"signin.failed_many", QT_TRANSLATE_NOOP("daicho::AuditAction", "Many further failed sign-ins")},
    ActionName{"user.locked", QT_TRANSLATE_NOOP("daicho::AuditAction", "ID locked after failed sign-ins")},
    ActionName{"user.add", QT_TRANSLATE_NOOP("daicho::AuditAction", "User added")},
    ActionName{"user.update", QT_TRANSLATE_NOOP("daicho::AuditAction", "User changed")},
    ActionName{"user.remove", QT_TRANSLATE_NOOP("daicho::AuditAction", "User removed")},
    ActionName{"user.unlock", QT_TRANSLATE_NOOP("daicho::AuditAction", "User unlocked")},
    ActionName{"user.password_reset", QT_TRANSLATE_NOOP("daicho::AuditAction", "Password reset by the chief")},
    ActionName{"user.password_change", QT_TRANSLATE_NOOP("daicho::AuditAction", "Own password changed")},
    ActionName{"user.initial_password_replaced", QT_TRANSLATE_NOOP("daicho::AuditAction", "Initial password replaced")},
    ActionName{"user.recover", QT_TRANSLATE_NOOP("daicho::AuditAction", "Access restored with the recovery key")},
    ActionName{"key.register", QT_TRANSLATE_NOOP("daicho::AuditAction", "Signing key registered")},
    ActionName{"key.registrar", QT_TRANSLATE_NOOP("daicho::AuditAction", "Signing key may register others")},
    ActionName{"key.revoke", QT_TRANSLATE_NOOP("daicho::AuditAction", "Signing key revoked")},
    ActionName{"keyslot.add", QT_TRANSLATE_NOOP("daicho::AuditAction", "Key slot added")},
    ActionName{"keyslot.remove", QT_TRANSLATE_NOOP("daicho::AuditAction", "Key slot removed")},
    ActionName{"keyslot.prepare", QT_TRANSLATE_NOOP("daicho::AuditAction", "Key slot change prepared")},
    ActionName{"keyslot.commit", QT_TRANSLATE_NOOP("daicho::AuditAction", "Key slot change completed")},
    ActionName{"keyslot.abandon", QT_TRANSLATE_NOOP("daicho::AuditAction", "Key slot change abandoned")},
    ActionName{"keyslot.rewrap", QT_TRANSLATE_NOOP("daicho::AuditAction", "Key slots updated to the new key")},
    ActionName{"keyslot.refused", QT_TRANSLATE_NOOP("daicho::AuditAction", "Unknown key slot left out of the new key")},
    ActionName{"anchor.dismiss", QT_TRANSLATE_NOOP("daicho::AuditAction", "Failing claim of a key slot set aside")},
    ActionName{"database.rekey", QT_TRANSLATE_NOOP("daicho::AuditAction", "Database key replaced")},
    ActionName{"department.add", QT_TRANSLATE_NOOP("daicho::AuditAction", "Department added")},
    ActionName{"department.rename", QT_TRANSLATE_NOOP("daicho::AuditAction", "Department renamed")},
    ActionName{"department.retire", QT_TRANSLATE_NOOP("daicho::AuditAction", "Department retired")},
    ActionName{"department.reinstate", QT_TRANSLATE_NOOP("daicho::AuditAction", "Department put back in use")},
    ActionName{"department.move", QT_TRANSLATE_NOOP("daicho::AuditAction", "Department moved in the order")},
    ActionName{"setting.change", QT_TRANSLATE_NOOP("daicho::AuditAction", "Setting changed")},
    ActionName{"meta.set", QT_TRANSLATE_NOOP("daicho::AuditAction", "Database property set")},
    ActionName{"checkpoint", QT_TRANSLATE_NOOP("daicho::AuditAction", "Checkpoint signed")},
    ActionName{"backup.make", QT_TRANSLATE_NOOP("daicho::AuditAction", "Backup made")},
    ActionName{"backup.failed", QT_TRANSLATE_NOOP("daicho::AuditAction", "Backup failed")},
    ActionName{"schema.upgrade", QT_TRANSLATE_NOOP("daicho::AuditAction", "Database upgraded")},
    ActionName{"ledger.definitions",
               QT_TRANSLATE_NOOP("daicho::AuditAction", "Ledger rows derived again under updated form definitions")},
    ActionName{"ledger.add", QT_TRANSLATE_NOOP("daicho::AuditAction", "Ledger entry written")},
    ActionName{"ledger.revise", QT_TRANSLATE_NOOP("daicho::AuditAction", "Ledger entry corrected")},
    ActionName{"ledger.approve", QT_TRANSLATE_NOOP("daicho::AuditAction", "Ledger entry approved")},
    ActionName{"ledger.review", QT_TRANSLATE_NOOP("daicho::AuditAction", "Ledger entry reviewed")},
    ActionName{"ledger.return", QT_TRANSLATE_NOOP("daicho::AuditAction", "Ledger entry returned")},
    ActionName{"ledger.import", QT_TRANSLATE_NOOP("daicho::AuditAction", "Ledger entries imported")},
    ActionName{"ledger.export", QT_TRANSLATE_NOOP("daicho::AuditAction", "Ledger exported")},
    ActionName{"ledger.print", QT_TRANSLATE_NOOP("daicho::AuditAction", "Ledger printed")},
    ActionName{"check_item.add", QT_TRANSLATE_NOOP("daicho::AuditAction", "Check item added")},
    ActionName{"check_item.change", QT_TRANSLATE_NOOP("daicho::AuditAction", "Check item reworded")},
    ActionName{"check_item.move", QT_TRANSLATE_NOOP("daicho::AuditAction", "Check item moved")},
    ActionName{"check_item.retire", QT_TRANSLATE_NOOP("daicho::AuditAction", "Check item retired")},
    ActionName{"check_item.restore", QT_TRANSLATE_NOOP("daicho::AuditAction", "Check item restored")},
    ActionName{"case.print", QT_TRANSLATE_NOOP("daicho::AuditAction", "Request's document printed")},
    ActionName{"person.print", QT_TRANSLATE_NOOP("daicho::AuditAction", "Records about a person printed")},
    ActionName{"notice.publish", QT_TRANSLATE_NOOP("daicho::AuditAction", "Public notice published (第34条1項)")},
    ActionName{"desk.version", QT_TRANSLATE_NOOP("daicho::AuditAction", "Request desk's data saved (new version)")},
    ActionName{"disposal.approve", QT_TRANSLATE_NOOP("daicho::AuditAction", "Disposal approved (第20条1項(4))")},
    ActionName{"disposal.confirm", QT_TRANSLATE_NOOP("daicho::AuditAction", "Disposal confirmed")},
    ActionName{"disposal.cancel", QT_TRANSLATE_NOOP("daicho::AuditAction", "Disposal cancelled")},
    ActionName{"disposal.run", QT_TRANSLATE_NOOP("daicho::AuditAction", "Disposal run: entries deleted")},
    ActionName{"disposal.backups_destroyed",
               QT_TRANSLATE_NOOP("daicho::AuditAction", "Backups made before a disposal recorded as destroyed")},
    ActionName{"retention.periods", QT_TRANSLATE_NOOP("daicho::AuditAction", "Retention periods set (new version)")},
};

// A step of a case ("case.route"), in the words of the kinds that have it.
QString caseStepName(const QString& stepKey)
{
    for (const CaseKind& kind : CaseKinds::all())
        if (const CaseStep* step = kind.step(stepKey))
            return interfaceLabelLanguage() == LabelLanguage::Japanese || step->labelEn.isEmpty() ? step->labelJa
                                                                                                  : step->labelEn;
    return stepKey;
}

} // namespace

QString auditActionDisplayName(const QString& actionKey)
{
    for (const ActionName& name : kActionNames) {
        if (actionKey == QLatin1String(name.key))
            return QCoreApplication::translate("daicho::AuditAction", name.text);
    }
    if (actionKey.startsWith(QLatin1String("case.")))
        return QCoreApplication::translate("daicho::AuditAction", "Request: %1")
            .arg(caseStepName(actionKey.mid(static_cast<int>(qstrlen("case.")))));
    return actionKey;
}

QString auditLedgerTarget(const AuditEntry& entry, const std::function<qint64(qint64)>& entryNumber)
{
    const FormDefinition* form = FormRegistry::find(auditDetailValue(entry.detail, QStringLiteral("form")));
    if (!form)
        return {};
    const QString id = auditDetailValue(entry.detail, QStringLiteral("entry"));
    if (id.isEmpty())
        return form->number;
    const qint64 number = entryNumber ? entryNumber(id.toLongLong()) : 0;
    if (number > 0)
        return form->number + QStringLiteral(" No.") + QString::number(number);
    return QCoreApplication::translate("daicho::AuditAction", "%1 (ID %2)").arg(form->number, id);
}

QString auditTargetText(const AuditEntry& entry, const AuditNames& names)
{
    if (const QString ledger = auditLedgerTarget(entry, names.entryNumber); !ledger.isEmpty())
        return ledger;
    // A department by its name, whichever of its tables the entry names.
    if ((entry.targetTable == QLatin1String("departments")
         || entry.targetTable == QLatin1String("department_retirements"))
        && names.department) {
        bool ok = false;
        const qint64 id = entry.targetId.toLongLong(&ok);
        if (const QString name = ok ? names.department(id) : QString(); !name.isEmpty())
            return QCoreApplication::translate("daicho::AuditAction", "Department %1").arg(name);
    }
    if (entry.targetTable == QLatin1String("case_events")) {
        const CaseKind* kind = CaseKinds::find(auditDetailValue(entry.detail, QStringLiteral("kind")));
        const QString caseId = auditDetailValue(entry.detail, QStringLiteral("case"));
        if (kind && !caseId.isEmpty())
            return QCoreApplication::translate("daicho::AuditAction", "%1 (case ID %2)")
                .arg(interfaceLabelLanguage() == LabelLanguage::Japanese ? kind->titleJa : kind->titleEn, caseId);
    }
    if (entry.targetTable == QLatin1String("disposal_runs"))
        return QCoreApplication::translate("daicho::AuditAction", "Disposal No.%1").arg(entry.targetId);
    if (entry.targetTable == QLatin1String("retention_settings"))
        return QCoreApplication::translate("daicho::AuditAction", "Retention periods, version %1").arg(entry.targetId);
    if (entry.targetTable == QLatin1String("users") && names.user) {
        bool ok = false;
        const qint64 id = entry.targetId.toLongLong(&ok);
        if (const QString name = ok ? names.user(id) : QString(); !name.isEmpty())
            return QCoreApplication::translate("daicho::AuditAction", "User %1").arg(name);
    }
    return entry.targetId.isEmpty() ? entry.targetTable : entry.targetTable + QLatin1Char('#') + entry.targetId;
}

} // namespace daicho
