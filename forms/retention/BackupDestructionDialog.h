#pragma once

#include "retention/DisposalRuns.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace daicho {

// How the backups made before a disposal were destroyed, asked before it is recorded in 様式1④
// (第20条1項(2)・2項): erased by software or destroyed, on which day, by the centre or by an
// outside firm with its certificate (第10条⑤).
class BackupDestructionDialog : public QDialog
{
    Q_OBJECT
public:
    // `people`: who may be named as having confirmed it (id, name), the one recording left out.
    BackupDestructionDialog(int backups, QDate today, const QList<std::pair<std::int64_t, QString>>& people,
                            QWidget* parent);
    BackupDestruction destruction() const;
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QComboBox* m_method;
    QDateEdit* m_on;
    QComboBox* m_by;
    QLineEdit* m_certificate;
    QComboBox* m_verifier;
    QDialogButtonBox* m_buttons;
};

} // namespace daicho
