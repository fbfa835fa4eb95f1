#pragma once

#include "auth/Session.h"
#include "exchange/LedgerImport.h"

#include <QCoreApplication>

class QWidget;

namespace daicho {

// Runs a check or an import of a CSV file with a progress bar that appears when it takes more
// than half a second, and whose Cancel stops it with nothing imported (or, once the rows are
// in, stops writing their search index, which the next sign-in completes). The session is held
// in use meanwhile, so that an auto-lock waits for the end (Session::InUse).
class ImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ImportRunner)

public:
    static Result<ImportReport> run(QWidget* parent, Session& session, const QString& formId, const QByteArray& file,
                                    bool dryRun, RepeatedRows repeated = RepeatedRows::Import);

private:
    static QString labelFor(ImportStage stage, std::int64_t done, std::int64_t total);
};

} // namespace daicho
