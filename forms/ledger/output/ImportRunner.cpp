#include "ledger/output/ImportRunner.h"

#include <QLabel>
#include <QProgressDialog>

#include <limits>

namespace daicho {

QString ImportRunner::labelFor(ImportStage stage, std::int64_t done, std::int64_t total)
{
    switch (stage) {
    case ImportStage::Checking:
        return tr("Checking row %L1 of %L2…").arg(done).arg(total);
    case ImportStage::Writing:
        return tr("Importing row %L1 of %L2… Cancel imports nothing.").arg(done).arg(total);
    case ImportStage::Indexing:
        break;
    }
    return tr("Indexing entry %L1 of %L2 for search… The rows are imported; Cancel leaves the rest of the index to "
              "the next sign-in, and search finds them meanwhile.")
        .arg(done)
        .arg(total);
}

Result<ImportReport> ImportRunner::run(QWidget* parent, Session& session, const QString& formId, const QByteArray& file,
                                       bool dryRun, RepeatedRows repeated)
{
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("importProgressDialog"));
    dialog.setWindowTitle(dryRun ? tr("Checking the file") : tr("Importing"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.setMinimumDuration(500);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // The label names the row and what Cancel does; the indexing stage says more, wrapped
    // within the same width so that the dialog does not grow and move off centre.
    auto* label = new QLabel(&dialog);
    label->setWordWrap(true);
    dialog.setLabel(label);
    dialog.setMinimumWidth(480);
    dialog.setMaximumWidth(560);
    const Session::InUse hold(session);
    const auto progress = [&](ImportStage stage, std::int64_t done, std::int64_t total) {
        const int maximum = static_cast<int>(std::min<std::int64_t>(total, std::numeric_limits<int>::max()));
        dialog.setLabelText(labelFor(stage, done, total));
        dialog.setMaximum(maximum);
        dialog.setValue(static_cast<int>(std::min<std::int64_t>(done, maximum))); // runs the event loop when shown
        // Until the modal dialog is up, clicks and keys would reach the window behind it (a
        // second Import, a Close that deletes the dialog whose file is being read): only
        // paint and timers then.
        QCoreApplication::processEvents(dialog.isVisible() ? QEventLoop::AllEvents
                                                           : QEventLoop::ExcludeUserInputEvents);
        return !dialog.wasCanceled();
    };
    return LedgerImport::importCsv(session, formId, file, dryRun, progress, repeated);
}

} // namespace daicho
