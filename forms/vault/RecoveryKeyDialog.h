#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace daicho {

// Shows a new recovery key exactly once (at creation and after a recovery). It cannot be
// dismissed until the person confirms they wrote it down or printed it: the key is never
// stored in clear, so this is the only chance to keep it.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    // `issued`: the day the key was made (printed on the sheet), from the caller's clock.
    RecoveryKeyDialog(const QString& recoveryKey, const QString& organisation, const QString& databaseFile,
                      QDate issued, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void print();

    QString m_key;
    QString m_organisation;
    QString m_databaseFile;
    QDate m_issued;
    QLineEdit* m_keyView;
    QCheckBox* m_confirm;
    QPushButton* m_done;
};

} // namespace daicho
